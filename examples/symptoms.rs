//! Lists the symptoms of withdrawal, side effects or overdose, with how urgent each one is.
//!
//! ```text
//! cargo run --example symptoms -- withdrawal
//! cargo run --example symptoms -- side-effect
//! cargo run --example symptoms -- overdose
//! ```

#[macro_use]
mod common;

use seven_oh::{Context, Urgency};

const USAGE: &str = "\
usage: symptoms CONTEXT

Lists the symptoms of one context, most urgent first. CONTEXT is withdrawal,
side-effect or overdose, in any case, with a space, - or _ between words,
singular or plural (\"Side effects\" works).

options:
  -h, --help  print this help

exit status: 0 printed, 2 usage error (unknown option, no or unknown context)";

/// The letters and digits of `s`, lowercased, without a plural "s".
fn squash(s: &str) -> String {
    let letters: String = s
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    letters.strip_suffix('s').map(str::to_owned).unwrap_or(letters)
}

/// The context `arg` names, forgiving case, separators and a plural.
fn context(arg: &str) -> Option<Context> {
    Context::ALL.iter().copied().find(|c| squash(c.as_str()) == squash(arg))
}

fn main() {
    let (_, args) = common::args("symptoms", USAGE, &[]);
    let arg = args.join(" ");
    if arg.trim().is_empty() {
        common::usage_error("symptoms", USAGE, "no context given");
    }
    let Some(context) = context(&arg) else {
        common::usage_error(
            "symptoms",
            USAGE,
            &format!("'{arg}' is not a context: expected withdrawal, side-effect or overdose"),
        );
    };
    let title = match context {
        Context::Withdrawal => "Symptoms of 7-OH withdrawal",
        Context::SideEffect => "Side effects of 7-OH",
        _ => "Signs of an overdose",
    };
    common::heading(title);
    if context == Context::Overdose {
        say!();
        if let Some(faq) = seven_oh::faq("what-to-do-in-an-overdose") {
            say!("EMERGENCY: {}", faq.question());
            say_raw!("{}", common::wrap(faq.answer_text(), 78));
        }
    }
    say!();
    let mut symptoms: Vec<_> = seven_oh::symptoms_in(context).collect();
    symptoms.sort_by_key(|s| (std::cmp::Reverse(s.urgency()), s.name()));
    for s in symptoms {
        let label = match s.urgency() {
            Urgency::Emergency => "EMERGENCY - call 911 (in the US)",
            Urgency::SeekCare => "see a doctor soon",
            _ => "common",
        };
        say!("- {} ({label})", s.name());
        if !s.aliases().is_empty() {
            let aliases: Vec<&str> = s.aliases().iter().collect();
            say!("    also called: {}", aliases.join(", "));
        }
    }
    say!();
    say!("Run `cargo run --example lookup -- <symptom>` for what each one means.");
    common::print_disclaimer();
}
