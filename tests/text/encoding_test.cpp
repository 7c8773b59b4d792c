#include "text/encoding.h"

#include <catch2/catch.hpp>
#include <string>

namespace crosscheck::text {
namespace {

std::string Utf16Le(const std::u16string& s, bool bom) {
  std::string out = bom ? std::string("\xFF\xFE") : std::string();
  for (char16_t c : s) {
    out.push_back(static_cast<char>(c & 0xFF));
    out.push_back(static_cast<char>(c >> 8));
  }
  return out;
}

std::string Utf16Be(const std::u16string& s) {
  std::string out("\xFE\xFF");
  for (char16_t c : s) {
    out.push_back(static_cast<char>(c >> 8));
    out.push_back(static_cast<char>(c & 0xFF));
  }
  return out;
}

}  // namespace

TEST_CASE("Decode accepts each supported encoding", "[text][encoding]") {
  struct Case {
    std::string name;
    std::string bytes;
    std::string utf8;
    Encoding encoding;
    bool bom;
  };
  const std::string zh = "就业1135.24万人\n";
  const Case cases[] = {
      {"plain UTF-8", zh, zh, Encoding::kUtf8, false},
      {"UTF-8 with BOM", "\xEF\xBB\xBF" + zh, zh, Encoding::kUtf8, true},
      {"UTF-16LE with BOM", Utf16Le(u"就业1135.24万人\n", true), zh, Encoding::kUtf16Le, true},
      {"UTF-16BE with BOM", Utf16Be(u"就业1135.24万人\n"), zh, Encoding::kUtf16Be, true},
      // 就业 in GB18030 (GBK): BE CD D2 B5; 万人: CD F2 C8 CB.
      {"GB18030 detected", "\xBE\xCD\xD2\xB5" "1135.24\xCD\xF2\xC8\xCB\n", zh, Encoding::kGb18030,
       false},
      {"empty", "", "", Encoding::kUtf8, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Decoded decoded;
    Status s = Decode(c.bytes, Encoding::kAuto, "f.txt", &decoded);
    REQUIRE(s.ok());
    CHECK(decoded.utf8 == c.utf8);
    CHECK(decoded.encoding == c.encoding);
    CHECK(decoded.had_bom == c.bom);
  }
}

TEST_CASE("Decode honours a forced encoding", "[text][encoding]") {
  Decoded decoded;
  // Without a BOM, UTF-16 has NUL bytes and is refused unless forced.
  std::string bytes = Utf16Le(u"第3页", false);
  Status refused = Decode(bytes, Encoding::kAuto, "u16.txt", &decoded);
  CHECK(refused.code() == Status::Code::kInvalidInput);
  CHECK(refused.message() ==
        "u16.txt: binary file (NUL byte at offset 3); if it is UTF-16 text without a "
        "byte-order mark, pass --encoding utf-16le or utf-16be");
  REQUIRE(Decode(bytes, Encoding::kUtf16Le, "u16.txt", &decoded).ok());
  CHECK(decoded.utf8 == "第3页");
  // GB18030 forced on bytes that would not be detected (too short to tell).
  REQUIRE(Decode("\xD2\xBB", Encoding::kGb18030, "gb.txt", &decoded).ok());
  CHECK(decoded.utf8 == "一");
}

TEST_CASE("Decode refuses invalid input with the place", "[text][encoding]") {
  struct Case {
    std::string name;
    std::string bytes;
    Encoding encoding;
    std::string message;
  };
  const Case cases[] = {
      {"bad byte at start", "\xFFhello\n", Encoding::kAuto,
       "f.txt:1:1: invalid UTF-8 (byte 0xff at offset 0); expected UTF-8, UTF-16 with a "
       "byte-order mark or GB18030 (see --encoding)"},
      {"bad byte mid-line after multibyte text", "第一行\n就业\xC0\x80人\n", Encoding::kAuto,
       "f.txt:2:3: invalid UTF-8 (byte 0xc0 at offset 16); expected UTF-8, UTF-16 with a "
       "byte-order mark or GB18030 (see --encoding)"},
      {"truncated at end", "就业人数\r\n增加\xE4\xB8", Encoding::kAuto,
       "f.txt:2:3: invalid UTF-8 (byte 0xe4 at offset 20, sequence cut off at end of file); "
       "expected UTF-8, UTF-16 with a byte-order mark or GB18030 (see --encoding)"},
      {"forced UTF-8 on GBK bytes", "\xBE\xCD\xD2\xB5", Encoding::kUtf8,
       "f.txt:1:1: invalid UTF-8 (byte 0xbe at offset 0); expected UTF-8, UTF-16 with a "
       "byte-order mark or GB18030 (see --encoding)"},
      {"NUL byte", std::string("abc\0def", 7), Encoding::kAuto,
       "f.txt: binary file (NUL byte at offset 3); if it is UTF-16 text without a byte-order "
       "mark, pass --encoding utf-16le or utf-16be"},
      {"Latin-1 is not read as GB18030", "caf\xE9 au lait\n", Encoding::kAuto,
       "f.txt:1:4: invalid UTF-8 (byte 0xe9 at offset 3); expected UTF-8, UTF-16 with a "
       "byte-order mark or GB18030 (see --encoding)"},
      {"odd UTF-16 length", std::string("\xFF\xFE\x31\x00\x32", 5), Encoding::kAuto,
       "f.txt:1:2: invalid UTF-16LE (byte 0x32 at offset 2)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Decoded decoded;
    Status s = Decode(c.bytes, c.encoding, "f.txt", &decoded);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.message() == c.message);
  }
}

TEST_CASE("Encoding names round-trip and accept aliases", "[text][encoding]") {
  const std::pair<std::string, Encoding> cases[] = {
      {"utf-8", Encoding::kUtf8},       {"UTF8", Encoding::kUtf8},
      {"utf-16le", Encoding::kUtf16Le}, {"UTF_16BE", Encoding::kUtf16Be},
      {"gbk", Encoding::kGb18030},      {"GB2312", Encoding::kGb18030},
      {"gb18030", Encoding::kGb18030},  {"auto", Encoding::kAuto},
  };
  for (const auto& [name, expected] : cases) {
    CAPTURE(name);
    Encoding e;
    REQUIRE(ParseEncodingName(name, &e));
    CHECK(e == expected);
  }
  Encoding e;
  CHECK_FALSE(ParseEncodingName("latin1", &e));
  CHECK(EncodingName(Encoding::kGb18030) == "gb18030");
}

}  // namespace crosscheck::text
