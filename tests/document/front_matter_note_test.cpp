// Regression: a paragraph added to the title page (a publisher's note) once
// made the contents parse as headings, leaving every section unpaired.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "document/document.h"
#include "text/source_text.h"

namespace crosscheck::document {

TEST_CASE("A note on the title page keeps the contents apart", "[document][front-matter]") {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/labor-rights-2020.en.txt");
  std::ostringstream all;
  all << in.rdbuf();
  std::string text = all.str();
  // After the title (line 2), before the issuing body.
  size_t after_title = text.find('\n', text.find("Employment and Labor Rights in Xinjiang"));
  REQUIRE(after_title != std::string::npos);
  text.insert(after_title + 1, "\nA note from the publisher about this edition of the paper.\n");

  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes(text, text::Encoding::kAuto, "note.en.txt", &source).ok());
  Document doc = Parse(source, text::Language::kEn);
  CHECK(doc.contents.size() == 8);
  REQUIRE(doc.front_matter.has_value());
  CHECK(doc.front_matter->last < *doc.contents_heading_line);
  CHECK(doc.sections.size() == 8);
  CHECK(doc.sections.front().kind == SectionKind::kPreface);
  CHECK(doc.sections.back().kind == SectionKind::kConclusion);
}

}  // namespace crosscheck::document

namespace crosscheck::document {

// Found by fuzzing (fuzz/regressions/parse/contents-markup-line-lost): a line
// inside the contents with no entry text (a bare "#") was in no part of the
// model, and counted as blank.
TEST_CASE("A markup-only line inside the contents is part of them", "[document][contents]") {
  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes("目录\n#\n", text::Encoding::kAuto, "c.md", &source).ok());
  Document doc = Parse(source, text::Language::kZh);
  CHECK(doc.counts.total == 2);
  CHECK(doc.counts.contents == 2);
  CHECK(doc.counts.blank == 0);
  CHECK(doc.roles[1] == LineRole::kContents);
  CHECK(doc.contents_markup_lines == std::vector<uint32_t>{2});
}

}  // namespace crosscheck::document
