#include "drift/drift_injector.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "quantity/decimal.h"

namespace crosscheck::drift {
namespace {

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const std::string& Zh() {
  static const std::string text = ReadCorpus("labor-rights-2020.zh.txt");
  return text;
}
const std::string& En() {
  static const std::string text = ReadCorpus("labor-rights-2020.en.txt");
  return text;
}
const std::vector<Mutation>& CorpusMutations() {
  static const std::vector<Mutation> mutations = InjectDrift(Zh(), En());
  return mutations;
}

const Mutation* Find(const std::vector<Mutation>& mutations, const std::string& id) {
  for (const Mutation& m : mutations) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

// The figure as an exact decimal: separators dropped, "RMB"/"US$" ignored.
bool ParseFigure(std::string text, quantity::Decimal* out) {
  std::string digits;
  for (char c : text) {
    if ((c >= '0' && c <= '9') || c == '.') digits += c;
  }
  return !digits.empty() && quantity::Decimal::Parse(digits, out);
}

TEST_CASE("drift: corpus mutation counts per side and kind") {
  std::map<std::string, int> counts;
  for (const Mutation& m : CorpusMutations()) {
    ++counts[std::string(SideName(m.side)) + " " + std::string(KindName(m.kind))];
  }
  struct Case {
    const char* key;
    int count;
  };
  const Case cases[] = {
      {"zh digit", 16},
      {"en digit", 16},
      {"zh year", 8},
      {"en year", 8},
      {"zh percent", 10},
      {"en percent", 10},
      {"zh magnitude", 8},
      {"en magnitude", 8},
      {"zh percent-points", 6},
      {"en percent-points", 6},
      {"zh currency", 6},
      {"en currency", 6},
      {"zh spelled-number", 9},
      {"en spelled-number", 14},
      {"zh sentence-deleted", 10},
      {"en sentence-deleted", 10},
      {"zh paragraph-deleted", 8},
      {"en paragraph-deleted", 8},
      {"zh section-deleted", 8},
      {"en section-deleted", 8},
      {"zh number-added", 8},
      {"en number-added", 8},
      {"zh heading-renumbered", 12},
      {"en heading-renumbered", 12},
      {"zh list-item-dropped", 8},
      {"en list-item-dropped", 20},
  };
  int total = 0;
  for (const Case& c : cases) {
    CAPTURE(c.key);
    CHECK(counts[c.key] == c.count);
    total += c.count;
  }
  CHECK(counts.size() == std::size(cases));
  CHECK(CorpusMutations().size() == static_cast<size_t>(total));
  CHECK(total == 251);
}

TEST_CASE("drift: selected corpus mutations are exactly as described") {
  struct Case {
    const char* id;
    LineRange original;
    LineRange mutated;
    const char* before;
    const char* after;
  };
  const Case cases[] = {
      {"zh-digit-L40-3", {40, 40}, {40, 40}, "47.12", "77.12"},
      {"zh-year-L40-2", {40, 40}, {40, 40}, "2019", "2018"},
      {"zh-percent-L58-1", {58, 58}, {58, 58}, "90.36", "60.36"},
      {"zh-magnitude-L40-5", {40, 40}, {40, 40}, "万", "亿"},
      {"zh-percent-points-L68-1", {68, 68}, {68, 68}, "%", "个百分点"},
      {"zh-currency-L60-1", {60, 60}, {60, 60}, "元", "美元"},
      {"zh-spelled-number-L56-2", {56, 56}, {56, 56}, "三", "五"},
      {"zh-heading-renumbered-L50-1", {50, 50}, {50, 50}, "二", "三"},
      {"zh-list-item-dropped-L15-1", {15, 15}, {15, 14}, " - 二、大力实施积极的就业政策", ""},
      {"zh-section-deleted-L134-1", {133, 144}, {133, 132}, "", ""},
      {"en-digit-L51-4", {51, 51}, {51, 51}, "148,000", "448,000"},
      {"en-magnitude-L131-1", {131, 131}, {131, 131}, " billion", " million"},
      {"en-percent-points-L51-2", {51, 51}, {51, 51}, " percent", " percentage points"},
      {"en-currency-L66-2", {66, 66}, {66, 66}, "RMB", "US$"},
      {"en-spelled-number-L179-1", {179, 179}, {179, 179}, "eight", "nine"},
      {"en-heading-renumbered-L81-1", {81, 81}, {81, 81}, "II", "III"},
      {"en-list-item-dropped-L23-1", {23, 26}, {23, 22}, "", ""},
      {"en-list-item-dropped-L132-1", {132, 134}, {132, 131}, "", ""},
      {"en-paragraph-deleted-L59-1", {59, 62}, {59, 58}, "", ""},
      {"en-section-deleted-L81-1", {81, 140}, {81, 80}, "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.id);
    const Mutation* m = Find(CorpusMutations(), c.id);
    REQUIRE(m != nullptr);
    CHECK(m->original == c.original);
    CHECK(m->mutated == c.mutated);
    if (!RemovesLines(m->kind)) {
      CHECK(m->before == c.before);
      CHECK(m->after == c.after);
    } else if (std::string(c.before).size() > 0) {
      CHECK(m->before == c.before);
    }
  }
}

TEST_CASE("drift: every corpus mutation differs from the original exactly where it says") {
  const std::vector<std::string_view> zh = SplitLines(Zh());
  const std::vector<std::string_view> en = SplitLines(En());
  std::set<std::string> ids;
  for (const Mutation& m : CorpusMutations()) {
    CAPTURE(m.id, m.description);
    CHECK(ids.insert(m.id).second);
    const std::vector<std::string_view>& original = m.side == Side::kZh ? zh : en;
    const std::vector<std::string_view> mutated = SplitLines(m.text);
    REQUIRE(m.text != (m.side == Side::kZh ? Zh() : En()));

    // Same number of lines but for the removed ones.
    const size_t removed = m.original.last - m.original.first + 1;
    const size_t added = m.mutated.empty() ? 0 : m.mutated.last - m.mutated.first + 1;
    REQUIRE(mutated.size() == original.size() - removed + added);
    CHECK(m.mutated.first == m.original.first);
    CHECK(RemovesLines(m.kind) == m.mutated.empty());

    // Every line outside the change is untouched and MapLine finds it.
    for (size_t n = 1; n <= original.size(); ++n) {
      if (m.original.Contains(n)) continue;
      size_t mapped = m.MapLine(n);
      CAPTURE(n, mapped);
      REQUIRE(mapped >= 1);
      REQUIRE(mapped <= mutated.size());
      CHECK(mutated[mapped - 1] == original[n - 1]);
    }
    // The vicinity is made of non-blank mutated lines at the change.
    REQUIRE(m.vicinity.first >= 1);
    REQUIRE(m.vicinity.last <= mutated.size());
    CHECK(!mutated[m.vicinity.first - 1].empty());
    CHECK(!mutated[m.vicinity.last - 1].empty());
    CHECK(m.vicinity.first <= m.mutated.first);
    CHECK(m.vicinity.last + 1 >= m.mutated.first);

    if (m.mutated.empty()) {
      // A deletion removes lines that hold something, and nothing else.
      bool content = false;
      for (size_t n = m.original.first; n <= m.original.last; ++n) {
        content = content || !original[n - 1].empty();
        CHECK(m.MapLine(n) == 0);
      }
      CHECK(content);
      continue;
    }
    // An in-place edit changes one line: `before` replaced by `after` once.
    REQUIRE(m.original.first == m.original.last);
    const std::string old_line(original[m.original.first - 1]);
    const std::string new_line(mutated[m.original.first - 1]);
    CHECK(old_line != new_line);
    size_t prefix = 0;
    while (prefix < old_line.size() && prefix < new_line.size() &&
           old_line[prefix] == new_line[prefix]) {
      ++prefix;
    }
    bool found = false;
    for (size_t at = 0; at <= old_line.size() && !found; ++at) {
      if (old_line.compare(at, m.before.size(), m.before) != 0) continue;
      std::string rebuilt = old_line;
      rebuilt.replace(at, m.before.size(), m.after);
      found = rebuilt == new_line;
    }
    CHECK(found);
  }
}

TEST_CASE("drift: a changed figure is a figure and its value really changed") {
  for (const Mutation& m : CorpusMutations()) {
    if (m.kind != Kind::kDigit && m.kind != Kind::kYear && m.kind != Kind::kPercent) continue;
    CAPTURE(m.id, m.before, m.after);
    quantity::Decimal before, after;
    REQUIRE(ParseFigure(m.before, &before));
    REQUIRE(ParseFigure(m.after, &after));
    CHECK(before != after);
    CHECK(m.before.size() == m.after.size());
    // A digit edit keeps the written precision and moves the leading digit,
    // so the change is at least a tenth of the value.
    quantity::Decimal difference = before > after ? before - after : after - before;
    if (m.kind == Kind::kYear) {
      CHECK(difference == quantity::Decimal(1));
    } else {
      CHECK(difference * quantity::Decimal(10) >= before);
    }
  }
}

TEST_CASE("drift: unit edits swap exactly the unit word") {
  const std::set<std::pair<std::string, std::string>> allowed = {
      {"万", "亿"},
      {"亿", "万"},
      {" million", " billion"},
      {" billion", " million"},
      {"%", "个百分点"},
      {"个百分点", "%"},
      {" percent", " percentage points"},
      {" percentage points", " percent"},
      {"元", "美元"},
      {"RMB", "US$"},
  };
  for (const Mutation& m : CorpusMutations()) {
    if (m.kind != Kind::kMagnitude && m.kind != Kind::kPercentPoints && m.kind != Kind::kCurrency) {
      continue;
    }
    CAPTURE(m.id, m.before, m.after);
    CHECK(allowed.count({m.before, m.after}) == 1);
    // The unit belongs to a figure written just before it (or after, for RMB).
    const std::string line(SplitLines(m.text)[m.mutated.first - 1]);
    CHECK(line.find_first_of("0123456789") != std::string::npos);
  }
}

TEST_CASE("drift: deleted and added text holds a figure found nowhere else in the pair") {
  for (const Mutation& m : CorpusMutations()) {
    CAPTURE(m.id, m.before, m.after);
    if (m.kind == Kind::kSentenceDeleted || m.kind == Kind::kParagraphDeleted) {
      CHECK(m.before.find_first_of("0123456789") != std::string::npos);
    }
    if (m.kind == Kind::kNumberAdded) {
      std::string digits;
      for (char c : m.after) {
        if (c >= '0' && c <= '9') digits += c;
      }
      while (!digits.empty() && digits.back() == '0') digits.pop_back();
      REQUIRE(digits.size() == 4);
      std::string both;
      for (char c : Zh() + En()) {
        if (c != ',' && c != '.' && c != ' ') both += c;
      }
      CHECK(both.find(digits) == std::string::npos);
    }
  }
}

TEST_CASE("drift: headings, their contents entries and sections are tied together") {
  struct Case {
    const char* id;
    std::vector<size_t> related;
  };
  const Case cases[] = {
      {"zh-heading-renumbered-L15-1", {50}},  // contents entry → body heading
      {"zh-heading-renumbered-L50-1", {15}},  // body heading → contents entry
      {"zh-list-item-dropped-L15-1", {49}},   // heading 50, one line earlier now
      {"zh-list-item-dropped-L12-1", {20}},   // 前言 at 22, two lines removed
      {"zh-section-deleted-L50-1", {15}},
      {"en-heading-renumbered-L81-1", {15}},
      {"en-list-item-dropped-L23-1", {245}},  // VI. at 249, four lines removed
      {"en-section-deleted-L269-1", {27}},
      {"en-list-item-dropped-L65-1", {}},  // a bullet has no heading
      {"zh-digit-L40-3", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.id);
    const Mutation* m = Find(CorpusMutations(), c.id);
    REQUIRE(m != nullptr);
    CHECK(m->related == c.related);
  }
}

TEST_CASE("drift: the same input gives the same mutations") {
  const std::vector<Mutation> again = InjectDrift(Zh(), En());
  REQUIRE(again.size() == CorpusMutations().size());
  for (size_t k = 0; k < again.size(); ++k) {
    CAPTURE(k);
    CHECK(again[k].id == CorpusMutations()[k].id);
    CHECK(again[k].text == CorpusMutations()[k].text);
  }
}

TEST_CASE("drift: names, ordinals and glued digits are not figures") {
  // One line per side with figures that must and must not be touched.
  const std::string zh =
      "目 录\n\n前言\n\n前 言\n\n在 Covid-19 期间，2019 年就业 12.5 万人，同比增长 4.5%。\n";
  const std::string en =
      "Contents\n\nPreface\n\nPreface\n\nSince the 18th Congress and Covid-19, RMB23,200 "
      "and 1,406 firms grew 7 percent in 2019.\n";
  const std::vector<Mutation> mutations = InjectDrift(zh, en);
  std::map<std::string, std::vector<std::string>> befores;
  for (const Mutation& m : mutations) {
    if (m.kind == Kind::kDigit || m.kind == Kind::kYear || m.kind == Kind::kPercent) {
      befores[std::string(SideName(m.side)) + " " + std::string(KindName(m.kind))].push_back(
          m.before);
    }
  }
  CHECK(befores["zh digit"] == std::vector<std::string>{"12.5"});
  CHECK(befores["zh year"] == std::vector<std::string>{"2019"});
  CHECK(befores["zh percent"] == std::vector<std::string>{"4.5"});
  CHECK(befores["en digit"] == std::vector<std::string>{"23,200", "1,406"});
  CHECK(befores["en year"] == std::vector<std::string>{"2019"});
  CHECK(befores["en percent"] == std::vector<std::string>{"7"});
}

TEST_CASE("drift: a paragraph split by a page break is deleted whole") {
  const std::string zh =
      "目 录\n\n前言\n\n前 言\n\n第一段有 12 个，延续到\n\n下一行 34 个。\n\n第二段 5 个。\n";
  const std::string en = "Contents\n\nPreface\n\nPreface\n\nNo figures here.\n";
  const std::vector<Mutation> mutations = InjectDrift(zh, en);
  std::vector<std::string> ids;
  for (const Mutation& m : mutations) {
    if (m.kind == Kind::kParagraphDeleted) {
      ids.push_back(m.id);
      if (m.id == "zh-paragraph-deleted-L7-1") {
        CHECK(m.original == LineRange{7, 10});
        CHECK(m.text == "目 录\n\n前言\n\n前 言\n\n第二段 5 个。\n");
        CHECK(m.vicinity == LineRange{5, 7});
      }
    }
  }
  CHECK(ids == std::vector<std::string>{"zh-paragraph-deleted-L7-1", "zh-paragraph-deleted-L11-1"});
}

TEST_CASE("drift: MapLine across a deletion and an in-place edit") {
  Mutation deletion;
  deletion.original = {5, 7};
  deletion.mutated = {5, 4};
  Mutation edit;
  edit.original = {5, 5};
  edit.mutated = {5, 5};
  struct Case {
    size_t line;
    size_t deleted;
    size_t edited;
  };
  const Case cases[] = {{1, 1, 1}, {4, 4, 4}, {5, 0, 5}, {7, 0, 7}, {8, 5, 8}, {20, 17, 20}};
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(deletion.MapLine(c.line) == c.deleted);
    CHECK(edit.MapLine(c.line) == c.edited);
  }
}

}  // namespace
}  // namespace crosscheck::drift
