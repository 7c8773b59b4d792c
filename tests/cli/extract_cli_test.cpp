// `crosscheck extract` through the real binary: the three formats of
// docs/quantities-format.md agree with each other, and a handful of figures
// come out with exact values, intervals and positions.
#include <algorithm>
#include <catch2/catch.hpp>
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

// Line 1 has 14 characters before the first figure, four of them
// full-width digits; columns count code points.
const std::string kZhText =
    "２０２０年，全区城镇新增就业1135.24万人，比上年增长17.2%。\n"
    "近200家企业参与，培训47.12万人次以上。\n";
const std::string kEnText =
    "In 2020, urban employment grew by 11.35 million, up 17.2 percent.\n"
    "More than 200 enterprises took part, and nearly 1.68 million people were trained.\n";

const std::string kTsvHeader = "line\tcolumn\ttext\tkind\tvalue\tlow\thigh\tunit\thedge\tscale";

std::vector<std::string> Split(const std::string& s, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, separator)) parts.push_back(part);
  return parts;
}

// A JSON scalar as the TSV writes it: strings bare, numbers as JSON numbers.
std::string AsTsv(const json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

TEST_CASE("extract gives exact figures at exact places in each language", "[cli][extract]") {
  TempDir dir;
  const std::string zh = dir.Write("report.zh.txt", kZhText);
  const std::string en = dir.Write("report.en.txt", kEnText);
  struct Case {
    std::string file;
    std::string row;  // a TSV row, exactly
  };
  const std::vector<Case> cases = {
      {zh, "1\t15\t1135.24万人\tcount\t11352400\t11352350\t11352450\tperson\texact\t万"},
      {zh, "1\t30\t17.2%\tpercent\t17.2\t17.15\t17.25\t\texact\t"},
      {zh, "2\t1\t近200家企业\tcount\t200\t180\t200.5\tenterprise\tnearly\t"},
      {zh, "2\t13\t47.12万人次以上\tcount\t471200\t471150\t706800\tperson-time\tmore-than\t万"},
      {en, "1\t35\t11.35 million\tcount\t11350000\t11345000\t11355000\t\texact\tmillion"},
      {en, "1\t53\t17.2 percent\tpercent\t17.2\t17.15\t17.25\t\texact\t"},
      {en, "2\t1\tMore than 200 enterprises\tcount\t200\t199.5\t300\tenterprise\tmore-than\t"},
      {en,
       "2\t42\tnearly 1.68 million people\tcount\t1680000\t1512000\t1685000\tperson\tnearly\t"
       "million"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file, c.row);
    RunResult r = RunBinary({"extract", c.file, "--format", "tsv"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    std::vector<std::string> rows = Split(r.out, '\n');
    CHECK(std::count(rows.begin(), rows.end(), c.row) == 1);
  }
}

TEST_CASE("extract --format json, tsv and text list the same quantities", "[cli][extract]") {
  TempDir dir;
  const std::set<std::string> kinds = {"count",    "money",    "percent", "percentage-points",
                                       "ratio",    "fraction", "year",    "date",
                                       "duration", "ordinal",  "rate"};
  const std::set<std::string> hedges = {"exact",     "about",   "more-than", "at-least",
                                        "less-than", "at-most", "nearly",    "range"};
  const std::set<std::string> fields = {"line", "column", "text",  "kind",  "value", "low",
                                        "high", "unit",   "hedge", "scale", "per",   "spelled_out"};
  for (const auto& [name, text, language] :
       {std::tuple{"report.zh.txt", kZhText, "zh"}, std::tuple{"report.en.txt", kEnText, "en"}}) {
    CAPTURE(name);
    const std::string path = dir.Write(name, text);
    RunResult json_run = RunBinary({"extract", path, "--format", "json"});
    RunResult tsv_run = RunBinary({"extract", path, "--format", "tsv"});
    RunResult text_run = RunBinary({"extract", path});
    for (const RunResult* r : {&json_run, &tsv_run, &text_run}) {
      CHECK(r->exit_code == 0);
      CHECK(r->err.empty());
    }
    const json doc = json::parse(json_run.out);
    CHECK(doc.size() == 4);
    CHECK(doc["schema"] == "crosscheck.quantities/1");
    CHECK(doc["file"] == path);
    CHECK(doc["language"] == language);
    const json& quantities = doc["quantities"];
    REQUIRE(quantities.is_array());
    REQUIRE(quantities.size() >= 4);

    std::vector<std::string> rows = Split(tsv_run.out, '\n');
    REQUIRE(!rows.empty());
    CHECK(rows[0] == kTsvHeader);
    REQUIRE(rows.size() == quantities.size() + 1);
    std::vector<std::string> text_lines = Split(text_run.out, '\n');
    REQUIRE(text_lines.size() == quantities.size() + 1);
    CHECK(text_lines.back() == std::to_string(quantities.size()) + " quantities");

    int64_t previous_line = 0, previous_column = 0;
    for (size_t i = 0; i < quantities.size(); ++i) {
      const json& q = quantities[i];
      CAPTURE(q.dump());
      for (const auto& [key, value] : q.items()) CHECK(fields.count(key) == 1);
      for (const char* key :
           {"line", "column", "text", "kind", "value", "low", "high", "unit", "hedge", "scale"}) {
        CAPTURE(key);
        CHECK(q.contains(key));
      }
      REQUIRE(q["line"].is_number_integer());
      REQUIRE(q["column"].is_number_integer());
      CHECK(kinds.count(q["kind"]) == 1);
      CHECK(hedges.count(q["hedge"]) == 1);
      CHECK(q["unit"].is_string());
      CHECK(q["scale"].is_string());
      CHECK(q.contains("per") == (q["kind"] == "rate"));
      if (q["value"].is_number() && q["low"].is_number() && q["high"].is_number()) {
        CHECK(q["low"] <= q["value"]);
        CHECK(q["low"] <= q["high"]);
        if (q["hedge"] != "range") CHECK(q["value"] <= q["high"]);
      }
      // In order of place.
      std::pair<int64_t, int64_t> place{q["line"], q["column"]};
      CHECK(std::pair{previous_line, previous_column} <= place);
      std::tie(previous_line, previous_column) = place;

      std::string expected_row;
      for (const char* key :
           {"line", "column", "text", "kind", "value", "low", "high", "unit", "hedge", "scale"}) {
        expected_row += (expected_row.empty() ? "" : "\t") + AsTsv(q[key]);
      }
      CHECK(rows[i + 1] == expected_row);
      CHECK(text_lines[i].rfind(path + ":" + q["line"].dump() + ":" + q["column"].dump() + ": " +
                                    q["text"].get<std::string>() + " ",
                                0) == 0);
    }
  }
}

TEST_CASE("extract --lang overrides the detected language", "[cli][extract]") {
  TempDir dir;
  const std::string zh = dir.Write("report.zh.txt", kZhText);
  struct Case {
    std::vector<std::string> flags;
    std::string language;
    bool reads_wan;  // 1135.24万人 read with its scale, as only the Chinese reader does
  };
  const std::vector<Case> cases = {
      {{}, "zh", true},
      {{"--lang", "auto"}, "zh", true},
      {{"--lang", "zh"}, "zh", true},
      {{"--lang", "en"}, "en", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.flags);
    std::vector<std::string> args = {"extract", zh, "--format", "json"};
    args.insert(args.end(), c.flags.begin(), c.flags.end());
    RunResult r = RunBinary(args);
    REQUIRE(r.exit_code == 0);
    const json doc = json::parse(r.out);
    CHECK(doc["language"] == c.language);
    bool wan = false;
    for (const json& q : doc["quantities"]) wan = wan || q["value"] == 11352400;
    CHECK(wan == c.reads_wan);
  }
}

}  // namespace
}  // namespace crosscheck::testing
