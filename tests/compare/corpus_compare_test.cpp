// The comparison on the real documents: what a careful reader expects of the
// untouched pair and of the abridged excerpt.
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "text/source_text.h"

namespace crosscheck::compare {
namespace {

struct Compared {
  text::SourceText zh, en;
  document::Document zh_doc, en_doc;
  Side zh_side, en_side;
  ComparisonResult result;
};

void CompareCorpus(const std::string& zh_name, const std::string& en_name, Compared* c) {
  const std::string dir = std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/";
  REQUIRE(text::SourceText::Load(dir + zh_name, text::Encoding::kAuto, &c->zh).ok());
  REQUIRE(text::SourceText::Load(dir + en_name, text::Encoding::kAuto, &c->en).ok());
  c->zh_doc = document::Parse(c->zh, text::Language::kZh);
  c->en_doc = document::Parse(c->en, text::Language::kEn);
  c->zh_side = BuildSide(c->zh_doc);
  c->en_side = BuildSide(c->en_doc);
  c->result = CompareSides(c->zh_side, c->en_side);
}

std::map<std::string, int> CountByRule(const ComparisonResult& r, Severity at_least) {
  std::map<std::string, int> counts;
  for (const Finding& f : r.findings) {
    if (f.severity >= at_least) ++counts[f.rule];
  }
  return counts;
}

void CheckNothingLost(const ComparisonResult& r) {
  const Summary& s = r.summary;
  CHECK(s.matched + s.paired_with_finding + s.range_ends_zh + s.unmatched_zh == s.zh_quantities);
  CHECK(s.matched + s.paired_with_finding + s.range_ends_en + s.unmatched_en == s.en_quantities);
}

}  // namespace

TEST_CASE("The untouched pair gives at most five findings, all known", "[compare][corpus]") {
  Compared c;
  CompareCorpus("labor-rights-2020.zh.txt", "labor-rights-2020.en.txt", &c);
  const Summary& s = c.result.summary;
  CHECK(s.sections_paired == 8);
  CHECK(s.zh_sections == 8);
  CHECK(s.en_sections == 8);
  size_t serious = 0;
  for (const Finding& f : c.result.findings) {
    if (f.severity < Severity::kWarning) continue;
    ++serious;
    CAPTURE(f.rule, f.message);
    // Each one is explained in docs/known-differences.md.
    bool known = f.rule == "structure.toc-mismatch" || f.rule == "unit.mismatch" ||
                 f.rule == "number.missing" || f.rule == "number.extra";
    CHECK(known);
  }
  CHECK(serious <= 5);
  // Most figures pair up; the rest are the known differences.
  CHECK(s.matched * 100 >= 95 * s.zh_quantities);
  CheckNothingLost(c.result);
}

TEST_CASE("The abridged excerpt gives a short, useful report", "[compare][corpus]") {
  Compared c;
  CompareCorpus("labor-rights-2020.zh.txt", "labor-rights-2020.en-abridged.txt", &c);
  std::map<std::string, int> counts = CountByRule(c.result, Severity::kNote);
  CHECK(counts["structure.abridged"] == 6);         // parts I–VI
  CHECK(counts["structure.section-missing"] == 2);  // preface and conclusion
  CHECK(counts["structure.toc-mismatch"] == 1);     // no contents in the excerpt
  CHECK(counts["number.missing"] == 0);             // folded into the abridged findings
  CHECK(c.result.findings.size() <= 20);
  // Running headers and page markers are not sections or paragraphs.
  CHECK(c.result.summary.en_sections == 6);
  for (const Finding& f : c.result.findings) {
    if (f.rule != "structure.abridged") continue;
    CAPTURE(f.message);
    CHECK_FALSE(f.quantities.empty());
    REQUIRE(f.zh.has_value());
    REQUIRE(f.en.has_value());
  }
  CheckNothingLost(c.result);
}

}  // namespace crosscheck::compare
