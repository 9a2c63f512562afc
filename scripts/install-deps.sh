#!/usr/bin/env bash
# Installs the Debian 12 packages lede builds, tests and benchmarks with, skipping any already
# present, so the README's commands work on a fresh machine and cost nothing on a ready one.
set -euo pipefail

packages=(
  build-essential cmake pkg-config python3
  libuchardet-dev libicu-dev zlib1g-dev       # decode, gzipped input
  libcli11-dev libfmt-dev nlohmann-json3-dev  # the lede command and its JSON output
  libcld2-dev                                 # the article's language (metadata)
  libsimdjson-dev                             # JSON-LD text (metadata)
  libgtest-dev libbenchmark-dev               # tests and benchmarks
  libxml2-dev libgumbo-dev                    # parse-only peers, benchmark only
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
