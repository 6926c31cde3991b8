//! `seven_oh::ask` on typical questions, questions with typos, long questions and off-topic questions (all
//! from `tests/eval/`, see `benches/src/queries.rs`), against a naive scan that scores every FAQ question
//! and paraphrase by normalised edit distance (`strsim::normalized_levenshtein`) and returns the best FAQ.
//!
//! Each benchmark runs its whole query set once per iteration; divide by the set's size (criterion's
//! throughput line) for the time of one question. Tantivy is compared in `bench-compare/`, outside the
//! default build. `cargo bench --bench ask`; figures in BENCHMARKS.md.

use seven_oh_benches::config;
use seven_oh_benches::queries;
use seven_oh_benches::strsim_scan;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

fn benches(c: &mut Criterion) {
    let root = &Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let scan = strsim_scan::StrsimScan::new();
    for (name, set) in queries::sets(root) {
        let set: Vec<String> = set.into_iter().map(|l| l.question).collect();
        assert!(!set.is_empty(), "query set {name} is empty");
        let mut g = c.benchmark_group(format!("ask/{name}"));
        g.throughput(Throughput::Elements(set.len() as u64));
        g.bench_function("seven_oh::ask", |b| {
            b.iter(|| {
                for q in &set {
                    black_box(seven_oh::ask(black_box(q)));
                }
            })
        });
        // About a millisecond per question: one iteration per sample, fewer samples.
        g.sampling_mode(SamplingMode::Flat);
        g.sample_size(10);
        g.bench_function("strsim_scan", |b| {
            b.iter(|| {
                for q in &set {
                    black_box(scan.best(black_box(q)));
                }
            })
        });
        g.finish();
        eprintln!("ask/{name}: {} questions", set.len());
    }
}

criterion_group! {
    name = ask;
    config = config::config();
    targets = benches
}
criterion_main!(ask);
