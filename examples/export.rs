//! Prints the whole knowledge base as one JSON document.
//!
//! ```text
//! cargo run --example export > seven-oh.json
//! ```
//!
//! Keys are named as the accessors (`kind`, `id`, `question`, `short_answer`, `answer`, `title`, `body`, ...).

#[macro_use]
mod common;

use serde_core::ser::{Serialize, SerializeStruct, Serializer};

struct Export {
    content_version: &'static str,
    reviewed: &'static str,
    disclaimer: &'static str,
    faqs: Vec<&'static seven_oh::Faq>,
    topics: Vec<&'static seven_oh::Topic>,
    symptoms: Vec<&'static seven_oh::Symptom>,
    risks: Vec<&'static seven_oh::Risk>,
    sources: Vec<&'static seven_oh::Source>,
    urgent: Vec<&'static seven_oh::Urgent>,
    help_lines: &'static [seven_oh::HelpLine],
}

// Written by hand, like the crate's own impls: nothing in the build needs serde's derive.
impl Serialize for Export {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Export", 10)?;
        s.serialize_field("content_version", self.content_version)?;
        s.serialize_field("reviewed", self.reviewed)?;
        s.serialize_field("disclaimer", self.disclaimer)?;
        s.serialize_field("faqs", &self.faqs)?;
        s.serialize_field("topics", &self.topics)?;
        s.serialize_field("symptoms", &self.symptoms)?;
        s.serialize_field("risks", &self.risks)?;
        s.serialize_field("sources", &self.sources)?;
        s.serialize_field("urgent", &self.urgent)?;
        s.serialize_field("help_lines", self.help_lines)?;
        s.end()
    }
}

const USAGE: &str = "\
usage: export > seven-oh.json

Prints the whole knowledge base as one JSON document: content_version,
reviewed, disclaimer, faqs, topics, symptoms, risks, sources (the
bibliography), urgent (the emergency messages) and help_lines (each with its
region: every line is a US service). Every record has its kind and its
sources in full.

options:
  -h, --help  print this help

exit status: 0 printed, 1 the JSON could not be written, 2 usage error (any
argument)";

fn main() {
    let (_, args) = common::args("export", USAGE, &[]);
    if let Some(arg) = args.first() {
        common::usage_error("export", USAGE, &format!("takes no arguments (got '{arg}')"));
    }
    let export = Export {
        content_version: seven_oh::CONTENT_VERSION,
        reviewed: seven_oh::REVIEWED,
        disclaimer: seven_oh::DISCLAIMER,
        faqs: seven_oh::faqs().collect(),
        topics: seven_oh::topics().collect(),
        symptoms: seven_oh::symptoms().collect(),
        risks: seven_oh::risks().collect(),
        sources: seven_oh::sources().collect(),
        urgent: seven_oh::urgent_messages().collect(),
        help_lines: &seven_oh::HELP_LINES,
    };
    match serde_json::to_string_pretty(&export) {
        Ok(json) => say!("{json}"),
        Err(e) => {
            eprintln!("export: cannot write JSON: {e}");
            std::process::exit(1);
        }
    }
}
