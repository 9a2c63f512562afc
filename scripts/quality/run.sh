#!/usr/bin/env bash
# Scores lede's body extraction on the three development sets with ../shared/bench/score.py.
#
#   scripts/quality/run.sh [BUILD_DIR] [--preset balanced|precision|recall] [--sets "aeb wcxb-dev"]
#                          [--no-build]
#
# Builds the lede_eval target in BUILD_DIR (default: build) unless --no-build, writes one prediction file per set
# to BUILD_DIR/quality/<set>.pred.json, the scorer's figures to <set>.score.json and per-page
# figures to <set>.pages.jsonl, and prints one summary line per set:
#   aeb              AEB_F1=0.9xx  wordbag_F1=0.9xx  snippet_F1=0.9xx
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$repo/build}"
shift || true
preset=balanced
sets="aeb wcxb-dev trafilatura-eval"
build_first=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --sets) sets="$2"; shift 2 ;;
    --no-build) build_first=0; shift ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
shared="${LEDE_SHARED_DIR:-$repo/../shared}"

if [[ $build_first == 1 ]]; then cmake --build "$build" --target lede_eval -j2 >/dev/null; fi
mkdir -p "$build/quality"
for set in $sets; do
  pred="$build/quality/$set.pred.json"
  "$build/tests/quality/lede_eval" "$shared/data/$set" "$pred" --preset "$preset"
  python3 "$shared/bench/score.py" "$shared/data/$set/truth.jsonl" "$pred" \
    --json "$build/quality/$set.score.json" --per-page "$build/quality/$set.pages.jsonl" >/dev/null
  python3 "$repo/scripts/quality/summary.py" "$set" "$build/quality/$set.score.json"
done
