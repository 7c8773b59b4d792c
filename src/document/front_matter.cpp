#include "document/front_matter.h"

#include <array>
#include <string>

#include "document/chars.h"

namespace crosscheck::document {
namespace {

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Only digits, 年月日, spaces and brackets, with 年 and a digit.
bool IsChineseDate(std::string_view s) {
  bool year = false, digit = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t length = 0;
    char32_t c = DecodeAt(s, i, &length);
    i += length;
    if (IsDigit(c)) {
      digit = true;
    } else if (c == U'年') {
      year = true;
    } else if (c != U'月' && c != U'日' && c != ' ' && c != '(' && c != ')') {
      return false;
    }
  }
  return year && digit;
}

// "September 2020", "(17 September 2020)", "September 17, 2020".
bool IsEnglishDate(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower = Lower(s);
  bool month = false, year = false;
  size_t i = 0;
  while (i < lower.size()) {
    char c = lower[i];
    if (c == ' ' || c == '(' || c == ')' || c == ',') {
      ++i;
      continue;
    }
    size_t j = i;
    if (IsDigit(c)) {
      while (j < lower.size() && IsDigit(lower[j])) ++j;
      if (j - i == 4) year = true;
      else if (j - i > 2) return false;
    } else {
      while (j < lower.size() && lower[j] >= 'a' && lower[j] <= 'z') ++j;
      if (j == i) return false;
      std::string_view word = std::string_view(lower).substr(i, j - i);
      bool known = false;
      for (std::string_view m : kMonths) known = known || word == m;
      if (!known || month) return false;
      month = true;
    }
    i = j;
  }
  return month && year;
}

// 新就发〔2021〕2号, 国发[2020]12号, 国办发〔2021〕第3号
bool IsDocumentNumber(std::string_view s) {
  if (!EndsWith(s, "号")) return false;
  for (std::string_view open : {"〔", "[", "【"}) {
    size_t p = s.find(open);
    if (p == std::string_view::npos) continue;
    size_t i = p + open.size(), digits = 0;
    while (i < s.size() && IsDigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
    if (digits == 4) return true;
  }
  return false;
}

}  // namespace

FrontLineKind ClassifyFrontLine(std::string_view line, text::Language language) {
  std::string_view s = Trim(line);
  if (s.empty()) return FrontLineKind::kNone;
  if (IsChineseDate(s) || IsEnglishDate(s)) return FrontLineKind::kDate;
  if (IsDocumentNumber(s)) return FrontLineKind::kDocumentNumber;
  std::string lower = Lower(s);
  if (EndsWith(s, "如下:") || EndsWith(s, "如下：") || EndsWith(lower, "as follows:") ||
      EndsWith(lower, "full text:") || EndsWith(lower, "full text is as follows.")) {
    return FrontLineKind::kLeadIn;
  }
  const size_t limit = language == text::Language::kZh ? 40 : 100;
  if (CodePointCount(s) > limit) return FrontLineKind::kNone;
  char32_t last = LastSignificant(s);
  switch (last) {
    case U'。': case '.': case ',': case U'、': case ';': case ':': case '!': case '?':
      return FrontLineKind::kNone;
    default:
      return FrontLineKind::kTitle;
  }
}

}  // namespace crosscheck::document
