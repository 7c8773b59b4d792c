#include "text/source_text.h"

#include <algorithm>

#include "util/read_file.h"

namespace crosscheck::text {

Status SourceText::Load(const std::string& path, Encoding encoding, SourceText* out) {
  std::string bytes;
  if (Status s = ReadFile(path, &bytes); !s.ok()) return s;
  return FromBytes(bytes, encoding, path, out);
}

Status SourceText::FromBytes(std::string_view bytes, Encoding encoding, std::string name,
                             SourceText* out) {
  Decoded decoded;
  if (Status s = Decode(bytes, encoding, name, &decoded); !s.ok()) return s;
  SourceText text;
  text.name_ = std::move(name);
  text.encoding_ = decoded.encoding;
  text.had_bom_ = decoded.had_bom;
  text.utf8_ = std::move(decoded.utf8);
  const std::string& u = text.utf8_;
  size_t begin = 0;
  for (size_t i = 0; i < u.size(); ++i) {
    if (u[i] != '\n' && u[i] != '\r') continue;
    LineEnding ending = LineEnding::kLf;
    size_t next = i + 1;
    if (u[i] == '\r') {
      if (next < u.size() && u[next] == '\n') {
        ending = LineEnding::kCrLf;
        ++next;
      } else {
        ending = LineEnding::kCr;
      }
    }
    text.line_begin_.push_back(begin);
    text.line_end_.push_back(i);
    text.endings_.push_back(ending);
    begin = next;
    i = next - 1;
  }
  // The text after the last line ending is a line when it is not empty.
  if (begin < u.size()) {
    text.line_begin_.push_back(begin);
    text.line_end_.push_back(u.size());
    text.endings_.push_back(LineEnding::kNone);
  }
  text.normalized_.reserve(text.line_begin_.size());
  text.column_index_begin_.reserve(text.line_begin_.size());
  for (size_t line = 1; line <= text.line_count(); ++line) {
    text.normalized_.push_back(NormalizeLine(text.original_line(line)));
    text.column_index_begin_.push_back(text.column_index_.size());
    uint32_t column = 0;  // code points before byte i of the line
    for (size_t i = text.line_begin_[line - 1]; i < text.line_end_[line - 1]; ++i) {
      if ((static_cast<unsigned char>(u[i]) & 0xC0) == 0x80) continue;
      if (column % kColumnStride == 0) text.column_index_.push_back(i);
      ++column;
    }
  }
  *out = std::move(text);
  return Status::Ok();
}

std::string_view SourceText::original_line(size_t line) const {
  return std::string_view(utf8_).substr(line_begin_[line - 1],
                                        line_end_[line - 1] - line_begin_[line - 1]);
}

uint32_t SourceText::line_length(size_t line) const {
  std::string_view s = original_line(line);
  const size_t first = column_index_begin_[line - 1];
  const size_t last = line < line_count() ? column_index_begin_[line] : column_index_.size();
  if (first == last) return 0;  // an empty line has no indexed column
  const size_t k = last - first - 1;
  uint32_t length = static_cast<uint32_t>(k * kColumnStride);
  for (size_t i = column_index_[first + k] - line_begin_[line - 1]; i < s.size(); ++i) {
    length += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  }
  return length;
}

std::string_view SourceText::OriginalSlice(size_t line, uint32_t begin_column,
                                           uint32_t end_column) const {
  std::string_view s = original_line(line);
  size_t i = 0;
  uint32_t column = 1;
  // Jump to the last indexed column at or before begin_column.
  size_t first = column_index_begin_[line - 1];
  size_t last = line < line_count() ? column_index_begin_[line] : column_index_.size();
  if (begin_column > kColumnStride && last > first) {
    size_t k = std::min<size_t>((begin_column - 1) / kColumnStride, last - first - 1);
    i = column_index_[first + k] - line_begin_[line - 1];
    column = static_cast<uint32_t>(1 + k * kColumnStride);
  }
  auto advance = [&] {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++column;
  };
  while (i < s.size() && column < begin_column) advance();
  size_t begin = i;
  while (i < s.size() && column < end_column) advance();
  return s.substr(begin, i - begin);
}

}  // namespace crosscheck::text
