#!/usr/bin/env bash
# Builds the benchmarks in Release (build-bench/) and runs the HTML parser benchmark.
# Extra arguments go to bench_html (e.g. --reps 3).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-bench"
cmake -S "$root" -B "$build" -DLEDE_BUILD_BENCH=ON -DLEDE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target bench_html
"$build/bench/bench_html" "$@"
