#!/usr/bin/env bash
# Time against size through the real binary: each pathological shape of
# tests/robustness/shapes.h at N and 10N, `extract` of the Chinese file and
# `compare` of the pair, CPU time (user + system) and peak memory, the median
# of REPS runs. Linear growth shows as a ratio near 10 per ten times the
# bytes; docs/performance.md ("Robustness") records a run. Sizes are such
# that the smaller run takes a tenth of a second or more: /usr/bin/time
# counts in hundredths.
#
#   bench/growth.sh [BUILD_DIR [REPS]]     default build-bench, 5
#
# BUILD_DIR must hold crosscheck and crosscheck_shape (`make bench` builds
# both in build-bench).
set -euo pipefail

build=${1:-build-bench}
reps=${2:-5}
for tool in crosscheck crosscheck_shape; do
  if [[ ! -x $build/$tool ]]; then
    echo "growth.sh: $build/$tool not found; build it first (make bench)" >&2
    exit 2
  fi
done
if [[ ! -x /usr/bin/time ]]; then
  echo "growth.sh: /usr/bin/time not found (apt-get install time)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median CPU seconds and peak KB of `$@` over $reps runs: "seconds kilobytes".
measure() {
  local k
  for ((k = 0; k < reps; ++k)); do
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" > /dev/null 2>&1 || true
    awk '{printf "%.3f %d\n", $1 + $2, $3}' "$work/time"
  done | sort -n | awk '{t[NR] = $1; m[NR] = $2} END {i = int((NR + 1) / 2); print t[i], m[i]}'
}

printf '%-17s %-8s %9s %9s %8s %8s %7s %10s\n' shape command "N s" "10N s" ratio bytes "per 10x" "10N peak"
while read -r shape n; do
  for k in 1 10; do
    "$build/crosscheck_shape" "$shape" $((k * n)) "$work/$shape.$k"
  done
  for command in extract compare; do
    declare -a runs=()
    for k in 1 10; do
      zh=$work/$shape.$k.zh.txt
      en=$work/$shape.$k.en.txt
      if [[ $command == extract ]]; then
        runs+=("$(measure "$build/crosscheck" extract "$zh" --format tsv)")
        bytes[$k]=$(stat -c %s "$zh")
      else
        runs+=("$(measure "$build/crosscheck" compare "$zh" "$en" --format json --fail-on never)")
        bytes[$k]=$(($(stat -c %s "$zh") + $(stat -c %s "$en")))
      fi
    done
    read -r t1 _ <<< "${runs[0]}"
    read -r t10 m10 <<< "${runs[1]}"
    awk -v s="$shape" -v c="$command" -v t1="$t1" -v t10="$t10" -v b1="${bytes[1]}" \
      -v b10="${bytes[10]}" -v m="$m10" 'BEGIN {
        t1 = t1 > 0.001 ? t1 : 0.001
        r = t10 / t1; b = b10 / b1
        printf "%-17s %-8s %9.3f %9.3f %8.1f %8.2f %7.1f %8.0f MB\n", s, c, t1, t10, r, b, r * 10 / b, m / 1024
      }'
  done
done << 'SHAPES'
long-line 1000000
short-lines 100000
headings 100000
nested-list 20000
nested-numbering 25000
run-of-yi 1000000
run-of-digits 1000000
SHAPES
