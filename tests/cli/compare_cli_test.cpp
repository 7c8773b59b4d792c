// `crosscheck compare` and `crosscheck align` on the corpus pair through the
// real binary. The assertions hold whatever findings the comparison makes:
// they check the shape of the reports (docs/report-format.md), that the exit
// code agrees with the severities reported, determinism, --output, colour and
// a closed pipe.
#include <algorithm>
#include <catch2/catch.hpp>
#include <climits>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "cli/run_binary.h"
#include "cli/temp_dir.h"

namespace crosscheck::testing {
namespace {

using nlohmann::json;

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;
const std::string kZh = "corpus/labor-rights-2020.zh.txt";
const std::string kEn = "corpus/labor-rights-2020.en.txt";

RunOptions InSourceDir() {
  RunOptions options;
  options.working_directory = kSourceDir;
  return options;
}

// The rule table of docs/rules.md: id → default severity.
std::map<std::string, std::string> DocumentedRules() {
  std::ifstream in(kSourceDir + "/docs/rules.md");
  std::map<std::string, std::string> rules;
  std::string line;
  bool in_table = false;
  while (std::getline(in, line)) {
    if (line.rfind("| id | default |", 0) == 0) {
      in_table = true;
      continue;
    }
    if (!in_table) continue;
    if (line.rfind("| `", 0) != 0) {
      if (line.rfind("| ---", 0) == 0) continue;
      break;
    }
    size_t id_end = line.find('`', 3);
    size_t severity_begin = line.find("| ", id_end) + 2;
    size_t severity_end = line.find(' ', severity_begin);
    rules[line.substr(3, id_end - 3)] = line.substr(severity_begin, severity_end - severity_begin);
  }
  return rules;
}

std::vector<std::string> FileLines(const std::string& path) {
  std::ifstream in(kSourceDir + "/" + path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// `line` from 1-based code-point column `column` on.
std::string FromColumn(const std::string& line, int64_t column) {
  size_t i = 0;
  for (int64_t c = 1; c < column && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return line.substr(i);
}

int SeverityRank(const std::string& severity) {
  if (severity == "error") return 3;
  if (severity == "warning") return 2;
  if (severity == "note") return 1;
  return 0;
}

bool IsCount(const json& j) { return j.is_number_unsigned() || (j.is_number_integer() && j >= 0); }

// A place in a file: {"line", "column", "text"} with a line of `lines`.
void CheckPlaceShape(const json& place, const std::vector<std::string>& lines) {
  CAPTURE(place.dump());
  REQUIRE(place.is_object());
  CHECK(place.size() == 3);
  REQUIRE(place["line"].is_number_integer());
  REQUIRE(place["column"].is_number_integer());
  REQUIRE(place["text"].is_string());
  CHECK(place["line"] >= 1);
  CHECK(place["line"] <= lines.size());
  CHECK(place["column"] >= 1);
  CHECK(!place["text"].get<std::string>().empty());
}

// True when `text` starts at `column` of line `line`; a figure split by a
// page break reads on past the end of the line.
bool TextIsAt(const std::vector<std::string>& lines, int64_t line, int64_t column,
              const std::string& text) {
  if (line < 1 || line > static_cast<int64_t>(lines.size())) return false;
  std::string rest = FromColumn(lines[line - 1], column);
  return rest.rfind(text, 0) == 0 || (!rest.empty() && text.rfind(rest, 0) == 0);
}

TEST_CASE("compare --format json on the corpus pair has the documented shape", "[cli][compare]") {
  RunResult r = RunBinary({"compare", kZh, kEn, "--format", "json"}, InSourceDir());
  REQUIRE(r.err.empty());
  REQUIRE((r.exit_code == 0 || r.exit_code == 1));
  json report = json::parse(r.out);
  const std::map<std::string, std::string> rules = DocumentedRules();
  REQUIRE(rules.size() >= 16);
  const std::vector<std::string> zh_lines = FileLines(kZh), en_lines = FileLines(kEn);

  std::set<std::string> keys;
  for (const auto& [key, value] : report.items()) keys.insert(key);
  CHECK(keys == std::set<std::string>{"schema", "tool", "files", "swapped", "summary", "findings"});
  CHECK(report["schema"] == "crosscheck.report/1");
  CHECK(report["tool"] == json({{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}}));
  CHECK(report["files"] == json({{"zh", kZh}, {"en", kEn}}));
  CHECK(report["swapped"] == false);

  const json& summary = report["summary"];
  for (const char* side : {"zh", "en", "paired"}) {
    CAPTURE(side);
    CHECK(IsCount(summary["sections"][side]));
  }
  CHECK(summary["sections"]["paired"] <= summary["sections"]["zh"]);
  CHECK(summary["sections"]["paired"] <= summary["sections"]["en"]);
  CHECK(summary["sections"]["paired"] >= 1);
  const json& q = summary["quantities"];
  for (const char* key :
       {"zh", "en", "matched", "moved", "paired_with_finding", "range_ends_zh", "range_ends_en",
        "unmatched_zh", "unmatched_en"}) {
    CAPTURE(key);
    CHECK(IsCount(q[key]));
  }
  CHECK(q.size() == 9);
  // Nothing lost: every quantity of each side is in exactly one count.
  CHECK(q["matched"].get<int64_t>() + q["paired_with_finding"].get<int64_t>() +
            q["range_ends_zh"].get<int64_t>() + q["unmatched_zh"].get<int64_t>() ==
        q["zh"].get<int64_t>());
  CHECK(q["matched"].get<int64_t>() + q["paired_with_finding"].get<int64_t>() +
            q["range_ends_en"].get<int64_t>() + q["unmatched_en"].get<int64_t>() ==
        q["en"].get<int64_t>());
  CHECK(q["moved"] <= q["matched"]);
  CHECK(summary["findings"].size() == 3);

  const json& findings = report["findings"];
  REQUIRE(findings.is_array());
  std::map<std::string, int> by_severity = {{"error", 0}, {"warning", 0}, {"note", 0}};
  int hedge_conflicts = 0;
  using Key = std::tuple<int64_t, int64_t, int64_t, int64_t, std::string>;
  Key previous{0, 0, 0, 0, ""};
  for (const json& f : findings) {
    CAPTURE(f.dump());
    std::set<std::string> fields;
    for (const auto& [key, value] : f.items()) fields.insert(key);
    fields.erase("quantities");
    CHECK(fields == std::set<std::string>{"rule", "severity", "message", "section", "zh", "en"});
    REQUIRE(f["rule"].is_string());
    CHECK(rules.count(f["rule"]) == 1);
    REQUIRE(f["severity"].is_string());
    CHECK(SeverityRank(f["severity"]) > 0);
    ++by_severity[f["severity"]];
    hedge_conflicts += f["rule"] == "hedge.conflict";
    REQUIRE(f["message"].is_string());
    std::string message = f["message"];
    CHECK(!message.empty());
    CHECK(message.find('\n') == std::string::npos);
    CHECK(f["section"].is_object());
    CHECK(f["section"].size() == 2);
    CHECK(f["section"]["zh"].is_string());
    CHECK(f["section"]["en"].is_string());
    CHECK((!f["zh"].is_null() || !f["en"].is_null() || f.contains("quantities")));
    if (!f["zh"].is_null()) CheckPlaceShape(f["zh"], zh_lines);
    if (!f["en"].is_null()) CheckPlaceShape(f["en"], en_lines);
    if (f.contains("quantities")) {
      REQUIRE(f["quantities"].is_array());
      for (const json& quantity : f["quantities"]) {
        CHECK(quantity["value"].is_string());
        CHECK(quantity["unit"].is_string());
        CHECK(quantity["line"].is_number_integer());
        CHECK(quantity["column"].is_number_integer());
        CHECK(quantity["text"].is_string());
      }
    }
    // By Chinese line, English line, columns, rule; a side that is null
    // sorts after every line.
    const int64_t kNone = INT64_MAX;
    Key key{f["zh"].is_null() ? kNone : f["zh"]["line"].get<int64_t>(),
            f["en"].is_null() ? kNone : f["en"]["line"].get<int64_t>(),
            f["zh"].is_null() ? 0 : f["zh"]["column"].get<int64_t>(),
            f["en"].is_null() ? 0 : f["en"]["column"].get<int64_t>(), f["rule"]};
    CHECK(previous <= key);
    previous = key;
  }
  CHECK(summary["findings"] == json(by_severity));
  // Every hedge conflict is one pair reported with a finding.
  CHECK(hedge_conflicts <= q["paired_with_finding"].get<int>());
}

bool IsFigureRule(const std::string& rule) {
  return rule.rfind("number.", 0) == 0 || rule.rfind("unit.", 0) == 0 ||
         rule.rfind("hedge.", 0) == 0;
}

// Figures found by `compare --format json` on the pair, with the rule of
// their finding and whether they point at their text. Quantities listed by
// a summary finding do not say their side: either file will do.
struct PlaceCheck {
  std::string rule, side, place;
  bool at_text;
};

std::vector<PlaceCheck> CheckPlaces(const std::string& en_file) {
  RunResult r = RunBinary({"compare", kZh, en_file, "--format", "json"}, InSourceDir());
  const json report = json::parse(r.out);
  const std::vector<std::string> zh_lines = FileLines(kZh), en_lines = FileLines(en_file);
  std::vector<PlaceCheck> checks;
  for (const json& f : report["findings"]) {
    for (const std::string side : {"zh", "en"}) {
      if (f[side].is_null()) continue;
      const json& p = f[side];
      checks.push_back(
          {f["rule"], side, p.dump(),
           TextIsAt(side == "zh" ? zh_lines : en_lines, p["line"], p["column"], p["text"])});
    }
    for (const json& p : f.value("quantities", json::array())) {
      checks.push_back({f["rule"], "either", p.dump(),
                        TextIsAt(zh_lines, p["line"], p["column"], p["text"]) ||
                            TextIsAt(en_lines, p["line"], p["column"], p["text"])});
    }
  }
  return checks;
}

TEST_CASE("every figure in the compare report points at its text", "[cli][compare]") {
  for (const std::string en : {kEn, std::string("corpus/labor-rights-2020.en-abridged.txt")}) {
    int figures = 0;
    for (const PlaceCheck& c : CheckPlaces(en)) {
      if (!IsFigureRule(c.rule) && c.side != "either") continue;
      CAPTURE(en, c.rule, c.side, c.place);
      CHECK(c.at_text);
      ++figures;
    }
    CHECK(figures > 0);
  }
}

// Fails while structure findings give column 1 with a heading title or a
// contents entry's title that starts after its number ("II. Proactive…"):
// the column must point at the text (docs/report-format.md).
TEST_CASE("every heading in the compare report points at its title", "[cli][compare]") {
  for (const std::string en : {kEn, std::string("corpus/labor-rights-2020.en-abridged.txt")}) {
    for (const PlaceCheck& c : CheckPlaces(en)) {
      if (IsFigureRule(c.rule) || c.side == "either") continue;
      CAPTURE(en, c.rule, c.side, c.place);
      CHECK(c.at_text);
    }
  }
}

TEST_CASE("compare exits 1 exactly when a finding reaches --fail-on", "[cli][compare]") {
  RunResult json_run =
      RunBinary({"compare", kZh, kEn, "--format", "json", "--fail-on", "never"}, InSourceDir());
  REQUIRE(json_run.exit_code == 0);
  int worst = 0;
  const json report = json::parse(json_run.out);
  for (const json& f : report["findings"]) {
    worst = std::max(worst, SeverityRank(f["severity"].get<std::string>()));
  }
  struct Case {
    std::vector<std::string> flags;
    int expected;
  };
  const std::vector<Case> cases = {
      {{"--fail-on", "never"}, 0},
      {{"--fail-on", "note"}, worst >= 1 ? 1 : 0},
      {{"--fail-on", "warning"}, worst >= 2 ? 1 : 0},
      {{"--fail-on", "error"}, worst >= 3 ? 1 : 0},
      {{}, worst >= 2 ? 1 : 0},  // the default level is warning
  };
  for (const std::string format : {"text", "json"}) {
    for (const Case& c : cases) {
      std::vector<std::string> args = {"compare", kZh, kEn, "--format", format};
      args.insert(args.end(), c.flags.begin(), c.flags.end());
      CAPTURE(format, c.flags, worst);
      RunResult r = RunBinary(args, InSourceDir());
      CHECK(r.exit_code == c.expected);
      CHECK(r.err.empty());
      CHECK(!r.out.empty());
    }
  }
}

TEST_CASE("compare and align print the same bytes on every run and into --output",
          "[cli][compare][align]") {
  TempDir dir;
  for (const std::string command : {"compare", "align"}) {
    for (const std::string format : {"text", "json"}) {
      CAPTURE(command, format);
      std::vector<std::string> args = {command, kZh, kEn, "--format", format};
      RunResult first = RunBinary(args, InSourceDir());
      RunResult second = RunBinary(args, InSourceDir());
      REQUIRE(!first.out.empty());
      CHECK(first.out == second.out);
      CHECK(first.exit_code == second.exit_code);
      const std::string output = dir.File(command + "." + format);
      args.insert(args.end(), {"--output", output});
      RunResult to_file = RunBinary(args, InSourceDir());
      CHECK(to_file.exit_code == first.exit_code);
      CHECK(to_file.out.empty());
      CHECK(to_file.err.empty());
      CHECK(ReadFileBytes(output) == first.out);
    }
  }
}

TEST_CASE("the text report has no escape codes when not on a terminal", "[cli][compare]") {
  for (bool no_color : {false, true}) {
    CAPTURE(no_color);
    RunOptions options = InSourceDir();
    options.environment.push_back(
        {"NO_COLOR", no_color ? std::optional<std::string>("1") : std::nullopt});
    RunResult r = RunBinary({"compare", kZh, kEn}, options);
    CHECK(r.err.empty());
    REQUIRE(!r.out.empty());
    CHECK(r.out.find('\x1b') == std::string::npos);
  }
}

TEST_CASE("the text report is coloured on a terminal unless NO_COLOR is set", "[cli][compare]") {
  for (bool no_color : {false, true}) {
    CAPTURE(no_color);
    RunOptions options = InSourceDir();
    options.terminal = true;
    options.environment.push_back(
        {"NO_COLOR", no_color ? std::optional<std::string>("1") : std::nullopt});
    RunResult r = RunBinary({"compare", kZh, kEn}, options);
    CHECK(r.err.empty());
    REQUIRE(r.out.size() > 1000);
    CHECK((r.out.find("\x1b[") != std::string::npos) == !no_color);
  }
}

TEST_CASE("a closed pipe ends compare quietly", "[cli][compare]") {
  // Forty copies of the pair make reports larger than a pipe's buffer (64 KiB),
  // so the reader is gone while crosscheck still writes.
  TempDir dir;
  std::string zh, en;
  for (int i = 0; i < 40; ++i) {
    zh += ReadFileBytes(kSourceDir + "/" + kZh);
    en += ReadFileBytes(kSourceDir + "/" + kEn);
  }
  const std::string zh_path = dir.Write("long.zh.txt", zh);
  const std::string en_path = dir.Write("long.en.txt", en);
  for (const std::string format : {"text", "json"}) {
    CAPTURE(format);
    RunResult full = RunBinary({"compare", zh_path, en_path, "--format", format});
    REQUIRE(full.out.size() > 80 * 1024);
    RunOptions shell;
    shell.binary = "/bin/sh";
    const std::string script = "{ '" + std::string(CROSSCHECK_BINARY) + "' compare '" + zh_path +
                               "' '" + en_path + "' --format " + format +
                               "; echo \"exit $?\" >&2; } | head -c 10";
    RunResult r = RunBinary({"-c", script}, shell);
    CHECK(r.out == full.out.substr(0, 10));
    // Killed by SIGPIPE (128 + 13) without a word, as `cat` would be.
    CHECK(r.err == "exit 141\n");
  }
}

// Lines [first, last] of every paragraph of `sections` and their children.
void CollectParagraphs(const json& sections, std::vector<std::pair<int, int>>* paragraphs,
                       std::vector<std::pair<int, int>>* spans) {
  for (const json& s : sections) {
    spans->push_back({s["lines"][0], s["lines"][1]});
    for (const json& p : s["paragraphs"]) paragraphs->push_back({p["lines"][0], p["lines"][1]});
    CollectParagraphs(s["children"], paragraphs, spans);
  }
}

TEST_CASE("align --format json covers every section and paragraph of both sides once",
          "[cli][align]") {
  RunResult r = RunBinary({"align", kZh, kEn, "--format", "json"}, InSourceDir());
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.err.empty());
  json alignment = json::parse(r.out);
  CHECK(alignment["schema"] == "crosscheck.alignment/1");
  CHECK(alignment["files"] == json({{"zh", kZh}, {"en", kEn}}));
  REQUIRE(alignment["length_ratio"].is_number());
  CHECK(alignment["length_ratio"] > 1.0);
  CHECK(alignment["length_ratio"] < 10.0);

  for (const std::string side : {"zh", "en"}) {
    CAPTURE(side);
    RunResult outline =
        RunBinary({"outline", side == "zh" ? kZh : kEn, "--format", "json"}, InSourceDir());
    REQUIRE(outline.exit_code == 0);
    std::vector<std::pair<int, int>> paragraphs, outline_sections;
    CollectParagraphs(json::parse(outline.out)["sections"], &paragraphs, &outline_sections);
    REQUIRE(!paragraphs.empty());

    std::vector<std::pair<int, int>> aligned_sections, groups;
    for (const json& s : alignment["sections"]) {
      CHECK(s.contains("zh"));
      CHECK(s.contains("en"));
      CHECK((!s["zh"].is_null() || !s["en"].is_null()));
      CHECK(s["renumbered"].is_boolean());
      if (!s[side].is_null()) {
        CHECK(s[side]["label"].is_string());
        CHECK(s[side]["title"].is_string());
        aligned_sections.push_back({s[side]["lines"][0], s[side]["lines"][1]});
      }
      for (const json& pair : s["pairs"]) {
        CAPTURE(pair.dump());
        REQUIRE(pair["score"].is_number());
        CHECK(pair["score"] >= 0.0);
        CHECK(pair["score"] <= 1.0);
        CHECK((!pair["zh"].is_null() || !pair["en"].is_null()));
        if (pair[side].is_null()) continue;
        std::pair<int, int> lines{pair[side]["lines"][0], pair[side]["lines"][1]};
        CHECK(lines.first <= lines.second);
        // A group lies inside its section.
        if (!s[side].is_null()) {
          CHECK(lines.first >= s[side]["lines"][0]);
          CHECK(lines.second <= s[side]["lines"][1]);
        }
        groups.push_back(lines);
      }
    }
    // Sections: each one of the outline, once.
    std::sort(aligned_sections.begin(), aligned_sections.end());
    std::sort(outline_sections.begin(), outline_sections.end());
    CHECK(aligned_sections == outline_sections);
    // Paragraphs: each inside exactly one group; each group starts at a
    // paragraph's first line and ends at a paragraph's last line.
    for (const std::pair<int, int>& p : paragraphs) {
      CAPTURE(p.first, p.second);
      int holders = 0;
      for (const std::pair<int, int>& g : groups) {
        holders += g.first <= p.first && p.second <= g.second;
      }
      CHECK(holders == 1);
    }
    for (const std::pair<int, int>& g : groups) {
      CAPTURE(g.first, g.second);
      bool starts = false, ends = false;
      for (const std::pair<int, int>& p : paragraphs) {
        starts = starts || p.first == g.first;
        ends = ends || p.second == g.second;
      }
      CHECK(starts);
      CHECK(ends);
    }
  }
}

}  // namespace
}  // namespace crosscheck::testing
