// Configuration: a project's crosscheck.toml (docs/config.md).
//
// A project tunes the comparison in one file next to its documents: rule
// severities, tolerances, extra unit words, what to leave out, and the
// running headers of its publisher. Everything has a default, so no file
// at all is the documented behaviour. Loading checks every key and value
// and names the first bad one as `file:line:col: ...`, with "did you
// mean ...?" for near misses; nothing is applied from a file with errors.
//
// config.h reads the file; apply.h applies it to a run.
#ifndef CROSSCHECK_CONFIG_CONFIG_H_
#define CROSSCHECK_CONFIG_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compare/agreement.h"
#include "compare/finding.h"
#include "text/pattern.h"
#include "util/status.h"

namespace crosscheck::config {

// The name FindConfig looks for.
inline constexpr std::string_view kConfigFileName = "crosscheck.toml";

struct Config {
  std::string path;  // the file it was read from; empty for the defaults

  // [rules]: rule id → severity, or nullopt for "off". Rules not listed keep
  // their default severity (compare/rules.h).
  std::map<std::string, std::optional<compare::Severity>> rules;

  // [tolerance]: relative (0) and hedges (true).
  compare::Tolerance tolerance;

  // [units.zh], [units.en]: a unit word as extracted (the <word> of
  // "noun:<word>", or a whole unit id) → the unit id it stands for. English
  // words are kept lower-case and singular ("batches" → "batch").
  std::map<std::string, std::string> zh_units;
  std::map<std::string, std::string> en_units;

  // [ignore]
  std::vector<text::Pattern> ignore_quantities;  // quantities: on a figure's surface text
  std::vector<std::string> ignore_sections;      // sections: section paths ("appendix", "2.5")
  std::vector<text::Pattern> ignore_titles;      // section-titles: on section titles

  // [noise] patterns: extra noise lines.
  std::vector<text::Pattern> noise_patterns;
};

// Parses `text`, the content of the configuration file `name` (used in
// messages), into *config. On success returns ok and *config holds the
// defaults overridden by the file. On an unknown key or a bad value (wrong
// type, unknown rule id or severity, a number out of range, a bad regular
// expression) or a TOML syntax error, returns InvalidInput with the message
// `name:line:col: what is wrong` and leaves *config unspecified.
Status ParseConfig(std::string_view text, std::string_view name, Config* config);

// Reads and parses the file at `path`. NotFound when it does not exist,
// IoError when it cannot be read; otherwise as ParseConfig.
Status LoadConfig(const std::string& path, Config* config);

// Looks for crosscheck.toml in `start_dir`, then in the nearest directory
// above it that holds a `.git` (the root of the repository). Sets *path to
// the file found — "<start_dir>/crosscheck.toml" (just "crosscheck.toml"
// for "."), or an absolute path in the repository root — or to "" when
// there is none, which is not an error: the defaults apply. Returns
// IoError only when a directory cannot be examined.
Status FindConfig(const std::string& start_dir, std::string* path);

// The English lookup form of a unit word: lower case, singular ("Batches" →
// "batch"), as the English extractor writes nouns.
std::string EnglishUnitKey(std::string_view word);

}  // namespace crosscheck::config

#endif  // CROSSCHECK_CONFIG_CONFIG_H_
