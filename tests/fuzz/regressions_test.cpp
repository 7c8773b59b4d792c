// Replays every input kept under fuzz/regressions/<target>/ through the same
// target body the fuzzer runs (fuzz/targets.h). A target aborts on a broken
// invariant, so a regression that comes back fails this test; in the
// sanitizer build (CROSSCHECK_SANITIZE) memory errors and undefined behaviour
// fail it too.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/targets.h"

namespace crosscheck::fuzz {
namespace {

namespace fs = std::filesystem;

const fs::path kRegressions = fs::path(CROSSCHECK_SOURCE_DIR) / "fuzz" / "regressions";

std::vector<fs::path> FilesIn(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST_CASE("fuzz regressions: targets are the five pipeline stages, in order") {
  std::vector<std::string> names;
  for (const Target& t : Targets()) names.emplace_back(t.name);
  CHECK(names ==
        std::vector<std::string>{"decode", "parse", "extract_zh", "extract_en", "compare"});
}

TEST_CASE("fuzz regressions: every directory names a target") {
  REQUIRE(fs::is_directory(kRegressions));
  for (const fs::directory_entry& e : fs::directory_iterator(kRegressions)) {
    std::string name = e.path().filename().string();
    CAPTURE(name);
    CHECK(e.is_directory());
    CHECK(std::any_of(Targets().begin(), Targets().end(),
                      [&](const Target& t) { return t.name == name; }));
  }
}

TEST_CASE("fuzz regressions: every kept input runs clean through its target") {
  for (const Target& t : Targets()) {
    std::vector<fs::path> files = FilesIn(kRegressions / std::string(t.name));
    CAPTURE(t.name);
    // Each target keeps at least its hand-written hard cases.
    CHECK(!files.empty());
    for (const fs::path& file : files) {
      CAPTURE(file.string());
      std::string bytes = ReadFile(file);
      REQUIRE(bytes.size() == fs::file_size(file));
      t.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
  }
}

}  // namespace
}  // namespace crosscheck::fuzz
