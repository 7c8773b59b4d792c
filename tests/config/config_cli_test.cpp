// crosscheck.toml through the real binary: each kind of setting changes the
// findings and the exit code as docs/config.md says.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/run_binary.h"
#include "cli/temp_dir.h"

namespace crosscheck::testing {
namespace {

using nlohmann::json;

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;

// A small pair with four kinds of difference: 1000人 against "1,030
// people" (3% off), 300亩 against "300 plots" (a unit the English extractor
// does not know), and a running header "Xinhua Review 2021" that is not
// next to a page marker and so not found by the heuristic.
constexpr std::string_view kZh =
    "一、基本情况\n\n2020年，全县新增种植面积300亩，带动就业1000人，人均月收入达到4000元。\n\n"
    "二、主要做法\n\n县里举办培训班12期，培训农民600人次。\n";
constexpr std::string_view kEn =
    "I. Overview\n\nIn 2020, the county added 300 plots of farmland, creating jobs for 1,030 "
    "people,\nXinhua Review 2021\nwith a per capita monthly income of RMB4,000.\n\n"
    "II. Main Practices\n\nThe county held 12 training courses\nXinhua Review 2021\nfor 600 "
    "farmers.\n";

// "rule@zhline/enline" per finding, '-' for no side.
std::string Findings(const json& report) {
  std::string out;
  for (const json& f : report["findings"]) {
    auto line = [&](const char* side) {
      return f[side].is_null() ? std::string("-") : std::to_string(f[side]["line"].get<int>());
    };
    out += (out.empty() ? "" : " ") + f["rule"].get<std::string>() + "@" + line("zh") + "/" +
           line("en");
  }
  return out;
}

struct Outcome {
  int exit_code = -1;
  std::string findings;
  json summary;
  std::string err;
};

// Runs `compare --format json` on the small pair in `dir` with `extra` flags.
Outcome Compare(const TempDir& dir, const std::vector<std::string>& extra,
                const std::string& working_directory = "") {
  std::vector<std::string> args = {"compare", dir.File("b.zh.txt"), dir.File("b.en.txt"),
                                   "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  RunOptions options;
  options.working_directory = working_directory.empty() ? dir.path() : working_directory;
  RunResult r = RunBinary(args, options);
  Outcome o;
  o.exit_code = r.exit_code;
  o.err = r.err;
  if (r.exit_code == 0 || r.exit_code == 1) {
    json report = json::parse(r.out);
    o.findings = Findings(report);
    o.summary = report["summary"];
  }
  return o;
}

const char* const kAllFindings =
    "number.value@3/3 number.missing@3/- number.extra@-/3 number.extra@-/4 number.extra@-/10";

}  // namespace

TEST_CASE("Each setting of crosscheck.toml changes what compare reports", "[config][cli]") {
  TempDir dir;
  dir.Write("b.zh.txt", kZh);
  dir.Write("b.en.txt", kEn);
  struct Case {
    std::string name;
    std::string toml;
    int exit_code;
    std::string findings;
  };
  const Case cases[] = {
      {"an empty file is the defaults", "", 1, kAllFindings},
      {"a rule off", "[rules]\n\"number.extra\" = \"off\"\n", 1,
       "number.value@3/3 number.missing@3/-"},
      {"rules off change the exit code",
       "[rules]\n\"number.extra\" = \"off\"\n\"number.missing\" = \"off\"\n"
       "\"number.value\" = \"note\"\n",
       0, "number.value@3/3"},
      {"a running header by pattern", "[noise]\npatterns = [\"^Xinhua Review \\\\d{4}$\"]\n", 1,
       "number.value@3/3 number.missing@3/- number.extra@-/3"},
      {"a unit word", "[units.en]\nplots = \"mu\"\n", 1,
       "number.value@3/3 number.extra@-/4 number.extra@-/10"},
      {"a relative tolerance", "[tolerance]\nrelative = 0.05\n", 1,
       "number.missing@3/- number.extra@-/3 number.extra@-/4 number.extra@-/10"},
      {"all together",
       "[units.en]\nplots = \"mu\"\n[tolerance]\nrelative = 0.05\n[noise]\n"
       "patterns = [\"^Xinhua Review \\\\d{4}$\"]\n",
       0, ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name, c.toml);
    std::string config = dir.Write("c.toml", c.toml);
    Outcome o = Compare(dir, {"--config", config});
    CAPTURE(o.err);
    CHECK(o.exit_code == c.exit_code);
    CHECK(o.findings == c.findings);
  }
}

TEST_CASE("The summary counts what configuration left out", "[config][cli]") {
  TempDir dir;
  dir.Write("b.zh.txt", kZh);
  dir.Write("b.en.txt", kEn);
  std::string config =
      dir.Write("c.toml",
                "[rules]\n\"number.extra\" = \"off\"\n[ignore]\nquantities = [\"^300\"]\n"
                "section-titles = [\"^主要做法$\", \"^Main Practices$\"]\n");
  Outcome o = Compare(dir, {"--config", config});
  CAPTURE(o.err);
  CHECK(o.exit_code == 1);
  CHECK(o.findings == "number.value@3/3");
  CHECK(o.summary["ignored"] ==
        json::parse(R"({"quantities": {"zh": 1, "en": 1}, "sections": {"zh": 1, "en": 1},
                        "findings": 1})"));
  // Ignored figures are in no other count: 6 - 1 - 2 (section 二) on the Chinese side.
  CHECK(o.summary["quantities"]["zh"] == 3);
  CHECK(o.summary["sections"]["zh"] == 1);

  // The text report says so on its last line.
  RunOptions options;
  options.working_directory = dir.path();
  RunResult text = RunBinary({"compare", "b.zh.txt", "b.en.txt", "--config", config}, options);
  CHECK(text.out.substr(text.out.rfind('\n', text.out.size() - 2) + 1) ==
        "ignored by configuration: quantities zh 1, en 1; sections zh 1, en 1; findings of rules "
        "set to off 1\n");
  RunResult no_config = RunBinary({"compare", "b.zh.txt", "b.en.txt"}, options);
  CHECK(no_config.out.find("ignored by configuration") == std::string::npos);

  Outcome plain = Compare(dir, {});
  CHECK(plain.summary["ignored"] ==
        json::parse(R"({"quantities": {"zh": 0, "en": 0}, "sections": {"zh": 0, "en": 0},
                        "findings": 0})"));
}

TEST_CASE("[ignore] quantities drops a known difference of the corpus pair", "[config][cli]") {
  // docs/known-differences.md #4: "a 50 percent reduction" renders 减半.
  TempDir dir;
  const std::vector<std::string> args = {"compare", "corpus/labor-rights-2020.zh.txt",
                                         "corpus/labor-rights-2020.en.txt", "--format", "json"};
  RunOptions options;
  options.working_directory = kSourceDir;
  RunResult before = RunBinary(args, options);
  REQUIRE(before.exit_code == 1);
  json b = json::parse(before.out);
  auto extra_at_131 = [](const json& report) {
    size_t n = 0;
    for (const json& f : report["findings"]) {
      n += f["rule"] == "number.extra" && f["en"]["line"] == 131;
    }
    return n;
  };
  CHECK(extra_at_131(b) == 1);

  std::vector<std::string> with = args;
  with.push_back("--config");
  with.push_back(dir.Write("c.toml", "[ignore]\nquantities = [\"^50 percent$\"]\n"));
  RunResult after = RunBinary(with, options);
  REQUIRE(after.exit_code == 1);
  json a = json::parse(after.out);
  CHECK(extra_at_131(a) == 0);
  CHECK(a["findings"].size() == b["findings"].size() - 1);
  CHECK(a["summary"]["ignored"]["quantities"]["en"] == 1);
  CHECK(a["summary"]["quantities"]["en"] == b["summary"]["quantities"]["en"].get<int>() - 1);
}

TEST_CASE("compare finds crosscheck.toml in the working directory or the repository root",
          "[config][cli]") {
  namespace fs = std::filesystem;
  TempDir dir;
  dir.Write("b.zh.txt", kZh);
  dir.Write("b.en.txt", kEn);
  fs::create_directories(dir.File("repo/.git"));
  fs::create_directories(dir.File("repo/docs/deep"));
  fs::create_directories(dir.File("elsewhere"));
  dir.Write("repo/crosscheck.toml", "[rules]\n\"number.extra\" = \"off\"\n");
  dir.Write("repo/docs/crosscheck.toml", "[rules]\n\"number.missing\" = \"off\"\n");

  // From the root and from a directory below it without its own file: the root's.
  CHECK(Compare(dir, {}, dir.File("repo")).findings == "number.value@3/3 number.missing@3/-");
  CHECK(Compare(dir, {}, dir.File("repo/docs/deep")).findings ==
        "number.value@3/3 number.missing@3/-");
  // A file in the working directory wins.
  CHECK(Compare(dir, {}, dir.File("repo/docs")).findings ==
        "number.value@3/3 number.extra@-/3 number.extra@-/4 number.extra@-/10");
  // No repository, no file: the defaults.
  CHECK(Compare(dir, {}, dir.File("elsewhere")).findings == kAllFindings);
  // --config names the file whatever the directory.
  std::string empty = dir.Write("empty.toml", "");
  CHECK(Compare(dir, {"--config", empty}, dir.File("repo")).findings == kAllFindings);
}

TEST_CASE("A bad crosscheck.toml stops compare and align with exit 2", "[config][cli]") {
  TempDir dir;
  dir.Write("b.zh.txt", kZh);
  dir.Write("b.en.txt", kEn);
  dir.Write("crosscheck.toml", "[tolerance]\nrelative = 0.05\n\n[tolerence]\nhedges = true\n");
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const Case cases[] = {
      {{"compare", "b.zh.txt", "b.en.txt"},
       "crosscheck: crosscheck.toml:4:2: unknown table [tolerence]; did you mean [tolerance]?\n"},
      {{"align", "b.zh.txt", "b.en.txt"},
       "crosscheck: crosscheck.toml:4:2: unknown table [tolerence]; did you mean [tolerance]?\n"},
      {{"compare", "b.zh.txt", "b.en.txt", "--config", "missing.toml"},
       "crosscheck: missing.toml: no such file\n"},
      {{"align", "b.zh.txt", "b.en.txt", "--config", "missing.toml"},
       "crosscheck: missing.toml: no such file\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    RunOptions options;
    options.working_directory = dir.path();
    RunResult r = RunBinary(c.args, options);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == c.err);
  }
}

TEST_CASE("align leaves out the sections crosscheck.toml ignores", "[config][cli]") {
  TempDir dir;
  dir.Write("b.zh.txt", kZh);
  dir.Write("b.en.txt", kEn);
  std::string config = dir.Write("c.toml", "[ignore]\nsections = [\"2\"]\n");
  RunOptions options;
  options.working_directory = dir.path();
  RunResult plain = RunBinary({"align", "b.zh.txt", "b.en.txt", "--format", "json"}, options);
  RunResult with =
      RunBinary({"align", "b.zh.txt", "b.en.txt", "--format", "json", "--config", config}, options);
  REQUIRE(plain.exit_code == 0);
  REQUIRE(with.exit_code == 0);
  auto labels = [](const std::string& out) {
    std::string s;
    const json report = json::parse(out);
    for (const json& p : report["sections"]) {
      s += p["zh"]["label"].get<std::string>() + "/" + p["en"]["label"].get<std::string>() + " ";
    }
    return s;
  };
  CHECK(labels(plain.out) == "1/1 2/2 ");
  CHECK(labels(with.out) == "1/1 ");
}

TEST_CASE("docs/crosscheck.example.toml is valid and does what it says", "[config][cli]") {
  RunOptions options;
  options.working_directory = kSourceDir;
  RunResult r =
      RunBinary({"compare", "corpus/labor-rights-2020.zh.txt", "corpus/labor-rights-2020.en.txt",
                 "--format", "json", "--config", "docs/crosscheck.example.toml"},
                options);
  CAPTURE(r.err);
  REQUIRE((r.exit_code == 0 || r.exit_code == 1));
  json report = json::parse(r.out);
  for (const json& f : report["findings"]) {
    CAPTURE(f["message"]);
    if (f["rule"] == "structure.toc-mismatch") CHECK(f["severity"] == "note");
    CHECK(!(f["rule"] == "number.extra" && f["en"]["line"] == 131));
  }
  CHECK(report["summary"]["ignored"]["quantities"]["en"] == 1);
}

}  // namespace crosscheck::testing
