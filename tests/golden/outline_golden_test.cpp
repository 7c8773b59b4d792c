// Golden outline tests: `crosscheck outline --format json` of each corpus
// file, through the real binary, must equal tests/golden/outline/<file>.json.
//
// After an intended change of the outline, regenerate the files with
//   CROSSCHECK_UPDATE_GOLDEN=1 ./build/crosscheck_tests "[golden]"
// and review the diff (git diff tests/golden) before committing it.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/run_binary.h"

namespace crosscheck::testing {
namespace {

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("outline JSON of every corpus file matches its golden file", "[golden][outline]") {
  const char* update = std::getenv("CROSSCHECK_UPDATE_GOLDEN");
  const bool updating = update != nullptr && std::string(update) == "1";
  for (const char* name :
       {"labor-rights-2020.zh.txt", "labor-rights-2020.en.txt", "labor-rights-2020.en-abridged.txt",
        "employment-plan-2021.zh.md", "employment-opinions-2025.zh.txt"}) {
    CAPTURE(name);
    RunOptions options;
    options.working_directory = kSourceDir;
    RunResult r = RunBinary({"outline", std::string("corpus/") + name, "--format", "json"}, options);
    REQUIRE(r.exit_code == 0);
    const std::string golden = kSourceDir + "/tests/golden/outline/" + name + ".json";
    if (updating) {
      std::ofstream(golden, std::ios::binary) << r.out;
      continue;
    }
    std::string expected = ReadFile(golden);
    INFO("regenerate with CROSSCHECK_UPDATE_GOLDEN=1 if the change is intended");
    CHECK(r.out == expected);
  }
}

}  // namespace
}  // namespace crosscheck::testing
