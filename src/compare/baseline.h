// Baselines: the findings a project has accepted, so that only new drift
// fails the build (docs/baseline-format.md).
//
// A baseline lists findings by fingerprint (fingerprint.h), which follows
// what a finding points at, not where: editing or moving unrelated
// paragraphs keeps a baseline valid, changing the figure does not. Applying
// a baseline removes each finding whose fingerprint it lists, as many times
// as it lists it, and reports the entries that matched nothing (stale), so
// that a baseline does not silently outlive the drift it recorded.
#ifndef CROSSCHECK_COMPARE_BASELINE_H_
#define CROSSCHECK_COMPARE_BASELINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "compare/comparer.h"
#include "compare/finding.h"
#include "util/status.h"

namespace crosscheck::compare {

inline constexpr std::string_view kBaselineSchema = "crosscheck.baseline/1";

struct BaselineEntry {
  std::string fingerprint;  // 16 lower-case hex digits
  std::string rule;
  Severity severity = Severity::kWarning;
  std::string message;     // for people reading the file; not matched
  std::string zh_section;  // likewise
  std::string en_section;
};

struct Baseline {
  std::string tool_version;  // of the crosscheck that wrote it
  std::string zh_file, en_file;
  std::vector<BaselineEntry> entries;  // in the order of the findings recorded
};

// The baseline that accepts exactly `findings`, written by this version.
Baseline MakeBaseline(const std::vector<Finding>& findings, std::string zh_file,
                      std::string en_file);

// The file text: JSON, two-space indented, ending in a newline.
std::string FormatBaseline(const Baseline& baseline);

// Parses the text of a baseline file; `name` is used in messages only.
// Returns InvalidInput with "name:line:col: ..." for a JSON syntax error and
// "name: ..." naming the field for a well-formed file of the wrong shape (a
// missing or different schema, an entry without a 16-hex-digit fingerprint
// or a rule, a field of the wrong type, an unknown severity). `*out` is
// unchanged on failure.
Status ParseBaseline(std::string_view text, const std::string& name, Baseline* out);

// Reads and parses `path`. NotFound or IoError naming `path` when it cannot
// be read; otherwise as ParseBaseline.
Status LoadBaseline(const std::string& path, Baseline* out);

// Writes FormatBaseline(baseline) to `path`, replacing it. IoError naming
// `path` on failure.
Status SaveBaseline(const std::string& path, const Baseline& baseline);

struct BaselineOutcome {
  size_t suppressed = 0;
  std::vector<BaselineEntry> stale;  // entries that matched no finding, in file order
};

// Removes from `result->findings` every finding the baseline accepts,
// matching fingerprints as a multiset (an entry listed twice suppresses two
// findings; earlier findings are matched first), and lowers the severity
// counts of `result->summary` to match the findings left.
BaselineOutcome ApplyBaseline(const Baseline& baseline, ComparisonResult* result);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_BASELINE_H_
