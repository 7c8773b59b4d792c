#include "app/compare_command.h"

#include <fstream>
#include <functional>
#include <sstream>

#include "app/exit_codes.h"
#include "app/load.h"
#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "report/compare_report.h"

namespace crosscheck::app {
namespace {

// Both files loaded and compared; owns everything the printers point into.
struct Run {
  text::SourceText zh, en;
  document::Document zh_doc, en_doc;
  compare::Side zh_side, en_side;
  compare::ComparisonResult result;
  bool swapped = false;

  report::ComparisonInput Input() const {
    return report::ComparisonInput{&zh,     &en,     &zh_side,       &en_side,
                                   &result, swapped, &zh_doc.counts, &en_doc.counts};
  }
};

Status Prepare(const CompareOptions& options, Run* run) {
  text::SourceText first, second;
  text::Language first_language, second_language;
  if (Status s = LoadInput(options.zh_file, options.encoding, text::Language::kUnknown, &first,
                           &first_language);
      !s.ok()) {
    return s;
  }
  if (Status s = LoadInput(options.en_file, options.encoding, text::Language::kUnknown, &second,
                           &second_language);
      !s.ok()) {
    return s;
  }
  if (first_language == second_language) {
    return Status::Usage(options.zh_file + " and " + options.en_file + ": both files are " +
                         (first_language == text::Language::kZh ? "Chinese" : "English") +
                         "; expected one Chinese and one English file");
  }
  run->swapped = first_language == text::Language::kEn;
  run->zh = std::move(run->swapped ? second : first);
  run->en = std::move(run->swapped ? first : second);
  run->zh_doc = document::Parse(run->zh, text::Language::kZh);
  run->en_doc = document::Parse(run->en, text::Language::kEn);
  run->zh_side = compare::BuildSide(run->zh_doc);
  run->en_side = compare::BuildSide(run->en_doc);
  run->result = compare::CompareSides(run->zh_side, run->en_side);
  return Status::Ok();
}

// Writes through `print` to --output or to `out`.
Status Emit(const CompareOptions& options, std::ostream& out,
            const std::function<void(std::ostream&)>& print) {
  if (options.output.empty()) {
    print(out);
    out.flush();
    return Status::Ok();
  }
  std::ofstream file(options.output, std::ios::binary | std::ios::trunc);
  if (!file) return Status::IoError(options.output + ": cannot write the report");
  print(file);
  file.flush();
  if (!file) return Status::IoError(options.output + ": write failed");
  return Status::Ok();
}

}  // namespace

int RunCompare(const CompareOptions& options, std::ostream& out, std::ostream& err) {
  compare::Severity fail_level = compare::Severity::kWarning;
  bool never = options.fail_on == "never";
  if (!never && !compare::ParseSeverityName(options.fail_on, &fail_level)) {
    err << "crosscheck: --fail-on: unknown level '" << options.fail_on
        << "'; expected error, warning, note or never\n";
    return kExitError;
  }
  Run run;
  if (Status s = Prepare(options, &run); !s.ok()) {
    err << "crosscheck: " << s.message() << "\n";
    return kExitError;
  }
  Status written = Emit(options, out, [&](std::ostream& o) {
    if (options.format == "json") {
      report::PrintCompareJson(run.Input(), o);
    } else {
      report::PrintCompareText(run.Input(), options.color && options.output.empty(), o);
    }
  });
  if (!written.ok()) {
    err << "crosscheck: " << written.message() << "\n";
    return kExitError;
  }
  if (never) return kExitOk;
  for (const compare::Finding& f : run.result.findings) {
    if (f.severity >= fail_level) return kExitFindings;
  }
  return kExitOk;
}

int RunAlign(const CompareOptions& options, std::ostream& out, std::ostream& err) {
  Run run;
  if (Status s = Prepare(options, &run); !s.ok()) {
    err << "crosscheck: " << s.message() << "\n";
    return kExitError;
  }
  Status written = Emit(options, out, [&](std::ostream& o) {
    if (options.format == "json") {
      report::PrintAlignmentJson(run.Input(), o);
    } else {
      report::PrintAlignmentText(run.Input(), o);
    }
  });
  if (!written.ok()) {
    err << "crosscheck: " << written.message() << "\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace crosscheck::app
