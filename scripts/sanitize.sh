#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer
# (CROSSCHECK_SANITIZE, g++) in its own build directory and runs the whole
# test suite there. Any sanitizer report fails the test that caused it: the
# first error stops the process, leaks are errors, UBSan does not recover.
#
# Usage: scripts/sanitize.sh
# Environment: SANITIZE_BUILD (build-asan), JOBS (nproc).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SANITIZE_BUILD:-build-asan}
jobs=${JOBS:-$(nproc)}

bash scripts/install-deps.sh --sanitize
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCROSSCHECK_SANITIZE=ON
fi
cmake --build "$build" -j "$jobs"

# Inherited by the crosscheck binary the command-line tests run.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:print_stacktrace=1:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd "$build"
ctest --output-on-failure -j "$jobs"
