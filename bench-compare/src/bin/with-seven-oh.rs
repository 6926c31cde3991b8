//! A tiny program that answers its argument with `seven_oh::ask`; compared in size with
//! `without-seven-oh`, the same program without the crate (see BENCHMARKS.md).

fn main() {
    let question = std::env::args().nth(1).unwrap_or_default();
    match seven_oh::ask(&question).top() {
        Some(m) => println!("{}\n{}", m.entry().title(), m.entry().summary()),
        None => println!("I don't know."),
    }
}
