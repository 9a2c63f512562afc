#!/usr/bin/env bash
# Builds lede and runs the whole test suite with CTest; its summary is the last thing printed.
# Extra arguments go to cmake's configure step (e.g. -DLEDE_SANITIZE=ON); LEDE_CTEST_ARGS adds
# ctest arguments (e.g. "-LE quality" skips the quality gates, which score thousands of pages).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${LEDE_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh" "$@"
cd "$build"
# shellcheck disable=SC2086  # LEDE_CTEST_ARGS is a list of words on purpose
ctest --output-on-failure -j "$(nproc)" ${LEDE_CTEST_ARGS:-}
