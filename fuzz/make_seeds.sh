#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets into OUT/<target>/: slices of
# the corpus files, the string literals of the extractor tests, and the same
# text in the other encodings crosscheck reads. Nothing here is checked in;
# the seeds are made again for every fuzz run.
#
# Usage: fuzz/make_seeds.sh OUT
# Each target's first input byte is its mode (fuzz/targets.h): for decode
# the encoding, for parse the language.
set -euo pipefail
export LC_ALL=C  # bytes, not characters, in ${var:0:n}
cd "$(dirname "$0")/.."
out=${1:?usage: fuzz/make_seeds.sh OUT}

rm -rf "$out"
for t in decode parse extract_zh extract_en compare; do mkdir -p "$out/$t"; done

zh_files=(corpus/*.zh.txt corpus/*.zh.md)
en_files=(corpus/*.en.txt corpus/*.en-*.txt)

# Lines [first, first + count) of a file, at most `cap` bytes. (The early
# close of the pipe by head is not a failure.)
slice() {
  local file=$1 first=$2 count=$3 cap=$4
  sed -n "${first},$((first + count - 1))p" "$file" | head -c "$cap" || true
}

# A mode byte, then stdin.
with_mode() {
  printf "\\x$(printf %02x "$1")"
  cat
}

n=0
for f in "${zh_files[@]}" "${en_files[@]}"; do
  lines=$(wc -l <"$f")
  case $f in *.zh.*) lang=0 ;; *) lang=1 ;; esac
  base=$(basename "$f")
  # parse: windows of 40 lines every 20 lines, and the whole opening.
  for ((first = 1; first <= lines; first += 20)); do
    slice "$f" "$first" 40 8000 | with_mode "$lang" >"$out/parse/$base.$first"
  done
  # decode: windows of 12 lines every 30, as UTF-8 (auto and forced), and in
  # the other encodings crosscheck accepts.
  for ((first = 1; first <= lines; first += 30)); do
    slice "$f" "$first" 12 3000 >"$out/decode/.tmp"
    with_mode 0 <"$out/decode/.tmp" >"$out/decode/$base.$first.auto"
    with_mode 1 <"$out/decode/.tmp" >"$out/decode/$base.$first.utf8"
    { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE <"$out/decode/.tmp" 2>/dev/null || true; } |
      with_mode 0 >"$out/decode/$base.$first.utf16le-bom"
    { iconv -f UTF-8 -t UTF-16BE <"$out/decode/.tmp" 2>/dev/null || true; } |
      with_mode 3 >"$out/decode/$base.$first.utf16be"
    { iconv -f UTF-8 -t GB18030 <"$out/decode/.tmp" 2>/dev/null || true; } |
      with_mode 0 >"$out/decode/$base.$first.gb18030-auto"
    { iconv -f UTF-8 -t GB18030 <"$out/decode/.tmp" 2>/dev/null || true; } |
      with_mode 4 >"$out/decode/$base.$first.gb18030"
  done
  rm -f "$out/decode/.tmp"
  # extract: every non-blank line (a paragraph), cut at 1500 bytes.
  if [ "$lang" = 0 ]; then target=extract_zh; else target=extract_en; fi
  while IFS= read -r line; do
    [ -n "${line//[[:space:]]/}" ] || continue
    n=$((n + 1))
    printf '%s' "${line:0:1500}" >"$out/$target/$base.$n"
  done <"$f"
done

# The string literals of the extractor and parser tests: the hard cases
# someone already thought of.
for pair in extract_zh:tests/quantity/extract_zh_test.cpp extract_zh:tests/quantity/zh_numerals_test.cpp \
  extract_en:tests/quantity/extract_en_test.cpp extract_en:tests/quantity/en_lexicon_test.cpp \
  parse:tests/document/parser_test.cpp parse:tests/document/heading_test.cpp; do
  target=${pair%%:*}
  file=${pair#*:}
  [ -f "$file" ] || continue
  name=$(basename "$file")
  k=0
  while IFS= read -r literal; do
    k=$((k + 1))
    literal=${literal#\"}
    literal=${literal%\"}
    [ ${#literal} -ge 3 ] || continue
    if [ "$target" = parse ]; then
      # Escaped line breaks become real ones; both languages.
      printf '%b' "$literal" | with_mode 0 >"$out/parse/test.$name.$k.zh"
      printf '%b' "$literal" | with_mode 1 >"$out/parse/test.$name.$k.en"
    else
      printf '%b' "$literal" >"$out/$target/test.$name.$k"
    fi
  done < <(grep -o '"\([^"\\]\|\\.\)*"' "$file" || true)
done

# compare: matching stretches of the two versions of one paper, at the same
# relative place, joined by a NUL byte; and each Chinese file against the
# abridged English one.
zh=corpus/labor-rights-2020.zh.txt
en=corpus/labor-rights-2020.en.txt
zh_lines=$(wc -l <"$zh")
en_lines=$(wc -l <"$en")
for ((k = 0; k < 10; ++k)); do
  {
    slice "$zh" $((1 + k * zh_lines / 10)) 20 4000
    printf '\0'
    slice "$en" $((1 + k * en_lines / 10)) 40 4000
  } >"$out/compare/labor-rights.$k"
done
for f in "${zh_files[@]}"; do
  {
    slice "$f" 1 40 4000
    printf '\0'
    head -c 4000 corpus/labor-rights-2020.en-abridged.txt
  } >"$out/compare/$(basename "$f").abridged"
done

for t in decode parse extract_zh extract_en compare; do
  echo "seeds: $t: $(find "$out/$t" -type f | wc -l) files" >&2
done
