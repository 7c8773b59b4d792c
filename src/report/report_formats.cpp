#include "report/report_formats.h"

#include <array>

#include "report/github_report.h"
#include "report/junit_report.h"
#include "report/sarif_report.h"

namespace crosscheck::report {
namespace {

void Text(const ComparisonInput& input, const PrintOptions& options, std::ostream& out) {
  PrintCompareText(input, options.color, out);
}
void Json(const ComparisonInput& input, const PrintOptions&, std::ostream& out) {
  PrintCompareJson(input, out);
}
void Sarif(const ComparisonInput& input, const PrintOptions&, std::ostream& out) {
  PrintCompareSarif(input, out);
}
void Junit(const ComparisonInput& input, const PrintOptions& options, std::ostream& out) {
  PrintCompareJunit(input, options.fail_level, out);
}
void Github(const ComparisonInput& input, const PrintOptions&, std::ostream& out) {
  PrintCompareGithub(input, out);
}

constexpr std::array<CompareFormat, 5> kFormats = {{
    {"text", Text},
    {"json", Json},
    {"sarif", Sarif},
    {"junit", Junit},
    {"github", Github},
}};

}  // namespace

std::span<const CompareFormat> CompareFormats() { return kFormats; }

const CompareFormat* FindCompareFormat(std::string_view name) {
  for (const CompareFormat& format : kFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

std::vector<std::string> CompareFormatNames() {
  std::vector<std::string> names;
  for (const CompareFormat& format : kFormats) names.emplace_back(format.name);
  return names;
}

}  // namespace crosscheck::report
