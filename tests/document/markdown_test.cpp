#include "document/markdown.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/source_text.h"

namespace crosscheck::document {
namespace {

TEST_CASE("ParseMarkdownLine classifies lines", "[document][markdown]") {
  using K = MarkdownLineKind;
  struct Case {
    std::string line;
    K kind;
    int depth;
    std::string content;
  };
  const std::vector<Case> cases = {
      {"## 二、实施“十大行动”", K::kHeading, 2, "二、实施“十大行动”"},
      {"#### 四、工作要求 ##", K::kHeading, 4, "四、工作要求"},
      {"#hashtag", K::kPlain, 0, "#hashtag"},
      {"- urban residents: from RMB23,200", K::kListItem, 0, "urban residents: from RMB23,200"},
      {" - 二、大力实施积极的就业政策", K::kListItem, 0, "二、大力实施积极的就业政策"},
      {"* item", K::kListItem, 0, "item"},
      {"*emphasis* text", K::kPlain, 0, "*emphasis* text"},
      {"| 年份 | 人数 |", K::kTableRow, 0, "| 年份 | 人数 |"},
      {"|---|:--:|", K::kTableDelimiter, 0, "|---|:--:|"},
      {"---", K::kRule, 0, "---"},
      {"```", K::kFence, 0, "```"},
      {"   ", K::kBlank, 0, ""},
      {"正文  ", K::kPlain, 0, "正文"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    MarkdownLine m = ParseMarkdownLine(c.line);
    CHECK(m.kind == c.kind);
    CHECK(m.depth == c.depth);
    CHECK(c.line.substr(m.content_begin, m.content_end - m.content_begin) == c.content);
  }
}

TEST_CASE("AppendInline strips emphasis and keeps positions", "[document][markdown]") {
  struct Case {
    std::string line;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"**牵头单位：**自治区国资委", "牵头单位:自治区国资委"},
      {"China's *Criminal Law*, *Labor Law*, and", "China's Criminal Law, Labor Law, and"},
      {"a __bold__ word and snake_case", "a bold word and snake_case"},
      {"use `code` here", "use code here"},
      {"5*3 and a * star", "5*3 and a * star"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    text::SourceText source;
    REQUIRE(text::SourceText::FromBytes(c.line, text::Encoding::kUtf8, "t.md", &source).ok());
    text::MappedText out(&source);
    const std::string& normalized = source.normalized_line(1).text;
    AppendInline(1, normalized, 0, normalized.size(), &out);
    CHECK(out.text() == c.text);
  }
  // Positions still point into the original line: "自" is column 10 of the original.
  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes("**牵头单位：**自治区", text::Encoding::kUtf8, "t.md", &source)
              .ok());
  text::MappedText out(&source);
  AppendInline(1, source.normalized_line(1).text, 0, source.normalized_line(1).text.size(), &out);
  size_t zi = out.text().find("自");
  REQUIRE(zi != std::string::npos);
  CHECK(out.PositionAt(zi) == text::SourcePosition{1, 10});
  CHECK(out.PositionAt(0) == text::SourcePosition{1, 3});
}

TEST_CASE("AppendTableRow drops pipes", "[document][markdown]") {
  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes("| 2020 | **7.06** 亿元 |", text::Encoding::kUtf8, "t.md",
                                      &source)
              .ok());
  text::MappedText out(&source);
  const std::string& line = source.normalized_line(1).text;
  AppendTableRow(1, line, 0, line.size(), &out);
  CHECK(out.text() == "2020 7.06 亿元");
  CHECK(out.PositionAt(out.text().find("7.06")) == text::SourcePosition{1, 12});
}

}  // namespace
}  // namespace crosscheck::document
