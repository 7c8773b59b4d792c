// Drift injector: single-change copies of a Chinese/English document pair.
//
// The yardstick for `crosscheck compare` (issue 4, "Measured quality"). Each
// Mutation changes one side of the pair in one place — a figure, a unit, a
// sentence, a paragraph, a section, a heading number, a list item — and keeps
// the other side untouched. A good comparison reports every one of them and
// points at the changed line or at its counterpart; catch_rate_test.cpp
// measures that.
//
// Targets are chosen deterministically from the text (every k-th candidate of
// each kind), so the same input always gives the same list, in the same
// order, with the same ids. The injector works on raw lines with small
// scanners of its own rather than on the crosscheck document model: the
// yardstick must not share the bugs of what it measures.
#ifndef CROSSCHECK_TESTS_DRIFT_DRIFT_INJECTOR_H_
#define CROSSCHECK_TESTS_DRIFT_DRIFT_INJECTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::drift {

enum class Side { kZh, kEn };

enum class Kind {
  kDigit,              // the leading digit of a figure changed: 1135.24万 → 4135.24万
  kYear,               // a year shifted by one: 2014年 → 2015年
  kPercent,            // the leading digit of a percentage changed: 17.2% → 47.2%
  kMagnitude,          // 万 ↔ 亿, million ↔ billion
  kPercentPoints,      // % ↔ 个百分点, percent ↔ percentage points
  kCurrency,           // 元 → 美元, RMB → US$
  kSpelledNumber,      // four → five, eight-hour → nine-hour, 三年 → 五年
  kSentenceDeleted,    // a sentence that holds a figure removed from its line
  kParagraphDeleted,   // a paragraph that holds a figure removed
  kSectionDeleted,     // a body section removed, heading to the next heading
  kNumberAdded,        // a sentence with a new figure appended to a paragraph
  kHeadingRenumbered,  // 二、 → 三、, II. → III. (body heading or contents entry)
  kListItemDropped,    // a contents entry or a bullet removed
};

inline constexpr Kind kAllKinds[] = {
    Kind::kDigit,
    Kind::kYear,
    Kind::kPercent,
    Kind::kMagnitude,
    Kind::kPercentPoints,
    Kind::kCurrency,
    Kind::kSpelledNumber,
    Kind::kSentenceDeleted,
    Kind::kParagraphDeleted,
    Kind::kSectionDeleted,
    Kind::kNumberAdded,
    Kind::kHeadingRenumbered,
    Kind::kListItemDropped,
};

// "zh" / "en".
std::string_view SideName(Side side);
// Stable short names used in ids and reports: "digit", "year", "percent",
// "magnitude", "percent-points", "currency", "spelled-number",
// "sentence-deleted", "paragraph-deleted", "section-deleted", "number-added",
// "heading-renumbered", "list-item-dropped".
std::string_view KindName(Kind kind);
// True for kinds that remove whole lines (the mutated file is shorter).
bool RemovesLines(Kind kind);

// An inclusive range of 1-based lines. Empty when last < first.
struct LineRange {
  size_t first = 0;
  size_t last = 0;
  bool empty() const { return last < first; }
  bool Contains(size_t line) const { return line >= first && line <= last; }
  bool operator==(const LineRange&) const = default;
};

struct Mutation {
  // "<side>-<kind>-L<line>-<n>": the n-th (1-based) target of this kind on
  // original line <line>. Stable for a given input.
  std::string id;
  Side side = Side::kZh;
  Kind kind = Kind::kDigit;

  // Lines of the original file that were replaced or removed. For in-place
  // edits one line; for deletions every removed line, blank separators
  // included.
  LineRange original;
  // The same place in the mutated file: the replacement lines of an in-place
  // edit (original.first == mutated.first), or, for a deletion, the empty
  // range {gap, gap - 1} where `gap` is the mutated line that now follows the
  // removed text (line_count + 1 when the removal reached the end).
  LineRange mutated;
  // Nearest non-blank mutated lines around the change: for an in-place edit
  // the edited line; for a deletion the last non-blank line before the gap and
  // the first non-blank line after it. A finding there points at the change.
  LineRange vicinity;
  // Mutated-side lines tied to the change by the document's own structure,
  // in mutated numbering: for a heading, its contents entry; for a contents
  // entry, its body heading. Empty when there are none.
  std::vector<size_t> related;

  // For figure edits: the text replaced and its replacement ("1135.24万" →
  // "4135.24万"). For deletions: the removed lines joined by '\n' and "".
  // For additions: "" and the inserted sentence.
  std::string before;
  std::string after;
  std::string description;

  // The full mutated file of `side`; the other side is the original.
  std::string text;

  // Maps an original line of `side` to its mutated line; 0 when the line was
  // removed.
  size_t MapLine(size_t original_line) const;
};

// All mutations of the pair, zh side first, then en, each in kind order then
// line order. `zh` and `en` are UTF-8 file contents with '\n' line endings.
std::vector<Mutation> InjectDrift(std::string_view zh, std::string_view en);

// The lines of `text` split at '\n' (a final newline does not start a line).
std::vector<std::string_view> SplitLines(std::string_view text);

}  // namespace crosscheck::drift

#endif  // CROSSCHECK_TESTS_DRIFT_DRIFT_INJECTOR_H_
