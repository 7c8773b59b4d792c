#include "drift/catch_rule.h"

#include <catch2/catch.hpp>
#include <string>


namespace crosscheck::drift {
namespace {

using nlohmann::json;

// An alignment of a small pair: preface zh 5–8 ↔ en 4–9, part one zh 10–20 ↔
// en 12–30 with paragraph pairs, part two only in zh.
const json& Alignment() {
  static const json alignment = json::parse(R"({
    "schema": "crosscheck.alignment/1",
    "sections": [
      {"zh": {"label": "preface", "title": "前言", "lines": [5, 8]},
       "en": {"label": "preface", "title": "Preface", "lines": [4, 9]},
       "pairs": [{"zh": {"lines": [7, 7]}, "en": {"lines": [6, 6]}, "score": 0.9},
                 {"zh": null, "en": {"lines": [8, 9]}, "score": 0.1}]},
      {"zh": {"label": "1", "title": "一、基本状况", "lines": [10, 20]},
       "en": {"label": "1", "title": "I. Employment", "lines": [12, 30]},
       "pairs": [{"zh": {"lines": [12, 12]}, "en": {"lines": [14, 16]}, "score": 0.8},
                 {"zh": {"lines": [14, 16]}, "en": {"lines": [18, 18]}, "score": 0.7},
                 {"zh": {"lines": [18, 18]}, "en": null, "score": 0.0}]},
      {"zh": {"label": "2", "title": "二、政策", "lines": [22, 30]},
       "en": null,
       "pairs": [{"zh": {"lines": [24, 24]}, "en": null, "score": 0.0}]}
    ]})");
  return alignment;
}

json Report(const json& findings) {
  return json{{"schema", "crosscheck.report/1"}, {"findings", findings}};
}

json Finding(const std::string& rule, const std::string& severity, json zh, json en) {
  return json{{"rule", rule}, {"severity", severity}, {"message", "m"}, {"zh", zh}, {"en", en}};
}

json At(size_t line, const std::string& text) {
  return json{{"line", line}, {"column", 1}, {"text", text}};
}

Mutation InPlace(Side side, Kind kind, size_t line) {
  Mutation m;
  m.side = side;
  m.kind = kind;
  m.original = m.mutated = m.vicinity = {line, line};
  return m;
}

Mutation Deletion(Side side, Kind kind, LineRange removed, LineRange vicinity, std::string before) {
  Mutation m;
  m.side = side;
  m.kind = kind;
  m.original = removed;
  m.mutated = {removed.first, removed.first - 1};
  m.vicinity = vicinity;
  m.before = std::move(before);
  return m;
}

TEST_CASE("catch rule: a new error or warning at the change or its counterpart") {
  const Mutation digit = InPlace(Side::kZh, Kind::kDigit, 12);
  const json baseline =
      Report(json::array({Finding("number.missing", "warning", At(14, "5万"), nullptr)}));
  struct Case {
    const char* name;
    json findings;
    bool caught;
  };
  const Case cases[] = {
      {"nothing new", json::array({Finding("number.missing", "warning", At(14, "5万"), nullptr)}),
       false},
      {"error on the changed line",
       json::array({Finding("number.value", "error", At(12, "4135万"), At(15, "11.35 million"))}),
       true},
      {"warning on the counterpart only",
       json::array({Finding("number.extra", "warning", nullptr, At(16, "11.35 million"))}), true},
      {"note on the changed line",
       json::array({Finding("number.value", "note", At(12, "4135万"), nullptr)}), false},
      {"error elsewhere on both sides",
       json::array({Finding("number.value", "error", At(14, "5万"), At(18, "50,000"))}), false},
      {"error on the other side outside the counterpart",
       json::array({Finding("number.extra", "warning", nullptr, At(12, "1"))}), false},
      {"a second copy of a baseline finding is new but not at the change",
       json::array({Finding("number.missing", "warning", At(14, "5万"), nullptr),
                    Finding("number.missing", "warning", At(14, "5万"), nullptr)}),
       false},
      {"a baseline finding whose quoted text changed is new",
       json::array({Finding("number.missing", "warning", At(12, "4135万"), nullptr)}), true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Verdict v = Judge(digit, baseline, Report(c.findings), Alignment());
    CHECK(v.error.empty());
    CHECK(v.caught == c.caught);
    CHECK(IsCaught(digit, baseline, Report(c.findings), Alignment()) == c.caught);
  }
}

TEST_CASE("catch rule: regions per kind") {
  struct Case {
    const char* name;
    Mutation m;
    std::vector<LineRange> zh;
    std::vector<LineRange> en;
  };
  Mutation related = InPlace(Side::kEn, Kind::kHeadingRenumbered, 12);
  related.related = {3};
  const Case cases[] = {
      {"zh figure in a 1-1 pair", InPlace(Side::kZh, Kind::kDigit, 12), {{12, 12}}, {{14, 16}}},
      {"zh figure in a 1-0 pair falls back to nothing on en",
       InPlace(Side::kZh, Kind::kDigit, 18),
       {{18, 18}},
       {}},
      {"en figure in a 0-1 pair", InPlace(Side::kEn, Kind::kPercent, 9), {}, {{9, 9}}},
      {"zh heading: section pair and related",
       InPlace(Side::kZh, Kind::kHeadingRenumbered, 10),
       {{10, 10}},
       {{12, 30}}},
      {"en heading with its contents entry", related, {{10, 20}}, {{12, 12}, {3, 3}}},
      {"zh line outside every pair falls back to the section",
       InPlace(Side::kZh, Kind::kNumberAdded, 20),
       {{20, 20}},
       {{12, 30}}},
      {"zh paragraph deleted with its blank separator",
       Deletion(Side::kZh, Kind::kParagraphDeleted, {14, 17}, {12, 16}, "a\n\nb\n"),
       {{12, 16}},
       {{18, 18}}},
      {"en section deleted",
       Deletion(Side::kEn, Kind::kSectionDeleted, {12, 31}, {9, 12}, "I.\nx\n"),
       {{12, 12}, {14, 16}, {10, 20}},
       {{9, 12}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CatchRegion region;
    std::string error;
    REQUIRE(RegionFor(c.m, Alignment(), &region, &error));
    CHECK(region.zh == c.zh);
    CHECK(region.en == c.en);
  }
}

TEST_CASE("catch rule: baseline lines move with a deletion") {
  // zh lines 14–17 removed; the baseline finding at zh 24 is at 20 afterwards.
  const Mutation m = Deletion(Side::kZh, Kind::kParagraphDeleted, {14, 17}, {12, 14}, "a\n\nb\n");
  const json baseline = Report(json::array({
      Finding("number.missing", "warning", At(24, "3万"), nullptr),
      Finding("number.value", "error", At(15, "7万"), At(18, "80,000")),
  }));
  SECTION("the moved finding is not new") {
    Verdict v =
        Judge(m, baseline,
              Report(json::array({Finding("number.missing", "warning", At(20, "3万"), nullptr)})),
              Alignment());
    CHECK(v.fresh.empty());
    CHECK_FALSE(v.caught);
  }
  SECTION("the figures left without a partner are reported on the counterpart") {
    Verdict v = Judge(m, baseline,
                      Report(json::array({
                          Finding("number.missing", "warning", At(20, "3万"), nullptr),
                          Finding("number.extra", "warning", nullptr, At(18, "80,000")),
                      })),
                      Alignment());
    REQUIRE(v.fresh.size() == 1);
    CHECK(v.fresh[0].en_line == 18);
    CHECK(v.caught);
  }
}

TEST_CASE("catch rule: malformed reports are errors, not catches") {
  const Mutation m = InPlace(Side::kZh, Kind::kDigit, 12);
  struct Case {
    const char* name;
    json report;
    json alignment;
    const char* error;
  };
  const Case cases[] = {
      {"no findings", json{{"schema", "crosscheck.report/1"}}, Alignment(),
       "report has no \"findings\" array"},
      {"finding without rule", Report(json::array({json{{"severity", "error"}}})), Alignment(),
       "finding without string \"rule\" and \"severity\""},
      {"side with a string line",
       Report(json::array({Finding("number.value", "error", json{{"line", "12"}}, nullptr)})),
       Alignment(), "finding side \"zh\" is not null or {\"line\": n, ...}"},
      {"alignment without sections", Report(json::array()), json::object(),
       "alignment has no \"sections\" array"},
      {"pair lines of the wrong length", Report(json::array()),
       json::parse(
           R"({"sections": [{"zh": null, "en": null, "pairs": [{"zh": {"lines": [1]}}]}]})"),
       "alignment pair side is not null or {\"lines\": [first, last]}"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Verdict v = Judge(m, Report(json::array()), c.report, c.alignment);
    CHECK_FALSE(v.caught);
    CHECK(v.error == c.error);
  }
}

}  // namespace
}  // namespace crosscheck::drift
