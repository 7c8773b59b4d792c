#include "document/paragraphs.h"

#include "document/chars.h"

namespace crosscheck::document {
namespace {

// "配合单位：…", "**牵头单位:** …", "Note: …": a short label then a colon.
bool OpensWithLabel(std::string_view s) {
  size_t i = 0, count = 0;
  while (i < s.size() && count <= 12) {
    size_t length = 0;
    char32_t c = DecodeAt(s, i, &length);
    i += length;
    if (c == '*' || c == '_') continue;
    if (c == ':' || c == U'：') return count > 0;
    if (c == ',' || c == U'。' || c == U'、' || c == '.' || c == ';') return false;
    ++count;
  }
  return false;
}

}  // namespace

bool ContinuesLine(std::string_view previous, std::string_view next, text::Language language) {
  (void)next;
  if (!EndsSentence(previous)) return true;
  if (language == text::Language::kZh) return false;
  return CodePointCount(Trim(previous)) < 100;
}

bool ContinuesAcrossBreak(std::string_view previous, std::string_view next,
                          text::Language language) {
  previous = Trim(previous);
  next = Trim(next);
  if (previous.empty() || next.empty() || EndsSentence(previous)) return false;
  if (OpensWithLabel(next)) return false;
  char32_t last = LastSignificant(previous);
  size_t length = CodePointCount(previous);
  if (language == text::Language::kZh) {
    return length >= 20 || last == ',' || last == U'、' || (last >= '0' && last <= '9');
  }
  if (IsAsciiLower(FirstSignificant(next))) return true;
  return length >= 80 || last == ',' || last == '-' || last == U'–' || last == U'—';
}

}  // namespace crosscheck::document
