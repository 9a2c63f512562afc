#!/usr/bin/env bash
# Installs the extractors bench/run_extract.sh measures lede against, and nothing lede needs:
# Debian's python3-readability (readability-lxml) and, from npm, the pinned versions in
# bench/peers/package-lock.json (@mozilla/readability, jsdom) into bench/peers/node_modules.
# Skips whatever is already there, so it costs nothing on a ready machine.
set -euo pipefail
peers="$(cd "$(dirname "$0")/peers" && pwd)"

missing=()
dpkg-query -W -f='${Status}' python3-readability 2>/dev/null | grep -q "install ok installed" || missing+=(python3-readability)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The pinned jsdom needs Node.js ^20.19 (Debian 12's own nodejs is 18): say so rather than fail later.
node -e 'const [a, b] = process.versions.node.split(".").map(Number);
         if (a < 20 || (a === 20 && b < 19)) { console.error(`Node.js ${process.versions.node} is too old for the pinned jsdom (needs >= 20.19)`); process.exit(1); }'

# npm ci installs exactly the lock file; redo it only when the lock changed since the last install.
if [[ ! -f "$peers/node_modules/.package-lock.json" || "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]]; then
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
fi
