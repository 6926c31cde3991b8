//! Resolves a name, id or alias (any case, spacing or punctuation) and prints the entry.
//!
//! ```text
//! cargo run --example lookup -- 7oh
//! cargo run --example lookup -- Narcan
//! cargo run --example lookup -- "can't sleep"
//! ```

#[macro_use]
mod common;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        common::fail(
            "lookup",
            "usage: lookup <name>   (an id or a name such as 7oh, Narcan, kratom)",
        );
    }
    let name = args.join(" ");
    match seven_oh::lookup(&name) {
        Some(entry) => {
            say!("'{name}' is the {} '{}'.\n", entry.kind(), entry.id());
            common::print_entry(entry);
            common::print_disclaimer();
        }
        None => common::fail(
            "lookup",
            &format!("nothing is called '{name}'; try an id such as 'overview' or a name such as '7oh'"),
        ),
    }
}
