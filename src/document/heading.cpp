#include "document/heading.h"

#include <array>
#include <cctype>

#include "document/chars.h"

namespace crosscheck::document {
namespace {

using text::Language;

int ChineseDigit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

bool IsChineseNumeralChar(char32_t c) { return ChineseDigit(c) >= 0 || c == U'十' || c == U'百'; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

// Reads a run of Chinese numeral characters at `i`; returns its end (== i if none).
size_t ChineseNumeralEnd(std::string_view s, size_t i) {
  while (i < s.size()) {
    size_t length = 0;
    if (!IsChineseNumeralChar(DecodeAt(s, i, &length))) break;
    i += length;
  }
  return i;
}

// Reads 1-3 ASCII digits (no leading zero) at `i`; returns the value, or 0.
int ArabicOrdinal(std::string_view s, size_t i, size_t* end) {
  size_t j = i;
  while (j < s.size() && IsDigit(s[j]) && j - i < 4) ++j;
  if (j == i || j - i > 3 || s[i] == '0') return 0;
  *end = j;
  return std::stoi(std::string(s.substr(i, j - i)));
}

bool StartsWith(std::string_view s, size_t i, std::string_view prefix) {
  return s.substr(i, prefix.size()) == prefix;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// `s` with spaces removed (Chinese part names are often spaced out: "前 言").
std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!IsSpace(c)) out.push_back(c);
  }
  return out;
}

// Splits the rest of a Chinese item line into title and body at the first "。".
void SplitTitleAndBody(std::string_view text, size_t begin, HeadingMatch* m) {
  m->title_begin = SkipSpaces(text, begin);
  m->title_end = text.size();
  size_t stop = text.find("。", m->title_begin);
  if (stop != std::string_view::npos) {
    m->title_end = stop;
    size_t body = SkipSpaces(text, stop + std::string_view("。").size());
    if (body < text.size()) m->body_begin = body;
  }
  while (m->title_end > m->title_begin && IsSpace(text[m->title_end - 1])) --m->title_end;
}

void TitleToEnd(std::string_view text, size_t begin, HeadingMatch* m) {
  m->title_begin = SkipSpaces(text, begin);
  // "Chapter 1: General Provisions", "第一章 总则".
  if (m->title_begin < text.size() && (text[m->title_begin] == ':' || text[m->title_begin] == '.')) {
    m->title_begin = SkipSpaces(text, m->title_begin + 1);
  }
  m->title_end = text.size();
}

std::optional<HeadingMatch> MatchKeyword(std::string_view text, Language language) {
  struct Keyword {
    std::string_view name;
    SectionKind kind;
  };
  static constexpr std::array<Keyword, 7> kZh = {{
      {"前言", SectionKind::kPreface},
      {"序言", SectionKind::kPreface},
      {"引言", SectionKind::kIntroduction},
      {"导言", SectionKind::kIntroduction},
      {"结束语", SectionKind::kConclusion},
      {"结语", SectionKind::kConclusion},
      {"附录", SectionKind::kAppendix},
  }};
  static constexpr std::array<Keyword, 7> kEn = {{
      {"preface", SectionKind::kPreface},
      {"foreword", SectionKind::kPreface},
      {"introduction", SectionKind::kIntroduction},
      {"conclusion", SectionKind::kConclusion},
      {"conclusions", SectionKind::kConclusion},
      {"concluding remarks", SectionKind::kConclusion},
      {"appendix", SectionKind::kAppendix},
  }};
  HeadingMatch m;
  m.title_begin = 0;
  m.title_end = text.size();
  if (language == Language::kZh) {
    std::string squeezed = WithoutSpaces(text);
    for (const Keyword& k : kZh) {
      if (squeezed == k.name) {
        m.kind = k.kind;
        return m;
      }
      // 附录一, 附录1, 附录A
      if (k.kind == SectionKind::kAppendix && squeezed.rfind(k.name, 0) == 0) {
        std::string_view rest = std::string_view(squeezed).substr(k.name.size());
        int n = ParseChineseNumeral(rest);
        if (n == 0 && !rest.empty() && rest.size() <= 3) {
          size_t end = 0;
          if (ArabicOrdinal(rest, 0, &end) > 0 && end == rest.size()) n = std::stoi(std::string(rest));
          if (rest.size() == 1 && rest[0] >= 'A' && rest[0] <= 'Z') n = rest[0] - 'A' + 1;
        }
        if (n > 0) {
          m.kind = SectionKind::kAppendix;
          m.ordinal = n;
          return m;
        }
      }
    }
    return std::nullopt;
  }
  std::string lower = LowerAscii(text);
  for (const Keyword& k : kEn) {
    if (lower == k.name) {
      m.kind = k.kind;
      return m;
    }
  }
  // "Appendix 2", "Appendix B: Tables", "Appendix II".
  if (lower.rfind("appendix ", 0) == 0) {
    size_t i = SkipSpaces(text, 9), j = i;
    while (j < text.size() && !IsSpace(text[j]) && text[j] != ':' && text[j] != '.') ++j;
    std::string_view token = text.substr(i, j - i);
    int n = 0;
    size_t end = 0;
    if (ArabicOrdinal(token, 0, &end) > 0 && end == token.size()) {
      n = std::stoi(std::string(token));
    } else if (token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z' && token != "I") {
      n = token[0] - 'A' + 1;
    } else {
      n = ParseRomanNumeral(token);
    }
    if (n > 0) {
      m.kind = SectionKind::kAppendix;
      m.ordinal = n;
      TitleToEnd(text, j, &m);
      return m;
    }
  }
  return std::nullopt;
}

// 第一章, 第3条, 第一部分 (Chinese).
std::optional<HeadingMatch> MatchChineseOrdinalUnit(std::string_view text) {
  if (!StartsWith(text, 0, "第")) return std::nullopt;
  size_t i = std::string_view("第").size();
  size_t j = ChineseNumeralEnd(text, i);
  int n = 0;
  if (j > i) {
    n = ParseChineseNumeral(text.substr(i, j - i));
  } else {
    n = ArabicOrdinal(text, i, &j);
  }
  if (n == 0) return std::nullopt;
  struct Unit {
    std::string_view name;
    NumberStyle style;
  };
  static constexpr std::array<Unit, 5> kUnits = {{
      {"编", NumberStyle::kPart},
      {"部分", NumberStyle::kPart},
      {"章", NumberStyle::kChapter},
      {"节", NumberStyle::kSection},
      {"条", NumberStyle::kArticle},
  }};
  for (const Unit& u : kUnits) {
    if (!StartsWith(text, j, u.name)) continue;
    HeadingMatch m;
    m.style = u.style;
    m.ordinal = n;
    size_t after = j + u.name.size();
    if (u.style == NumberStyle::kArticle) {
      // 第一条 为了……。 The article has no title; what follows is its body.
      m.title_begin = m.title_end = after;
      size_t body = SkipSpaces(text, after);
      if (body < text.size()) m.body_begin = body;
    } else {
      TitleToEnd(text, after, &m);
    }
    return m;
  }
  return std::nullopt;
}

// Chapter 1, Section 2, Part III, Article 5 (English).
std::optional<HeadingMatch> MatchEnglishOrdinalUnit(std::string_view text) {
  struct Unit {
    std::string_view name;
    NumberStyle style;
  };
  static constexpr std::array<Unit, 4> kUnits = {{
      {"part ", NumberStyle::kPart},
      {"chapter ", NumberStyle::kChapter},
      {"section ", NumberStyle::kSection},
      {"article ", NumberStyle::kArticle},
  }};
  std::string head = LowerAscii(text.substr(0, 8));
  for (const Unit& u : kUnits) {
    if (head.rfind(u.name, 0) != 0) continue;
    // Only the capitalized form: "section 2 of the Law" in running text is not a heading.
    if (!(text[0] >= 'A' && text[0] <= 'Z')) return std::nullopt;
    size_t i = SkipSpaces(text, u.name.size()), j = i;
    while (j < text.size() && !IsSpace(text[j]) && text[j] != ':' && text[j] != '.') ++j;
    std::string_view token = text.substr(i, j - i);
    size_t end = 0;
    int n = ArabicOrdinal(token, 0, &end);
    if (n == 0 || end != token.size()) n = ParseRomanNumeral(token);
    if (n == 0) return std::nullopt;
    HeadingMatch m;
    m.style = u.style;
    m.ordinal = n;
    if (u.style == NumberStyle::kArticle) {
      m.title_begin = m.title_end = j;
      size_t body = SkipSpaces(text, j);
      if (body < text.size() && (text[body] == '.' || text[body] == ':')) body = SkipSpaces(text, body + 1);
      if (body < text.size()) m.body_begin = body;
    } else {
      TitleToEnd(text, j, &m);
      // "Section 2 of the Law provides ..." is a sentence, not a heading.
      if (EndsSentence(text) && text.size() > 100) return std::nullopt;
    }
    return m;
  }
  return std::nullopt;
}

// True when `s` reads as the title of an item: two to ten words, no digit,
// no comma, ending in a lowercase letter ("Improving employment services";
// not "U.S", "In 2019", "Workers are paid on time, as ...").
bool IsItemTitle(std::string_view s) {
  if (s.empty() || !(s.back() >= 'a' && s.back() <= 'z')) return false;
  int words = 1;
  for (char c : s) {
    if ((c >= '0' && c <= '9') || c == ',' || c == ';' || c == ':') return false;
    words += c == ' ';
  }
  return words >= 2 && words <= 10;
}

// English styles that are headings only on a short line without a final
// period; otherwise the line is a numbered list item. One exception: a
// short title sentence with its body after it on the same line ("(1)
// Improving employment services. 120 service stations were built ..."), the
// way the Chinese （一）加强就业服务。建成… is translated, is an item heading
// with its body, as the Chinese is.
void DecideEnglishItem(std::string_view text, size_t begin, HeadingMatch* m) {
  TitleToEnd(text, begin, m);
  std::string_view rest = text.substr(m->title_begin);
  const size_t stop = rest.find(". ");
  if (stop != std::string_view::npos && IsItemTitle(rest.substr(0, stop))) {
    const size_t body = SkipSpaces(text, m->title_begin + stop + 2);
    if (body < text.size()) {
      m->title_end = m->title_begin + stop;
      m->body_begin = body;
      m->list_item = false;
      return;
    }
  }
  m->list_item = rest.size() > 100 || EndsSentence(rest);
}

}  // namespace

int StyleRank(NumberStyle style) {
  switch (style) {
    case NumberStyle::kNone: return 0;
    case NumberStyle::kPart: return 10;
    case NumberStyle::kChapter: return 20;
    case NumberStyle::kSection: return 30;
    case NumberStyle::kArticle: return 40;
    case NumberStyle::kCounting: return 50;
    case NumberStyle::kParenCounting: return 60;
    case NumberStyle::kArabicDot: return 70;
    case NumberStyle::kArabicParen: return 80;
    case NumberStyle::kLetterParen: return 85;
    case NumberStyle::kRomanParen: return 90;
  }
  return 100;
}

int ParseChineseNumeral(std::string_view s) {
  if (s.empty()) return 0;
  int total = 0, digit = -1;
  bool any = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t length = 0;
    char32_t c = DecodeAt(s, i, &length);
    i += length;
    if (c == U'百' || c == U'十') {
      int unit = c == U'百' ? 100 : 10;
      if (digit == 0) return 0;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      int d = ChineseDigit(c);
      if (d < 0) return 0;
      if (digit > 0) return 0;  // two digits in a row: "二二"
      digit = d;
    }
    any = true;
  }
  if (!any) return 0;
  if (digit > 0) total += digit;
  return total > 999 ? 0 : total;
}

int ParseRomanNumeral(std::string_view s) {
  if (s.empty() || s.size() > 15) return 0;
  auto value = [](char c) {
    switch (c | 0x20) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      case 'l': return 50;
      case 'c': return 100;
      case 'd': return 500;
      case 'm': return 1000;
      default: return 0;
    }
  };
  bool upper = s[0] >= 'A' && s[0] <= 'Z';
  int total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    int v = value(s[i]);
    if (v == 0 || (s[i] >= 'A' && s[i] <= 'Z') != upper) return 0;
    int next = i + 1 < s.size() ? value(s[i + 1]) : 0;
    total += next > v ? -v : v;
  }
  if (total <= 0 || total > 3999) return 0;
  // Accept only the canonical spelling ("IIII" and "IC" are not numerals).
  static constexpr std::array<std::string_view, 13> kSymbols = {
      "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
  static constexpr std::array<int, 13> kValues = {1000, 900, 500, 400, 100, 90, 50,
                                                  40,   10,  9,   5,   4,   1};
  std::string canonical;
  for (int n = total, k = 0; n > 0;) {
    if (n >= kValues[k]) {
      canonical.append(kSymbols[k]);
      n -= kValues[k];
    } else {
      ++k;
    }
  }
  return LowerAscii(canonical) == LowerAscii(s) ? total : 0;
}

std::optional<HeadingMatch> MatchHeading(std::string_view text, Language language) {
  text = Trim(text);
  if (text.empty()) return std::nullopt;
  if (auto m = MatchKeyword(text, language)) return m;
  const bool zh = language == Language::kZh;
  if (zh) {
    if (auto m = MatchChineseOrdinalUnit(text)) return m;
    // 一、
    size_t j = ChineseNumeralEnd(text, 0);
    if (j > 0 && StartsWith(text, j, "、")) {
      int n = ParseChineseNumeral(text.substr(0, j));
      if (n == 0) return std::nullopt;
      HeadingMatch m;
      m.style = NumberStyle::kCounting;
      m.ordinal = n;
      SplitTitleAndBody(text, j + std::string_view("、").size(), &m);
      return m;
    }
  } else {
    if (auto m = MatchEnglishOrdinalUnit(text)) return m;
    // I. Employment in Xinjiang
    size_t j = 0;
    while (j < text.size() && j < 8 && std::string_view("IVXLCDM").find(text[j]) != std::string_view::npos) ++j;
    if (j > 0 && j + 1 < text.size() && text[j] == '.' && IsSpace(text[j + 1])) {
      int n = ParseRomanNumeral(text.substr(0, j));
      size_t title = SkipSpaces(text, j + 1);
      // Two letters at least, so that initials ("V. S. Naipaul") are not read as numbers.
      bool word = title + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[title])) &&
                  std::isalpha(static_cast<unsigned char>(text[title + 1]));
      if (n > 0 && word && text.size() <= 200) {
        HeadingMatch m;
        m.style = NumberStyle::kCounting;
        m.ordinal = n;
        TitleToEnd(text, title, &m);
        return m;
      }
    }
  }
  // (一) (1) (a) (i)
  if (text[0] == '(') {
    size_t close = text.find(')', 1);
    if (close == std::string_view::npos || close > 16) return std::nullopt;
    std::string_view inner = text.substr(1, close - 1);
    HeadingMatch m;
    size_t end = 0;
    if (int n = ParseChineseNumeral(inner); zh && n > 0) {
      m.style = NumberStyle::kParenCounting;
      m.ordinal = n;
    } else if (int a = ArabicOrdinal(inner, 0, &end); a > 0 && end == inner.size()) {
      m.style = NumberStyle::kArabicParen;
      m.ordinal = a;
    } else if (!zh && inner.size() <= 5 && ParseRomanNumeral(inner) > 0 && inner[0] >= 'a' &&
               (inner.size() > 1 || inner == "i" || inner == "v" || inner == "x")) {
      m.style = NumberStyle::kRomanParen;
      m.ordinal = ParseRomanNumeral(inner);
    } else if (!zh && inner.size() == 1 && inner[0] >= 'a' && inner[0] <= 'z') {
      m.style = NumberStyle::kLetterParen;
      m.ordinal = inner[0] - 'a' + 1;
    } else {
      return std::nullopt;
    }
    if (zh) {
      SplitTitleAndBody(text, close + 1, &m);
    } else {
      DecideEnglishItem(text, close + 1, &m);
    }
    return m;
  }
  // 1. 1、
  size_t end = 0;
  if (int n = ArabicOrdinal(text, 0, &end); n > 0 && end < text.size()) {
    HeadingMatch m;
    m.style = NumberStyle::kArabicDot;
    m.ordinal = n;
    if (zh && StartsWith(text, end, "、")) {
      SplitTitleAndBody(text, end + std::string_view("、").size(), &m);
      return m;
    }
    if (text[end] != '.') return std::nullopt;
    // "1.5万人" is a decimal, "1.1" a sub-number: neither is this style.
    if (end + 1 < text.size() && !IsSpace(text[end + 1]) && !zh) return std::nullopt;
    if (end + 1 < text.size() && IsDigit(text[end + 1])) return std::nullopt;
    if (zh) {
      SplitTitleAndBody(text, end + 1, &m);
    } else {
      DecideEnglishItem(text, end + 1, &m);
    }
    return m;
  }
  return std::nullopt;
}

std::string HeadingLabel(const HeadingMatch& match) {
  switch (match.kind) {
    case SectionKind::kPreface: return "preface";
    case SectionKind::kIntroduction: return "introduction";
    case SectionKind::kConclusion: return "conclusion";
    case SectionKind::kAppendix:
      return match.ordinal > 0 ? "appendix-" + std::to_string(match.ordinal) : "appendix";
    case SectionKind::kNumbered: return std::to_string(match.ordinal);
    case SectionKind::kTitled: return "titled";
    case SectionKind::kPreamble: return "preamble";
  }
  return "";
}

}  // namespace crosscheck::document
