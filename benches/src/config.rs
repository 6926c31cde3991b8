//! The criterion settings every benchmark in `benches/` shares: short runs, so `cargo bench` finishes in a few
//! minutes on 2 cores.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion};

/// 30 samples, 1 s of warm-up, 2 s of measurement.
pub fn config() -> Criterion {
    Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
}

/// Benchmarks `f` over every key of `keys` in one iteration (the group's throughput is the key count).
pub fn each<K: Copy, R>(g: &mut BenchmarkGroup<'_, WallTime>, name: &str, keys: &[K], f: impl Fn(K) -> R) {
    g.bench_function(name, |b| {
        b.iter(|| {
            for &k in keys {
                black_box(f(black_box(k)));
            }
        })
    });
}
