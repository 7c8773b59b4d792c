// SourceText: one input file, decoded, split into lines, each line also in
// the normalized form that analysis reads (see normalize.h).
//
// Every position crosscheck reports is a SourceText position: a 1-based line
// and a 1-based column counted in code points of the original line (a BOM is
// not counted; a tab is one column).
#ifndef CROSSCHECK_TEXT_SOURCE_TEXT_H_
#define CROSSCHECK_TEXT_SOURCE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/encoding.h"
#include "text/normalize.h"
#include "util/status.h"

namespace crosscheck::text {

enum class LineEnding { kNone, kLf, kCrLf, kCr };

class SourceText {
 public:
  // Reads and decodes `path`. Fails with NotFound (missing file), IoError
  // (a directory, unreadable) or InvalidInput (see Decode in encoding.h).
  static Status Load(const std::string& path, Encoding encoding, SourceText* out);
  // Builds from bytes already in memory; `name` is used in messages.
  static Status FromBytes(std::string_view bytes, Encoding encoding, std::string name,
                          SourceText* out);

  const std::string& name() const { return name_; }
  Encoding encoding() const { return encoding_; }
  bool had_bom() const { return had_bom_; }

  size_t line_count() const { return line_begin_.size(); }
  // Original (decoded) text of 1-based line `line`, without its line ending.
  std::string_view original_line(size_t line) const;
  LineEnding line_ending(size_t line) const { return endings_[line - 1]; }
  // Code points of line `line` (its last column). Time does not grow with
  // the line's length: it counts on from the line's last indexed column.
  uint32_t line_length(size_t line) const;
  // Normalized form of line `line` with its map back to original columns.
  const NormalizedLine& normalized_line(size_t line) const { return normalized_[line - 1]; }

  // The original text between two columns of one line: [begin, end) in code
  // points. Time is proportional to the length of the slice, not to where it
  // starts on the line (a 10 MB line is read through a column index).
  std::string_view OriginalSlice(size_t line, uint32_t begin_column, uint32_t end_column) const;

  size_t byte_size() const { return utf8_.size(); }

 private:
  std::string name_;
  Encoding encoding_ = Encoding::kUtf8;
  bool had_bom_ = false;
  std::string utf8_;
  std::vector<size_t> line_begin_;  // byte offsets into utf8_
  std::vector<size_t> line_end_;    // exclusive, before the line ending
  std::vector<LineEnding> endings_;
  std::vector<NormalizedLine> normalized_;
  // Byte offsets (into utf8_) of columns 1, 1 + kColumnStride, 1 + 2 ×
  // kColumnStride, ... of every line, lines one after another; line L's
  // entries start at column_index_begin_[L - 1].
  static constexpr uint32_t kColumnStride = 64;
  std::vector<size_t> column_index_;
  std::vector<size_t> column_index_begin_;
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_SOURCE_TEXT_H_
