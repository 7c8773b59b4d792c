// Normalization for analysis, with an exact map back to original columns.
//
// Analysis reads NFKC text: full-width digits, letters and punctuation become
// ASCII ("１２３" → "123", "（" → "("), the ideographic space and no-break
// spaces become U+0020. Chinese punctuation that has no compatibility
// mapping (、。“”《》) is kept as it is.
//
// NormalizedLine keeps, for every byte of the normalized text, the 1-based
// column (in code points) of the original character it came from, so any
// span found in normalized text can be reported in the original file.
#ifndef CROSSCHECK_TEXT_NORMALIZE_H_
#define CROSSCHECK_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::text {

struct NormalizedLine {
  std::string text;
  // columns[i] is the original column of text[i]; columns[text.size()] is one
  // past the last original column (the column an end position maps to).
  std::vector<uint32_t> columns;

  uint32_t ColumnAt(size_t byte_offset) const { return columns[byte_offset]; }
};

// Normalizes one line of valid UTF-8 (no line ending).
NormalizedLine NormalizeLine(std::string_view original);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_NORMALIZE_H_
