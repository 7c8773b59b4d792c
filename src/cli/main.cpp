// crosscheck: checks a Chinese document against its English translation.
//
// This file only parses flags, hands them to a command in src/app/, and
// returns that command's exit code (see src/app/exit_codes.h).
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <string>

#include <unistd.h>

#include <cstdlib>

#include "app/compare_command.h"
#include "app/exit_codes.h"
#include "app/extract_command.h"
#include "app/outline_command.h"
#include "report/report_formats.h"
#include "text/encoding.h"
#include "text/language.h"

namespace {

using crosscheck::app::kExitError;
using crosscheck::app::kExitOk;

// Validators that turn flag text into typed options with a clear message.
CLI::Validator EncodingValidator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        crosscheck::text::Encoding e;
        if (crosscheck::text::ParseEncodingName(value, &e)) return "";
        return "unknown encoding '" + value + "'; expected auto, utf-8, utf-16le, utf-16be or gb18030";
      },
      "ENCODING");
}

void AddEncodingFlag(CLI::App* command, std::string* encoding) {
  command->add_option("--encoding", *encoding,
                      "Input encoding: auto, utf-8, utf-16le, utf-16be, gb18030 (gbk)")
      ->default_val("auto")
      ->check(EncodingValidator());
}

void AddLanguageFlag(CLI::App* command, std::string* language) {
  command->add_option("--lang", *language, "Language of the file: zh, en or auto")
      ->default_val("auto")
      ->check(CLI::IsMember({"zh", "en", "auto"}));
}

void AddConfigFlag(CLI::App* command, std::string* file) {
  command
      ->add_option("--config", *file,
                   "Read settings from FILE (default: crosscheck.toml in the working directory "
                   "or the repository root)")
      ->type_name("FILE");
}

crosscheck::text::Encoding ToEncoding(const std::string& name) {
  crosscheck::text::Encoding e = crosscheck::text::Encoding::kAuto;
  crosscheck::text::ParseEncodingName(name, &e);
  return e;
}

// The message of a flag error as one line (CLI11's can span several), with
// a pointer to the help of the command being parsed.
std::string ParseErrorLine(const CLI::App& app, const CLI::ParseError& error) {
  std::string line;
  for (char c : std::string(error.what())) {
    if (c != '\n') {
      line += c;
    } else if (!line.empty() && line.back() != ' ') {
      line += ' ';
    }
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  std::string help = "crosscheck";
  for (const CLI::App* command : app.get_subcommands()) help += " " + command->get_name();
  return line + " (see '" + help + " --help')";
}

crosscheck::text::Language ToLanguage(const std::string& name) {
  crosscheck::text::Language l = crosscheck::text::Language::kUnknown;
  crosscheck::text::ParseLanguageName(name, &l);
  return l;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (crosscheck ... | head) ends the run quietly.
  std::signal(SIGPIPE, SIG_DFL);

  CLI::App app{"crosscheck: checks a Chinese document against its English translation"};
  app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION);
  // At most one command; none is reported below, so that an unknown flag
  // before the command is named rather than hidden by "a command is required".
  app.require_subcommand(0, 1);

  crosscheck::app::OutlineOptions outline;
  std::string outline_encoding, outline_language;
  CLI::App* outline_cmd = app.add_subcommand(
      "outline", "Print the document model of FILE: sections, contents, noise");
  outline_cmd->add_option("file", outline.file, "Input file")->required();
  outline_cmd->add_option("--format", outline.format, "Output format: text or json")
      ->default_val("text")
      ->check(CLI::IsMember({"text", "json"}));
  AddEncodingFlag(outline_cmd, &outline_encoding);
  AddLanguageFlag(outline_cmd, &outline_language);

  crosscheck::app::ExtractOptions extract;
  std::string extract_encoding, extract_language;
  CLI::App* extract_cmd =
      app.add_subcommand("extract", "List every quantity in FILE with its value, unit and hedge");
  extract_cmd->add_option("file", extract.file, "Input file")->required();
  extract_cmd->add_option("--format", extract.format, "Output format: text, json or tsv")
      ->default_val("text")
      ->check(CLI::IsMember({"text", "json", "tsv"}));
  AddEncodingFlag(extract_cmd, &extract_encoding);
  AddLanguageFlag(extract_cmd, &extract_language);

  crosscheck::app::CompareOptions compare;
  std::string compare_encoding;
  CLI::App* compare_cmd = app.add_subcommand(
      "compare", "Compare a Chinese document with its English translation and report mismatches");
  compare_cmd->add_option("zh", compare.zh_file, "Chinese file")->required();
  compare_cmd->add_option("en", compare.en_file, "English file")->required();
  compare_cmd
      ->add_option("--format", compare.format,
                   "Report format: text, json, sarif, junit (JUnit XML) or github (annotations)")
      ->default_val("text")
      ->check(CLI::IsMember(crosscheck::report::CompareFormatNames()));
  compare_cmd
      ->add_option("--output", compare.output,
                   "Write the report to FILE (default: standard output)")
      ->type_name("FILE");
  compare_cmd
      ->add_option("--fail-on", compare.fail_on,
                   "Exit 1 when a finding reaches this level: error, warning, note or never")
      ->default_val("warning")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  AddEncodingFlag(compare_cmd, &compare_encoding);
  compare_cmd
      ->add_option("--baseline", compare.baseline,
                   "Suppress the findings recorded in FILE by --write-baseline (default: none)")
      ->type_name("FILE");
  compare_cmd
      ->add_option("--write-baseline", compare.write_baseline,
                   "Record the findings of this run in FILE (default: none)")
      ->type_name("FILE");
  compare_cmd->add_flag("-q,--quiet", compare.quiet,
                        "Print nothing on standard output; the exit code tells (default: off)");
  AddConfigFlag(compare_cmd, &compare.config_file);

  crosscheck::app::CompareOptions align;
  std::string align_encoding;
  CLI::App* align_cmd =
      app.add_subcommand("align", "Show how the sections and paragraphs of ZH and EN pair up");
  align_cmd->add_option("zh", align.zh_file, "Chinese file")->required();
  align_cmd->add_option("en", align.en_file, "English file")->required();
  align_cmd->add_option("--format", align.format, "Output format: text or json")
      ->default_val("text")
      ->check(CLI::IsMember({"text", "json"}));
  align_cmd
      ->add_option("--output", align.output,
                   "Write the alignment to FILE (default: standard output)")
      ->type_name("FILE");
  AddEncodingFlag(align_cmd, &align_encoding);
  AddConfigFlag(align_cmd, &align.config_file);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    // `crosscheck --help` goes on with the help of every command, so that
    // one page lists every flag with its default.
    if (app.get_subcommands().empty()) {
      std::cout << app.help();
      for (const CLI::App* command : app.get_subcommands({})) {
        std::cout << command->help(app.get_name());
      }
      return kExitOk;
    }
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "crosscheck: " << ParseErrorLine(app, e) << "\n";
    return kExitError;
  }

  if (outline_cmd->parsed()) {
    outline.encoding = ToEncoding(outline_encoding);
    outline.language = ToLanguage(outline_language);
    return crosscheck::app::RunOutline(outline, std::cout, std::cerr);
  }
  if (extract_cmd->parsed()) {
    extract.encoding = ToEncoding(extract_encoding);
    extract.language = ToLanguage(extract_language);
    return crosscheck::app::RunExtract(extract, std::cout, std::cerr);
  }
  if (compare_cmd->parsed()) {
    compare.encoding = ToEncoding(compare_encoding);
    compare.color = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    return crosscheck::app::RunCompare(compare, std::cout, std::cerr);
  }
  if (align_cmd->parsed()) {
    align.encoding = ToEncoding(align_encoding);
    return crosscheck::app::RunAlign(align, std::cout, std::cerr);
  }
  std::cerr << "crosscheck: a command is required: outline, extract, compare or align (see "
               "'crosscheck --help')\n";
  return kExitError;
}
