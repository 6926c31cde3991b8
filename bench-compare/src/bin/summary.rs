//! Summarises benchmark output as Markdown tables, for BENCHMARKS.md (`bench-compare/measure.sh` runs it):
//!
//! ```text
//! summary criterion target/criterion     # one row per criterion benchmark, per query or per lookup
//! summary hyperfine hyperfine.json       # median, p10 and p90 of each command's run times
//! ```
//!
//! Criterion figures are the median time of one iteration divided by the benchmark's throughput in
//! elements (each iteration runs a whole query set), with the 95% confidence interval of that median and
//! the median absolute deviation over the samples, also per element.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The order of the groups in the table; other groups follow, sorted.
const GROUPS: &[&str] = &[
    "faq_id",
    "lookup_name",
    "json_start_up",
    "ask/typical",
    "ask/typos",
    "ask/long",
    "ask/off-topic",
];

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `new/benchmark.json` under `dir`.
fn benchmark_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "new") {
                let file = path.join("benchmark.json");
                if file.exists() {
                    out.push(file);
                }
            } else {
                benchmark_files(&path, out);
            }
        }
    }
}

fn show(ns: f64) -> String {
    if ns < 1_000.0 {
        format!("{ns:.1} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{:.2} ms", ns / 1e6)
    }
}

struct Row {
    group: String,
    function: String,
    /// How many elements one iteration handles (1 for a byte throughput or none).
    n: f64,
    median: f64,
    low: f64,
    high: f64,
    mad: f64,
}

fn criterion(dir: &Path) {
    let mut files = Vec::new();
    benchmark_files(dir, &mut files);
    let mut rows: Vec<Row> = files
        .iter()
        .map(|file| {
            let bench = read(file);
            let estimates = read(&file.with_file_name("estimates.json"));
            let n = bench["throughput"]["Elements"].as_f64().unwrap_or(1.0);
            let median = &estimates["median"];
            Row {
                group: bench["group_id"].as_str().unwrap_or("").to_owned(),
                function: bench["function_id"].as_str().unwrap_or("").to_owned(),
                n,
                median: median["point_estimate"].as_f64().unwrap_or(f64::NAN) / n,
                low: median["confidence_interval"]["lower_bound"]
                    .as_f64()
                    .unwrap_or(f64::NAN)
                    / n,
                high: median["confidence_interval"]["upper_bound"]
                    .as_f64()
                    .unwrap_or(f64::NAN)
                    / n,
                mad: estimates["median_abs_dev"]["point_estimate"]
                    .as_f64()
                    .unwrap_or(f64::NAN)
                    / n,
            }
        })
        .collect();
    let rank = |g: &str| GROUPS.iter().position(|x| *x == g).unwrap_or(GROUPS.len());
    // Within a group, seven_oh's own function first (the ratios are against it).
    rows.sort_by(|a, b| {
        (
            rank(&a.group),
            &a.group,
            !a.function.starts_with("seven_oh"),
            &a.function,
        )
            .cmp(&(
                rank(&b.group),
                &b.group,
                !b.function.starts_with("seven_oh"),
                &b.function,
            ))
    });
    println!("| group | benchmark | per element: median | 95% CI of the median | MAD | elements | vs first |");
    println!("| --- | --- | ---: | --- | ---: | ---: | ---: |");
    let mut first: Option<(String, f64)> = None;
    for r in &rows {
        if first.as_ref().is_none_or(|(g, _)| *g != r.group) {
            first = Some((r.group.clone(), r.median));
        }
        let base = first.as_ref().map_or(r.median, |f| f.1);
        println!(
            "| {} | {} | {} | {}–{} | {} | {} | {:.2}x |",
            r.group,
            r.function,
            show(r.median),
            show(r.low),
            show(r.high),
            show(r.mad),
            r.n,
            r.median / base
        );
    }
}

fn hyperfine(file: &Path) {
    let v = read(file);
    println!("| command | median | p10 | p90 | mean ± σ | runs |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for r in v["results"].as_array().into_iter().flatten() {
        let mut times: Vec<f64> = r["times"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .map(|s| s * 1e9)
            .collect();
        times.sort_by(f64::total_cmp);
        if times.is_empty() {
            continue;
        }
        let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
        println!(
            "| `{}` | {} | {} | {} | {} ± {} | {} |",
            r["command"].as_str().unwrap_or(""),
            show(at(0.5)),
            show(at(0.1)),
            show(at(0.9)),
            show(r["mean"].as_f64().unwrap_or(f64::NAN) * 1e9),
            show(r["stddev"].as_f64().unwrap_or(f64::NAN) * 1e9),
            times.len()
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["criterion", dir] => criterion(Path::new(dir)),
        ["hyperfine", file] => hyperfine(Path::new(file)),
        _ => {
            eprintln!("usage: summary criterion DIR | summary hyperfine FILE");
            std::process::exit(2);
        }
    }
}
