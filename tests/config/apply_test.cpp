#include "config/apply.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "compare/rules.h"
#include "compare/test_quantities.h"

namespace crosscheck::config {
namespace {

using compare::BlockView;
using compare::SectionView;
using compare::Side;
using quantity::Kind;
using quantity::Quantity;
using testing::MakeSide;

Quantity Q(uint32_t line, std::string_view digits, std::string unit, std::string surface) {
  Quantity q = testing::MakeQuantity(Kind::kCount, digits, 0, std::move(unit));
  q.position = text::SourcePosition{line, 1};
  q.text = std::move(surface);
  return q;
}

SectionView Section(int level, std::string path, std::string title, uint32_t line,
                    std::vector<Quantity> quantities) {
  SectionView s;
  s.level = level;
  s.path = path;
  s.label = path.substr(path.rfind('.') == std::string::npos ? 0 : path.rfind('.') + 1);
  s.title = std::move(title);
  s.heading_line = line;
  s.lines = compare::Lines{line, line + 1};
  BlockView b;
  b.lines = compare::Lines{line + 1, line + 1};
  b.length = 100;
  b.quantities = std::move(quantities);
  s.blocks.push_back(std::move(b));
  return s;
}

Config Parsed(std::string_view toml) {
  Config config;
  Status s = ParseConfig(toml, "crosscheck.toml", &config);
  CAPTURE(s.message());
  REQUIRE(s.ok());
  return config;
}

// "path: text=unit ..." per section.
std::string Dump(const Side& side) {
  std::string out;
  for (const SectionView& s : side.sections) {
    out += (out.empty() ? "" : " | ") + s.path + ":";
    for (const BlockView& b : s.blocks) {
      for (const Quantity& q : b.quantities) out += " " + q.text + "=" + q.unit;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("ApplyToSide renames units and leaves out what [ignore] names", "[config][apply]") {
  struct Case {
    std::string name;
    std::string toml;
    text::Language language;
    std::string expected;
    size_t ignored_quantities, ignored_sections, quantity_count;
  };
  const Case cases[] = {
      {"defaults change nothing", "", text::Language::kZh,
       "1: 300名=noun:名 12批=noun:批 | 1.1: 5户=household | appendix: 7个=noun:个", 0, 0, 4},
      {"zh unit words", "[units.zh]\n\"名\" = \"person\"\n\"household\" = \"person\"\n",
       text::Language::kZh,
       "1: 300名=person 12批=noun:批 | 1.1: 5户=person | appendix: 7个=noun:个", 0, 0, 4},
      {"units of the other language are not applied", "[units.en]\n\"名\" = \"person\"\n",
       text::Language::kZh,
       "1: 300名=noun:名 12批=noun:批 | 1.1: 5户=household | appendix: 7个=noun:个", 0, 0, 4},
      {"ignored quantities", "[ignore]\nquantities = [\"^12批$\", \"个\"]\n", text::Language::kZh,
       "1: 300名=noun:名 | 1.1: 5户=household | appendix:", 2, 0, 2},
      {"a section by path, with what is under it", "[ignore]\nsections = [\"1\"]\n",
       text::Language::kZh, "appendix: 7个=noun:个", 0, 2, 1},
      {"a nested section by path", "[ignore]\nsections = [\"1.1\"]\n", text::Language::kZh,
       "1: 300名=noun:名 12批=noun:批 | appendix: 7个=noun:个", 0, 1, 3},
      {"a section by title", "[ignore]\nsection-titles = [\"^附录\"]\n", text::Language::kZh,
       "1: 300名=noun:名 12批=noun:批 | 1.1: 5户=household", 0, 1, 3},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Side side = MakeSide(
        c.language, {Section(1, "1", "基本情况", 1,
                             {Q(2, "300", "noun:名", "300名"), Q(2, "12", "noun:批", "12批")}),
                     Section(2, "1.1", "就业", 3, {Q(4, "5", "household", "5户")}),
                     Section(1, "appendix", "附录：数据来源", 5, {Q(6, "7", "noun:个", "7个")})});
    side.contents.push_back(compare::ContentsView{1, 1, "一、基本情况", "1", "基本情况"});
    side.contents.push_back(
        compare::ContentsView{2, 1, "附录：数据来源", "appendix", "附录：数据来源"});
    SideIgnored ignored = ApplyToSide(Parsed(c.toml), &side);
    CHECK(Dump(side) == c.expected);
    CHECK(ignored.quantities == c.ignored_quantities);
    CHECK(ignored.sections == c.ignored_sections);
    CHECK(side.quantity_count == c.quantity_count);
    CHECK(side.body_length == 100.0 * side.sections.size());
    // Contents entries of a section left out go with it.
    std::string contents;
    for (const compare::ContentsView& e : side.contents) contents += e.label + ";";
    bool appendix_gone = c.expected.find("appendix") == std::string::npos;
    bool part_one_gone =
        c.expected.rfind("1:", 0) != 0 && c.expected.find("1.1") == std::string::npos;
    CHECK(contents == std::string(part_one_gone ? "" : "1;") + (appendix_gone ? "" : "appendix;"));
  }
}

TEST_CASE("ApplyToSide looks English unit words up singular", "[config][apply]") {
  Side side = MakeSide(text::Language::kEn, {Section(1, "1", "Overview", 1,
                                                     {Q(2, "300", "noun:plot", "300 plots"),
                                                      Q(2, "12", "noun:batch", "12 batches"),
                                                      Q(2, "4", "noun:Skill", "one skill")})});
  Config config = Parsed("[units.en]\nplots = \"mu\"\nbatch = \"noun:批\"\nskills = \"noun:项\"\n");
  ApplyToSide(config, &side);
  CHECK(Dump(side) == "1: 300 plots=mu 12 batches=noun:批 one skill=noun:项");
}

TEST_CASE("ApplyRules switches rules off and sets severities", "[config][apply]") {
  compare::ComparisonResult result;
  for (const char* rule : {"number.extra", "number.missing", "structure.toc-mismatch",
                           "number.extra", "number.moved", "unit.mismatch"}) {
    compare::Finding f;
    f.rule = rule;
    f.severity = compare::FindRule(rule)->severity;
    result.findings.push_back(f);
  }
  Config config = Parsed(
      "[rules]\n\"number.extra\" = \"off\"\n\"structure.toc-mismatch\" = \"note\"\n"
      "\"number.moved\" = \"error\"\n");
  ApplyRules(config, &result);
  std::string dump;
  for (const compare::Finding& f : result.findings) {
    dump += f.rule + "=" + std::string(compare::SeverityName(f.severity)) + " ";
  }
  CHECK(dump ==
        "number.missing=warning structure.toc-mismatch=note number.moved=error "
        "unit.mismatch=error ");
  CHECK(result.summary.findings_off == 2);
  CHECK(result.summary.errors == 2);
  CHECK(result.summary.warnings == 1);
  CHECK(result.summary.notes == 1);
}

TEST_CASE("CompareConfigured with defaults equals CompareSides", "[config][apply]") {
  auto sides = [] {
    SectionView en = Section(1, "1", "Overview", 1, {Q(2, "310", "person", "310 people")});
    en.blocks[0].length = 330;  // English runs about 3.3 characters per Chinese one
    return std::pair{MakeSide(text::Language::kZh,
                              {Section(1, "1", "基本情况", 1, {Q(2, "300", "noun:名", "300名")})}),
                     MakeSide(text::Language::kEn, {en})};
  };
  auto [zh, en] = sides();
  compare::ComparisonResult plain = compare::CompareSides(zh, en);
  auto [zh2, en2] = sides();
  compare::ComparisonResult configured = CompareConfigured(Config(), &zh2, &en2);
  auto rules = [](const compare::ComparisonResult& r) {
    std::string s;
    for (const compare::Finding& f : r.findings) s += f.rule + " ";
    return s;
  };
  CHECK(rules(plain) == "number.value ");
  CHECK(rules(configured) == rules(plain));
  CHECK(configured.summary.matched == plain.summary.matched);

  // 310 against 300 is 3.3% off: within a 5% tolerance, and ignored counts land in the summary.
  auto [zh3, en3] = sides();
  compare::ComparisonResult loose = CompareConfigured(
      Parsed("[tolerance]\nrelative = 0.05\n[ignore]\nquantities = [\"^x$\"]\n"), &zh3, &en3);
  CHECK(loose.findings.empty());
  CHECK(loose.summary.matched == 1);
  CHECK(loose.summary.ignored_zh == 0);
}

}  // namespace crosscheck::config
