//! Resolves a name, id or alias (any case, spacing or punctuation) and prints the entry.
//!
//! ```text
//! cargo run --example lookup -- 7oh
//! cargo run --example lookup -- Narcan
//! cargo run --example lookup -- "can't sleep"
//! cargo run --example lookup -- risk:overdose
//! ```

#[macro_use]
mod common;

use seven_oh::Kind;

const USAGE: &str = "\
usage: lookup NAME...
       lookup KIND:ID

Prints the entry a name resolves to: an id or a name people use (7oh, Narcan,
kratom, \"can't sleep\"), in any case, spacing or punctuation. One id can name
entries of two kinds (overdose is a topic and a risk); KIND:ID picks the kind
(faq, topic, symptom or risk), as in risk:overdose.

options:
  -h, --help  print this help

exit status: 0 found, 1 nothing has that name, 2 usage error (unknown option,
no name)";

fn main() {
    let (_, args) = common::args("lookup", USAGE, &[]);
    let name = args.join(" ");
    if name.trim().is_empty() {
        common::usage_error("lookup", USAGE, "no name given");
    }
    let typed = name
        .split_once(':')
        .and_then(|(kind, id)| Some((kind.trim().parse::<Kind>().ok()?, id.trim())));
    let found = match typed {
        Some((kind, id)) => seven_oh::entry(kind, id),
        None => seven_oh::lookup(&name),
    };
    match found {
        Some(entry) => {
            say!("'{name}' is the {} '{}'.\n", entry.kind(), entry.id());
            common::print_entry(entry);
            common::print_disclaimer();
        }
        None => common::not_found(
            "lookup",
            &format!("nothing is called '{name}'; try an id such as 'overview' or a name such as '7oh'"),
        ),
    }
}
