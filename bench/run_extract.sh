#!/usr/bin/env bash
# End-to-end extraction benchmark (issue 3, bars 3 and 4): lede (raw bytes in, JSON out; 1 thread,
# then 2 threads), Mozilla Readability.js on jsdom and readability-lxml, on the same pages of
# ../shared/data/aeb, each in its own process so each peak memory is its own. Prints a table.
#
#   bench/run_extract.sh [SET_DIR]      (default: the configured shared folder's data/aeb)
#
# Build folder: LEDE_BENCH_BUILD_DIR (default build-bench/, shared with bench/run.sh).
# Repetitions (best pass kept): LEDE_REPS (5), READABILITY_JS_REPS (2), READABILITY_LXML_REPS (3).
# For scale only, from issue 3's text and not measured by this script: resiliparse, the fastest
# extractor in use (plain text only), runs about 600 pages/s (100 MB/s) on these pages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${LEDE_BENCH_BUILD_DIR:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/bench/install-peers.sh"
cmake -S "$root" -B "$build" -DLEDE_BUILD_BENCH=ON -DLEDE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target bench_extract >/dev/null
bench="$build/bench/bench_extract"

# The peers read the pages decoded once by lede's decode stage, so every tool sees the same text.
"$bench" --dump-decoded "$work/pages" "$@"

echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "lede, 1 thread..." >&2
"$bench" --threads 1 --reps "${LEDE_REPS:-5}" "$@" >"$work/lede1.json" || true
echo "lede, 2 threads..." >&2
"$bench" --threads 2 --reps "${LEDE_REPS:-5}" "$@" >"$work/lede2.json" || true
echo "readability-lxml..." >&2
/usr/bin/python3 "$root/bench/peers/readability_lxml.py" "$work/pages" "${READABILITY_LXML_REPS:-3}" >"$work/lxml.json" || true
echo "Readability.js + jsdom (the slow one)..." >&2
node "$root/bench/peers/readability_js.mjs" "$work/pages" "${READABILITY_JS_REPS:-2}" >"$work/rjs.json" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo
/usr/bin/python3 "$root/bench/extract_table.py" "$work/lede1.json" "$work/lede2.json" "$work/rjs.json" "$work/lxml.json"
echo "load average (1/5/15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg), on $(nproc) cores"
