// The compare report as JUnit XML (docs/report-format.md), for CI services
// that show test results (GitLab, Jenkins): one test suite per document
// pair, one test case per aligned section pair, a failure per finding at or
// above the fail level; findings below it go into the case's system-out.
#ifndef CROSSCHECK_REPORT_JUNIT_REPORT_H_
#define CROSSCHECK_REPORT_JUNIT_REPORT_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "compare/finding.h"
#include "report/compare_report.h"

namespace crosscheck::report {

// `fail_level`: findings at or above it are failures; nullopt ("never"):
// none is.
void PrintCompareJunit(const ComparisonInput& input, std::optional<compare::Severity> fail_level,
                       std::ostream& out);

enum class XmlContext { kText, kAttribute };

// `text` escaped for XML 1.0: & < > " ' as entities; in an attribute value
// also tab, line feed and carriage return as character references (a parser
// would turn them into spaces); characters XML 1.0 does not allow (other
// control characters, U+FFFE, U+FFFF) as U+FFFD. REQUIRES: valid UTF-8.
std::string XmlEscape(std::string_view text, XmlContext context);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_JUNIT_REPORT_H_
