//! The scale benchmark's baseline for binary size: `probe.rs`'s harness with no call into seven-oh, so the
//! difference in stripped size is what the tables and the query code add.

use std::hint::black_box;
use std::time::Instant;

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
    let questions = ["Is 7-OH addictive?"];
    println!("{:.0} 0 0", median_ns(&questions, |q| q.len()));
}
