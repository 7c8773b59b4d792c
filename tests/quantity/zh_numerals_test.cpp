#include "quantity/zh_numerals.h"

#include <catch2/catch.hpp>
#include <string_view>

namespace crosscheck::quantity {
namespace {

TEST_CASE("ReadZhNumeral composes 十, 百, 千, 万, 亿", "[quantity][zh]") {
  struct Case {
    std::string_view text;
    int64_t value;
    int64_t low;
    int64_t high;
    bool approximate;
    bool positional;
    size_t end;  // bytes read
  };
  const Case cases[] = {
      {"三", 3, 3, 3, false, false, 3},
      {"十", 10, 10, 10, false, false, 3},
      {"十八", 18, 18, 18, false, false, 6},
      {"二十六", 26, 26, 26, false, false, 9},
      {"一百二十", 120, 120, 120, false, false, 12},
      {"两千零五", 2005, 2005, 2005, false, false, 12},
      {"三万五千", 35000, 35000, 35000, false, false, 12},
      {"三亿五千万", 350000000, 350000000, 350000000, false, false, 15},
      {"壹佰贰拾叁", 123, 123, 123, false, false, 15},
      {"二〇二〇", 2020, 2020, 2020, false, true, 12},
      {"一二三产业", 123, 123, 123, false, true, 9},
      {"十几", 10, 10, 20, true, false, 6},
      {"二十几", 20, 20, 30, true, false, 9},
      {"几十", 10, 10, 100, true, false, 6},
      {"数百", 100, 100, 1000, true, false, 6},
      {"几千", 1000, 1000, 10000, true, false, 6},
      // A trailing 万 or 亿 is left for the caller as a scale word.
      {"二十六万", 26, 26, 26, false, false, 9},
      {"十几万元", 10, 10, 20, true, false, 6},
      {"一千万", 1000, 1000, 1000, false, false, 6},
      {"八人", 8, 8, 8, false, false, 3},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    ZhNumeral n;
    REQUIRE(ReadZhNumeral(c.text, 0, &n));
    CHECK(n.value == c.value);
    CHECK(n.low == c.low);
    CHECK(n.high == c.high);
    CHECK(n.approximate == c.approximate);
    CHECK(n.positional == c.positional);
    CHECK(n.end == c.end);
  }
}

TEST_CASE("ReadZhNumeral rejects what does not compose", "[quantity][zh]") {
  for (std::string_view text : {"人", "万", "亿元", "一二十", "几", "数据", "十几几"}) {
    CAPTURE(text);
    ZhNumeral n;
    CHECK_FALSE(ReadZhNumeral(text, 0, &n));
  }
}

TEST_CASE("DecodeUtf8At reads one character", "[quantity][zh]") {
  size_t length = 0;
  CHECK(DecodeUtf8At("万人", 0, &length) == U'万');
  CHECK(length == 3);
  CHECK(DecodeUtf8At("a万", 0, &length) == U'a');
  CHECK(length == 1);
  CHECK(DecodeUtf8At("\xE4", 0, &length) == 0xFFFD);  // truncated
  CHECK(length == 1);
  CHECK(DecodeUtf8At("", 0, &length) == 0);
  CHECK(length == 0);
}

}  // namespace
// Found by fuzzing (fuzz/regressions/extract_zh/numeral-yi-overflow): a second
// 亿 after a large group multiplied past int64_t before the limit was checked.
TEST_CASE("ReadZhNumeral stays inside 10^16 without overflow", "[quantity][zh]") {
  // Under the sanitizer build an overflow stops the test; here, the value
  // read (if any: a trailing 万 or 亿 is left to the caller as a scale word)
  // must stay below the limit.
  for (std::string_view text : {"千亿五亿", "九千九百亿九千亿", "一亿亿亿", "九千万亿亿"}) {
    CAPTURE(text);
    ZhNumeral n;
    if (ReadZhNumeral(text, 0, &n)) CHECK(n.value < 10'000'000'000'000'000);
  }
  ZhNumeral n;
  CHECK_FALSE(ReadZhNumeral("千亿五亿", 0, &n));
}

}  // namespace crosscheck::quantity
