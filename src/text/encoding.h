// Encoding detection and decoding: bytes as read from disk → UTF-8.
//
// Accepted: UTF-8 with or without a byte-order mark, UTF-16 LE/BE with a BOM,
// and GB18030 (a superset of GBK and GB2312). Detection is deliberately
// conservative: input is refused rather than guessed at. Bytes that are not
// valid UTF-8 are read as GB18030 only when they decode cleanly as GB18030 and
// the result reads as Chinese; otherwise the first invalid UTF-8 sequence is
// reported. `Encoding` other than kAuto forces a decoder.
#ifndef CROSSCHECK_TEXT_ENCODING_H_
#define CROSSCHECK_TEXT_ENCODING_H_

#include <string>
#include <string_view>

#include "util/status.h"

namespace crosscheck::text {

enum class Encoding { kAuto, kUtf8, kUtf16Le, kUtf16Be, kGb18030 };

// Canonical lower-case name: "auto", "utf-8", "utf-16le", "utf-16be", "gb18030".
std::string_view EncodingName(Encoding encoding);

// Accepts the canonical names and common aliases (utf8, gbk, gb2312, cp936,
// utf16le, ...), case-insensitively. Returns false on an unknown name.
bool ParseEncodingName(std::string_view name, Encoding* encoding);

struct Decoded {
  std::string utf8;  // without the byte-order mark; always valid UTF-8
  Encoding encoding = Encoding::kUtf8;
  bool had_bom = false;
};

// Decodes `bytes`. `file_name` is used only in messages.
// On success fills *out. On failure returns InvalidInput with a one-line
// message naming the file and the place:
//   "f.txt:3:14: invalid UTF-8 (byte 0xff at offset 57); ..."
//   "f.bin: binary file (NUL byte at offset 12); ..."
Status Decode(std::string_view bytes, Encoding requested, std::string_view file_name,
              Decoded* out);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_ENCODING_H_
