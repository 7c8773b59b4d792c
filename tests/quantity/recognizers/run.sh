#!/usr/bin/env bash
# Scores Microsoft Recognizers-Text on the crosscheck gold set (docs/quality.md).
#
#   tests/quantity/recognizers/run.sh [BUILD_DIR]
# Installs the npm packages under BUILD_DIR/recognizers (default build/),
# writes their results to BUILD_DIR/recognizers/out/ and prints the figures
# computed by crosscheck_gold_eval, the same scorer the quality test uses.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${1:-$root/build}"
work="$build/recognizers"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "skipped: node/npm not found"
  exit 0
fi

mkdir -p "$work"
cp "$here/package.json" "$work/package.json"
npm install --prefix "$work" --no-audit --no-fund --loglevel=error >/dev/null
NODE_PATH="$work/node_modules" node "$here/recognize.js" "$root" "$work/out"

cmake --build "$build" --target crosscheck_gold_eval -j2 >/dev/null
"$build/crosscheck_gold_eval" --root "$root" --extracted-dir "$work/out" "${@:2}"
