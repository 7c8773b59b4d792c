#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace crosscheck::text {
namespace {

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(error);
    // ICU's data library is linked in; failure here means a broken install.
    if (U_FAILURE(error)) std::abort();
    return n;
  }();
  return *nfkc;
}

}  // namespace

NormalizedLine NormalizeLine(std::string_view original) {
  const icu::Normalizer2& nfkc = Nfkc();
  NormalizedLine out;
  out.text.reserve(original.size());
  out.columns.reserve(original.size() + 1);
  const int32_t n = static_cast<int32_t>(original.size());
  const char* s = original.data();
  int32_t i = 0;
  uint32_t column = 1;
  std::string segment_utf8;
  while (i < n) {
    // ASCII maps to itself and always starts a normalization segment.
    unsigned char byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80 && (i + 1 >= n || static_cast<unsigned char>(s[i + 1]) < 0x80)) {
      out.text.push_back(static_cast<char>(byte));
      out.columns.push_back(column++);
      ++i;
      continue;
    }
    // One segment: this character and every following one that has no
    // normalization boundary before it (combining marks and the like).
    const int32_t segment_begin = i;
    const uint32_t segment_column = column;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    ++column;
    bool inert = nfkc.isInert(c);
    while (i < n) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT(s, next, n, d);
      if (nfkc.hasBoundaryBefore(d)) break;
      inert = false;
      i = next;
      ++column;
    }
    std::string_view piece(s + segment_begin, static_cast<size_t>(i - segment_begin));
    if (inert) {
      out.text.append(piece);
      // Multi-byte but one character: every byte maps to its column.
      out.columns.insert(out.columns.end(), piece.size(), segment_column);
      continue;
    }
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfkc.normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(piece.data(), (int32_t)piece.size())),
        error);
    segment_utf8.clear();
    if (U_SUCCESS(error)) {
      normalized.toUTF8String(segment_utf8);
    } else {
      segment_utf8.assign(piece);
    }
    // A segment's output maps to its first original character; a
    // one-character segment that expands ("…" → "...") maps every byte there.
    out.text.append(segment_utf8);
    out.columns.insert(out.columns.end(), segment_utf8.size(), segment_column);
  }
  out.columns.push_back(column);
  return out;
}

}  // namespace crosscheck::text
