// compare --format sarif|junit|github through the real binary, on the
// drifted pair: each format carries every finding of the JSON report, at the
// place where it shows, with the counterpart, the rule and the level.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_binary.h"
#include "cli/temp_dir.h"
#include "compare/rules.h"
#include "report/drifted_pair.h"
#include "report/xml_check.h"

namespace crosscheck::testing {
namespace {

using nlohmann::json;

struct Drifted {
  TempDir dir;
  json report;  // compare --format json

  RunResult Run(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"compare", kDriftedZh, kDriftedEn};
    args.insert(args.end(), extra.begin(), extra.end());
    RunOptions options;
    options.working_directory = dir.path();
    return RunBinary(args, options);
  }
};

void Prepare(Drifted* d) {
  std::string error;
  INFO(error);
  REQUIRE(WriteDriftedPair(d->dir, &error));
  RunResult r = d->Run({"--format", "json"});
  REQUIRE(r.exit_code == 1);
  d->report = json::parse(r.out);
}

// The side a finding shows on (docs/report-format.md).
std::string PrimarySide(const json& f) {
  if (f["zh"].is_null()) return "en";
  if (f["en"].is_null()) return "zh";
  const std::string rule = f["rule"];
  if (rule == "number.missing" || rule == "structure.section-missing" ||
      rule == "structure.paragraph-missing") {
    return "zh";
  }
  return "en";
}

std::string FileOf(const std::string& side) { return side == "zh" ? kDriftedZh : kDriftedEn; }

TEST_CASE("the drifted pair has a finding of every kind the reports must carry", "[report][cli]") {
  Drifted d;
  Prepare(&d);
  std::set<std::string> rules;
  for (const json& f : d.report["findings"]) rules.insert(f["rule"].get<std::string>());
  for (const char* rule :
       {"number.value", "number.magnitude", "unit.mismatch", "hedge.conflict", "number.missing",
        "number.extra", "structure.section-missing", "structure.toc-mismatch"}) {
    CAPTURE(rule);
    CHECK(rules.count(rule) == 1);
  }
}

TEST_CASE("compare --format sarif holds every finding with both places", "[report][cli][sarif]") {
  Drifted d;
  Prepare(&d);
  RunResult r = d.Run({"--format", "sarif"});
  REQUIRE(r.exit_code == 1);
  json sarif = json::parse(r.out);
  CHECK(sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(sarif["version"] == "2.1.0");
  REQUIRE(sarif["runs"].size() == 1);
  const json& run = sarif["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["name"] == "crosscheck");
  CHECK(run["tool"]["driver"]["version"] == CROSSCHECK_VERSION);
  const json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == compare::Rules().size());
  for (size_t i = 0; i < rules.size(); ++i) {
    const compare::Rule& rule = compare::Rules()[i];
    CAPTURE(rule.id);
    CHECK(rules[i]["id"] == rule.id);
    CHECK(rules[i]["shortDescription"]["text"] == rule.summary);
    CHECK(rules[i]["defaultConfiguration"]["level"] == compare::SeverityName(rule.severity));
    CHECK(!rules[i]["help"]["markdown"].get<std::string>().empty());
  }
  REQUIRE(run["artifacts"].size() == 2);
  CHECK(run["artifacts"][0]["location"]["uri"] == kDriftedZh);
  CHECK(run["artifacts"][0]["properties"]["language"] == "zh");
  CHECK(run["artifacts"][1]["location"]["uri"] == kDriftedEn);
  CHECK(run["artifacts"][1]["properties"]["language"] == "en");

  const json& findings = d.report["findings"];
  const json& results = run["results"];
  REQUIRE(results.size() == findings.size());
  std::set<std::string> fingerprints;
  for (size_t i = 0; i < results.size(); ++i) {
    const json& f = findings[i];
    const json& res = results[i];
    CAPTURE(f.dump());
    CHECK(res["ruleId"] == f["rule"]);
    CHECK(rules[res["ruleIndex"].get<size_t>()]["id"] == f["rule"]);
    CHECK(res["level"] == f["severity"]);
    std::string message = f["message"];
    CHECK(res["message"]["text"] == (message.back() == '.' ? message : message + "."));
    const std::string side = PrimarySide(f);
    const json& physical = res["locations"][0]["physicalLocation"];
    CHECK(physical["artifactLocation"]["uri"] == FileOf(side));
    CHECK(physical["region"]["startLine"] == f[side]["line"]);
    CHECK(physical["region"]["startColumn"] == f[side]["column"]);
    const std::string other = side == "zh" ? "en" : "zh";
    if (f[other].is_null()) {
      CHECK(!res.contains("relatedLocations"));
    } else {
      const json& related = res["relatedLocations"][0];
      CHECK(related["physicalLocation"]["artifactLocation"]["uri"] == FileOf(other));
      CHECK(related["physicalLocation"]["region"]["startLine"] == f[other]["line"]);
      CHECK(related["message"]["text"] == (other == "zh" ? "counterpart in the Chinese version"
                                                         : "counterpart in the English version"));
    }
    std::string fingerprint = res["partialFingerprints"]["crosscheckFingerprint/v1"];
    CHECK(fingerprint.size() == 16);
    CHECK(fingerprints.insert(fingerprint).second);
  }
}

TEST_CASE("compare --format junit is well-formed with a case per section pair",
          "[report][cli][junit]") {
  Drifted d;
  Prepare(&d);
  RunResult align = RunBinary({"align", kDriftedZh, kDriftedEn, "--format", "json"},
                              RunOptions{.working_directory = d.dir.path()});
  REQUIRE(align.exit_code == 0);
  const size_t section_pairs = json::parse(align.out)["sections"].size();

  for (const char* fail_on : {"warning", "error", "never"}) {
    CAPTURE(fail_on);
    RunResult r = d.Run({"--format", "junit", "--fail-on", fail_on});
    CHECK(r.exit_code == (std::string(fail_on) == "never" ? 0 : 1));
    XmlElement root;
    std::string error;
    INFO(error);
    REQUIRE(ParseXml(r.out, &root, &error));
    REQUIRE(root.name == "testsuites");
    std::vector<const XmlElement*> suites = root.Children("testsuite");
    REQUIRE(suites.size() == 1);
    const XmlElement& suite = *suites[0];
    CHECK(*suite.Attribute("name") == std::string(kDriftedZh) + " vs " + kDriftedEn);
    std::vector<const XmlElement*> cases = suite.Children("testcase");
    // Every section pair, and "contents" for the contents findings.
    REQUIRE(cases.size() == section_pairs + 1);
    CHECK(*cases.back()->Attribute("name") == "contents");
    CHECK(*suite.Attribute("tests") == std::to_string(cases.size()));

    int rank = std::string(fail_on) == "error" ? 2 : std::string(fail_on) == "warning" ? 1 : 3;
    auto level = [](const std::string& s) { return s == "error" ? 2 : s == "warning" ? 1 : 0; };
    std::multiset<std::string> expected_failures, failures;
    std::string expected_output_rules;
    for (const json& f : d.report["findings"]) {
      if (level(f["severity"]) >= rank) expected_failures.insert(f["rule"].get<std::string>());
    }
    size_t failing = 0;
    std::string output;
    for (const XmlElement* c : cases) {
      CHECK(*c->Attribute("classname") == std::string("crosscheck.") + kDriftedZh);
      std::vector<const XmlElement*> fs = c->Children("failure");
      failing += !fs.empty();
      for (const XmlElement* f : fs) {
        failures.insert(*f->Attribute("type"));
        CHECK(f->text.find(*f->Attribute("message")) != std::string::npos);
      }
      for (const XmlElement* o : c->Children("system-out")) output += o->text;
    }
    CHECK(failures == expected_failures);
    CHECK(*suite.Attribute("failures") == std::to_string(failing));
    // The rest is in the output, each with its places.
    for (const json& f : d.report["findings"]) {
      if (level(f["severity"]) >= rank) continue;
      std::string line = f["severity"].get<std::string>() + "[" + f["rule"].get<std::string>() +
                         "]: " + f["message"].get<std::string>() + "\n";
      CAPTURE(line);
      CHECK(output.find(line) != std::string::npos);
    }
  }
}

TEST_CASE("compare --format github prints one command per finding and a summary",
          "[report][cli][github]") {
  Drifted d;
  Prepare(&d);
  RunResult r = d.Run({"--format", "github"});
  REQUIRE(r.exit_code == 1);
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  const json& findings = d.report["findings"];
  REQUIRE(lines.size() == findings.size() + 1);
  for (size_t i = 0; i < findings.size(); ++i) {
    const json& f = findings[i];
    CAPTURE(f.dump(), lines[i]);
    const std::string side = PrimarySide(f);
    const std::string severity = f["severity"];
    const std::string command = severity == "note" ? "notice" : severity;
    const std::string prefix = "::" + command + " file=" + FileOf(side) +
                               ",line=" + std::to_string(f[side]["line"].get<int>()) +
                               ",col=" + std::to_string(f[side]["column"].get<int>()) +
                               ",endColumn=";
    CHECK(lines[i].rfind(prefix, 0) == 0);
    std::string tail = ",title=" + f["rule"].get<std::string>() + "::";
    CHECK(lines[i].find(tail) != std::string::npos);
    std::string message = f["message"];
    std::string escaped;
    for (char c : message) escaped += c == '%' ? std::string("%25") : std::string(1, c);
    CHECK(lines[i].find("::" + escaped) != std::string::npos);
  }
  const json& s = d.report["summary"];
  CHECK(lines.back().rfind(
            "::notice::crosscheck: " + std::to_string(s["findings"]["error"].get<int>()) +
                " errors, " + std::to_string(s["findings"]["warning"].get<int>()) + " warnings, " +
                std::to_string(s["findings"]["note"].get<int>()) + " notes; ",
            0) == 0);
}

TEST_CASE("compare rejects an unknown --format naming the formats", "[report][cli]") {
  RunOptions options;
  options.working_directory = CROSSCHECK_SOURCE_DIR;
  RunResult r = RunBinary({"compare", "corpus/labor-rights-2020.zh.txt",
                           "corpus/labor-rights-2020.en.txt", "--format", "xml"},
                          options);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("xml") != std::string::npos);
  CHECK(r.err.find("text,json,sarif,junit,github") != std::string::npos);
}

}  // namespace
}  // namespace crosscheck::testing
