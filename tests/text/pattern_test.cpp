#include "text/pattern.h"

#include <catch2/catch.hpp>
#include <string>

namespace crosscheck::text {

TEST_CASE("Pattern finds ICU regular expressions in UTF-8 text", "[text][pattern]") {
  struct Case {
    std::string expression, text;
    bool found;
  };
  const Case cases[] = {
      {"^第 \\d+ 页$", "第 12 页", true},
      {"^第 \\d+ 页$", "见第 12 页", false},
      {"percent", "a 50 percent reduction", true},
      {"^50 percent$", "a 50 percent reduction", false},
      {"(?i)^annex", "ANNEX 2", true},
      {"^\\p{Han}+$", "附录", true},
      {"^\\p{Han}+$", "附录A", false},
      {"^.{2}$", "附录", true},  // two characters, not six bytes
      {"万人$", "1135.24万人", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.expression, c.text);
    Pattern p;
    std::string error;
    REQUIRE(Pattern::Compile(c.expression, &p, &error));
    CHECK(p.expression() == c.expression);
    CHECK(p.Find(c.text) == c.found);
  }
  CHECK_FALSE(Pattern().Find("anything"));
}

TEST_CASE("Pattern::Compile explains a bad expression", "[text][pattern]") {
  struct Case {
    std::string expression, error;
  };
  const Case cases[] = {
      {"(abc", "unbalanced parenthesis at offset 4"},
      {"[第", "missing ']' at offset 2"},
      {"a{3,1}", "{min,max} with max below min at offset 6"},
      {"\\p{Nonsense}", "bad \\p{...} property at offset 12"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.expression);
    Pattern p;
    std::string error;
    CHECK_FALSE(Pattern::Compile(c.expression, &p, &error));
    CHECK(error == c.error);
    CHECK(p.expression().empty());
  }
}

TEST_CASE("Pattern gives up on catastrophic backtracking", "[text][pattern]") {
  Pattern p;
  std::string error;
  REQUIRE(Pattern::Compile("^(a+)+$", &p, &error));
  // Exponential in the number of a's without the time limit.
  CHECK_FALSE(p.Find(std::string(40, 'a') + "b"));
  CHECK(p.Find(std::string(40, 'a')));
}

}  // namespace crosscheck::text
