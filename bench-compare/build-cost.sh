#!/usr/bin/env bash
# What seven-oh costs a user's build: builds, one after the other in one run, from cold target directories
# and in release, two small programs that answer a question from the command line:
#
# - with-seven-oh: depends on seven-oh (by path, default features) and calls `seven_oh::ask()`;
# - naive-json: the same content as JSON (the `export` example's output) through `include_str!`, parsed
#   with serde_json into `#[derive(Deserialize)]` structs, the FAQ picked by shared words.
#
# Prints the CPU time (user + sys, all of cargo's processes) and wall time of each build, and the ratio.
# Usage: bench-compare/build-cost.sh [RUNS]   (default 1 run each, alternating; prints every run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-1}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export CARGO_TERM_COLOR=never

# Fetch every dependency first, so no build below waits on the network.
cargo run -q --release --example export >"$scratch/content.json"

mkdir -p "$scratch/with-seven-oh/src" "$scratch/naive-json/src"
cat >"$scratch/with-seven-oh/Cargo.toml" <<TOML
[package]
name = "with-seven-oh"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
seven-oh = { path = "$root" }

[workspace]
TOML
cat >"$scratch/with-seven-oh/src/main.rs" <<'RS'
fn main() {
    let question = std::env::args().nth(1).unwrap_or_default();
    let answer = seven_oh::ask(&question);
    match answer.top() {
        Some(m) => println!("{}\n{}", m.entry().title(), m.entry().summary()),
        None => println!("I don't know."),
    }
}
RS
cat >"$scratch/naive-json/Cargo.toml" <<'TOML'
[package]
name = "naive-json"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[workspace]
TOML
mv "$scratch/content.json" "$scratch/naive-json/src/content.json"
cat >"$scratch/naive-json/src/main.rs" <<'RS'
use serde::Deserialize;

#[derive(Deserialize)]
struct Content {
    faqs: Vec<Faq>,
}

#[derive(Deserialize)]
struct Faq {
    question: String,
    short_answer: String,
    paraphrases: Vec<String>,
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn main() {
    let content: Content = serde_json::from_str(include_str!("content.json")).expect("valid JSON");
    let question = words(&std::env::args().nth(1).unwrap_or_default());
    let best = content.faqs.iter().max_by_key(|f| {
        let mut text = words(&f.question);
        f.paraphrases.iter().for_each(|p| text.extend(words(p)));
        question.iter().filter(|w| text.contains(w)).count()
    });
    match best {
        Some(f) => println!("{}\n{}", f.question, f.short_answer),
        None => println!("I don't know."),
    }
}
RS
# Resolve and download both dependency graphs before timing.
for crate in with-seven-oh naive-json; do
    (cd "$scratch/$crate" && cargo fetch -q)
done

build() { # build CRATE -> "user+sys wall"
    local dir="$scratch/$1"
    rm -rf "$dir/target"
    /usr/bin/time -o "$scratch/time" -f '%U %S %e' \
        cargo build -q --release --manifest-path "$dir/Cargo.toml" --target-dir "$dir/target" >/dev/null 2>&1
    awk '{ printf "%.2f %.2f", $1 + $2, $3 }' "$scratch/time"
}

echo "## Build cost: a release build from a cold target directory"
echo
echo "- date: $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "- $(rustc --version)"
echo
echo "| run | with-seven-oh CPU (user+sys) | wall | naive-json CPU (user+sys) | wall | ratio (CPU) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
total_s=0
total_n=0
for run in $(seq 1 "$runs"); do
    read -r s_cpu s_wall <<<"$(build with-seven-oh)"
    read -r n_cpu n_wall <<<"$(build naive-json)"
    ratio=$(awk "BEGIN { printf \"%.2f\", $s_cpu / $n_cpu }")
    echo "| $run | ${s_cpu} s | ${s_wall} s | ${n_cpu} s | ${n_wall} s | ${ratio}x |"
    total_s=$(awk "BEGIN { print $total_s + $s_cpu }")
    total_n=$(awk "BEGIN { print $total_n + $n_cpu }")
done
echo
echo "CPU ratio over all runs: $(awk "BEGIN { printf \"%.2f\", $total_s / $total_n }")x (target: at most 1.2x)"
for crate in with-seven-oh naive-json; do
    echo "- $crate: $(cd "$scratch/$crate" && cargo tree -q -e normal,build --prefix none | sort -u | wc -l) crates in its build graph"
done
