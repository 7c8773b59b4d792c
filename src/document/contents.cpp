#include "document/contents.h"

#include <string>
#include <unordered_set>

#include "document/chars.h"
#include "document/heading.h"
#include "document/markdown.h"

namespace crosscheck::document {
namespace {

// Lower-case ASCII, spaces removed: "前 言" and "前言" are the same entry.
std::string Key(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

// The entry text without list marker, dot leaders and page number.
std::string_view EntryText(std::string_view line) {
  MarkdownLine m = ParseMarkdownLine(line);
  std::string_view s = line.substr(m.content_begin, m.content_end - m.content_begin);
  size_t e = s.size();
  size_t digits = e;
  while (digits > 0 && s[digits - 1] >= '0' && s[digits - 1] <= '9') --digits;
  if (digits < e) {
    // Only a page number after a leader or a wide gap, not "Article 5".
    size_t k = digits;
    bool leader = false;
    while (k > 0) {
      size_t b = 0;
      char32_t c = DecodeBefore(s, k, &b);
      if (c == '.' || c == U'…' || c == U'·' || c == '\t' || c == U'⋯') {
        leader = true;
      } else if (c != ' ') {
        break;
      }
      k = b;
    }
    if (leader || digits - k >= 3) e = k;
  }
  return Trim(s.substr(0, e));
}

}  // namespace

bool IsContentsMarker(std::string_view line) {
  MarkdownLine m = ParseMarkdownLine(line);
  std::string key = Key(line.substr(m.content_begin, m.content_end - m.content_begin));
  return key == "目录" || key == "contents" || key == "tableofcontents";
}

ContentsRead ReadContents(const std::vector<std::string_view>& lines,
                          const std::vector<bool>& skip, size_t start, text::Language language) {
  ContentsRead read;
  std::unordered_set<std::string> seen;
  std::string last_full;         // the last entry's text with its number
  std::vector<int> open_ranks;   // numbering styles open above the entry
  size_t i = start;
  for (; i < lines.size(); ++i) {
    if (skip[i]) continue;
    std::string_view text = EntryText(lines[i]);
    if (text.empty()) continue;
    std::string key = Key(text);
    if (seen.count(key) > 0) break;  // the body starts: its first heading again
    if (CodePointCount(text) > 100 || EndsSentence(text)) break;
    std::optional<HeadingMatch> match = MatchHeading(text, language);
    if (match && match->list_item) break;
    const uint32_t line = static_cast<uint32_t>(i + 1);
    if (!match && !read.entries.empty() && !read.entries.back().label.empty()) {
      // A wrapped entry: "VI. Application of ... Rights" + "Standards".
      ContentsEntry& last = read.entries.back();
      if (language != text::Language::kZh) last.title.push_back(' ');
      last.title.append(text);
      last.last_line = line;
      if (language != text::Language::kZh) last_full.push_back(' ');
      last_full.append(text);
      seen.insert(Key(last_full));
      continue;
    }
    ContentsEntry entry;
    entry.line = entry.last_line = line;
    if (match) {
      entry.kind = match->kind;
      entry.label = HeadingLabel(*match);
      entry.title = std::string(Trim(text.substr(match->title_begin)));
      if (entry.title.empty()) entry.title = std::string(text);
      if (match->kind == SectionKind::kNumbered) {
        int rank = StyleRank(match->style);
        while (!open_ranks.empty() && open_ranks.back() >= rank) open_ranks.pop_back();
        open_ranks.push_back(rank);
        entry.level = static_cast<int>(open_ranks.size());
      } else {
        open_ranks.clear();
        entry.level = 1;
      }
    } else {
      entry.kind = SectionKind::kTitled;
      entry.title = std::string(text);
    }
    seen.insert(key);
    last_full = std::string(text);
    read.entries.push_back(std::move(entry));
  }
  // Trailing blank and noise lines belong to whatever follows.
  read.end = i;
  return read;
}

}  // namespace crosscheck::document
