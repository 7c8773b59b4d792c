#include "app/compare_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

#include "app/exit_codes.h"
#include "app/load.h"
#include "compare/baseline.h"
#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "config/apply.h"
#include "config/config.h"
#include "document/document.h"
#include "report/compare_report.h"
#include "report/report_formats.h"

namespace crosscheck::app {
namespace {

// Both files loaded and compared; owns everything the printers point into.
struct Run {
  text::SourceText zh, en;
  document::Document zh_doc, en_doc;
  compare::Side zh_side, en_side;
  compare::ComparisonResult result;
  bool swapped = false;
  std::optional<compare::BaselineOutcome> baseline;  // when --baseline was given

  report::ComparisonInput Input() const {
    report::ComparisonInput input{&zh, &en, &zh_side, &en_side, &result, swapped};
    input.baseline = baseline ? &*baseline : nullptr;
    input.zh_lines = &zh_doc.counts;
    input.en_lines = &en_doc.counts;
    return input;
  }
};

Status LoadConfiguration(const CompareOptions& options, config::Config* config) {
  std::string path = options.config_file;
  if (path.empty()) {
    if (Status s = config::FindConfig(".", &path); !s.ok()) return s;
    if (path.empty()) return Status::Ok();  // no file: the defaults
  }
  return config::LoadConfig(path, config);
}

Status Prepare(const CompareOptions& options, Run* run) {
  config::Config config;
  if (Status s = LoadConfiguration(options, &config); !s.ok()) return s;
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
  document::ParseOptions parse = config::ParseOptionsFor(config);
  run->zh_doc = document::Parse(run->zh, text::Language::kZh, parse);
  run->en_doc = document::Parse(run->en, text::Language::kEn, parse);
  run->zh_side = compare::BuildSide(run->zh_doc);
  run->en_side = compare::BuildSide(run->en_doc);
  run->result = config::CompareConfigured(config, &run->zh_side, &run->en_side);
  return Status::Ok();
}

// Reads --baseline, records every finding of the run in --write-baseline,
// then suppresses what --baseline lists. Reading first lets both name the
// same file: the report is against the old baseline, the file becomes new.
Status UseBaselines(const CompareOptions& options, Run* run) {
  compare::Baseline baseline;
  if (!options.baseline.empty()) {
    if (Status s = compare::LoadBaseline(options.baseline, &baseline); !s.ok()) return s;
  }
  if (!options.write_baseline.empty()) {
    Status s = compare::SaveBaseline(
        options.write_baseline,
        compare::MakeBaseline(run->result.findings, run->zh.name(), run->en.name()));
    if (!s.ok()) return s;
  }
  if (!options.baseline.empty()) run->baseline = compare::ApplyBaseline(baseline, &run->result);
  return Status::Ok();
}

// Writes through `print` to --output or, unless --quiet, to `out`.
Status Emit(const CompareOptions& options, std::ostream& out,
            const std::function<void(std::ostream&)>& print) {
  if (options.output.empty()) {
    if (!options.quiet) print(out);
    out.flush();
    return Status::Ok();
  }
  errno = 0;
  std::ofstream file(options.output, std::ios::binary | std::ios::trunc);
  if (!file) {
    return Status::IoError(options.output + ": cannot write the report" +
                           (errno != 0 ? std::string(": ") + std::strerror(errno) : ""));
  }
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
  const report::CompareFormat* format = report::FindCompareFormat(options.format);
  if (format == nullptr) {
    err << "crosscheck: --format: unknown format '" << options.format
        << "'; expected text, json, sarif, junit or github\n";
    return kExitError;
  }
  Run run;
  Status prepared = Prepare(options, &run);
  if (prepared.ok()) prepared = UseBaselines(options, &run);
  if (!prepared.ok()) {
    err << "crosscheck: " << prepared.message() << "\n";
    return kExitError;
  }
  report::PrintOptions print_options;
  print_options.color = options.color && options.output.empty();
  print_options.fail_level = never ? std::nullopt : std::optional(fail_level);
  Status written =
      Emit(options, out, [&](std::ostream& o) { format->print(run.Input(), print_options, o); });
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
