//! Calls `seven_oh::ask` on every question of one query set (`typical`, `typos`, `long` or `off-topic`,
//! see `benches/src/queries.rs`) N times, for a profiler:
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true cargo build --release --manifest-path bench-compare/Cargo.toml --bin profile-ask
//! valgrind --tool=callgrind bench-compare/target/release/profile-ask typical 1000
//! ```

use seven_oh_benches::queries;

use std::hint::black_box;
use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "typical".to_owned());
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let Some((_, set)) = queries::sets(&root).into_iter().find(|(s, _)| *s == name) else {
        eprintln!("usage: profile-ask [typical|typos|long|off-topic] [N]");
        std::process::exit(2);
    };
    let mut answered = 0usize;
    for _ in 0..n {
        for l in &set {
            answered += usize::from(black_box(seven_oh::ask(black_box(&l.question))).top().is_some());
        }
    }
    println!("{} questions x {n}: {answered} answers", set.len());
}
