// `crosscheck compare ZH EN` and `crosscheck align ZH EN`.
#ifndef CROSSCHECK_APP_COMPARE_COMMAND_H_
#define CROSSCHECK_APP_COMPARE_COMMAND_H_

#include <ostream>
#include <string>

#include "compare/finding.h"
#include "text/encoding.h"

namespace crosscheck::app {

struct CompareOptions {
  std::string zh_file;
  std::string en_file;
  text::Encoding encoding = text::Encoding::kAuto;
  std::string format = "text";  // compare: report/report_formats.h; align: text, json
  std::string output;           // empty: standard output
  // Exit 1 when a finding reaches this severity; "never" disables.
  std::string fail_on = "warning";
  bool color = false;  // decided by the caller (a terminal, NO_COLOR unset)
  // compare only (docs/baseline-format.md): suppress the findings listed in
  // `baseline`; record the findings of this run in `write_baseline` (before
  // any are suppressed). Empty: none.
  std::string baseline;
  std::string write_baseline;
  bool quiet = false;  // no report on standard output; --output is still written
  // crosscheck.toml to use; empty: config::FindConfig from the working
  // directory, and the defaults when there is none.
  std::string config_file;
};

// Runs the comparison and prints the report. Returns 0, 1 (a finding at or
// above the fail level) or 2 (the run could not be done; message on `err`).
int RunCompare(const CompareOptions& options, std::ostream& out, std::ostream& err);
// Prints the section and paragraph alignment. Returns 0 or 2.
int RunAlign(const CompareOptions& options, std::ostream& out, std::ostream& err);

}  // namespace crosscheck::app

#endif  // CROSSCHECK_APP_COMPARE_COMMAND_H_
