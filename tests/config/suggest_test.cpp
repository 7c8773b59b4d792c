#include "config/suggest.h"

#include <array>
#include <catch2/catch.hpp>
#include <string>

namespace crosscheck::config {

TEST_CASE("EditDistance", "[config][suggest]") {
  struct Case {
    std::string a, b;
    size_t distance;
  };
  const Case cases[] = {
      {"", "", 0},
      {"", "abc", 3},
      {"abc", "", 3},
      {"tolerence", "tolerance", 1},
      {"warn", "warning", 3},
      {"kitten", "sitting", 3},
      {"number.extr", "number.extra", 1},
      {"off", "of", 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a, c.b);
    CHECK(EditDistance(c.a, c.b) == c.distance);
  }
}

TEST_CASE("Suggest names a near miss and nothing else", "[config][suggest]") {
  constexpr std::array<std::string_view, 4> kSeverities = {"error", "warning", "note", "off"};
  struct Case {
    std::string typed, expected;
  };
  const Case cases[] = {
      {"warn", "warning"}, {"eror", "error"}, {"nte", "note"},        {"of", "off"},
      {"ignore", ""},      {"x", ""},         {"Warning", "warning"}, {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.typed);
    CHECK(Suggest(c.typed, kSeverities) == c.expected);
  }
}

}  // namespace crosscheck::config
