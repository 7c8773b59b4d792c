// The compare report as GitHub Actions workflow commands
// (docs/report-format.md): one ::error, ::warning or ::notice line per
// finding at the place where it shows (finding_place.h), so that findings
// appear as annotations on the changed lines, and a closing ::notice with
// the counts.
#ifndef CROSSCHECK_REPORT_GITHUB_REPORT_H_
#define CROSSCHECK_REPORT_GITHUB_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/compare_report.h"

namespace crosscheck::report {

void PrintCompareGithub(const ComparisonInput& input, std::ostream& out);

// Escaping of workflow commands: in the message % CR LF become %25 %0D %0A;
// a property value (file=, title=) also has : and , as %3A and %2C.
std::string GithubEscapeMessage(std::string_view text);
std::string GithubEscapeProperty(std::string_view text);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_GITHUB_REPORT_H_
