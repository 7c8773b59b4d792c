// Golden compare reports: every format of `crosscheck compare`, through the
// real binary, on the corpus pair and on the drifted pair
// (tests/report/drifted_pair.h), must equal tests/golden/report/<pair>.<format>.
// The binary runs with relative file names (the corpus pair from the source
// directory, the drifted pair from a scratch directory), so the reports hold
// no absolute paths; the tool version is written as @VERSION@.
//
// After an intended change of a report, regenerate the files with
//   CROSSCHECK_UPDATE_GOLDEN=1 ./build/crosscheck_tests "[golden]"
// and review the diff (git diff tests/golden) before committing it.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "cli/run_binary.h"
#include "cli/temp_dir.h"
#include "report/drifted_pair.h"

namespace crosscheck::testing {
namespace {

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;

// The version in quotes, as the JSON and SARIF reports write it.
std::string WithoutVersion(std::string report) {
  const std::string version = std::string("\"") + CROSSCHECK_VERSION + "\"";
  for (size_t at = report.find(version); at != std::string::npos;
       at = report.find(version, at + 1)) {
    report.replace(at, version.size(), "\"@VERSION@\"");
  }
  return report;
}

struct Format {
  const char* file;  // golden file suffix
  std::vector<std::string> flags;
};

void CheckPair(const std::string& pair, const std::string& working_directory, const std::string& zh,
               const std::string& en, const std::vector<Format>& formats) {
  const char* update = std::getenv("CROSSCHECK_UPDATE_GOLDEN");
  const bool updating = update != nullptr && std::string(update) == "1";
  for (const Format& format : formats) {
    const std::string golden = kSourceDir + "/tests/golden/report/" + pair + "." + format.file;
    CAPTURE(golden);
    std::vector<std::string> args = {"compare", zh, en};
    args.insert(args.end(), format.flags.begin(), format.flags.end());
    RunOptions options;
    options.working_directory = working_directory;
    RunResult r = RunBinary(args, options);
    CHECK(r.err.empty());
    REQUIRE((r.exit_code == 0 || r.exit_code == 1));
    std::string report = WithoutVersion(r.out);
    if (updating) {
      std::ofstream(golden, std::ios::binary) << report;
      continue;
    }
    INFO("regenerate with CROSSCHECK_UPDATE_GOLDEN=1 if the change is intended");
    CHECK(report == ReadFileBytes(golden));
  }
}

const std::vector<Format> kFormats = {
    {"text.txt", {"--format", "text"}},
    {"json", {"--format", "json"}},
    {"sarif", {"--format", "sarif"}},
    {"github.txt", {"--format", "github"}},
};

TEST_CASE("compare reports of the corpus pair match their golden files", "[golden][report]") {
  std::vector<Format> formats = kFormats;
  formats.push_back({"xml", {"--format", "junit"}});
  CheckPair("corpus", kSourceDir, "corpus/labor-rights-2020.zh.txt",
            "corpus/labor-rights-2020.en.txt", formats);
}

TEST_CASE("compare reports of the drifted pair match their golden files", "[golden][report]") {
  TempDir dir;
  std::string error;
  INFO(error);
  REQUIRE(WriteDriftedPair(dir, &error));
  std::vector<Format> formats = kFormats;
  // With --fail-on error the warnings go to <system-out>: both parts are covered.
  formats.push_back({"xml", {"--format", "junit", "--fail-on", "error"}});
  CheckPair("drifted", dir.path(), kDriftedZh, kDriftedEn, formats);
}

}  // namespace
}  // namespace crosscheck::testing
