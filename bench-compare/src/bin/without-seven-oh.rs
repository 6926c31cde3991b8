//! `with-seven-oh` without the crate: the same argument handling and output, no knowledge base.

fn main() {
    let question = std::env::args().nth(1).unwrap_or_default();
    match question.split_whitespace().next() {
        Some(word) => println!("{word}\n{}", question.len()),
        None => println!("I don't know."),
    }
}
