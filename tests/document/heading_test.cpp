#include "document/heading.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace crosscheck::document {
namespace {

using text::Language;

struct Case {
  std::string text;
  Language language;
  bool matches;
  SectionKind kind = SectionKind::kNumbered;
  NumberStyle style = NumberStyle::kNone;
  std::string label;
  std::string title;
  std::string body;  // text from body_begin; empty when none
  bool list_item = false;
};

TEST_CASE("MatchHeading recognizes heading styles and labels", "[document][heading]") {
  using K = SectionKind;
  using S = NumberStyle;
  const std::vector<Case> cases = {
      // Chinese numbered styles; text is normalized, so "（一）" arrives as "(一)".
      {"一、新疆劳动就业的基本状况", Language::kZh, true, K::kNumbered, S::kCounting, "1",
       "新疆劳动就业的基本状况", ""},
      {"十二、附则", Language::kZh, true, K::kNumbered, S::kCounting, "12", "附则", ""},
      {"(三)实施建筑领域技术工种3年20万人职业技能培训就业行动。整合住房城乡建设", Language::kZh,
       true, K::kNumbered, S::kParenCounting, "3", "实施建筑领域技术工种3年20万人职业技能培训就业行动",
       "整合住房城乡建设"},
      {"(一) 指导思想。以习近平", Language::kZh, true, K::kNumbered, S::kParenCounting, "1",
       "指导思想", "以习近平"},
      {"(二十)凝聚合力。各级党委", Language::kZh, true, K::kNumbered, S::kParenCounting, "20",
       "凝聚合力", "各级党委"},
      {"1.总体目标", Language::kZh, true, K::kNumbered, S::kArabicDot, "1", "总体目标", ""},
      {"2、工作措施。加强", Language::kZh, true, K::kNumbered, S::kArabicDot, "2", "工作措施", "加强"},
      {"(4)完善制度", Language::kZh, true, K::kNumbered, S::kArabicParen, "4", "完善制度", ""},
      {"第一章 总则", Language::kZh, true, K::kNumbered, S::kChapter, "1", "总则", ""},
      {"第二节 就业", Language::kZh, true, K::kNumbered, S::kSection, "2", "就业", ""},
      {"第十条 用人单位应当依法。", Language::kZh, true, K::kNumbered, S::kArticle, "10", "",
       "用人单位应当依法。"},
      {"前言", Language::kZh, true, K::kPreface, S::kNone, "preface", "前言", ""},
      {"前 言", Language::kZh, true, K::kPreface, S::kNone, "preface", "前 言", ""},
      {"序言", Language::kZh, true, K::kPreface, S::kNone, "preface", "序言", ""},
      {"引言", Language::kZh, true, K::kIntroduction, S::kNone, "introduction", "引言", ""},
      {"结束语", Language::kZh, true, K::kConclusion, S::kNone, "conclusion", "结束语", ""},
      {"结语", Language::kZh, true, K::kConclusion, S::kNone, "conclusion", "结语", ""},
      {"附录", Language::kZh, true, K::kAppendix, S::kNone, "appendix", "附录", ""},
      {"附录二", Language::kZh, true, K::kAppendix, S::kNone, "appendix-2", "附录二", ""},
      // Not headings.
      {"2020 年 9 月", Language::kZh, false},
      {"1.5万人实现就业。", Language::kZh, false},
      {"第 3 页", Language::kZh, false},
      {"2020.9", Language::kZh, false},
      {"前言部分说明", Language::kZh, false},
      {"一是加强领导", Language::kZh, false},
      // English.
      {"I. Employment in Xinjiang", Language::kEn, true, K::kNumbered, S::kCounting, "1",
       "Employment in Xinjiang", ""},
      {"VI. Application of International Labor and Human Rights Standards", Language::kEn, true,
       K::kNumbered, S::kCounting, "6", "Application of International Labor and Human Rights Standards",
       ""},
      {"1. Introduction", Language::kEn, true, K::kNumbered, S::kArabicDot, "1", "Introduction", ""},
      {"1. Workers are paid on time.", Language::kEn, true, K::kNumbered, S::kArabicDot, "1",
       "Workers are paid on time.", "", true},
      {"(2) Scope", Language::kEn, true, K::kNumbered, S::kArabicParen, "2", "Scope", ""},
      // A short title sentence and its body on one line, as the Chinese
      // （一）加强就业服务。建成… is written.
      {"(1) Improving employment services. 120 service stations were built.", Language::kEn, true,
       K::kNumbered, S::kArabicParen, "1", "Improving employment services",
       "120 service stations were built."},
      {"2. Strengthening skills training. RMB250 million was invested.", Language::kEn, true,
       K::kNumbered, S::kArabicDot, "2", "Strengthening skills training",
       "RMB250 million was invested."},
      {"(1) Workers are paid on time and in full, as the law requires. They rest too.",
       Language::kEn, true, K::kNumbered, S::kArabicParen, "1",
       "Workers are paid on time and in full, as the law requires. They rest too.", "", true},
      {"(3) U.S. companies took part.", Language::kEn, true, K::kNumbered, S::kArabicParen, "3",
       "U.S. companies took part.", "", true},
      {"(4) In 2019. Employment rose.", Language::kEn, true, K::kNumbered, S::kArabicParen, "4",
       "In 2019. Employment rose.", "", true},
      {"(b) Wages", Language::kEn, true, K::kNumbered, S::kLetterParen, "2", "Wages", ""},
      {"(iv) Rest", Language::kEn, true, K::kNumbered, S::kRomanParen, "4", "Rest", ""},
      {"Chapter 3: Wages", Language::kEn, true, K::kNumbered, S::kChapter, "3", "Wages", ""},
      {"Section 2 Scope", Language::kEn, true, K::kNumbered, S::kSection, "2", "Scope", ""},
      {"Article 5 Employers shall pay wages.", Language::kEn, true, K::kNumbered, S::kArticle, "5",
       "", "Employers shall pay wages."},
      {"Preface", Language::kEn, true, K::kPreface, S::kNone, "preface", "Preface", ""},
      {"Foreword", Language::kEn, true, K::kPreface, S::kNone, "preface", "Foreword", ""},
      {"INTRODUCTION", Language::kEn, true, K::kIntroduction, S::kNone, "introduction",
       "INTRODUCTION", ""},
      {"Conclusion", Language::kEn, true, K::kConclusion, S::kNone, "conclusion", "Conclusion", ""},
      {"Appendix B: Tables", Language::kEn, true, K::kAppendix, S::kNone, "appendix-2", "Tables", ""},
      {"Appendix", Language::kEn, true, K::kAppendix, S::kNone, "appendix", "Appendix", ""},
      {"V. S. Naipaul wrote it.", Language::kEn, false},
      {"2020. A year", Language::kEn, false},
      {"1.5 million people", Language::kEn, false},
      {"section 2 of the law", Language::kEn, false},
      {"Page 3 of 8", Language::kEn, false},
      {"In conclusion, the policy works.", Language::kEn, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::optional<HeadingMatch> m = MatchHeading(c.text, c.language);
    REQUIRE(m.has_value() == c.matches);
    if (!m) continue;
    CHECK(m->kind == c.kind);
    CHECK(m->style == c.style);
    CHECK(HeadingLabel(*m) == c.label);
    CHECK(c.text.substr(m->title_begin, m->title_end - m->title_begin) == c.title);
    CHECK((m->body_begin > 0 ? c.text.substr(m->body_begin) : std::string()) == c.body);
    CHECK(m->list_item == c.list_item);
  }
}

TEST_CASE("Chinese and Roman numerals", "[document][heading]") {
  const std::vector<std::pair<std::string, int>> chinese = {
      {"一", 1}, {"十", 10}, {"十一", 11}, {"二十", 20}, {"二十三", 23}, {"一百零五", 105},
      {"九百九十九", 999}, {"两", 2}, {"", 0}, {"二二", 0}, {"章", 0}};
  for (const auto& [s, n] : chinese) {
    CAPTURE(s);
    CHECK(ParseChineseNumeral(s) == n);
  }
  const std::vector<std::pair<std::string, int>> roman = {
      {"I", 1}, {"IV", 4}, {"VI", 6}, {"IX", 9}, {"XIV", 14}, {"xl", 40}, {"MCMXCIX", 1999},
      {"IIII", 0}, {"IC", 0}, {"Iv", 0}, {"", 0}, {"ABC", 0}};
  for (const auto& [s, n] : roman) {
    CAPTURE(s);
    CHECK(ParseRomanNumeral(s) == n);
  }
}

TEST_CASE("style ranks order outer before inner", "[document][heading]") {
  CHECK(StyleRank(NumberStyle::kChapter) < StyleRank(NumberStyle::kCounting));
  CHECK(StyleRank(NumberStyle::kCounting) < StyleRank(NumberStyle::kParenCounting));
  CHECK(StyleRank(NumberStyle::kParenCounting) < StyleRank(NumberStyle::kArabicDot));
  CHECK(StyleRank(NumberStyle::kArabicDot) < StyleRank(NumberStyle::kArabicParen));
}

}  // namespace
}  // namespace crosscheck::document
