#include "compare/comparer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "compare/test_quantities.h"

namespace crosscheck::compare {
namespace {

using quantity::Hedge;
using quantity::Kind;
using quantity::Quantity;
using testing::MakeSide;

Quantity Q(uint32_t line, Kind kind, std::string_view digits, int power = 0, std::string unit = "",
           Hedge hedge = Hedge::kExact) {
  Quantity q = testing::MakeQuantity(kind, digits, power, std::move(unit), hedge);
  q.position = text::SourcePosition{line, 1};
  q.text = std::string(digits);
  return q;
}

BlockView Block(uint32_t line, double length, std::vector<Quantity> quantities = {}) {
  BlockView b;
  b.lines = Lines{line, line};
  b.length = length;
  b.quantities = std::move(quantities);
  return b;
}

SectionView Section(int level, std::string label, uint32_t line, std::vector<BlockView> blocks) {
  SectionView s;
  s.level = level;
  s.label = label;
  s.path = label;
  s.title = "title " + label;
  s.heading_line = line;
  s.lines = Lines{line, blocks.empty() ? line : blocks.back().lines.last};
  s.blocks = std::move(blocks);
  return s;
}

// "rule@zhline/enline" per finding, '-' for no side.
std::string Dump(const ComparisonResult& r) {
  std::ostringstream out;
  for (const Finding& f : r.findings) {
    out << f.rule << "@" << (f.zh ? std::to_string(f.zh->line) : "-") << "/"
        << (f.en ? std::to_string(f.en->line) : "-") << " ";
  }
  return out.str();
}

// A faithful two-part pair; each case changes one thing on the English side.
Side Chinese() {
  return MakeSide(
      text::Language::kZh,
      {
          Section(0, "preface", 1, {Block(2, 1000)}),
          Section(1, "1", 3,
                  {Block(4, 100,
                         {Q(4, Kind::kCount, "1135.24", 4, "person"), Q(4, Kind::kYear, "2014")}),
                   Block(5, 150, {Q(5, Kind::kMoney, "75.53", 8, "CNY")})}),
          Section(1, "2", 6, {Block(7, 120, {Q(7, Kind::kPercent, "90.36")})}),
      });
}

struct EnglishSpec {
  std::string person = "11.35";
  std::string year = "2014";
  std::string money = "7.553";
  int money_power = 9;
  Kind percent_kind = Kind::kPercent;
  bool drop_part_two = false;
  bool drop_money_paragraph = false;
};

Side English(const EnglishSpec& spec) {
  std::vector<BlockView> part_one = {Block(
      14, 350, {Q(14, Kind::kCount, spec.person, 6, "person"), Q(14, Kind::kYear, spec.year)})};
  if (!spec.drop_money_paragraph) {
    part_one.push_back(Block(15, 520, {Q(15, Kind::kMoney, spec.money, spec.money_power, "CNY")}));
  }
  std::vector<SectionView> sections = {Section(0, "preface", 11, {Block(12, 3500)}),
                                       Section(1, "1", 13, part_one)};
  if (!spec.drop_part_two) {
    sections.push_back(Section(1, "2", 16, {Block(17, 420, {Q(17, spec.percent_kind, "90.4")})}));
  }
  return MakeSide(text::Language::kEn, sections);
}

}  // namespace

TEST_CASE("CompareSides is quiet on a faithful pair", "[compare][comparer]") {
  ComparisonResult r = CompareSides(Chinese(), English({}));
  CHECK(Dump(r) == "");
  CHECK(r.summary.matched == 4);
  CHECK(r.summary.sections_paired == 3);
  CHECK(r.summary.unmatched_zh == 0);
  CHECK(r.summary.unmatched_en == 0);
}

TEST_CASE("CompareSides reports each kind of drift", "[compare][comparer]") {
  struct Case {
    std::string name;
    EnglishSpec spec;
    std::string expected;
  };
  auto with = [](auto change) {
    EnglishSpec spec;
    change(spec);
    return spec;
  };
  const Case cases[] = {
      {"digit changed", with([](EnglishSpec& s) { s.person = "11.85"; }), "number.value@4/14 "},
      {"year shifted", with([](EnglishSpec& s) { s.year = "2015"; }), "number.value@4/14 "},
      {"亿 read as billion", with([](EnglishSpec& s) { s.money = "75.53"; }),
       "number.magnitude@5/15 "},
      {"percent as points", with([](EnglishSpec& s) { s.percent_kind = Kind::kPercentagePoints; }),
       "unit.mismatch@7/17 "},
      {"section dropped", with([](EnglishSpec& s) { s.drop_part_two = true; }),
       "structure.section-missing@6/- "},
      {"paragraph dropped", with([](EnglishSpec& s) { s.drop_money_paragraph = true; }),
       "structure.paragraph-missing@5/- "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(Dump(CompareSides(Chinese(), English(c.spec))) == c.expected);
  }
}

// Found by fuzzing (fuzz/regressions/compare/section-extra-preamble-line-0):
// text before the first heading has no heading line, and its findings
// pointed at line 0 with an empty title.
TEST_CASE("An unpaired preamble is reported at its first paragraph", "[compare][comparer]") {
  SectionView preamble = Section(1, "preamble", 0, {Block(3, 200, {Q(3, Kind::kPercent, "17.2")})});
  preamble.blocks.front().column = 5;
  preamble.blocks.front().opening = "Employment grew";
  ComparisonResult r =
      CompareSides(MakeSide(text::Language::kZh, {}), MakeSide(text::Language::kEn, {preamble}));
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings.front();
  CHECK(f.rule == "structure.section-extra");
  CHECK(f.message ==
        "English text before the first heading has no counterpart (1 paragraph, 1 figure)");
  REQUIRE(f.en.has_value());
  CHECK(f.en->line == 3);
  CHECK(f.en->column == 5);
  CHECK(f.en->text == "Employment grew");
}

TEST_CASE("CompareSides accounts for every quantity", "[compare][comparer]") {
  EnglishSpec spec;
  spec.drop_part_two = true;
  spec.person = "11.85";
  ComparisonResult r = CompareSides(Chinese(), English(spec));
  const Summary& s = r.summary;
  // zh: matched + paired with a finding + unmatched covers all four.
  CHECK(s.matched + s.paired_with_finding + s.range_ends_zh + s.unmatched_zh == s.zh_quantities);
  CHECK(s.matched + s.paired_with_finding + s.range_ends_en + s.unmatched_en == s.en_quantities);
  CHECK(s.unmatched_zh == 1);  // the percentage of the dropped section
  CHECK(s.paired_with_finding == 1);
}

}  // namespace crosscheck::compare
