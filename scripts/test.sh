#!/usr/bin/env bash
# Builds lede and runs the whole test suite with CTest; its summary is the last thing printed.
# Extra arguments go to cmake's configure step (e.g. -DLEDE_SANITIZE=ON).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${LEDE_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh" "$@"
cd "$build"
ctest --output-on-failure -j "$(nproc)"
