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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [arg] = args.as_slice() else {
        common::fail("symptoms", "usage: symptoms <withdrawal|side-effect|overdose>");
    };
    let context: Context = match arg.parse() {
        Ok(c) => c,
        Err(e) => common::fail("symptoms", &e.to_string()),
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
            Urgency::Emergency => "EMERGENCY - call 911",
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
