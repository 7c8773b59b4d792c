#!/usr/bin/env bash
# Installs the Debian packages crosscheck needs to build and test, and only
# those that are missing, so a second run does nothing. Needs root (or sudo)
# when something is missing.
#
# Options add what one kind of build needs on top:
#   --bench     Google Benchmark and GNU time (make bench)
#   --fuzz      clang and its libFuzzer/sanitizer runtimes (make fuzz)
#   --sanitize  nothing more: g++'s ASan and UBSan runtimes come with g++
#               (make sanitize)
set -euo pipefail

packages=(cmake make g++ pkg-config libicu-dev libcli11-dev libutfcpp-dev catch2
          nlohmann-json3-dev libtomlplusplus-dev)
for option in "$@"; do
  case $option in
    --bench) packages+=(libbenchmark-dev time) ;;
    --fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
    --sanitize) ;;
    *) echo "install-deps: unknown option $option (expected --bench, --fuzz, --sanitize)" >&2
       exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
