#!/usr/bin/env bash
# Configures and builds lede into build/ (or $LEDE_BUILD_DIR), installing dependencies first.
# Extra arguments go to cmake's configure step (e.g. -DLEDE_SANITIZE=ON).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${LEDE_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
