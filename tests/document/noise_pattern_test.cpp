// Extra noise lines from crosscheck.toml [noise] patterns.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "document/document.h"
#include "document/noise.h"

namespace crosscheck::document {
namespace {

text::Pattern P(std::string_view expression) {
  text::Pattern p;
  std::string error;
  REQUIRE(text::Pattern::Compile(expression, &p, &error));
  return p;
}

}  // namespace

TEST_CASE("FindNoise marks lines matching a pattern, except the title", "[document][noise]") {
  const std::vector<std::string> lines = {
      "Xinjiang Review",  // the title: kept even though the pattern matches
      "",
      "Body text one.",
      "ACME Press",  // a running footer the heuristic misses (twice, no page marker)
      "Body text two.",
      "第 12 页",         // a page marker stays one
      "acme press 2021",  // no match: the pattern is case-sensitive and anchored
      "ACME Press",
  };
  std::vector<std::string_view> views(lines.begin(), lines.end());
  std::vector<text::Pattern> patterns = {P("^Xinjiang Review$"), P("^ACME Press$"),
                                         P("^第 \\d+ 页$")};
  std::vector<std::optional<NoiseKind>> noise = FindNoise(views, patterns);
  const std::vector<std::optional<NoiseKind>> expected = {
      std::nullopt, std::nullopt,           std::nullopt, NoiseKind::kPattern,
      std::nullopt, NoiseKind::kPageMarker, std::nullopt, NoiseKind::kPattern};
  REQUIRE(noise.size() == expected.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    CAPTURE(i + 1, lines[i]);
    CHECK(noise[i] == expected[i]);
  }
  // Without patterns, two repeats are not enough for the heuristic.
  std::vector<std::optional<NoiseKind>> plain = FindNoise(views);
  CHECK(plain[3] == std::nullopt);
  CHECK(plain[7] == std::nullopt);
}

TEST_CASE("Parse joins a paragraph across a pattern noise line", "[document][noise]") {
  const std::string text =
      "Annual Report\n\nI. Overview\n\nThe county added 300 plots of farmland and\n"
      "ACME PRESS · Annual Report\ncreated 1,200 jobs.\n";
  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes(text, text::Encoding::kUtf8, "report.en.txt", &source).ok());
  ParseOptions options;
  options.noise_patterns = {P("^ACME PRESS")};
  Document with = Parse(source, text::Language::kEn, options);
  REQUIRE(with.noise.size() == 1);
  CHECK(with.noise[0].line == 6);
  CHECK(with.noise[0].kind == NoiseKind::kPattern);
  CHECK(NoiseKindName(with.noise[0].kind) == "pattern");
  std::vector<std::string> blocks;
  ForEachBlock(with.sections,
               [&](const Section&, const Block& b) { blocks.push_back(b.text.text()); });
  CHECK(blocks ==
        std::vector<std::string>{"The county added 300 plots of farmland and created 1,200 jobs."});

  Document without = Parse(source, text::Language::kEn);
  CHECK(without.noise.empty());
}

}  // namespace crosscheck::document
