#include "compare/baseline.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "compare/fingerprint.h"

namespace crosscheck::compare {
namespace {

// A finding whose identity is `figure` (each distinct figure is a distinct
// fingerprint) at line `line`.
Finding At(std::string figure, uint32_t line, Severity severity = Severity::kWarning) {
  Finding f;
  f.rule = "number.value";
  f.severity = severity;
  f.message = "value differs: " + figure;
  f.zh_section = "1";
  f.en_section = "1";
  f.zh = Location{line, 3, figure, "count:" + figure + "::context"};
  f.en = Location{line + 10, 5, figure, "count:" + figure + "0::context"};
  return f;
}

ComparisonResult WithFindings(std::vector<Finding> findings) {
  ComparisonResult r;
  for (const Finding& f : findings) {
    (f.severity == Severity::kError     ? r.summary.errors
     : f.severity == Severity::kWarning ? r.summary.warnings
                                        : r.summary.notes)++;
  }
  r.findings = std::move(findings);
  return r;
}

std::string Figures(const std::vector<Finding>& findings) {
  std::string s;
  for (const Finding& f : findings) s += (s.empty() ? "" : " ") + f.zh->text;
  return s;
}

std::string StaleFigures(const std::vector<BaselineEntry>& stale) {
  std::string s;
  for (const BaselineEntry& e : stale) {
    s += (s.empty() ? "" : " ") + e.message.substr(std::string("value differs: ").size());
  }
  return s;
}

}  // namespace

TEST_CASE("A baseline is written in the documented shape", "[compare][baseline]") {
  Finding f = At("12", 40, Severity::kError);
  f.en_section = "2";
  f.message = "value differs: \"12\"";
  Baseline b = MakeBaseline({f}, "a.zh.txt", "a.en.txt");
  CHECK(b.tool_version == CROSSCHECK_VERSION);
  const std::string expected = std::string(R"({
  "schema": "crosscheck.baseline/1",
  "tool": {
    "name": "crosscheck",
    "version": ")") + CROSSCHECK_VERSION +
                               R"("
  },
  "files": {
    "zh": "a.zh.txt",
    "en": "a.en.txt"
  },
  "findings": [
    {
      "fingerprint": ")" + Fingerprint(f) +
                               R"(",
      "rule": "number.value",
      "severity": "error",
      "message": "value differs: \"12\"",
      "section": {
        "zh": "1",
        "en": "2"
      }
    }
  ]
}
)";
  CHECK(FormatBaseline(b) == expected);
}

TEST_CASE("A baseline reads back what was written", "[compare][baseline]") {
  Finding note = At("7", 9, Severity::kNote);
  note.zh.reset();
  note.zh_section = "";
  Baseline b = MakeBaseline({At("12", 40, Severity::kError), note, At("12", 80)}, "z", "e");
  Baseline back;
  REQUIRE(ParseBaseline(FormatBaseline(b), "b.json", &back).ok());
  CHECK(back.tool_version == b.tool_version);
  CHECK(back.zh_file == "z");
  CHECK(back.en_file == "e");
  REQUIRE(back.entries.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(back.entries[i].fingerprint == b.entries[i].fingerprint);
    CHECK(back.entries[i].rule == b.entries[i].rule);
    CHECK(back.entries[i].severity == b.entries[i].severity);
    CHECK(back.entries[i].message == b.entries[i].message);
    CHECK(back.entries[i].zh_section == b.entries[i].zh_section);
    CHECK(back.entries[i].en_section == b.entries[i].en_section);
  }
  CHECK(back.entries[0].fingerprint == back.entries[2].fingerprint);
  CHECK(back.entries[1].severity == Severity::kNote);
  CHECK(back.entries[1].zh_section == "");
}

TEST_CASE("A bad baseline is refused with the place and the field", "[compare][baseline]") {
  const std::string fp = "0123456789abcdef";
  auto file = [&](const std::string& findings) {
    return R"({"schema": "crosscheck.baseline/1", "findings": )" + findings + "}";
  };
  const std::string expected = "; expected a baseline written by --write-baseline";
  struct Case {
    std::string text;
    std::string message;
  };
  const Case cases[] = {
      {"",
       "b.json:1:1: not valid JSON: syntax error while parsing value - unexpected end of "
       "input; expected '[', '{', or a literal"},
      {"{\n  \"schema\": \"crosscheck.baseline/1\",\n  x\n}",
       "b.json:3:3: not valid JSON: syntax error while parsing object key - invalid literal; "
       "last read: '\"crosscheck.baseline/1\",<U+000A>  x'; expected string literal"},
      // The column counts code points: 新 is three bytes, one column.
      {"{\"新\": tru}",
       "b.json:1:10: not valid JSON: syntax error while parsing value - invalid literal; last "
       "read: '\"新\": tru}'"},
      {"[]", "b.json: not a JSON object" + expected},
      {"{\"findings\": []}", "b.json: no \"schema\"" + expected},
      {"{\"schema\": \"crosscheck.report/1\", \"findings\": []}",
       "b.json: schema 'crosscheck.report/1' is not 'crosscheck.baseline/1'" + expected},
      {"{\"schema\": \"crosscheck.baseline/1\"}",
       "b.json: \"findings\" is missing or not an array" + expected},
      {file("{}"), "b.json: \"findings\" is missing or not an array" + expected},
      {file("[7]"), "b.json: findings[0]: expected an object"},
      {file("[{\"rule\": \"number.value\"}]"), "b.json: findings[0]: 'fingerprint' is missing"},
      {file("[{\"fingerprint\": 12, \"rule\": \"number.value\"}]"),
       "b.json: findings[0].fingerprint: expected a string"},
      {file("[{\"fingerprint\": \"0123456789ABCDEF\", \"rule\": \"number.value\"}]"),
       "b.json: findings[0].fingerprint: '0123456789ABCDEF' is not 16 lower-case hex digits"},
      {file("[{\"fingerprint\": \"" + fp + "\", \"rule\": \"r\"}, {\"fingerprint\": \"" + fp +
            "\"}]"),
       "b.json: findings[1]: 'rule' is missing"},
      {file("[{\"fingerprint\": \"" + fp + "\", \"rule\": \"r\", \"severity\": \"fatal\"}]"),
       "b.json: findings[0].severity: unknown severity 'fatal'; expected error, warning or note"},
      {file("[{\"fingerprint\": \"" + fp + "\", \"rule\": \"r\", \"message\": [1]}]"),
       "b.json: findings[0].message: expected a string"},
      {file("[{\"fingerprint\": \"" + fp + "\", \"rule\": \"r\", \"section\": \"1\"}]"),
       "b.json: findings[0].section: expected an object"},
      {file("[{\"fingerprint\": \"" + fp + "\", \"rule\": \"r\", \"section\": {\"en\": 2}}]"),
       "b.json: findings[0].section.en: expected a string"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Baseline b;
    b.zh_file = "unchanged";
    Status s = ParseBaseline(c.text, "b.json", &b);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.message() == c.message);
    CHECK(b.zh_file == "unchanged");
  }
}

TEST_CASE("A hand-trimmed baseline needs only fingerprint and rule", "[compare][baseline]") {
  Baseline b;
  REQUIRE(ParseBaseline(R"({"schema": "crosscheck.baseline/1", "findings": [
      {"fingerprint": "00000000000000ff", "rule": "number.extra"}]})",
                        "b.json", &b)
              .ok());
  REQUIRE(b.entries.size() == 1);
  CHECK(b.entries[0].fingerprint == "00000000000000ff");
  CHECK(b.entries[0].rule == "number.extra");
  CHECK(b.entries[0].severity == Severity::kWarning);
  CHECK(b.entries[0].message == "");
  CHECK(b.tool_version == "");
}

TEST_CASE("Applying a baseline suppresses by fingerprint, counting", "[compare][baseline]") {
  struct Case {
    std::string name;
    std::vector<Finding> recorded;  // the baseline is written from these
    std::vector<Finding> now;       // and applied to these
    std::string kept;               // figures of the findings left, in order
    size_t suppressed;
    std::string stale;  // figures of the stale entries, in baseline order
  };
  const Case cases[] = {
      {"same findings", {At("1", 10), At("2", 20)}, {At("1", 10), At("2", 20)}, "", 2, ""},
      {"same findings on other lines",
       {At("1", 10), At("2", 20)},
       {At("2", 5), At("1", 90)},
       "",
       2,
       ""},
      {"a new finding", {At("1", 10)}, {At("1", 10), At("3", 30)}, "3", 1, ""},
      {"a figure changed", {At("1", 10), At("2", 20)}, {At("1", 10), At("2b", 20)}, "2b", 1, "2"},
      {"a finding fixed", {At("1", 10), At("2", 20)}, {At("2", 20)}, "", 1, "1"},
      {"twice recorded, twice now",
       {At("1", 10), At("1", 50)},
       {At("1", 10), At("1", 60)},
       "",
       2,
       ""},
      {"once recorded, twice now", {At("1", 10)}, {At("1", 10), At("1", 60)}, "1", 1, ""},
      {"twice recorded, once now", {At("1", 10), At("1", 50)}, {At("1", 70)}, "", 1, "1"},
      {"empty baseline", {}, {At("1", 10)}, "1", 0, ""},
      {"no findings now", {At("1", 10), At("1", 11), At("4", 12)}, {}, "", 0, "1 1 4"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Baseline b = MakeBaseline(c.recorded, "z", "e");
    ComparisonResult r = WithFindings(c.now);
    BaselineOutcome outcome = ApplyBaseline(b, &r);
    CHECK(Figures(r.findings) == c.kept);
    CHECK(outcome.suppressed == c.suppressed);
    CHECK(StaleFigures(outcome.stale) == c.stale);
    CHECK(r.summary.warnings == r.findings.size());
  }
}

TEST_CASE("Applying a baseline lowers the severity counts", "[compare][baseline]") {
  ComparisonResult r = WithFindings({At("1", 1, Severity::kError), At("2", 2, Severity::kError),
                                     At("3", 3, Severity::kNote), At("4", 4)});
  Baseline b = MakeBaseline({At("1", 1, Severity::kError), At("3", 3, Severity::kNote)}, "", "");
  BaselineOutcome outcome = ApplyBaseline(b, &r);
  CHECK(outcome.suppressed == 2);
  CHECK(r.summary.errors == 1);
  CHECK(r.summary.warnings == 1);
  CHECK(r.summary.notes == 0);
  CHECK(Figures(r.findings) == "2 4");
}

TEST_CASE("Baselines are saved to and loaded from files", "[compare][baseline]") {
  char dir_template[] = "/tmp/crosscheck-baseline-XXXXXX";
  REQUIRE(mkdtemp(dir_template) != nullptr);
  const std::string dir = dir_template;
  const std::string path = dir + "/b.json";

  Baseline b = MakeBaseline({At("1", 10), At("2", 20)}, "z", "e");
  REQUIRE(SaveBaseline(path, b).ok());
  Baseline back;
  REQUIRE(LoadBaseline(path, &back).ok());
  CHECK(FormatBaseline(back) == FormatBaseline(b));

  Status missing = LoadBaseline(dir + "/none.json", &back);
  CHECK(missing.code() == Status::Code::kNotFound);
  CHECK(missing.message() == dir + "/none.json: no such file");
  Status directory = LoadBaseline(dir, &back);
  CHECK(directory.code() == Status::Code::kIoError);
  CHECK(directory.message() == dir + ": is a directory, expected a file");
  Status unwritable = SaveBaseline(dir + "/no/such/dir.json", b);
  CHECK(unwritable.code() == Status::Code::kIoError);
  CHECK(unwritable.message() == dir + "/no/such/dir.json: cannot write the baseline");

  std::remove(path.c_str());
  rmdir(dir.c_str());
}

}  // namespace crosscheck::compare
