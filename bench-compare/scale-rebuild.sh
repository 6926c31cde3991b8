#!/usr/bin/env bash
# Content-only rebuilds of scratch copies that bench-compare/scale.sh left behind, taken in turns so that
# each copy sees the same machine load: for ROUNDS rounds, each DIR in turn has one content file touched and
# `cargo build --release --lib` run again. Prints, per DIR, the median wall time and the median peak memory
# of rustc compiling the seven_oh library.
#
# Usage: bench-compare/scale-rebuild.sh ROUNDS DIR...
#   e.g. bench-compare/scale-rebuild.sh 5 /tmp/scale-before/1 /tmp/scale-after/1 /tmp/scale-before/10 /tmp/scale-after/10
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds=$1
shift
export CARGO_TERM_COLOR=never RUSTC_WRAPPER=$here/scale/rustc-mem.sh
for dir in "$@"; do : >"$dir/rebuild-times" && : >"$dir/rebuild-rss"; done
for _ in $(seq 1 "$rounds"); do
    for dir in "$@"; do
        touch "$dir/content/faqs/what-is-7-oh.md"
        : >"$dir/rss"
        (cd "$dir" && SCALE_RSS=$dir/rss CARGO_TARGET_DIR=$dir/target \
            /usr/bin/time -a -o "$dir/rebuild-times" -f %e cargo build -q --release --lib)
        cat "$dir/rss" >>"$dir/rebuild-rss"
    done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "| copy | content-only rebuild, median of $rounds (s) | rustc peak, median (MB) |"
echo "| --- | ---: | ---: |"
for dir in "$@"; do
    echo "| $dir | $(median <"$dir/rebuild-times") | $(median <"$dir/rebuild-rss" | awk '{ printf "%.0f", $1 / 1024 }') |"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
