// Heading recognition: does a line open a section, and with which number?
//
// Works on one line of normalized text with Markdown heading marks already
// removed. Knows the numbering styles of Chinese and English official
// documents and the unnumbered part names (前言, Preface, ...). Whether a
// line that looks like a heading really is one also depends on its
// neighbours (a "1." line continuing a paragraph); the parser decides that.
#ifndef CROSSCHECK_DOCUMENT_HEADING_H_
#define CROSSCHECK_DOCUMENT_HEADING_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "document/document.h"
#include "text/language.h"

namespace crosscheck::document {

enum class NumberStyle {
  kNone,         // unnumbered: 前言, Preface, Conclusion, ...
  kPart,         // 第一编, 第一部分, Part 1
  kChapter,      // 第一章, Chapter 1
  kSection,      // 第一节, Section 1
  kArticle,      // 第一条, Article 1 (the text that follows is the article's body)
  kCounting,     // 一、 and I. (Roman)
  kParenCounting,  // （一）, (一)
  kArabicDot,    // 1. 1、 (English: only a short unpunctuated line; else a list item)
  kArabicParen,  // （1）, (1)
  kLetterParen,  // (a)
  kRomanParen,   // (i), (iv)
};

// Outer styles have lower ranks; a heading nests under open headings of
// lower rank and closes those of equal or higher rank.
int StyleRank(NumberStyle style);

struct HeadingMatch {
  SectionKind kind = SectionKind::kNumbered;
  NumberStyle style = NumberStyle::kNone;
  int ordinal = 0;  // 1-based; 0 when unnumbered
  // The title is text[title_begin, title_end); the number is before it.
  size_t title_begin = 0;
  size_t title_end = 0;
  // When the line goes on after the title (an item heading with its body,
  // "（三）实施…行动。围绕…"), the body starts at body_begin; else 0.
  size_t body_begin = 0;
  // A numbered line that reads as a list item rather than a heading (an
  // English "1. Workers are paid on time."); the item text is the title.
  bool list_item = false;
};

// Recognizes `text` (a trimmed, normalized line) as a heading in
// `language`. Returns nullopt for anything else, including page markers
// ("第 3 页"), dates ("2020 年 9 月") and decimals ("1.5万人").
std::optional<HeadingMatch> MatchHeading(std::string_view text, text::Language language);

// The canonical label of a heading (see document.h): "3", "preface",
// "appendix", "appendix-2".
std::string HeadingLabel(const HeadingMatch& match);

// Chinese numerals 一 … 九百九十九 (with 〇/零/两); 0 when `s` is not one.
int ParseChineseNumeral(std::string_view s);
// Roman numerals I … MMMCMXCIX, either case; 0 when `s` is not one.
int ParseRomanNumeral(std::string_view s);

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_HEADING_H_
