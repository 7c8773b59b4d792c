#include "document/contents.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "document/front_matter.h"

namespace crosscheck::document {
namespace {

TEST_CASE("IsContentsMarker", "[document][contents]") {
  for (const char* yes : {"目录", "目 录", "Contents", "CONTENTS", "Table of Contents", "## 目录"}) {
    CAPTURE(yes);
    CHECK(IsContentsMarker(yes));
  }
  for (const char* no : {"目录如下：", "Contents of the report", "前言"}) {
    CAPTURE(no);
    CHECK_FALSE(IsContentsMarker(no));
  }
}

TEST_CASE("ReadContents joins a wrapped entry and stops at the body", "[document][contents]") {
  const std::vector<std::string> owned = {
      "Contents", "", "Preface", "", "I. Employment in Xinjiang", "",
      "VI. Application of International Labor and Human Rights", "", "Standards ...... 12", "",
      "Conclusion", "", "Preface", "", "Work creates the means of existence."};
  std::vector<std::string_view> lines(owned.begin(), owned.end());
  std::vector<bool> skip;
  for (const std::string& s : owned) skip.push_back(s.empty());
  ContentsRead read = ReadContents(lines, skip, 1, text::Language::kEn);
  REQUIRE(read.entries.size() == 4);
  CHECK(read.end == 12);  // index of the second "Preface": line 13
  struct Expected {
    uint32_t line, last_line;
    std::string title, label;
  };
  const std::vector<Expected> expected = {
      {3, 3, "Preface", "preface"},
      {5, 5, "Employment in Xinjiang", "1"},
      {7, 9, "Application of International Labor and Human Rights Standards", "6"},
      {11, 11, "Conclusion", "conclusion"},
  };
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(read.entries[i].line == expected[i].line);
    CHECK(read.entries[i].last_line == expected[i].last_line);
    CHECK(read.entries[i].title == expected[i].title);
    CHECK(read.entries[i].label == expected[i].label);
  }
}

TEST_CASE("ClassifyFrontLine", "[document][front_matter]") {
  using F = FrontLineKind;
  using text::Language;
  struct Case {
    std::string line;
    Language language;
    F kind;
  };
  const std::vector<Case> cases = {
      {"新就发〔2021〕2号", Language::kZh, F::kDocumentNumber},
      {"国发[2020]12号", Language::kZh, F::kDocumentNumber},
      {"2020 年 9 月", Language::kZh, F::kDate},
      {"(2025年9月10日)", Language::kZh, F::kDate},
      {"September 2020", Language::kEn, F::kDate},
      {"(September 2020)", Language::kEn, F::kDate},
      {"国务院新闻办公室 17 日发表《新疆的劳动就业保障》白皮书。全文如下:", Language::kZh,
       F::kLeadIn},
      {"新疆的劳动就业保障", Language::kZh, F::kTitle},
      {"The State Council Information Office of", Language::kEn, F::kTitle},
      {"伊犁哈萨克自治州人民政府,各州、市人民政府,各地行政公署,", Language::kZh, F::kNone},
      {"提出如下实施意见。", Language::kZh, F::kNone},
      {"Work creates the means of existence.", Language::kEn, F::kNone},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(ClassifyFrontLine(c.line, c.language) == c.kind);
  }
}

}  // namespace
}  // namespace crosscheck::document
