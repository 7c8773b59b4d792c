#include "document/markdown.h"

namespace crosscheck::document {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void TrimRange(std::string_view s, size_t* begin, size_t* end) {
  while (*begin < *end && IsSpace(s[*begin])) ++*begin;
  while (*end > *begin && IsSpace(s[*end - 1])) --*end;
}

bool IsRule(std::string_view s) {
  char mark = 0;
  int count = 0;
  for (char c : s) {
    if (IsSpace(c)) continue;
    if (c != '-' && c != '*' && c != '_') return false;
    if (mark != 0 && c != mark) return false;
    mark = c;
    ++count;
  }
  return count >= 3;
}

bool IsDelimiterRow(std::string_view s) {
  bool dash = false;
  for (char c : s) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && !IsSpace(c)) {
      return false;
    }
  }
  return dash;
}

}  // namespace

MarkdownLine ParseMarkdownLine(std::string_view line) {
  MarkdownLine m;
  size_t b = 0, e = line.size();
  TrimRange(line, &b, &e);
  m.content_begin = b;
  m.content_end = e;
  if (b == e) return m;
  std::string_view s = line.substr(b, e - b);
  m.kind = MarkdownLineKind::kPlain;
  if (s.substr(0, 3) == "```" || s.substr(0, 3) == "~~~") {
    m.kind = MarkdownLineKind::kFence;
    return m;
  }
  if (s[0] == '#') {
    size_t d = 0;
    while (d < s.size() && s[d] == '#') ++d;
    if (d <= 6 && (d == s.size() || IsSpace(s[d]))) {
      m.kind = MarkdownLineKind::kHeading;
      m.depth = static_cast<int>(d);
      size_t cb = b + d, ce = e;
      // Optional closing sequence: "## Title ##".
      size_t t = ce;
      while (t > cb && line[t - 1] == '#') --t;
      if (t < ce && (t == cb || IsSpace(line[t - 1]))) ce = t;
      TrimRange(line, &cb, &ce);
      m.content_begin = cb;
      m.content_end = ce;
      return m;
    }
  }
  if (s[0] == '|') {
    m.kind = IsDelimiterRow(s) ? MarkdownLineKind::kTableDelimiter : MarkdownLineKind::kTableRow;
    return m;
  }
  if (IsRule(s)) {
    m.kind = MarkdownLineKind::kRule;
    return m;
  }
  if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && s.size() > 1 && IsSpace(s[1])) {
    m.kind = MarkdownLineKind::kListItem;
    size_t cb = b + 1, ce = e;
    TrimRange(line, &cb, &ce);
    m.content_begin = cb;
    return m;
  }
  return m;
}

void AppendInline(uint32_t line, std::string_view text, size_t begin, size_t end,
                  text::MappedText* out) {
  size_t run = begin;
  size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (c != '*' && c != '_' && c != '`') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < end && text[j] == c) ++j;
    bool before_space = i == begin || IsSpace(text[i - 1]);
    bool after_space = j == end || IsSpace(text[j]);
    bool strip;
    if (c == '`') {
      strip = true;
    } else if (c == '_' && j - i < 2) {
      strip = false;  // snake_case names keep their underscore
    } else if (before_space && after_space) {
      strip = false;  // a lone " * " is text
    } else if (i > begin && j < end && IsDigit(text[i - 1]) && IsDigit(text[j])) {
      strip = false;  // 5*3
    } else {
      strip = true;
    }
    if (strip) {
      out->AppendLine(line, run, i);
      run = j;
    }
    i = j;
  }
  out->AppendLine(line, run, end);
}

void AppendTableRow(uint32_t line, std::string_view text, size_t begin, size_t end,
                    text::MappedText* out) {
  size_t b = begin, e = end;
  if (b < e && text[b] == '|') ++b;
  if (e > b && text[e - 1] == '|' && (e - 1 == b || text[e - 2] != '\\')) --e;
  bool first = true;
  size_t cell = b;
  for (size_t i = b; i <= e; ++i) {
    if (i < e && (text[i] != '|' || (i > b && text[i - 1] == '\\'))) continue;
    size_t cb = cell, ce = i;
    TrimRange(text, &cb, &ce);
    if (cb < ce) {
      if (!first) out->AppendSynthetic(" ");
      AppendInline(line, text, cb, ce, out);
      first = false;
    }
    cell = i + 1;
  }
}

}  // namespace crosscheck::document
