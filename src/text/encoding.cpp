#include "text/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <memory>

namespace crosscheck::text {
namespace {

struct Utf8Scan {
  size_t first_error = std::string_view::npos;  // byte offset of the first invalid sequence
  size_t valid_multibyte = 0;                    // well-formed sequences of 2-4 bytes
  size_t invalid = 0;                            // invalid sequences (resynchronising per byte)
};

// Length of the well-formed UTF-8 sequence at s[i], or 0 when it is invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    unsigned char c1 = p[i + 1];
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char c1 = p[i + 1];
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan scan;
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= s.size()) break;
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      if (scan.first_error == std::string_view::npos) scan.first_error = i;
      ++scan.invalid;
      ++i;
    } else {
      if (len > 1) ++scan.valid_multibyte;
      i += len;
    }
  }
  return scan;
}

// 1-based line and column (in code points) of byte `offset` in `utf8`, whose
// bytes before `offset` are valid UTF-8. Lines end at LF, CRLF or CR.
void LineAndColumn(std::string_view utf8, size_t offset, size_t* line, size_t* column) {
  *line = 1;
  *column = 1;
  for (size_t i = 0; i < offset && i < utf8.size(); ++i) {
    unsigned char c = utf8[i];
    if (c == '\n' || (c == '\r' && !(i + 1 < utf8.size() && utf8[i + 1] == '\n'))) {
      ++*line;
      *column = 1;
    } else if (c == '\r') {
      // first half of CRLF: the LF ends the line
    } else if ((c & 0xC0) != 0x80) {
      ++*column;
    }
  }
}

std::string Hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02x", c);
  return buf;
}

std::string Place(std::string_view file_name, size_t line, size_t column) {
  return std::string(file_name) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

Status CheckNoNul(std::string_view utf8, std::string_view file_name) {
  size_t nul = utf8.find('\0');
  if (nul == std::string_view::npos) return Status::Ok();
  return Status::InvalidInput(std::string(file_name) + ": binary file (NUL byte at offset " +
                              std::to_string(nul) +
                              "); if it is UTF-16 text without a byte-order mark, pass "
                              "--encoding utf-16le or utf-16be");
}

Status DecodeUtf8(std::string_view bytes, std::string_view file_name, Decoded* out) {
  Utf8Scan scan = ScanUtf8(bytes);
  if (scan.first_error != std::string_view::npos) {
    size_t line, column;
    LineAndColumn(bytes, scan.first_error, &line, &column);
    bool truncated = scan.first_error + 4 > bytes.size() &&
                     static_cast<unsigned char>(bytes[scan.first_error]) >= 0xC2;
    return Status::InvalidInput(
        Place(file_name, line, column) + ": invalid UTF-8 (byte " +
        Hex(bytes[scan.first_error]) + " at offset " + std::to_string(scan.first_error) +
        (truncated ? ", sequence cut off at end of file" : "") +
        "); expected UTF-8, UTF-16 with a byte-order mark or GB18030 (see --encoding)");
  }
  if (Status s = CheckNoNul(bytes, file_name); !s.ok()) return s;
  out->utf8.assign(bytes);
  out->encoding = Encoding::kUtf8;
  return Status::Ok();
}

const char* IcuConverterName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf16Le: return "UTF-16LE";
    case Encoding::kUtf16Be: return "UTF-16BE";
    case Encoding::kGb18030: return "GB18030";
    default: return "UTF-8";
  }
}

// Decodes with an ICU converter that stops at the first invalid sequence.
Status DecodeWithIcu(std::string_view bytes, Encoding encoding, std::string_view file_name,
                     Decoded* out) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
      ucnv_open(IcuConverterName(encoding), &error), &ucnv_close);
  if (U_FAILURE(error)) {
    return Status::InvalidInput(std::string(file_name) + ": cannot open the " +
                                IcuConverterName(encoding) + " decoder: " + u_errorName(error));
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &error);
  icu::UnicodeString decoded;
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  std::u16string buffer(1 << 16, u'\0');
  while (true) {
    UChar* target = reinterpret_cast<UChar*>(buffer.data());
    UChar* const target_end = target + buffer.size();
    error = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, target_end, &source, source_end, nullptr,
                   /*flush=*/true, &error);
    decoded.append(reinterpret_cast<const UChar*>(buffer.data()),
                   static_cast<int32_t>(target - reinterpret_cast<UChar*>(buffer.data())));
    if (error == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_SUCCESS(error)) break;
    // Invalid or truncated input: locate it in code points of what decoded.
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
    size_t offset = static_cast<size_t>(source - bytes.data()) -
                    static_cast<size_t>(std::max<int8_t>(invalid_length, 0));
    std::string prefix;
    decoded.toUTF8String(prefix);
    size_t line, column;
    LineAndColumn(prefix, prefix.size(), &line, &column);
    return Status::InvalidInput(Place(file_name, line, column) + ": invalid " +
                                IcuConverterName(encoding) + " (byte " + Hex(bytes[offset]) +
                                " at offset " + std::to_string(offset) + ")");
  }
  out->utf8.clear();
  decoded.toUTF8String(out->utf8);
  out->encoding = encoding;
  return CheckNoNul(out->utf8, file_name);
}

// True when the non-ASCII characters of `utf8` are mostly Chinese: Han,
// CJK punctuation and full-width forms. Guards GB18030 detection against
// reading, say, Latin-1 text as a string of rare ideographs.
bool ReadsAsChinese(std::string_view utf8) {
  size_t non_ascii = 0, cjk = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0x80) continue;
    ++non_ascii;
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &error);
    if (script == USCRIPT_HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
        (c >= 0x2010 && c <= 0x2027)) {
      ++cjk;
    }
  }
  return non_ascii > 0 && cjk * 10 >= non_ascii * 9;
}

}  // namespace

std::string_view EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kAuto: return "auto";
    case Encoding::kUtf8: return "utf-8";
    case Encoding::kUtf16Le: return "utf-16le";
    case Encoding::kUtf16Be: return "utf-16be";
    case Encoding::kGb18030: return "gb18030";
  }
  return "auto";
}

bool ParseEncodingName(std::string_view name, Encoding* encoding) {
  std::string key;
  for (char c : name) {
    if (c != '-' && c != '_') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (key == "auto") *encoding = Encoding::kAuto;
  else if (key == "utf8") *encoding = Encoding::kUtf8;
  else if (key == "utf16le") *encoding = Encoding::kUtf16Le;
  else if (key == "utf16be") *encoding = Encoding::kUtf16Be;
  else if (key == "gb18030" || key == "gbk" || key == "gb2312" || key == "cp936")
    *encoding = Encoding::kGb18030;
  else return false;
  return true;
}

Status Decode(std::string_view bytes, Encoding requested, std::string_view file_name,
              Decoded* out) {
  out->had_bom = false;
  auto starts_with = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  Encoding encoding = requested;
  if (encoding == Encoding::kAuto || encoding == Encoding::kUtf8) {
    if (starts_with("\xEF\xBB\xBF")) {
      out->had_bom = true;
      bytes.remove_prefix(3);
      encoding = Encoding::kUtf8;
    }
  }
  if (encoding == Encoding::kAuto || encoding == Encoding::kUtf16Le ||
      encoding == Encoding::kUtf16Be) {
    if (starts_with("\xFF\xFE") && encoding != Encoding::kUtf16Be) {
      out->had_bom = true;
      bytes.remove_prefix(2);
      encoding = Encoding::kUtf16Le;
    } else if (starts_with("\xFE\xFF") && encoding != Encoding::kUtf16Le) {
      out->had_bom = true;
      bytes.remove_prefix(2);
      encoding = Encoding::kUtf16Be;
    }
  }
  if (encoding == Encoding::kAuto) {
    if (Status s = CheckNoNul(bytes, file_name); !s.ok()) return s;
    Utf8Scan scan = ScanUtf8(bytes);
    if (scan.first_error == std::string_view::npos) return DecodeUtf8(bytes, file_name, out);
    // Mostly well-formed UTF-8 with a few bad bytes is broken UTF-8, not
    // another encoding: report it where it breaks.
    if (scan.valid_multibyte <= scan.invalid) {
      Decoded gb;
      if (DecodeWithIcu(bytes, Encoding::kGb18030, file_name, &gb).ok() &&
          ReadsAsChinese(gb.utf8)) {
        *out = std::move(gb);
        return Status::Ok();
      }
    }
    return DecodeUtf8(bytes, file_name, out);
  }
  if (encoding == Encoding::kUtf8) return DecodeUtf8(bytes, file_name, out);
  bool had_bom = out->had_bom;
  Status s = DecodeWithIcu(bytes, encoding, file_name, out);
  out->had_bom = had_bom;
  // A BOM repeated after a forced encoding is not content.
  if (s.ok() && out->utf8.rfind("\xEF\xBB\xBF", 0) == 0) {
    out->utf8.erase(0, 3);
    out->had_bom = true;
  }
  return s;
}

}  // namespace crosscheck::text
