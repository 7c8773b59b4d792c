// The drift gate (issue 4, "Measured quality"): `crosscheck compare` must
// catch at least 95% of the drift injector's single-change copies of the
// labor-rights-2020 pair. The catch rule is in catch_rule.h; per-mutation
// results go to drift-results.json next to the crosscheck binary.
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "drift/catch_rule.h"
#include "drift/drift_injector.h"
#include "cli/run_binary.h"

namespace crosscheck::drift {
namespace {

using nlohmann::json;

constexpr int kRequiredPercent = 95;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The binary under test: CROSSCHECK_DRIFT_BINARY from the environment when
// set (to measure another build), else the one built with the tests.
std::string Binary() {
  const char* from_environment = getenv("CROSSCHECK_DRIFT_BINARY");
  return from_environment != nullptr && *from_environment != '\0' ? from_environment
                                                                  : CROSSCHECK_BINARY;
}

// Runs the binary and parses its JSON output; on failure says why in *error.
bool RunJson(const std::vector<std::string>& args, json* out, std::string* error) {
  testing::RunOptions options;
  options.binary = Binary();
  testing::RunResult run = testing::RunBinary(args, options);
  if (run.exit_code != 0) {
    *error = "exit " + std::to_string(run.exit_code) + ": " + run.err;
    return false;
  }
  *out = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
  if (out->is_discarded()) {
    *error = "output is not JSON: " + run.out.substr(0, 200);
    return false;
  }
  return true;
}

json FindingJson(const Finding& f) {
  json j{{"rule", f.rule}, {"severity", f.severity}, {"message", f.message}};
  j["zh"] = f.zh_line == 0 ? json(nullptr) : json{{"line", f.zh_line}, {"text", f.zh_text}};
  j["en"] = f.en_line == 0 ? json(nullptr) : json{{"line", f.en_line}, {"text", f.en_text}};
  return j;
}

json RangesJson(const std::vector<LineRange>& ranges) {
  json out = json::array();
  for (const LineRange& r : ranges) out.push_back(json::array({r.first, r.last}));
  return out;
}

TEST_CASE("drift gate: compare catches at least 95% of injected drift") {
  const auto start = std::chrono::steady_clock::now();
  const std::string zh_path =
      std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/labor-rights-2020.zh.txt";
  const std::string en_path =
      std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/labor-rights-2020.en.txt";
  const std::vector<Mutation> mutations = InjectDrift(ReadAll(zh_path), ReadAll(en_path));
  REQUIRE(mutations.size() > 150);

  json baseline, alignment;
  std::string error;
  const bool compared = RunJson(
      {"compare", zh_path, en_path, "--format", "json", "--fail-on", "never"}, &baseline, &error);
  const bool aligned =
      compared && RunJson({"align", zh_path, en_path, "--format", "json"}, &alignment, &error);
  INFO("crosscheck compare and align with --format json are required (issue 4): " << error);
  REQUIRE(compared);
  REQUIRE(aligned);

  std::string dir_template =
      (std::filesystem::temp_directory_path() / "crosscheck-drift-XXXXXX").string();
  REQUIRE(mkdtemp(dir_template.data()) != nullptr);
  const std::filesystem::path dir = dir_template;

  struct Tally {
    int caught = 0;
    int total = 0;
  };
  std::map<std::pair<int, Side>, Tally> tallies;
  json results = json::array();
  int caught = 0;
  std::vector<std::string> failures;
  for (const Mutation& m : mutations) {
    const bool zh_side = m.side == Side::kZh;
    const std::string path = (dir / (m.id + (zh_side ? ".zh.txt" : ".en.txt"))).string();
    {
      std::ofstream out(path, std::ios::binary);
      out << m.text;
    }
    json report;
    std::string run_error;
    Verdict v;
    if (RunJson({"compare", zh_side ? path : zh_path, zh_side ? en_path : path, "--format", "json",
                 "--fail-on", "never"},
                &report, &run_error)) {
      v = Judge(m, baseline, report, alignment);
      run_error = v.error;
    }
    if (!run_error.empty()) failures.push_back(m.id + ": " + run_error);
    std::filesystem::remove(path);

    Tally& t = tallies[{static_cast<int>(m.kind), m.side}];
    ++t.total;
    if (v.caught) {
      ++t.caught;
      ++caught;
    }
    json fresh = json::array(), catching = json::array();
    for (const Finding& f : v.fresh) fresh.push_back(FindingJson(f));
    for (const Finding& f : v.catching) catching.push_back(FindingJson(f));
    results.push_back(
        {{"id", m.id},
         {"kind", KindName(m.kind)},
         {"side", SideName(m.side)},
         {"description", m.description},
         {"caught", v.caught},
         {"error", run_error},
         {"region", {{"zh", RangesJson(v.region.zh)}, {"en", RangesJson(v.region.en)}}},
         {"catching", catching},
         {"new_findings", fresh}});
  }
  std::filesystem::remove_all(dir);

  const std::filesystem::path results_path =
      std::filesystem::path(CROSSCHECK_BINARY).parent_path() / "drift-results.json";
  {
    std::ofstream out(results_path, std::ios::binary);
    out << json{{"caught", caught}, {"total", mutations.size()}, {"mutations", results}}.dump(2)
        << "\n";
  }

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ostringstream table;
  table << "drift gate: caught per kind (zh, en)\n";
  for (Kind kind : kAllKinds) {
    const Tally& z = tallies[{static_cast<int>(kind), Side::kZh}];
    const Tally& e = tallies[{static_cast<int>(kind), Side::kEn}];
    table << "  " << std::left << std::setw(20) << KindName(kind) << std::right << std::setw(4)
          << z.caught << "/" << std::left << std::setw(4) << z.total << std::right << std::setw(4)
          << e.caught << "/" << std::left << std::setw(4) << e.total << "\n";
  }
  table << "  total " << caught << "/" << mutations.size() << " in " << std::fixed
        << std::setprecision(1) << seconds << " s; details in " << results_path.string() << "\n";
  std::cout << table.str();

  for (const std::string& f : failures) UNSCOPED_INFO(f);
  CHECK(failures.empty());
  CAPTURE(caught, mutations.size());
  CHECK(caught * 100 >= kRequiredPercent * static_cast<int>(mutations.size()));
}

}  // namespace
}  // namespace crosscheck::drift
