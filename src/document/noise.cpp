#include "document/noise.h"

#include <string>
#include <unordered_map>

#include "document/chars.h"

namespace crosscheck::document {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Consumes ASCII digits at *i; true when there was at least one.
bool Digits(std::string_view s, size_t* i) {
  size_t start = *i;
  while (*i < s.size() && IsDigit(s[*i]) && *i - start < 5) ++*i;
  return *i > start;
}

void Spaces(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t')) ++*i;
}

bool Literal(std::string_view s, size_t* i, std::string_view lit) {
  if (s.substr(*i, lit.size()) != lit) return false;
  *i += lit.size();
  return true;
}

bool Dash(std::string_view s, size_t* i) {
  for (std::string_view d : {"-", "–", "—", "―", "－"}) {
    if (Literal(s, i, d)) return true;
  }
  return false;
}

bool LiteralNoCase(std::string_view s, size_t* i, std::string_view lower) {
  if (*i + lower.size() > s.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    char c = s[*i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  *i += lower.size();
  return true;
}

}  // namespace

bool IsPageMarker(std::string_view line) {
  std::string_view s = Trim(line);
  if (s.empty()) return false;
  size_t i = 0;
  // 3 / 8
  if (Digits(s, &i)) {
    Spaces(s, &i);
    if (!Literal(s, &i, "/")) return false;
    Spaces(s, &i);
    return Digits(s, &i) && i == s.size();
  }
  // - 3 -
  if (Dash(s, &i)) {
    Spaces(s, &i);
    if (!Digits(s, &i)) return false;
    Spaces(s, &i);
    return Dash(s, &i) && i == s.size();
  }
  // 第 3 页, 第3页 共8页, 第 3 页/共 8 页
  if (Literal(s, &i, "第")) {
    Spaces(s, &i);
    if (!Digits(s, &i)) return false;
    Spaces(s, &i);
    if (!Literal(s, &i, "页")) return false;
    Spaces(s, &i);
    if (i == s.size()) return true;
    Literal(s, &i, "/") || Literal(s, &i, ",");
    Spaces(s, &i);
    if (!Literal(s, &i, "共")) return false;
    Spaces(s, &i);
    if (!Digits(s, &i)) return false;
    Spaces(s, &i);
    return Literal(s, &i, "页") && i == s.size();
  }
  // Page 3, Page 3 of 8, Page 3 / 8
  if (LiteralNoCase(s, &i, "page")) {
    Spaces(s, &i);
    if (!Digits(s, &i)) return false;
    Spaces(s, &i);
    if (i == s.size()) return true;
    if (!LiteralNoCase(s, &i, "of") && !Literal(s, &i, "/")) return false;
    Spaces(s, &i);
    return Digits(s, &i) && i == s.size();
  }
  return false;
}

std::vector<std::optional<NoiseKind>> FindNoise(const std::vector<std::string_view>& lines,
                                                const std::vector<text::Pattern>& patterns) {
  const size_t n = lines.size();
  std::vector<std::optional<NoiseKind>> noise(n);
  for (size_t i = 0; i < n; ++i) {
    if (IsPageMarker(lines[i])) noise[i] = NoiseKind::kPageMarker;
  }
  if (!patterns.empty()) {
    bool title_seen = false;
    for (size_t i = 0; i < n; ++i) {
      if (lines[i].empty() || noise[i]) continue;
      bool title = !title_seen;
      title_seen = true;
      if (title) continue;
      for (const text::Pattern& pattern : patterns) {
        if (pattern.Find(lines[i])) {
          noise[i] = NoiseKind::kPattern;
          break;
        }
      }
    }
  }
  // Is the line next to a page marker, with only blank lines between?
  auto near_marker = [&](size_t i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (noise[j] == NoiseKind::kPageMarker) return true;
      if (!lines[j].empty()) break;
    }
    for (size_t j = i; j-- > 0;) {
      if (noise[j] == NoiseKind::kPageMarker) return true;
      if (!lines[j].empty()) break;
    }
    return false;
  };
  struct Tally {
    size_t count = 0;
    size_t near_marker = 0;
    size_t first = 0;
  };
  std::unordered_map<std::string_view, Tally> tallies;
  size_t first_text = n;
  for (size_t i = 0; i < n; ++i) {
    std::string_view s = lines[i];
    if (s.empty() || noise[i]) continue;
    if (first_text == n) first_text = i;
    if (CodePointCount(s) > 80 || EndsSentence(s)) continue;
    Tally& t = tallies[s];
    if (t.count == 0) t.first = i;
    ++t.count;
    if (near_marker(i)) ++t.near_marker;
  }
  for (size_t i = 0; i < n; ++i) {
    std::string_view s = lines[i];
    if (s.empty() || noise[i]) continue;
    auto it = tallies.find(s);
    if (it == tallies.end() || it->second.count < 3) continue;
    const Tally& t = it->second;
    bool is_title = first_text < n && lines[first_text] == s;
    bool running = 2 * t.near_marker >= t.count || is_title;
    if (!running) continue;
    // The first occurrence at the top of the document is its title, not noise.
    if (i == t.first && i == first_text) continue;
    noise[i] = NoiseKind::kRunningHeader;
  }
  return noise;
}

}  // namespace crosscheck::document
