// The compare report formats by name: one printer per format, all given the
// same ComparisonInput. Adding a format means adding a printer file and a
// row in the table (report_formats.cpp).
#ifndef CROSSCHECK_REPORT_REPORT_FORMATS_H_
#define CROSSCHECK_REPORT_REPORT_FORMATS_H_

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compare/finding.h"
#include "report/compare_report.h"

namespace crosscheck::report {

// What the command line tells a printer beyond the comparison itself.
struct PrintOptions {
  bool color = false;  // text: mark severities and figures with ANSI colours
  // The --fail-on level; nullopt for "never". JUnit reports findings at or
  // above it as failures, the others as output.
  std::optional<compare::Severity> fail_level = compare::Severity::kWarning;
};

using ComparePrinter = void (*)(const ComparisonInput& input, const PrintOptions& options,
                                std::ostream& out);

struct CompareFormat {
  std::string_view name;  // the --format value
  ComparePrinter print;
};

// Every format of `compare --format`, the default (text) first.
std::span<const CompareFormat> CompareFormats();
// The format named `name`, or nullptr.
const CompareFormat* FindCompareFormat(std::string_view name);
// The names, in table order: for flag validation and help.
std::vector<std::string> CompareFormatNames();

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_REPORT_FORMATS_H_
