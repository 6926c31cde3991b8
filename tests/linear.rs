//! The work grows at most linearly with the input, counted in instructions rather than timed.
//!
//! ```text
//! cargo test --release --test linear -- --ignored --nocapture
//! ```
//!
//! Ignored by default (plain `cargo test` does not run it): it needs valgrind. `.ci/run` runs it.
//!
//! The test runs this same test binary under `valgrind --tool=callgrind`, once per function and input
//! size, with the `callgrind_worker` test as the entry point. The worker builds the input (outside the
//! count), then calls one `work_*` function; callgrind counts only the instructions executed inside that
//! function (`--toggle-collect`), so the harness, the input and the process start-up are not counted. For
//! each function and each kind of input it compares the count for a 10 KiB input with the count for a
//! 1 MiB input: the 1 MiB count must be at most 1 MiB / 10 KiB (102.4) times the 10 KiB count, with a
//! margin of 10%, so the growth is at most linear.
//!
//! `ask` and `search` read at most `seven_oh::MAX_QUERY_BYTES` bytes and `MAX_QUERY_WORDS` words, so
//! their counts must not grow at all past that bound; that is asserted too. `lookup` reads the whole name
//! until it passes the longest key (so a name without letters is read whole), and the lookups by id hash
//! the whole id: both linear.

use std::path::Path;
use std::process::Command;

const SMALL: usize = 10 * 1024;
const LARGE: usize = 1024 * 1024;
/// The environment variable that tells the worker what to run: `FUNCTION INPUT BYTES`.
const WORKER_ENV: &str = "SEVEN_OH_LINEAR_WORKER";

/// The functions measured: each is one `work_*` function below.
const FUNCTIONS: &[&str] = &["ask", "urgent", "search", "lookup", "ids"];
/// The kinds of input: a question repeated, text with no letters or digits at all, and one long token.
const INPUTS: &[&str] = &["question", "no-letters", "one-token"];

/// An input of `kind`, `bytes` bytes long (or a character less).
fn input(kind: &str, bytes: usize) -> String {
    let unit = match kind {
        "question" => "my friend took 7oh, can't sleep and is in withdrawl: is it dangerous? ",
        "no-letters" => "- 😀\u{200B}!? ",
        "one-token" => "a",
        _ => panic!("unknown input kind '{kind}'"),
    };
    unit.chars()
        .cycle()
        .scan(0, |len, c| {
            *len += c.len_utf8();
            (*len <= bytes).then_some(c)
        })
        .collect()
}

#[inline(never)]
fn work_ask(q: &str) -> usize {
    let answer = seven_oh::ask(std::hint::black_box(q));
    answer.matches().count() + usize::from(answer.is_urgent()) + usize::from(answer.abstained())
}

#[inline(never)]
fn work_urgent(q: &str) -> usize {
    seven_oh::urgent(std::hint::black_box(q)).map_or(0, |u| u.steps().len())
}

#[inline(never)]
fn work_search(q: &str) -> usize {
    seven_oh::search(std::hint::black_box(q)).count()
}

#[inline(never)]
fn work_lookup(q: &str) -> usize {
    usize::from(seven_oh::lookup(std::hint::black_box(q)).is_some())
}

#[inline(never)]
fn work_ids(q: &str) -> usize {
    let q = std::hint::black_box(q);
    usize::from(seven_oh::faq(q).is_some())
        + usize::from(seven_oh::topic(q).is_some())
        + usize::from(seven_oh::symptom(q).is_some())
        + usize::from(seven_oh::risk(q).is_some())
        + usize::from(seven_oh::source(q).is_some())
        + usize::from(seven_oh::urgent_message(q).is_some())
}

/// The entry point under valgrind: does nothing unless [`WORKER_ENV`] is set.
#[test]
#[ignore = "the entry point of the processes that `instruction_counts_grow_at_most_linearly` runs"]
fn callgrind_worker() {
    let Ok(spec) = std::env::var(WORKER_ENV) else {
        return;
    };
    let parts: Vec<&str> = spec.split_whitespace().collect();
    let [function, kind, bytes] = parts[..] else {
        panic!("{WORKER_ENV}={spec:?}: expected FUNCTION INPUT BYTES");
    };
    let q = input(kind, bytes.parse().expect("a byte count"));
    let work = match function {
        "ask" => work_ask,
        "urgent" => work_urgent,
        "search" => work_search,
        "lookup" => work_lookup,
        "ids" => work_ids,
        _ => panic!("unknown function '{function}'"),
    };
    std::hint::black_box(work(&q));
}

/// Runs the worker under callgrind and returns the instructions executed inside `work_<function>`.
fn count(function: &str, kind: &str, bytes: usize, dir: &Path) -> u64 {
    let exe = std::env::current_exe().expect("the test binary's path");
    let out = dir.join(format!("callgrind.{function}.{kind}.{bytes}"));
    let result = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(format!("--toggle-collect=*work_{function}*"))
        .arg(&exe)
        .args(["callgrind_worker", "--exact", "--ignored", "--test-threads=1"])
        .env(WORKER_ENV, format!("{function} {kind} {bytes}"))
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run valgrind ({e}). This test counts instructions with valgrind's callgrind: install \
                 it (Debian: apt-get install -y valgrind) or skip this test (it is #[ignore]d by default)."
            )
        });
    assert!(
        result.status.success(),
        "valgrind failed for {function} on {bytes} bytes of {kind}:\n{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let text = std::fs::read_to_string(&out).expect("callgrind's output file");
    let total = text
        .lines()
        .find_map(|l| l.strip_prefix("totals:").or_else(|| l.strip_prefix("summary:")))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no totals in {}", out.display()));
    // With the instructions of the function counted, even the smallest input costs something; zero would
    // mean that the function was not found and the comparison would prove nothing.
    assert!(
        total > 100,
        "{function} on {bytes} bytes of {kind}: {total} instructions; was work_{function} found?"
    );
    total
}

#[test]
#[ignore = "needs valgrind; run with `cargo test --release --test linear -- --ignored --nocapture`"]
fn instruction_counts_grow_at_most_linearly() {
    if Command::new("valgrind").arg("--version").output().is_err() {
        panic!(
            "valgrind is not installed. This test counts instructions with valgrind's callgrind: install it \
             (Debian: apt-get install -y valgrind), or skip this test (it is #[ignore]d by default)."
        );
    }
    let dir = std::env::temp_dir().join(format!("seven-oh-linear-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let linear = LARGE as f64 / SMALL as f64;
    println!("instructions (callgrind Ir) inside each function, {SMALL} bytes vs {LARGE} bytes (linear: x{linear:.1})");
    let mut failures = Vec::new();
    for &function in FUNCTIONS {
        for &kind in INPUTS {
            let small = count(function, kind, SMALL, &dir);
            let large = count(function, kind, LARGE, &dir);
            let ratio = large as f64 / small as f64;
            let bounded = matches!(function, "ask" | "urgent" | "search");
            println!(
                "{function:>6} on {kind:<10}: 10 KiB {small:>10} Ir, 1 MiB {large:>10} Ir, ratio {ratio:>6.2}{}",
                if bounded {
                    " (reads at most MAX_QUERY_BYTES: must stay flat)"
                } else {
                    ""
                }
            );
            if ratio > linear * 1.1 {
                failures.push(format!("{function} on {kind}: x{ratio:.2} for x{linear:.1} the input"));
            }
            if bounded && ratio > 1.1 {
                failures.push(format!(
                    "{function} on {kind}: x{ratio:.2}, but it reads at most MAX_QUERY_BYTES"
                ));
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(failures.is_empty(), "more than linear growth:\n{}", failures.join("\n"));
}
