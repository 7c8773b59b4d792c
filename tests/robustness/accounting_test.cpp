// Nothing lost: every line of every corpus file is in exactly one place of
// the document model, and every quantity of every comparison — the corpus
// pairs and each of the drift injector's mutated copies — is matched, paired
// with a finding, taken up by a range or counted as unmatched. Both
// accountings are read from the JSON summary the user sees
// (docs/report-format.md, summary.lines and summary.quantities).
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "app/load.h"
#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/chars.h"
#include "document/document.h"
#include "drift/drift_injector.h"
#include "report/compare_report.h"
#include "text/source_text.h"

namespace crosscheck::testing {
namespace {

const std::string kCorpus = std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/";

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Which place claims each line, found from the model's structures (not from
// its `roles`): front matter blocks, the contents, section headings, block
// text, markup lines, noise. Each claim is counted, so a line claimed twice
// shows up as 2.
struct Claims {
  std::vector<int> count;
  std::vector<document::LineRole> role;
  void Claim(uint32_t line, document::LineRole r) {
    ++count[line - 1];
    role[line - 1] = r;
  }
};

void ClaimSections(const std::vector<document::Section>& sections, Claims* claims) {
  for (const document::Section& s : sections) {
    if (s.heading_line > 0) claims->Claim(s.heading_line, document::LineRole::kHeading);
    if (s.item_body) {
      for (uint32_t line : s.item_body->text_lines) {
        if (line != s.heading_line) claims->Claim(line, document::LineRole::kBody);
      }
    }
    for (const document::Block& b : s.blocks) {
      for (uint32_t line : b.text_lines) claims->Claim(line, document::LineRole::kBody);
    }
    for (uint32_t line : s.markup_lines) claims->Claim(line, document::LineRole::kMarkup);
    ClaimSections(s.children, claims);
  }
}

void CheckEveryLineOnce(const text::SourceText& source, const document::Document& doc) {
  const size_t n = source.line_count();
  Claims claims{std::vector<int>(n, 0), std::vector<document::LineRole>(n)};
  for (const document::Block& b : doc.front_matter_blocks) {
    for (uint32_t line : b.text_lines) claims.Claim(line, document::LineRole::kFrontMatter);
  }
  if (doc.contents_heading_line) {
    claims.Claim(*doc.contents_heading_line, document::LineRole::kContents);
  }
  for (const document::ContentsEntry& e : doc.contents) {
    for (uint32_t line = e.line; line <= e.last_line; ++line) {
      if (!document::Trim(source.normalized_line(line).text).empty()) {
        claims.Claim(line, document::LineRole::kContents);
      }
    }
  }
  ClaimSections(doc.sections, &claims);
  for (const document::NoiseLine& noise : doc.noise) {
    claims.Claim(noise.line, document::LineRole::kNoise);
  }
  size_t blank = 0;
  for (size_t line = 1; line <= n; ++line) {
    CAPTURE(line, source.original_line(line));
    if (claims.count[line - 1] == 0) {
      // Unclaimed: only a line with nothing on it.
      CHECK(document::Trim(source.normalized_line(line).text).empty());
      CHECK(doc.roles[line - 1] == document::LineRole::kBlank);
      ++blank;
      continue;
    }
    CHECK(claims.count[line - 1] == 1);
    CHECK(doc.roles[line - 1] == claims.role[line - 1]);
  }
  const document::LineCounts& c = doc.counts;
  CHECK(c.total == n);
  CHECK(c.blank == blank);
  CHECK(c.noise == doc.noise.size());
  CHECK(c.blank + c.noise + c.contents + c.front_matter + c.body == c.total);
}

// The summary of `crosscheck compare --format json` for two texts.
nlohmann::json CompareSummary(const std::string& zh_name, const std::string& zh_bytes,
                              const std::string& en_name, const std::string& en_bytes) {
  text::SourceText zh, en;
  REQUIRE(text::SourceText::FromBytes(zh_bytes, text::Encoding::kAuto, zh_name, &zh).ok());
  REQUIRE(text::SourceText::FromBytes(en_bytes, text::Encoding::kAuto, en_name, &en).ok());
  document::Document zh_doc = document::Parse(zh, text::Language::kZh);
  document::Document en_doc = document::Parse(en, text::Language::kEn);
  compare::Side zh_side = compare::BuildSide(zh_doc), en_side = compare::BuildSide(en_doc);
  compare::ComparisonResult result = compare::CompareSides(zh_side, en_side);
  report::ComparisonInput input{&zh, &en, &zh_side, &en_side, &result, false};
  input.zh_lines = &zh_doc.counts;
  input.en_lines = &en_doc.counts;
  std::ostringstream out;
  report::PrintCompareJson(input, out);
  nlohmann::json summary = nlohmann::json::parse(out.str())["summary"];
  // The summary's line counts are those of the files.
  CHECK(summary["lines"]["zh"]["total"] == zh.line_count());
  CHECK(summary["lines"]["en"]["total"] == en.line_count());
  return summary;
}

// Both identities of one comparison summary.
void CheckNothingLost(const nlohmann::json& summary) {
  for (const std::string side : {"zh", "en"}) {
    CAPTURE(side);
    const nlohmann::json& lines = summary["lines"][side];
    CHECK(lines["blank"].get<size_t>() + lines["noise"].get<size_t>() +
              lines["contents"].get<size_t>() + lines["front_matter"].get<size_t>() +
              lines["body"].get<size_t>() ==
          lines["total"].get<size_t>());
    const nlohmann::json& q = summary["quantities"];
    CHECK(q["matched"].get<size_t>() + q["paired_with_finding"].get<size_t>() +
              q["range_ends_" + side].get<size_t>() + q["unmatched_" + side].get<size_t>() ==
          q[side].get<size_t>());
  }
}

TEST_CASE("every line of every corpus file is in exactly one place", "[robustness][accounting]") {
  for (const std::string name : {"employment-opinions-2025.zh.txt", "employment-plan-2021.zh.md",
                                 "labor-rights-2020.en-abridged.txt", "labor-rights-2020.en.txt",
                                 "labor-rights-2020.zh.txt"}) {
    CAPTURE(name);
    text::SourceText source;
    text::Language language;
    REQUIRE(app::LoadInput(kCorpus + name, text::Encoding::kAuto, text::Language::kUnknown, &source,
                           &language)
                .ok());
    CHECK(source.line_count() > 20);
    document::Document doc = document::Parse(source, language);
    CheckEveryLineOnce(source, doc);
  }
}

TEST_CASE("every quantity of the corpus pairs is accounted for", "[robustness][accounting]") {
  const std::string zh = ReadAll(kCorpus + "labor-rights-2020.zh.txt");
  for (const std::string en_name :
       {"labor-rights-2020.en.txt", "labor-rights-2020.en-abridged.txt"}) {
    CAPTURE(en_name);
    nlohmann::json summary =
        CompareSummary("labor-rights-2020.zh.txt", zh, en_name, ReadAll(kCorpus + en_name));
    CHECK(summary["quantities"]["zh"].get<size_t>() > 100);
    CheckNothingLost(summary);
  }
}

TEST_CASE("every line and quantity of every drift copy is accounted for",
          "[robustness][accounting]") {
  const std::string zh = ReadAll(kCorpus + "labor-rights-2020.zh.txt");
  const std::string en = ReadAll(kCorpus + "labor-rights-2020.en.txt");
  const std::vector<drift::Mutation> mutations = drift::InjectDrift(zh, en);
  CHECK(mutations.size() >= 200);
  for (const drift::Mutation& m : mutations) {
    CAPTURE(m.id);
    const bool on_zh = m.side == drift::Side::kZh;
    const std::string& zh_text = on_zh ? m.text : zh;
    const std::string& en_text = on_zh ? en : m.text;
    CheckNothingLost(CompareSummary("zh.txt", zh_text, "en.txt", en_text));
    // The mutated file itself: every line in one place.
    text::SourceText source;
    REQUIRE(text::SourceText::FromBytes(m.text, text::Encoding::kUtf8, "mutated", &source).ok());
    CheckEveryLineOnce(source,
                       document::Parse(source, on_zh ? text::Language::kZh : text::Language::kEn));
  }
}

}  // namespace
}  // namespace crosscheck::testing
