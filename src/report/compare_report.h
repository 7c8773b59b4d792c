// Printers for a comparison: plain text for people, JSON for scripts
// (docs/report-format.md), and the alignment itself (docs/alignment-format.md).
#ifndef CROSSCHECK_REPORT_COMPARE_REPORT_H_
#define CROSSCHECK_REPORT_COMPARE_REPORT_H_

#include <ostream>
#include <string>

#include "compare/baseline.h"
#include "compare/comparer.h"
#include "compare/side.h"
#include "document/document.h"
#include "text/source_text.h"

namespace crosscheck::report {

// What every printer is given about one run.
struct ComparisonInput {
  const text::SourceText* zh = nullptr;
  const text::SourceText* en = nullptr;
  const compare::Side* zh_side = nullptr;
  const compare::Side* en_side = nullptr;
  const compare::ComparisonResult* result = nullptr;
  bool swapped = false;  // the files were given English first
  // Set when a baseline was applied (compare --baseline): the report counts
  // the findings it suppressed and lists its stale entries.
  const compare::BaselineOutcome* baseline = nullptr;
  // Where each line of each file went (summary.lines); omitted when null.
  const document::LineCounts* zh_lines = nullptr;
  const document::LineCounts* en_lines = nullptr;
};

void PrintCompareJson(const ComparisonInput& input, std::ostream& out);
// `color`: mark severities and figures with ANSI colours.
void PrintCompareText(const ComparisonInput& input, bool color, std::ostream& out);

void PrintAlignmentJson(const ComparisonInput& input, std::ostream& out);
void PrintAlignmentText(const ComparisonInput& input, std::ostream& out);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_COMPARE_REPORT_H_
