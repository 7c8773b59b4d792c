#include "text/language.h"

#include <catch2/catch.hpp>

namespace crosscheck::text {

TEST_CASE("DetectLanguage reads the script", "[text][language]") {
  const std::pair<std::string, Language> cases[] = {
      {"新疆的劳动就业保障", Language::kZh},
      {"中国共产党（CPC）第十八次全国代表大会", Language::kZh},
      {"Employment and Labor Rights in Xinjiang", Language::kEn},
      {"The Hotan (和田) prefecture has a large population of workers", Language::kEn},
      {"3 / 8 12,345", Language::kUnknown},
      {"", Language::kUnknown},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(DetectLanguage(text) == expected);
  }
}

}  // namespace crosscheck::text
