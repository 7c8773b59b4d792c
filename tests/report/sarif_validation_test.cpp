// The SARIF report checked by the official validator, the SARIF Multitool
// (`@microsoft/sarif-multitool` from the npm registry, `validate` verb): on
// the corpus pair and on the drifted pair, no error and no warning but the
// one about informationUri (crosscheck has no web page to point at).
//
// The tool is installed once per build directory, into
// <build>/sarif-multitool, with `npm install --prefix`, and reused. Without
// node and npm on PATH the test says that it was skipped (a warning in the
// output) and passes.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_binary.h"
#include "cli/temp_dir.h"
#include "report/drifted_pair.h"

namespace crosscheck::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kMultitool = "@microsoft/sarif-multitool@5.7.0";

std::optional<std::string> FindOnPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return std::nullopt;
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    std::string candidate = dir + "/" + name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

// Holds an exclusive lock on a file while alive: test processes run in
// parallel under ctest, and only one may install.
class FileLock {
 public:
  explicit FileLock(const std::string& path) : fd_(::open(path.c_str(), O_CREAT | O_RDWR, 0644)) {
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FileLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

// The validator's command, installing it first when needed. Empty with a
// message in `error` when the install failed.
std::string InstallMultitool(const std::string& npm, std::string* error) {
  const fs::path dir = fs::path(CROSSCHECK_BINARY).parent_path() / "sarif-multitool";
  const fs::path command = dir / "node_modules" / ".bin" / "sarif-multitool";
  std::error_code ignored;
  fs::create_directories(dir, ignored);
  FileLock lock((dir / "install.lock").string());
  if (!fs::exists(command)) {
    RunOptions options;
    options.binary = npm;
    RunResult r = RunBinary({"install", "--prefix", dir.string(), "--no-audit", "--no-fund",
                             "--loglevel=error", kMultitool},
                            options);
    if (r.exit_code != 0 || !fs::exists(command)) {
      *error = "npm install " + std::string(kMultitool) + " failed (exit " +
               std::to_string(r.exit_code) + "): " + r.err;
      return "";
    }
  }
  // The platform package's postinstall only marks its binary executable;
  // npm may not run install scripts, so do it here.
  for (const auto& entry : fs::directory_iterator(dir / "node_modules" / "@microsoft", ignored)) {
    fs::path binary = entry.path() / "Sarif.Multitool";
    if (entry.path().filename().string().rfind("sarif-multitool-", 0) == 0 && fs::exists(binary)) {
      fs::permissions(binary, fs::perms::owner_exec, fs::perm_options::add, ignored);
    }
  }
  return command.string();
}

struct Validation {
  bool ran = false;  // the tool finished its scan
  std::vector<std::string> errors;
  std::vector<std::string> warnings;  // all but SARIF2005 (informationUri)
  std::string output;
};

Validation Validate(const std::string& multitool, const std::string& file) {
  RunOptions options;
  options.binary = multitool;
  RunResult r = RunBinary({"validate", file}, options);
  Validation v;
  v.output = r.out + r.err;
  v.ran = v.output.find("1 files scanned") != std::string::npos;
  std::istringstream lines(v.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("): error ") != std::string::npos ||
        line.find(": error JSON") != std::string::npos) {
      v.errors.push_back(line);
    } else if (line.find("): warning ") != std::string::npos &&
               line.find("warning SARIF2005:") == std::string::npos) {
      v.warnings.push_back(line);
    }
  }
  return v;
}

TEST_CASE("SARIF reports pass the SARIF Multitool validator", "[report][sarif]") {
  std::optional<std::string> npm = FindOnPath("npm");
  std::optional<std::string> node = FindOnPath("node");
  if (!npm || !node) {
    WARN("SKIPPED: the SARIF validator needs node and npm on PATH; SARIF output not validated");
    SUCCEED("skipped: no node/npm");
    return;
  }
  std::string error;
  std::string multitool = InstallMultitool(*npm, &error);
  INFO(error);
  REQUIRE(!multitool.empty());

  TempDir dir;
  REQUIRE(WriteDriftedPair(dir, &error));
  const std::string source = CROSSCHECK_SOURCE_DIR;
  struct Pair {
    std::string name, working_directory, zh, en;
  };
  const Pair pairs[] = {
      {"corpus", source, "corpus/labor-rights-2020.zh.txt", "corpus/labor-rights-2020.en.txt"},
      {"abridged", source, "corpus/labor-rights-2020.zh.txt",
       "corpus/labor-rights-2020.en-abridged.txt"},
      {"drifted", dir.path(), kDriftedZh, kDriftedEn},
  };
  for (const Pair& pair : pairs) {
    CAPTURE(pair.name);
    const std::string report = dir.File(pair.name + ".sarif");
    RunOptions options;
    options.working_directory = pair.working_directory;
    RunResult r = RunBinary({"compare", pair.zh, pair.en, "--format", "sarif", "--output", report,
                             "--fail-on", "never"},
                            options);
    REQUIRE(r.exit_code == 0);
    Validation v = Validate(multitool, report);
    INFO(v.output);
    CHECK(v.ran);
    CHECK(v.errors.empty());
    CHECK(v.warnings.empty());
  }

  // The check above would catch a broken report: the validator names the error.
  const std::string broken =
      dir.Write("broken.sarif",
                R"({"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
          "runs": [{"tool": {"driver": {"name": "crosscheck", "version": "0"}},
                    "results": [{"ruleId": "number.value", "message": {"text": "x."},
                                 "locations": [{"physicalLocation": {
                                   "artifactLocation": {"uri": "a.txt"},
                                   "region": {"startLine": 0}}}]}]}]})");
  Validation v = Validate(multitool, broken);
  INFO(v.output);
  CHECK(v.ran);
  REQUIRE(v.errors.size() == 2);
  CHECK(v.errors[0].find("error JSON1008: runs[0].results[0].locations[0].physicalLocation."
                         "region.startLine: 0 is less than the minimum") != std::string::npos);
  CHECK(v.errors[1].find("error SARIF1007:") != std::string::npos);
}

}  // namespace
}  // namespace crosscheck::testing
