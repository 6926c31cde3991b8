//! Lists every question with its short answer, or prints one FAQ in full.
//!
//! ```text
//! cargo run --example faq
//! cargo run --example faq -- is-7-oh-addictive
//! ```

#[macro_use]
mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let id = args.next();
    if let Some(extra) = args.next() {
        common::fail("faq", &format!("takes at most one FAQ id (got an extra '{extra}')"));
    }
    match id.as_deref() {
        None => {
            common::heading("Questions about 7-OH");
            say!();
            for faq in seven_oh::faqs() {
                say!("{}  [{}]", faq.question(), faq.id());
                say_raw!("{}", common::wrap(&format!("  {}", faq.short_answer()), 78));
                say!();
            }
            say!("Run `cargo run --example faq -- <id>` for a full answer with its sources.");
        }
        Some("-h" | "--help") => {
            say!("usage: faq [ID]   (no ID: list every question; ID: print that FAQ in full)");
        }
        Some(id) => match seven_oh::faq(id) {
            Some(faq) => common::print_entry(seven_oh::Entry::Faq(faq)),
            None => {
                let hint = seven_oh::lookup(id)
                    .map(|e| format!(" (did you mean the {} '{}'?)", e.kind(), e.id()))
                    .unwrap_or_default();
                common::fail(
                    "faq",
                    &format!("no FAQ has id '{id}'{hint}; run without arguments to list them"),
                );
            }
        },
    }
    common::print_disclaimer();
}
