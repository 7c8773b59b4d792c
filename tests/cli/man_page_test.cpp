// The manual page, docs/crosscheck.1, kept in step with --help: every flag
// that `crosscheck COMMAND --help` lists appears under that command in the
// page's OPTIONS with the same default, and every flag the page lists
// exists. The roff is checked for the structure man(7) expects, since groff
// is not among the build dependencies (scripts/install-deps.sh).
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_binary.h"

namespace crosscheck::testing {
namespace {

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;
const std::vector<std::string> kCommands = {"outline", "extract", "compare", "align"};
// The page's name for the flags of `crosscheck` itself.
const std::string kGlobal = "crosscheck";

// flag → default as --help shows it ("" when it shows none).
using Flags = std::map<std::string, std::string>;

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// The flags of one help screen: option lines start with two spaces and a
// dash, e.g. "  --format TEXT:{text,json}=text" or
// "  --output FILE   Write ... (default: standard output)". With `until`,
// only the lines before the one that starts with it.
Flags HelpFlags(const std::string& help, const std::string& until = "") {
  Flags flags;
  for (const std::string& line : SplitLines(help)) {
    if (!until.empty() && line.rfind(until, 0) == 0) break;
    if (line.rfind("  -", 0) != 0) continue;
    std::istringstream words(line.substr(2));
    std::string names, type;
    words >> names >> type;
    std::string shown;
    if (size_t eq = type.rfind('='); eq != std::string::npos) {
      shown = type.substr(eq + 1);
    } else if (size_t d = line.find("(default: "); d != std::string::npos) {
      size_t begin = d + std::string("(default: ").size();
      shown = line.substr(begin, line.find(')', begin) - begin);
    }
    std::istringstream split(names);
    std::string name;
    while (std::getline(split, name, ',')) flags[name] = shown;
  }
  return flags;
}

// roff text without escapes for the minus sign and font changes.
std::string Plain(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '-') {
      out += '-';
      ++i;
    } else if (s[i] == '\\' && i + 2 < s.size() && s[i + 1] == 'f') {
      i += 2;  // \fB, \fI, \fR
    } else {
      out += s[i];
    }
  }
  return out;
}

// The flags named in a .TP tag line such as `.BR \-h ", " \-\-help`, or in a
// synopsis line such as `.RB [ \-q | \-\-quiet ]`.
std::vector<std::string> TagFlags(const std::string& tag) {
  std::vector<std::string> flags;
  std::string word;
  std::string plain = Plain(tag);
  for (size_t i = 0; i <= plain.size(); ++i) {
    char c = i < plain.size() ? plain[i] : ' ';
    if (c == ' ' || c == '"' || c == ',' || c == '|' || c == '[' || c == ']') {
      if (word.size() > 1 && word[0] == '-') flags.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return flags;
}

struct Page {
  std::vector<std::string> lines;
  std::vector<std::string> sections;  // .SH titles in order
  // Under OPTIONS: command → flag → the entry's text, without markup.
  std::map<std::string, std::map<std::string, std::string>> options;
  std::map<std::string, std::string> section_text;  // .SH title → its lines, plain
};

std::string Unquote(std::string s) {
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') return s.substr(1, s.size() - 2);
  return s;
}

Page ReadPage() {
  std::ifstream in(kSourceDir + "/docs/crosscheck.1");
  std::stringstream bytes;
  bytes << in.rdbuf();
  Page page;
  page.lines = SplitLines(bytes.str());
  std::string section, command;
  std::vector<std::string> entry_flags;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const std::string& line = page.lines[i];
    if (line.rfind(".SH ", 0) == 0) {
      section = Unquote(line.substr(4));
      page.sections.push_back(section);
      entry_flags.clear();
      continue;
    }
    page.section_text[section] += Plain(line) + "\n";
    if (section != "OPTIONS") continue;
    if (line.rfind(".SS ", 0) == 0) {
      std::string title = Unquote(line.substr(4));
      command = title.substr(0, title.find(' '));
      entry_flags.clear();
    } else if (line == ".TP" && i + 1 < page.lines.size()) {
      entry_flags = TagFlags(page.lines[++i]);
      for (const std::string& flag : entry_flags) page.options[command][flag];
    } else {
      for (const std::string& flag : entry_flags) page.options[command][flag] += Plain(line) + " ";
    }
  }
  return page;
}

}  // namespace

TEST_CASE("Every flag of --help is in the manual page with its default", "[cli][man]") {
  const Page page = ReadPage();
  std::map<std::string, Flags> help;
  help[kGlobal] = HelpFlags(RunBinary({"--help"}).out, "Subcommands:");
  for (const std::string& command : kCommands) {
    RunResult r = RunBinary({command, "--help"});
    REQUIRE(r.exit_code == 0);
    help[command] = HelpFlags(r.out);
  }
  CHECK(help[kGlobal] == Flags{{"-h", ""}, {"--help", ""}, {"--version", ""}});
  CHECK(help["compare"].count("--baseline") == 1);
  CHECK(help["compare"].count("-q") == 1);

  std::set<std::string> page_commands;
  for (const auto& [command, flags] : page.options) page_commands.insert(command);
  std::set<std::string> help_commands;
  for (const auto& [command, flags] : help) help_commands.insert(command);
  CHECK(page_commands == help_commands);

  for (const auto& [command, flags] : help) {
    CAPTURE(command);
    std::set<std::string> in_help, in_page;
    for (const auto& [flag, shown] : flags) in_help.insert(flag);
    auto it = page.options.find(command);
    if (it != page.options.end()) {
      for (const auto& [flag, text] : it->second) in_page.insert(flag);
    }
    CHECK(in_page == in_help);
    for (const auto& [flag, shown] : flags) {
      CAPTURE(flag);
      // --help and --version have nothing to default; every other flag
      // shows its default, and the page says the same.
      if (flag == "-h" || flag == "--help" || flag == "--version") continue;
      CHECK(!shown.empty());
      if (it == page.options.end() || it->second.count(flag) == 0) continue;
      const std::string& text = it->second.at(flag);
      CAPTURE(text);
      CHECK(text.find("Default: " + shown + ".") != std::string::npos);
    }
  }

  // The synopsis names every flag of every command.
  const std::string& synopsis = page.section_text.at("SYNOPSIS");
  for (const std::string& command : kCommands) {
    CAPTURE(command);
    size_t begin = synopsis.find(".B crosscheck " + command + "\n");
    REQUIRE(begin != std::string::npos);
    std::set<std::string> usage;
    for (const std::string& line :
         SplitLines(synopsis.substr(begin, synopsis.find(".br", begin) - begin))) {
      for (const std::string& flag : TagFlags(line)) usage.insert(flag);
    }
    for (const auto& [flag, shown] : help[command]) {
      CAPTURE(flag);
      if (flag == "-h" || flag == "--help") continue;
      CHECK(usage.count(flag) == 1);
    }
  }
}

TEST_CASE("The manual page has the structure man(7) expects", "[cli][man]") {
  const Page page = ReadPage();
  REQUIRE(!page.lines.empty());
  CHECK(page.sections == std::vector<std::string>{"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS",
                                                  "OPTIONS", "EXIT STATUS", "FILES", "ENVIRONMENT",
                                                  "EXAMPLES", "SEE ALSO"});
  // The first line that is not a comment is .TH with the version built.
  size_t first = 0;
  while (first < page.lines.size() && page.lines[first].rfind(".\\\"", 0) == 0) ++first;
  REQUIRE(first < page.lines.size());
  CHECK(page.lines[first].rfind(".TH CROSSCHECK 1 ", 0) == 0);
  CHECK(page.lines[first].find(std::string("\"crosscheck ") + CROSSCHECK_VERSION + "\"") !=
        std::string::npos);
  CHECK(page.section_text.at("NAME") ==
        "crosscheck - check a Chinese document against its "
        "English translation\n");

  const std::set<std::string> macros = {".TH", ".SH", ".SS", ".TP", ".PP", ".RS",
                                        ".RE", ".EX", ".EE", ".B",  ".I",  ".BR",
                                        ".BI", ".IR", ".RB", ".RI", ".br", ".\\\""};
  int rs = 0, ex = 0;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const std::string& line = page.lines[i];
    CAPTURE(i + 1, line);
    // ASCII only: groff reads other bytes without preconv as Latin-1.
    for (unsigned char c : line) CHECK(c < 0x80);
    CHECK(!line.empty());  // a blank line is a break in roff; .PP says it
    CHECK(line.rfind("'", 0) != 0);
    // Indentation is kept only in examples; elsewhere it is a break.
    if (ex == 0) CHECK(line.rfind(" ", 0) != 0);
    if (line.empty() || line[0] != '.') continue;
    std::string macro = line.substr(0, line.find(' '));
    if (line.rfind(".\\\"", 0) == 0) macro = ".\\\"";
    CHECK(macros.count(macro) == 1);
    if (macro == ".TP") {
      REQUIRE(i + 1 < page.lines.size());
      CHECK(page.lines[i + 1] != ".TP");
    }
    if (macro == ".RS") ++rs;
    if (macro == ".RE") --rs;
    if (macro == ".EX") ++ex;
    if (macro == ".EE") --ex;
    CHECK(rs >= 0);
    CHECK(rs <= 1);
    CHECK(ex >= 0);
    CHECK(ex <= 1);
  }
  CHECK(rs == 0);
  CHECK(ex == 0);

  // Every command is described; the exit codes, the configuration file and
  // NO_COLOR are documented.
  for (const std::string& command : kCommands) {
    CAPTURE(command);
    CHECK(page.section_text.at("COMMANDS").find(".BI " + command + " \"") != std::string::npos);
  }
  for (const char* code : {".B 0\n", ".B 1\n", ".B 2\n"}) {
    CHECK(page.section_text.at("EXIT STATUS").find(code) != std::string::npos);
  }
  CHECK(page.section_text.at("FILES").find("crosscheck.toml") != std::string::npos);
  CHECK(page.section_text.at("FILES").find("--config") != std::string::npos);
  CHECK(page.section_text.at("ENVIRONMENT").find("NO_COLOR") != std::string::npos);
}

}  // namespace crosscheck::testing
