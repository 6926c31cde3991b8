#!/usr/bin/env bash
# Takes every figure of BENCHMARKS.md in one run and prints them as Markdown. From the repository root:
#
#     bench-compare/measure.sh 2>&1 | tee /tmp/measure.md
#
# Needs cargo, strip (binutils) and hyperfine (`apt-get install hyperfine`; without it, process start-up is
# skipped). Takes 10 to 15 minutes on 2 cores, most of it the clean build at the end. Deletes
# target/criterion first so that the criterion table holds this run only.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
compare=(--manifest-path bench-compare/Cargo.toml)
bin=bench-compare/target/release

echo "## Machine"
echo
echo "- cores: $(nproc)"
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "- $(rustc --version)"
echo "- $(cargo --version)"
echo "- $(uname -sr)"
if command -v hyperfine >/dev/null; then echo "- $(hyperfine --version)"; fi
echo "- load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## Builds (not timed)"
cargo build -q --release --example ask
cargo build -q --release "${compare[@]}" --bins
cargo bench -q -p seven-oh-benches --no-run 2>/dev/null
echo

echo "## Criterion: cargo bench -p seven-oh-benches"
echo
rm -rf target/criterion
cargo bench -p seven-oh-benches --bench lookup >/tmp/seven-oh-bench-lookup.log 2>&1
cargo bench -p seven-oh-benches --bench ask >/tmp/seven-oh-bench-ask.log 2>&1
"$bin/summary" criterion target/criterion
echo

echo "## bench-compare: tantivy and the strsim scan"
echo
"$bin/bench-compare"
echo

echo "## Process start-up"
echo
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 50 --runs 1000 --export-json /tmp/seven-oh-hyperfine.json \
        "$bin/hello" \
        "$bin/without-seven-oh 'Is 7-OH addictive?'" \
        "$bin/with-seven-oh 'Is 7-OH addictive?'" \
        "target/release/examples/ask 'Is 7-OH addictive?'" >/dev/null 2>&1
    "$bin/summary" hyperfine /tmp/seven-oh-hyperfine.json
else
    echo "hyperfine not found; skipped"
fi
echo
relative() { LD_DEBUG=statistics "$@" 2>&1 >/dev/null | grep -m1 'number of relative relocations' | awk '{print $NF}'; }
echo "Relative relocations the dynamic loader applies at start-up: hello $(relative "$bin/hello"), with-seven-oh $(relative "$bin/with-seven-oh" x)."
echo

echo "## Binary size (release, stripped)"
echo
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for b in without-seven-oh with-seven-oh; do
    cp "$bin/$b" "$scratch/$b"
    strip "$scratch/$b"
done
without=$(stat -c %s "$scratch/without-seven-oh")
with=$(stat -c %s "$scratch/with-seven-oh")
raw=$(cat content/*/*.md content/*.toml | wc -c)
echo "| | bytes |"
echo "| --- | ---: |"
echo "| without-seven-oh | $without |"
echo "| with-seven-oh | $with |"
echo "| added by the crate | $((with - without)) |"
echo "| raw content (\`cat content/*/*.md content/*.toml \| wc -c\`) | $raw |"
echo "| ratio | $(awk "BEGIN { printf \"%.2f\", ($with - $without) / $raw }") |"
echo
echo "Largest sections of with-seven-oh (stripped), then without:"
echo
echo '```text'
size -A "$scratch/with-seven-oh" | sort -k2 -n -r | head -6
size -A "$scratch/without-seven-oh" | sort -k2 -n -r | head -6
echo '```'
echo

echo "## Build time (a copy of the crate in a scratch directory, its own target directory)"
echo
copy="$scratch/seven-oh"
mkdir -p "$copy"
# The workspace names its members, so they are copied too (only the library and its build are built).
cp -r Cargo.toml Cargo.lock README.md build.rs src examples content tests shared compiler benches properties "$copy/"
timed() { # timed LABEL COMMAND...
    local start end
    start=$(date +%s.%N)
    (cd "$copy" && CARGO_TARGET_DIR="$copy/target" "${@:2}" >/dev/null 2>&1)
    end=$(date +%s.%N)
    echo "| $1 | $(awk "BEGIN { printf \"%.2f s\", $end - $start }") |"
}
edit() { printf '\nAsk a doctor or pharmacist before you change how much you take.\n' >>"$copy/content/faqs/is-7-oh-addictive.md"; }
echo "| build | wall time |"
echo "| --- | ---: |"
timed "clean \`cargo build --release\` (dependencies included)" cargo build --release
edit
timed "\`cargo build --release\` after editing one content file" cargo build --release
touch "$copy/content/faqs/is-7-oh-addictive.md"
timed "\`cargo build --release\` after touching one content file" cargo build --release
(cd "$copy" && CARGO_TARGET_DIR="$copy/target" cargo clean -q --release -p seven-oh)
timed "\`cargo build --release\` after \`cargo clean --release -p seven-oh\` (the crate and its build script)" cargo build --release
timed "clean \`cargo build\` (debug, dependencies included)" cargo build
edit
timed "\`cargo build\` (debug) after editing one content file" cargo build
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
