//! Times `ask`, `faq` and `lookup` for the scale benchmark (bench-compare/scale.sh copies it into the scratch
//! crate's examples): the median over 201 batches, in nanoseconds per call. Prints `ask faq lookup`.

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

fn median_ns<T>(set: &[T], mut f: impl FnMut(&T) -> usize) -> f64 {
    const BATCHES: usize = 201;
    const ROUNDS: usize = 100;
    let mut samples = Vec::with_capacity(BATCHES);
    let mut sink = 0;
    for _ in 0..BATCHES {
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
    samples[BATCHES / 2]
}

fn main() {
    let ask = median_ns(QUESTIONS, |q| seven_oh::ask(q).matches().count());
    let faq = median_ns(IDS, |id| usize::from(seven_oh::faq(id).is_some()));
    let lookup = median_ns(NAMES, |n| usize::from(seven_oh::lookup(n).is_some()));
    println!("{ask:.0} {faq:.1} {lookup:.1}");
}
