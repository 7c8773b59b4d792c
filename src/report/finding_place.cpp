#include "report/finding_place.h"

#include <algorithm>

namespace crosscheck::report {

std::optional<FileSide> PrimarySide(const compare::Finding& f) {
  if (!f.zh && !f.en) return std::nullopt;
  if (!f.zh) return FileSide::kEn;
  if (!f.en) return FileSide::kZh;
  const std::string& r = f.rule;
  if (r == "number.missing" || r == "structure.section-missing" ||
      r == "structure.paragraph-missing") {
    return FileSide::kZh;
  }
  return FileSide::kEn;
}

const compare::Location* LocationOn(const compare::Finding& f, FileSide side) {
  const std::optional<compare::Location>& at = side == FileSide::kZh ? f.zh : f.en;
  return at ? &*at : nullptr;
}

FileSide OtherSide(FileSide side) { return side == FileSide::kZh ? FileSide::kEn : FileSide::kZh; }

uint32_t CodePointsOnFirstLine(std::string_view text) {
  uint32_t n = 0;
  for (unsigned char c : text) {
    if (c == '\n' || c == '\r') break;
    n += (c & 0xC0) != 0x80;
  }
  return n;
}

uint32_t LineLength(const text::SourceText& source, uint32_t line) {
  if (line == 0 || line > source.line_count()) return 0;
  return source.line_length(line);
}

uint32_t EndColumn(const text::SourceText& source, const compare::Location& at) {
  uint32_t end = at.column + CodePointsOnFirstLine(at.text);
  uint32_t limit = std::max(at.column, LineLength(source, at.line) + 1);
  return std::min(end, limit);
}

std::string PlaceText(const text::SourceText& source, const compare::Location& at) {
  return source.name() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

}  // namespace crosscheck::report
