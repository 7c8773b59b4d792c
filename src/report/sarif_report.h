// The compare report as SARIF 2.1.0 (docs/report-format.md), for code
// scanning services and SARIF viewers: one run, the rule table as
// tool.driver.rules, one result per finding located where the problem shows
// (finding_place.h) with the counterpart as a related location.
#ifndef CROSSCHECK_REPORT_SARIF_REPORT_H_
#define CROSSCHECK_REPORT_SARIF_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/compare_report.h"

namespace crosscheck::report {

void PrintCompareSarif(const ComparisonInput& input, std::ostream& out);

// A file path as a SARIF URI reference: a relative path stays relative (to
// the working directory), an absolute one becomes a file:// URI; bytes
// outside the unreserved set and '/' are percent-encoded ("a b.txt" →
// "a%20b.txt", "年报.txt" → "%E5%B9%B4%E6%8A%A5.txt").
std::string PathToUri(std::string_view path);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_SARIF_REPORT_H_
