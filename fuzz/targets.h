// Fuzz targets: each takes arbitrary bytes, runs one stage of the pipeline on
// them and checks the stage's cheap invariants (spans inside their text and on
// character boundaries, every line accounted for once, every quantity counted
// once in the comparison summary).
//
// A broken invariant prints one line naming the target and the invariant to
// standard error and aborts, so libFuzzer keeps the input as a crash. The same
// functions are called by the libFuzzer entry points (fuzz/*_fuzzer.cpp) and by
// the regression test (tests/fuzz/regressions_test.cpp), which replays every
// file under fuzz/regressions/<target>/ in the normal test suite.
#ifndef CROSSCHECK_FUZZ_TARGETS_H_
#define CROSSCHECK_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck::fuzz {

// text::Decode and SourceText::FromBytes. The first byte chooses the
// requested encoding (modulo 5: auto, utf-8, utf-16le, utf-16be, gb18030);
// the rest is the file.
void FuzzDecode(const uint8_t* data, size_t size);

// document::Parse. The first byte chooses the language (even: zh, odd: en);
// the rest is the file, decoded with automatic detection.
void FuzzParse(const uint8_t* data, size_t size);

// quantity::ExtractZh / ExtractEn on normalized text: the bytes with invalid
// UTF-8 replaced and NUL bytes dropped, split into lines, each line
// normalized, the lines joined as a paragraph is (Chinese: no separator;
// English: one space). Quantities are then resolved to original positions.
void FuzzExtractZh(const uint8_t* data, size_t size);
void FuzzExtractEn(const uint8_t* data, size_t size);

// The comparison: the input is split at its first NUL byte (or, without one,
// at its middle) into a Chinese and an English file, each parsed, built into
// a Side and compared.
void FuzzCompare(const uint8_t* data, size_t size);

struct Target {
  std::string_view name;  // also the directory name under fuzz/regressions/
  void (*run)(const uint8_t* data, size_t size);
};

// Every target, in a fixed order: decode, parse, extract_zh, extract_en, compare.
const std::vector<Target>& Targets();

}  // namespace crosscheck::fuzz

#endif  // CROSSCHECK_FUZZ_TARGETS_H_
