// Character classes the document parser decides on, over normalized (NFKC)
// UTF-8 text: full-width ASCII has already become ASCII, so "，" is "," and
// "（" is "(", while "。", "、" and "“" stay as they are.
#ifndef CROSSCHECK_DOCUMENT_CHARS_H_
#define CROSSCHECK_DOCUMENT_CHARS_H_

#include <cstddef>
#include <string_view>

namespace crosscheck::document {

// The code point starting at byte `i` of `s`; sets *length to its byte count.
// Invalid bytes read as themselves with length 1. REQUIRES: i < s.size().
char32_t DecodeAt(std::string_view s, size_t i, size_t* length);
// The code point ending just before byte `end`; sets *begin to its start.
// REQUIRES: end > 0.
char32_t DecodeBefore(std::string_view s, size_t end, size_t* begin);

size_t CodePointCount(std::string_view s);

// `s` without leading and trailing ASCII spaces and tabs.
std::string_view Trim(std::string_view s);

// 。 . ! ? ; : … and their ideographic forms: a paragraph may end here.
bool IsSentenceFinal(char32_t c);
// Closing quotes and brackets that may follow a sentence-final mark.
bool IsCloser(char32_t c);
bool IsHan(char32_t c);
inline bool IsAsciiLower(char32_t c) { return c >= 'a' && c <= 'z'; }

// The last character of `s` that is not a space, an emphasis mark ('*', '_')
// or a closer; 0 when there is none.
char32_t LastSignificant(std::string_view s);
// The first character of `s` that is not a space or an emphasis mark; 0 if none.
char32_t FirstSignificant(std::string_view s);

// True when `s` (trimmed) ends a sentence: its last significant character,
// looking through closers, is sentence-final.
bool EndsSentence(std::string_view s);

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_CHARS_H_
