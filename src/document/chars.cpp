#include "document/chars.h"

namespace crosscheck::document {

char32_t DecodeAt(std::string_view s, size_t i, size_t* length) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    *length = 1;
    return b;
  }
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < n; ++k) {
    unsigned char t = static_cast<unsigned char>(s[i + k]);
    if ((t & 0xC0) != 0x80) {
      *length = 1;
      return b;
    }
    c = (c << 6) | (t & 0x3F);
  }
  *length = n;
  return c;
}

char32_t DecodeBefore(std::string_view s, size_t end, size_t* begin) {
  size_t i = end - 1;
  // Step back over at most three continuation bytes.
  for (int k = 0; k < 3 && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k) --i;
  size_t length = 0;
  char32_t c = DecodeAt(s, i, &length);
  if (i + length != end) {
    *begin = end - 1;
    return static_cast<unsigned char>(s[end - 1]);
  }
  *begin = i;
  return c;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return s.substr(b, e - b);
}

bool IsSentenceFinal(char32_t c) {
  switch (c) {
    case U'。': case U'.': case U'!': case U'?': case U';': case U':':
    case U'…': case U'！': case U'？': case U'；': case U'：': case U'｡':
      return true;
    default:
      return false;
  }
}

bool IsCloser(char32_t c) {
  switch (c) {
    case U'"': case U'\'': case U')': case U']': case U'”': case U'’': case U'」':
    case U'』': case U'》': case U'〉': case U'）': case U'】': case U'〕':
      return true;
    default:
      return false;
  }
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF) || c == U'〇';
}

namespace {
bool IsSkippable(char32_t c) { return c == ' ' || c == '\t' || c == '*' || c == '_'; }
}  // namespace

char32_t LastSignificant(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    size_t begin = 0;
    char32_t c = DecodeBefore(s, end, &begin);
    if (!IsSkippable(c) && !IsCloser(c)) return c;
    end = begin;
  }
  return 0;
}

char32_t FirstSignificant(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t length = 0;
    char32_t c = DecodeAt(s, i, &length);
    if (!IsSkippable(c)) return c;
    i += length;
  }
  return 0;
}

bool EndsSentence(std::string_view s) { return IsSentenceFinal(LastSignificant(s)); }

}  // namespace crosscheck::document
