//! Lists every question with its short answer, or prints one FAQ in full.
//!
//! ```text
//! cargo run --example faq
//! cargo run --example faq -- is-7-oh-addictive
//! ```

#[macro_use]
mod common;

const USAGE: &str = "\
usage: faq [ID]

With no ID, lists every question with its short answer and its id; with an
ID, prints that FAQ in full, with its sources.

options:
  -h, --help  print this help

exit status: 0 printed, 1 no FAQ has that id, 2 usage error (unknown option,
more than one ID)";

fn main() {
    let (_, args) = common::args("faq", USAGE, &[]);
    if args.len() > 1 {
        common::usage_error(
            "faq",
            USAGE,
            &format!("takes at most one FAQ id (got an extra '{}')", args[1]),
        );
    }
    match args.first().map(String::as_str) {
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
        Some(id) => match seven_oh::faq(id) {
            Some(faq) => common::print_entry(faq.into()),
            None => {
                let hint = seven_oh::lookup(id)
                    .map(|e| format!(" (did you mean the {} '{}'?)", e.kind(), e.id()))
                    .unwrap_or_default();
                common::not_found(
                    "faq",
                    &format!("no FAQ has id '{id}'{hint}; run without arguments to list them"),
                );
            }
        },
    }
    common::print_disclaimer();
}
