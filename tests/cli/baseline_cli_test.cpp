// Baselines and --quiet through the real binary (docs/baseline-format.md,
// docs/cli.md). The fingerprint contract end to end: on a copy of the corpus
// pair with one figure changed, a recorded finding stays suppressed when
// paragraphs are inserted above it, a paragraph is added before the first
// heading and an unrelated paragraph is moved; changing the figure again
// makes it fail and reports the old entry as stale.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/run_binary.h"
#include "cli/temp_dir.h"

namespace crosscheck::testing {
namespace {

using nlohmann::json;

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;
const std::string kZh = "corpus/labor-rights-2020.zh.txt";
const std::string kEn = "corpus/labor-rights-2020.en.txt";

using Lines = std::vector<std::string>;

Lines ReadLines(const std::string& path) {
  std::ifstream in(kSourceDir + "/" + path);
  Lines lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::string Joined(const Lines& lines) {
  std::string s;
  for (const std::string& line : lines) s += line + "\n";
  return s;
}

// The index of the only line of `lines` that starts with `prefix`.
size_t Find(const Lines& lines, const std::string& prefix) {
  size_t found = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind(prefix, 0) != 0) continue;
    REQUIRE(found == lines.size());
    found = i;
  }
  REQUIRE(found < lines.size());
  return found;
}

void Replace(Lines* lines, const std::string& from, const std::string& to) {
  int replaced = 0;
  for (std::string& line : *lines) {
    size_t at = line.find(from);
    if (at == std::string::npos) continue;
    line.replace(at, from.size(), to);
    ++replaced;
  }
  REQUIRE(replaced == 1);
}

// Paragraphs (each followed by a blank line) inserted before line index `at`.
void Insert(Lines* lines, size_t at, const Lines& paragraphs) {
  Lines block;
  for (const std::string& p : paragraphs) {
    block.push_back(p);
    block.push_back("");
  }
  lines->insert(lines->begin() + static_cast<std::ptrdiff_t>(at), block.begin(), block.end());
}

struct Pair {
  Lines zh, en;
};

// The corpus pair with one English figure changed: 3.24万人 against
// "32,900 people" is a number.value error.
Pair ChangedPair() {
  Pair p{ReadLines(kZh), ReadLines(kEn)};
  Replace(&p.en, "facilitated employment for 32,400 people",
          "facilitated employment for 32,900 people");
  return p;
}

// `pair` as zh.txt and en.txt in `dir`, compared there with `args`.
RunResult Compare(const TempDir& dir, const Pair& pair, std::vector<std::string> args) {
  dir.Write("zh.txt", Joined(pair.zh));
  dir.Write("en.txt", Joined(pair.en));
  args.insert(args.begin(), {"compare", "zh.txt", "en.txt"});
  RunOptions options;
  options.working_directory = dir.path();
  return RunBinary(args, options);
}

json ParseReport(const RunResult& r) {
  INFO(r.err);
  REQUIRE(r.err.empty());
  return json::parse(r.out);
}

// The number.value findings on 3.24万人.
std::vector<json> ChangedFigureFindings(const json& report) {
  std::vector<json> found;
  for (const json& f : report["findings"]) {
    if (f["rule"] == "number.value" && !f["zh"].is_null() && f["zh"]["text"] == "3.24万人") {
      found.push_back(f);
    }
  }
  return found;
}

}  // namespace

TEST_CASE("A baselined finding stays suppressed while the text around it moves",
          "[cli][baseline]") {
  TempDir dir;
  const Pair changed = ChangedPair();

  // Record the findings of the changed pair.
  RunResult recorded = Compare(dir, changed, {"--format", "json", "--write-baseline", "b.json"});
  CHECK(recorded.exit_code == 1);
  const json before = ParseReport(recorded);
  const std::vector<json> known = ChangedFigureFindings(before);
  REQUIRE(known.size() == 1);
  CHECK(known[0]["en"]["text"] == "32,900 people");
  const size_t finding_count = before["findings"].size();

  const json baseline = json::parse(ReadFileBytes(dir.File("b.json")));
  CHECK(baseline["schema"] == "crosscheck.baseline/1");
  CHECK(baseline["tool"] == json({{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}}));
  CHECK(baseline["files"] == json({{"zh", "zh.txt"}, {"en", "en.txt"}}));
  REQUIRE(baseline["findings"].size() == finding_count);
  std::string known_fingerprint;
  for (size_t i = 0; i < finding_count; ++i) {
    const json& entry = baseline["findings"][i];
    const json& finding = before["findings"][i];
    CAPTURE(entry.dump());
    CHECK(entry["fingerprint"].get<std::string>().size() == 16);
    CHECK(entry["rule"] == finding["rule"]);
    CHECK(entry["severity"] == finding["severity"]);
    CHECK(entry["message"] == finding["message"]);
    CHECK(entry["section"] == finding["section"]);
    if (entry["message"] == known[0]["message"]) known_fingerprint = entry["fingerprint"];
  }
  REQUIRE(!known_fingerprint.empty());

  // The same pair against its baseline: everything suppressed.
  RunResult same = Compare(dir, changed, {"--format", "json", "--baseline", "b.json"});
  CHECK(same.exit_code == 0);
  json report = ParseReport(same);
  CHECK(report["findings"] == json::array());
  CHECK(report["summary"]["findings"] == json({{"error", 0}, {"warning", 0}, {"note", 0}}));
  CHECK(report["summary"]["baseline"] == json({{"suppressed", finding_count}, {"stale", 0}}));
  CHECK(report["stale_baseline"] == json::array());

  // Paragraphs inserted above the finding (one with a figure, both
  // languages), a paragraph before the first heading, and two unrelated
  // English paragraphs of section 1 swapped.
  Pair edited = changed;
  size_t zh_part2 = Find(edited.zh, "二、大力实施积极的就业政策");
  size_t en_part2 = Find(edited.en, "II. Implementation of Proactive Policies on Employment");
  Insert(&edited.zh, zh_part2 + 2,
         {"全区新建职业学校12所，在校学生逐年增加，办学条件明显改善。",
          "本段为新增说明，不涉及任何统计。"});
  Insert(&edited.en, en_part2 + 2,
         {"The region built 12 new vocational schools; enrollment grows every year and "
          "conditions have clearly improved.",
          "This paragraph is a new note without statistics."});
  size_t located = Find(edited.en, "Xinjiang is located in the northwest of China.");
  size_t significance = Find(edited.en, "Employment and job security carries great significance");
  std::swap(edited.en[located], edited.en[significance]);
  Insert(&edited.zh, Find(edited.zh, "前 言"), {"审阅稿，仅供内部参考。"});
  // Before the heading "Preface" and its blank line.
  Insert(&edited.en, Find(edited.en, "Work creates the means of existence") - 2,
         {"Review copy for internal reference."});

  // Without the baseline the finding is still there, six lines further down.
  RunResult moved = Compare(dir, edited, {"--format", "json"});
  CHECK(moved.exit_code == 1);
  const std::vector<json> moved_known = ChangedFigureFindings(ParseReport(moved));
  REQUIRE(moved_known.size() == 1);
  CHECK(moved_known[0]["zh"]["line"] == known[0]["zh"]["line"].get<int>() + 6);
  CHECK(moved_known[0]["en"]["line"] == known[0]["en"]["line"].get<int>() + 6);
  CHECK(ParseReport(moved)["findings"].size() == finding_count);

  // With it, nothing is reported and nothing is stale.
  RunResult kept = Compare(dir, edited, {"--format", "json", "--baseline", "b.json"});
  CHECK(kept.exit_code == 0);
  report = ParseReport(kept);
  CHECK(report["findings"] == json::array());
  CHECK(report["summary"]["baseline"] == json({{"suppressed", finding_count}, {"stale", 0}}));
  CHECK(report["stale_baseline"] == json::array());

  // The figure changed again: a new finding fails, the old entry is stale.
  Pair again = edited;
  Replace(&again.en, "for 32,900 people", "for 33,100 people");
  RunResult failed = Compare(dir, again, {"--format", "json", "--baseline", "b.json"});
  CHECK(failed.exit_code == 1);
  report = ParseReport(failed);
  REQUIRE(report["findings"].size() == 1);
  CHECK(report["findings"][0]["rule"] == "number.value");
  CHECK(report["findings"][0]["en"]["text"] == "33,100 people");
  CHECK(report["summary"]["findings"] == json({{"error", 1}, {"warning", 0}, {"note", 0}}));
  CHECK(report["summary"]["baseline"] == json({{"suppressed", finding_count - 1}, {"stale", 1}}));
  CHECK(report["stale_baseline"] == json::array({{{"fingerprint", known_fingerprint},
                                                  {"rule", "number.value"},
                                                  {"message", known[0]["message"]}}}));

  RunResult text = Compare(dir, again, {"--baseline", "b.json"});
  CHECK(text.exit_code == 1);
  CHECK(text.err.empty());
  const std::string stale_line = "stale baseline entry " + known_fingerprint +
                                 " [number.value]: " + known[0]["message"].get<std::string>() +
                                 "\n";
  CHECK(text.out.find("\n" + stale_line) != std::string::npos);
  CHECK(text.out.find("error[number.value]: value differs: '3.24万人' (32400 person) vs '33,100 "
                      "people' (33100 person)\n") != std::string::npos);
  const std::string summary_end =
      "); findings: 1 error, 0 warnings, 0 notes; baseline: " + std::to_string(finding_count - 1) +
      " suppressed, 1 stale\n";
  REQUIRE(text.out.size() > summary_end.size());
  CHECK(text.out.substr(text.out.size() - summary_end.size()) == summary_end);

  // Reading and writing the same file: the run is judged against the old
  // baseline, the file then holds this run's findings.
  RunResult refreshed =
      Compare(dir, again, {"--baseline", "b.json", "--write-baseline", "b.json", "--quiet"});
  CHECK(refreshed.exit_code == 1);
  CHECK(refreshed.out.empty());
  RunResult after = Compare(dir, again, {"--format", "json", "--baseline", "b.json"});
  CHECK(after.exit_code == 0);
  CHECK(ParseReport(after)["summary"]["baseline"] ==
        json({{"suppressed", finding_count}, {"stale", 0}}));
}

TEST_CASE("A baseline of the untouched corpus pair keeps it at exit 0", "[cli][baseline]") {
  TempDir dir;
  RunOptions in_source;
  in_source.working_directory = kSourceDir;
  const std::string b = dir.File("b.json");

  RunResult plain = RunBinary({"compare", kZh, kEn, "--format", "json"}, in_source);
  const size_t findings = ParseReport(plain)["findings"].size();
  REQUIRE(findings > 0);
  REQUIRE(plain.exit_code == 1);

  RunResult written = RunBinary({"compare", kZh, kEn, "--write-baseline", b}, in_source);
  CHECK(written.exit_code == plain.exit_code);
  CHECK(json::parse(ReadFileBytes(b))["findings"].size() == findings);

  RunResult text = RunBinary({"compare", kZh, kEn, "--baseline", b}, in_source);
  CHECK(text.exit_code == 0);
  CHECK(text.err.empty());
  // Only the summary line: no finding, no stale entry.
  CHECK(text.out.rfind("summary: ", 0) == 0);
  CHECK(text.out.find('\n') == text.out.size() - 1);
  const std::string summary_end =
      "; findings: 0 errors, 0 warnings, 0 notes; baseline: " + std::to_string(findings) +
      " suppressed, 0 stale\n";
  REQUIRE(text.out.size() > summary_end.size());
  CHECK(text.out.substr(text.out.size() - summary_end.size()) == summary_end);

  // A stricter level does not bring suppressed findings back.
  CHECK(
      RunBinary({"compare", kZh, kEn, "--baseline", b, "--fail-on", "note"}, in_source).exit_code ==
      0);
}

TEST_CASE("A baseline that cannot be used is exit 2 with one line naming it", "[cli][baseline]") {
  TempDir dir;
  dir.Write("syntax.json", "{\n  \"schema\": \"crosscheck.baseline/1\",\n  \"findings\": [,]\n}\n");
  dir.Write("report.json", "{\"schema\": \"crosscheck.report/1\", \"findings\": []}");
  dir.Write("short.json",
            "{\"schema\": \"crosscheck.baseline/1\", \"findings\": [{\"fingerprint\": \"abc\", "
            "\"rule\": \"number.value\"}]}");
  const std::string expected = "; expected a baseline written by --write-baseline";
  struct Case {
    std::vector<std::string> flags;
    std::string line;
  };
  const Case cases[] = {
      {{"--baseline", dir.File("none.json")}, dir.File("none.json") + ": no such file"},
      {{"--baseline", dir.path()}, dir.path() + ": is a directory, expected a file"},
      {{"--baseline", dir.File("syntax.json")},
       dir.File("syntax.json") +
           ":3:16: not valid JSON: syntax error while parsing value - unexpected ','; expected "
           "'[', '{', or a literal"},
      {{"--baseline", dir.File("report.json")},
       dir.File("report.json") + ": schema 'crosscheck.report/1' is not 'crosscheck.baseline/1'" +
           expected},
      {{"--baseline", dir.File("short.json")},
       dir.File("short.json") + ": findings[0].fingerprint: 'abc' is not 16 lower-case hex digits"},
      {{"--write-baseline", dir.File("no/such/dir.json")},
       dir.File("no/such/dir.json") + ": cannot write the baseline"},
      {{"--baseline", dir.File("none.json"), "--quiet"}, dir.File("none.json") + ": no such file"},
  };
  RunOptions in_source;
  in_source.working_directory = kSourceDir;
  for (const Case& c : cases) {
    std::vector<std::string> args = {"compare", kZh, kEn};
    args.insert(args.end(), c.flags.begin(), c.flags.end());
    CAPTURE(c.flags);
    RunResult r = RunBinary(args, in_source);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "crosscheck: " + c.line + "\n");
  }
}

TEST_CASE("compare --quiet prints nothing and keeps the exit code", "[cli][quiet]") {
  TempDir dir;
  RunOptions in_source;
  in_source.working_directory = kSourceDir;
  const std::vector<std::vector<std::string>> runs = {
      {"compare", kZh, kEn},
      {"compare", kZh, kEn, "--format", "json"},
      {"compare", kZh, kEn, "--fail-on", "never"},
      {"compare", kZh, kEn, "--fail-on", "error"},
      {"compare", kZh, kZh},
      {"compare", kZh, "corpus/none.txt"},
  };
  for (const std::vector<std::string>& args : runs) {
    CAPTURE(args);
    RunResult loud = RunBinary(args, in_source);
    for (const char* flag : {"--quiet", "-q"}) {
      CAPTURE(flag);
      std::vector<std::string> quiet_args = args;
      quiet_args.push_back(flag);
      RunResult quiet = RunBinary(quiet_args, in_source);
      CHECK(quiet.exit_code == loud.exit_code);
      CHECK(quiet.out.empty());
      // Only a run that could not be done says anything, on standard error.
      CHECK(quiet.err == loud.err);
      CHECK(quiet.err.empty() == (quiet.exit_code != 2));
    }
  }
  // The terminal is quiet too; --output is still written.
  RunOptions terminal = in_source;
  terminal.terminal = true;
  CHECK(RunBinary({"compare", kZh, kEn, "-q"}, terminal).out.empty());
  RunResult to_file = RunBinary({"compare", kZh, kEn, "--output", dir.File("loud.txt")}, in_source);
  RunResult quiet_to_file =
      RunBinary({"compare", kZh, kEn, "--output", dir.File("quiet.txt"), "-q"}, in_source);
  CHECK(quiet_to_file.exit_code == to_file.exit_code);
  CHECK(quiet_to_file.out.empty());
  CHECK(!ReadFileBytes(dir.File("loud.txt")).empty());
  CHECK(ReadFileBytes(dir.File("quiet.txt")) == ReadFileBytes(dir.File("loud.txt")));
}

}  // namespace crosscheck::testing
