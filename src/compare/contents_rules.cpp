#include "compare/contents_rules.h"

#include <algorithm>
#include <optional>
#include <string>

#include "compare/describe.h"
#include "compare/rules.h"

namespace crosscheck::compare {
namespace {

std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t') continue;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

}  // namespace

void CompareContents(const Side& zh, const Side& en, std::vector<Finding>* findings) {
  auto add = [&](std::string message, std::optional<Location> z, std::optional<Location> e) {
    Finding f;
    f.rule = "structure.toc-mismatch";
    f.severity = FindRule(f.rule)->severity;
    f.message = std::move(message);
    f.zh = std::move(z);
    f.en = std::move(e);
    findings->push_back(std::move(f));
  };
  // Each side's contents against its own headings.
  for (const Side* side : {&zh, &en}) {
    bool is_zh = side == &zh;
    for (const ContentsView& entry : side->contents) {
      if (entry.label.empty()) continue;
      const SectionView* heading = nullptr;
      for (const SectionView& s : side->sections) {
        if (s.label == entry.label && s.heading_line != 0) {
          heading = &s;
          break;
        }
      }
      Location at{entry.line, entry.column, entry.text, "contents:" + entry.text};
      if (!heading) {
        add(std::string("contents entry '") + entry.title + "' has no heading in the body",
            is_zh ? std::optional(at) : std::nullopt, is_zh ? std::nullopt : std::optional(at));
      } else if (Squash(heading->title) != Squash(entry.title)) {
        add("contents entry '" + entry.title + "' differs from its heading '" + heading->title +
                "' (line " + std::to_string(heading->heading_line) + ")",
            is_zh ? std::optional(at) : std::nullopt, is_zh ? std::nullopt : std::optional(at));
      }
    }
  }
  // Each side's top-level headings should be listed in its own contents.
  for (const Side* side : {&zh, &en}) {
    if (side->contents.empty()) continue;
    bool is_zh = side == &zh;
    for (const SectionView& s : side->sections) {
      if (s.level != 1 || s.heading_line == 0 || s.label.empty()) continue;
      bool listed = std::any_of(side->contents.begin(), side->contents.end(),
                                [&](const ContentsView& c) { return c.label == s.label; });
      if (listed) continue;
      Location at = HeadingLocation(s);
      add("heading '" + s.title + "' is not listed in the contents",
          is_zh ? std::optional(at) : std::nullopt, is_zh ? std::nullopt : std::optional(at));
    }
  }
  // The two contents against each other.
  if (zh.contents.empty() != en.contents.empty()) {
    const Side& has = zh.contents.empty() ? en : zh;
    Location at{has.contents.front().line, has.contents.front().column, has.contents.front().text,
                "contents:" + has.contents.front().text};
    add(std::string("only the ") + (zh.contents.empty() ? "English" : "Chinese") +
            " version has a table of contents",
        zh.contents.empty() ? std::nullopt : std::optional(at),
        zh.contents.empty() ? std::optional(at) : std::nullopt);
    return;
  }
  for (const ContentsView& z : zh.contents) {
    if (z.label.empty()) continue;
    bool found = std::any_of(en.contents.begin(), en.contents.end(),
                             [&](const ContentsView& e) { return e.label == z.label; });
    if (!found) {
      add("contents entry '" + z.title + "' is not in the English contents",
          Location{z.line, z.column, z.text, "contents:" + z.text}, std::nullopt);
    }
  }
  for (const ContentsView& e : en.contents) {
    if (e.label.empty()) continue;
    bool found = std::any_of(zh.contents.begin(), zh.contents.end(),
                             [&](const ContentsView& z) { return z.label == e.label; });
    if (!found) {
      add("contents entry '" + e.title + "' is not in the Chinese contents", std::nullopt,
          Location{e.line, e.column, e.text, "contents:" + e.text});
    }
  }
}

}  // namespace crosscheck::compare
