//! Times `ask`, `faq` and `lookup` for the scale benchmark (bench-compare/scale.sh copies it into the scratch
//! crate's examples): the median over 201 batches of 100 rounds, in nanoseconds per call. Prints `ask faq lookup`. With an
//! argument (`ask`, `faq` or `lookup`) it runs that function only, for counting instructions under callgrind.

use std::hint::black_box;
use std::time::Instant;

const QUESTIONS: &[&str] = &[
    "Is 7-OH addictive?",
    "can i quit 7oh by cutting down slowly",
    "how long does withdrawal last",
    "what are the signs of overdose",
    "does naloxone work on 7-oh",
    "is kratom legal",
    "can i drink alcohol with 7oh",
    "what is 7-hydroxymitragynine",
];
const IDS: &[&str] = &["is-7-oh-addictive", "can-you-taper-off-7-oh", "what-is-7-oh", "does-naloxone-reverse-7-oh"];
const NAMES: &[&str] = &["7-OH", "Narcan", "agitated", "withdrawal", "kratom", "overview"];

fn median_ns<T>(set: &[T], batches: usize, mut f: impl FnMut(&T) -> usize) -> f64 {
    const ROUNDS: usize = 100;
    let mut samples = Vec::with_capacity(batches);
    let mut sink = 0;
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..ROUNDS {
            for x in set {
                sink += f(black_box(x));
            }
        }
        samples.push(start.elapsed().as_nanos() as f64 / (ROUNDS * set.len()) as f64);
    }
    black_box(sink);
    samples.sort_by(f64::total_cmp);
    samples[batches / 2]
}

fn main() {
    let only = std::env::args().nth(1);
    let run = |name: &str| only.as_deref().is_none_or(|o| o == name);
    // One batch (100 rounds of the set) when counting instructions.
    let b = if only.is_some() { 1 } else { 201 };
    let ask = if run("ask") { median_ns(QUESTIONS, b, |q| seven_oh::ask(q).matches().count()) } else { 0.0 };
    let faq = if run("faq") { median_ns(IDS, b, |id| usize::from(seven_oh::faq(id).is_some())) } else { 0.0 };
    let lookup = if run("lookup") { median_ns(NAMES, b, |n| usize::from(seven_oh::lookup(n).is_some())) } else { 0.0 };
    println!("{ask:.0} {faq:.1} {lookup:.1}");
}
