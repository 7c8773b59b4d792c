// MappedText: analysed text assembled from pieces of normalized source lines
// (a paragraph joined across lines and page breaks, with Markdown markup left
// out), able to map any byte back to its original line and column.
#ifndef CROSSCHECK_TEXT_MAPPED_TEXT_H_
#define CROSSCHECK_TEXT_MAPPED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_text.h"

namespace crosscheck::text {

struct SourcePosition {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in code points of the original line
  bool operator==(const SourcePosition&) const = default;
};

class MappedText {
 public:
  MappedText() = default;
  explicit MappedText(const SourceText* source) : source_(source) {}

  // Appends bytes [begin, end) of normalized line `line` of the source.
  // REQUIRES: begin and end lie on UTF-8 character boundaries.
  void AppendLine(uint32_t line, size_t begin, size_t end);
  void AppendLine(uint32_t line) { AppendLine(line, 0, source_->normalized_line(line).text.size()); }
  // Appends joining text that is in no line (a space between wrapped lines);
  // it maps to where the previous piece ended.
  void AppendSynthetic(std::string_view s);

  const std::string& text() const { return text_; }
  const SourceText* source() const { return source_; }
  bool empty() const { return text_.empty(); }

  // Original position of the character that starts at byte `offset`.
  // REQUIRES: offset < text().size().
  SourcePosition PositionAt(size_t offset) const;
  // The original text of [begin, end), joined across lines with a space.
  std::string OriginalText(size_t begin, size_t end) const;

 private:
  struct Piece {
    size_t text_begin;  // offset in text_
    uint32_t line;      // 0 for synthetic text
    size_t line_begin;  // offset in the normalized line
  };
  const Piece& PieceAt(size_t offset) const;

  const SourceText* source_ = nullptr;
  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_MAPPED_TEXT_H_
