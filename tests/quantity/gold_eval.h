// gold_eval: measures quantity extraction against the gold set in
// tests/quantity/gold/ (format and annotation guidelines in its README.md).
//
// Gold files and the output of `crosscheck extract FILE --format tsv` share
// one tab-separated shape:
//   line column text kind value low high unit hedge scale
// line and column are 1-based, the column in code points of the original
// line. Not-quantity files keep only the first three columns.
//
// Matching: an extracted item matches a gold item when both are on the same
// line and their column spans overlap; each item matches at most once, and
// extracted items claim gold items greedily in order of start. Then
//   precision       = matched / extracted
//   recall          = matched / gold
//   value accuracy  = matched items whose value, kind and unit agree / matched
// An extracted item overlapping a not-quantity entry is a false positive like
// any other unmatched item; it is also listed and counted on its own.
#ifndef CROSSCHECK_TESTS_QUANTITY_GOLD_EVAL_H_
#define CROSSCHECK_TESTS_QUANTITY_GOLD_EVAL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace crosscheck::quantity::gold {

// One row of a gold, extractor-output or not-quantity file.
struct Item {
  int line = 0;
  int column = 0;
  std::string text;
  std::string kind;
  std::string value;
  std::string low;
  std::string high;
  std::string unit;
  std::string hedge;
  std::string scale;

  // Number of columns the item covers: code points of `text` up to its first
  // line break (a figure split across lines is matched on its first line).
  // At least 1.
  int Width() const;
};

// Parses a TSV file's contents. A first row whose first field is "line" is a
// header and skipped; blank lines are skipped. Rows need at least the three
// columns line, column, text; missing later columns are empty. In `text`, the
// escapes \t, \n and \\ stand for a tab, a line break and a backslash.
// On a malformed row returns InvalidInput "<name>:<row>: <what>" and leaves
// *items with the rows read so far.
Status ParseTsv(std::string_view contents, std::string_view name, std::vector<Item>* items);

// True when value, kind and unit of an extracted item agree with the gold:
//   kind   equal;
//   unit   equal, or both generic counted nouns ("noun:*"), whose word is the
//          classifier or the noun as the extractor chose;
//   value  equal as exact decimals ("16.0" == "16"); for kind fraction,
//          within 0.0005 (two-thirds is written 0.667 in gold).
bool Agrees(const Item& gold, const Item& extracted);

struct Pair {
  Item gold;
  Item extracted;
};

struct Metrics {
  size_t gold = 0;
  size_t extracted = 0;
  size_t matched = 0;
  size_t agreeing = 0;        // matched and Agrees()
  size_t hedge_agreeing = 0;  // matched and the same hedge (reported, not gated)
  size_t not_quantity_hits = 0;
  std::vector<Item> missed;        // gold items nothing matched
  std::vector<Item> spurious;      // extracted items that matched no gold item
  std::vector<Pair> disagreeing;   // matched but value, kind or unit differ
  std::vector<Item> not_quantity;  // not-quantity entries something overlapped

  // Ratios; 1 when the denominator is 0.
  double Precision() const;
  double Recall() const;
  double ValueAccuracy() const;
  double HedgeAccuracy() const;

  // Sums counts and concatenates lists (for totals over several files).
  void Add(const Metrics& other);
};

// Matches `extracted` against `gold` and checks `not_quantities`, all items of
// one text file. Inputs need not be sorted.
Metrics Evaluate(const std::vector<Item>& gold, const std::vector<Item>& extracted,
                 const std::vector<Item>& not_quantities);

// "<label>: precision 0.990 (198/200), recall ..." followed by one line per
// missed, spurious, disagreeing item and not-quantity hit, each prefixed by
// `file` where given.
std::string FormatSummary(std::string_view label, const Metrics& metrics);
std::string FormatDetails(std::string_view file, const Metrics& metrics);

// One evaluation case of the manifest (tests/quantity/gold/manifest.tsv):
// a text, its gold and, optionally, its not-quantities; paths relative to the
// repository root.
struct Case {
  std::string language;
  std::string text;
  std::string gold;
  std::string not_quantities;
};

// Parses the manifest: header row, then language, text, gold, not_quantities
// (the last may be empty). InvalidInput on a row with fewer than 3 fields.
Status ParseManifest(std::string_view contents, std::vector<Case>* cases);

// Totals of one language over its cases, with the per-file details.
struct LanguageResult {
  std::string language;
  Metrics metrics;
  std::string details;  // FormatDetails of each case, prefixed by its text path
};

// Produces the extractor's TSV output for a case's text.
using ExtractFn = std::function<Status(const Case& c, std::string* tsv)>;

// Evaluates every case: reads gold and not-quantities under `root`, asks
// `extract` for the output, and sums the metrics per language in order of
// first appearance. Stops at the first failing read, parse or extraction
// and returns its status.
Status EvaluateCases(const std::string& root, const std::vector<Case>& cases,
                     const ExtractFn& extract, std::vector<LanguageResult>* results);

// An ExtractFn running `<binary> extract <root>/<text> --format tsv`.
ExtractFn BinaryExtractor(const std::string& binary, const std::string& root);

// Reads a whole file. NotFound or IoError naming the path.
Status ReadFile(const std::string& path, std::string* contents);

// Runs a shell command and captures its standard output. IoError when the
// command cannot be started or exits with a non-zero status (the message
// names the command and the status; *output keeps what was printed).
Status RunCommand(const std::string& command, std::string* output);

// Quotes a string for /bin/sh.
std::string ShellQuote(std::string_view text);

}  // namespace crosscheck::quantity::gold

#endif  // CROSSCHECK_TESTS_QUANTITY_GOLD_EVAL_H_
