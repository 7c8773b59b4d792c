#include "config/config.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/temp_dir.h"

namespace crosscheck::config {
namespace {

std::string Join(const std::vector<text::Pattern>& patterns) {
  std::string s;
  for (const text::Pattern& p : patterns) s += (s.empty() ? "" : ",") + p.expression();
  return s;
}

// A compact dump of what differs from the defaults:
// "rules{number.extra=off} tolerance{relative=0.05}".
std::string Dump(const Config& c) {
  std::vector<std::string> parts;
  if (!c.rules.empty()) {
    std::string s;
    for (const auto& [id, severity] : c.rules) {
      s += (s.empty() ? "" : ",") + id + "=" +
           (severity ? std::string(compare::SeverityName(*severity)) : "off");
    }
    parts.push_back("rules{" + s + "}");
  }
  if (!c.tolerance.is_default()) {
    parts.push_back("tolerance{relative=" + c.tolerance.relative.ToString() +
                    ",hedges=" + (c.tolerance.hedges ? "true" : "false") + "}");
  }
  for (const auto* units : {&c.zh_units, &c.en_units}) {
    if (units->empty()) continue;
    std::string s;
    for (const auto& [word, id] : *units) s += (s.empty() ? "" : ",") + word + "=" + id;
    parts.push_back(std::string(units == &c.zh_units ? "units.zh{" : "units.en{") + s + "}");
  }
  if (!c.ignore_quantities.empty())
    parts.push_back("quantities{" + Join(c.ignore_quantities) + "}");
  if (!c.ignore_sections.empty()) {
    std::string s;
    for (const std::string& p : c.ignore_sections) s += (s.empty() ? "" : ",") + p;
    parts.push_back("sections{" + s + "}");
  }
  if (!c.ignore_titles.empty()) parts.push_back("titles{" + Join(c.ignore_titles) + "}");
  if (!c.noise_patterns.empty()) parts.push_back("noise{" + Join(c.noise_patterns) + "}");
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

}  // namespace

TEST_CASE("ParseConfig reads every key", "[config]") {
  struct Case {
    std::string toml;
    std::string expected;
  };
  const Case cases[] = {
      {"", ""},
      {"# only a comment\n", ""},
      {"[rules]\n\"number.extra\" = \"off\"\n\"structure.toc-mismatch\" = \"note\"\n",
       "rules{number.extra=off,structure.toc-mismatch=note}"},
      {"[rules]\n\"number.moved\" = \"error\"\n\"hedge.conflict\" = \"warning\"\n",
       "rules{hedge.conflict=warning,number.moved=error}"},
      // A dotted key without quotes names the same rule.
      {"[rules]\nnumber.extra = \"off\"\n", "rules{number.extra=off}"},
      {"[rules.structure]\nabridged = \"note\"\n", "rules{structure.abridged=note}"},
      {"[tolerance]\nrelative = 0.05\n", "tolerance{relative=0.05,hedges=true}"},
      {"[tolerance]\nrelative = 0.125\nhedges = false\n", "tolerance{relative=0.125,hedges=false}"},
      {"[tolerance]\nrelative = 0\nhedges = true\n", ""},
      {"[tolerance]\nhedges = false\n", "tolerance{relative=0,hedges=false}"},
      {"[units.zh]\n\"名\" = \"person\"\n\"noun:批\" = \"noun:batch\"\n",
       "units.zh{名=person,批=noun:batch}"},
      // English words are looked up lower-case and singular.
      {"[units.en]\nbatches = \"noun:batch\"\nPlots = \"mu\"\ncompanies = \"enterprise\"\n",
       "units.en{batch=noun:batch,company=enterprise,plot=mu}"},
      {"units = { zh = { \"户\" = \"household\" } }\n", "units.zh{户=household}"},
      {"[ignore]\nquantities = [\"^50 percent$\", \"减半\"]\n", "quantities{^50 percent$,减半}"},
      {"[ignore]\nsections = [\"appendix\", \"2.5\"]\nsection-titles = [\"^附录\", "
       "\"(?i)^annex\"]\n",
       "sections{appendix,2.5} titles{^附录,(?i)^annex}"},
      {"[ignore]\nquantities = []\n", ""},
      {"[noise]\npatterns = [\"^Employment and Labor Rights in Xinjiang$\", '^第 \\d+ 页$']\n",
       "noise{^Employment and Labor Rights in Xinjiang$,^第 \\d+ 页$}"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.toml);
    Config config;
    Status s = ParseConfig(c.toml, "crosscheck.toml", &config);
    CAPTURE(s.message());
    REQUIRE(s.ok());
    CHECK(Dump(config) == c.expected);
    CHECK(config.path == "crosscheck.toml");
  }
}

TEST_CASE("ParseConfig defaults equal today's comparison", "[config]") {
  Config config;
  REQUIRE(ParseConfig("", "crosscheck.toml", &config).ok());
  CHECK(config.tolerance.relative.is_zero());
  CHECK(config.tolerance.hedges);
  CHECK(config.tolerance.is_default());
  CHECK(config.rules.empty());
}

TEST_CASE("ParseConfig names the file, line, column and key of every error", "[config]") {
  struct Case {
    std::string toml;
    std::string message;
  };
  const Case cases[] = {
      {"[tolerence]\nrelative = 0.05\n",
       "crosscheck.toml:1:2: unknown table [tolerence]; did you mean [tolerance]?"},
      {"[settings]\n",
       "crosscheck.toml:1:2: unknown table [settings]; expected [rules], [tolerance], [units], "
       "[ignore] or [noise]"},
      {"[tolerance]\nrelativ = 0.05\n",
       "crosscheck.toml:2:1: unknown key 'relativ' in [tolerance]; did you mean 'relative'?"},
      {"[tolerance]\nabsolute = 3\n",
       "crosscheck.toml:2:1: unknown key 'absolute' in [tolerance]; expected relative or hedges"},
      {"[ignore]\nsection = [\"appendix\"]\n",
       "crosscheck.toml:2:1: unknown key 'section' in [ignore]; did you mean 'sections'?"},
      {"[noise]\npattern = []\n",
       "crosscheck.toml:2:1: unknown key 'pattern' in [noise]; did you mean 'patterns'?"},
      {"[units.fr]\n\"personne\" = \"person\"\n",
       "crosscheck.toml:1:8: unknown key 'fr' in [units]; expected zh or en"},
      // Wrong types.
      {"[tolerance]\nrelative = \"5%\"\n",
       "crosscheck.toml:2:12: 'relative' in [tolerance] must be a number, not a string"},
      {"[tolerance]\nhedges = \"yes\"\n",
       "crosscheck.toml:2:10: 'hedges' in [tolerance] must be true or false, not a string"},
      {"rules = 3\n", "crosscheck.toml:1:9: 'rules' must be a table, not an integer"},
      {"[rules]\n\"number.extra\" = false\n",
       "crosscheck.toml:2:18: 'number.extra' in [rules] must be a string (error, warning, note or "
       "off), not a boolean"},
      {"[ignore]\nquantities = \"^50 percent$\"\n",
       "crosscheck.toml:2:14: 'quantities' in [ignore] must be an array of strings, not a string"},
      {"[noise]\npatterns = [\"^a$\", 3]\n",
       "crosscheck.toml:2:20: each of 'patterns' in [noise] must be a string, not an integer"},
      {"[units.en]\nplots = 3\n",
       "crosscheck.toml:2:9: 'plots' in [units.en] must be a string (a unit id), not an integer"},
      {"[units.zh]\n\"名\" = \"\"\n",
       "crosscheck.toml:2:7: '名' in [units.zh] must map a word to a unit id such as \"person\" or "
       "\"noun:batch\", not \"\""},
      // Values out of range.
      {"[tolerance]\nrelative = 1.5\n",
       "crosscheck.toml:2:12: 'relative' in [tolerance] must be at least 0 and below 1, not 1.5"},
      {"[tolerance]\nrelative = -0.1\n",
       "crosscheck.toml:2:12: 'relative' in [tolerance] must be at least 0 and below 1, not -0.1"},
      // Rule ids and severities.
      {"[rules]\n\"number.extr\" = \"off\"\n",
       "crosscheck.toml:2:1: unknown rule 'number.extr' in [rules]; did you mean 'number.extra'?"},
      {"[rules]\nstructure.toc = \"off\"\n",
       "crosscheck.toml:2:11: unknown rule 'structure.toc' in [rules]; see docs/rules.md for the "
       "rule ids"},
      {"[rules]\n\"number.extra\" = \"warn\"\n",
       "crosscheck.toml:2:18: unknown severity 'warn' for 'number.extra' in [rules]; did you mean "
       "'warning'?"},
      {"[rules]\n\"number.extra\" = \"ignore\"\n",
       "crosscheck.toml:2:18: unknown severity 'ignore' for 'number.extra' in [rules]; expected "
       "error, warning, note or off"},
      // Regular expressions.
      {"[ignore]\nquantities = [\"(abc\"]\n",
       "crosscheck.toml:2:15: bad regular expression '(abc' for 'quantities' in [ignore]: "
       "unbalanced parenthesis at offset 4"},
      {"[noise]\npatterns = [\"^ok$\", \"[第\"]\n",
       "crosscheck.toml:2:21: bad regular expression '[第' for 'patterns' in [noise]: missing ']' "
       "at offset 2"},
      {"[ignore]\nsection-titles = ['\\p{Nonsense}']\n",
       "crosscheck.toml:2:19: bad regular expression '\\p{Nonsense}' for 'section-titles' in "
       "[ignore]: bad \\p{...} property at offset 12"},
      // TOML syntax, reported by the parser with its position.
      {"[noise]\npatterns = [\"a\"\n",
       "crosscheck.toml:2:17: error while parsing array: encountered end-of-file"},
      {"[rules]\n\"number.extra\" = off\n",
       "crosscheck.toml:2:18: error while parsing value: could not determine value type"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.toml);
    Config config;
    Status s = ParseConfig(c.toml, "crosscheck.toml", &config);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.message() == c.message);
  }
}

TEST_CASE("EnglishUnitKey is the extractor's singular", "[config]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"batches", "batch"}, {"Plots", "plot"},    {"companies", "company"}, {"boxes", "box"},
      {"batch", "batch"},   {"classes", "class"}, {"glass", "glass"},       {"", ""},
  };
  for (const auto& [word, key] : cases) {
    CAPTURE(word);
    CHECK(EnglishUnitKey(word) == key);
  }
}

TEST_CASE("LoadConfig reads a file and names it in messages", "[config]") {
  testing::TempDir dir;
  Config config;
  std::string good = dir.Write("good.toml", "[rules]\n\"number.moved\" = \"off\"\n");
  REQUIRE(LoadConfig(good, &config).ok());
  CHECK(config.path == good);
  CHECK(config.rules.count("number.moved") == 1);

  std::string bad = dir.Write("bad.toml", "\n\n[noise]\n  patterns = 1\n");
  Status s = LoadConfig(bad, &config);
  CHECK(s.message() == bad +
                           ":4:14: 'patterns' in [noise] must be an array of strings, not an "
                           "integer");

  Status missing = LoadConfig(dir.File("none.toml"), &config);
  CHECK(missing.code() == Status::Code::kNotFound);
  CHECK(missing.message() == dir.File("none.toml") + ": no such file");

  Status directory = LoadConfig(dir.path(), &config);
  CHECK(directory.code() == Status::Code::kIoError);
  CHECK(directory.message() == dir.path() + ": is a directory, not a configuration file");
}

TEST_CASE("FindConfig looks in the directory, then the repository root", "[config]") {
  namespace fs = std::filesystem;
  testing::TempDir dir;
  // repo/.git, repo/crosscheck.toml, repo/docs/zh/ (no config),
  // repo/sub/crosscheck.toml, and outside/ with no repository at all.
  fs::create_directories(dir.File("repo/.git"));
  fs::create_directories(dir.File("repo/docs/zh"));
  fs::create_directories(dir.File("repo/sub"));
  fs::create_directories(dir.File("outside/deeper"));
  dir.Write("repo/crosscheck.toml", "");
  dir.Write("repo/sub/crosscheck.toml", "");
  // A worktree's .git is a file.
  fs::create_directories(dir.File("worktree/a"));
  dir.Write("worktree/.git", "gitdir: elsewhere\n");
  dir.Write("worktree/crosscheck.toml", "");
  // A repository without a configuration file.
  fs::create_directories(dir.File("bare/.git"));
  fs::create_directories(dir.File("bare/x"));

  struct Case {
    std::string start;
    std::string expected;
  };
  const Case cases[] = {
      {dir.File("repo"), dir.File("repo/crosscheck.toml")},
      {dir.File("repo/docs/zh"), dir.File("repo/crosscheck.toml")},
      {dir.File("repo/docs/zh/"), dir.File("repo/crosscheck.toml")},
      {dir.File("repo/sub"), dir.File("repo/sub/crosscheck.toml")},
      {dir.File("worktree/a"), dir.File("worktree/crosscheck.toml")},
      {dir.File("bare/x"), ""},
      {dir.File("outside/deeper"), ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.start);
    std::string path = "stale";
    REQUIRE(FindConfig(c.start, &path).ok());
    CHECK(path == c.expected);
  }
}

TEST_CASE("FindConfig from '.' gives a relative path", "[config]") {
  testing::TempDir dir;
  dir.Write("crosscheck.toml", "");
  std::filesystem::path before = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  std::string path;
  Status s = FindConfig(".", &path);
  std::filesystem::current_path(before);
  REQUIRE(s.ok());
  CHECK(path == "crosscheck.toml");
}

}  // namespace crosscheck::config
