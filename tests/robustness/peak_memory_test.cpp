// Peak memory grows in proportion to the input, within the bound that
// docs/performance.md ("Memory") promises: 15 bytes per input byte plus
// 16 MB (the binary, ICU's data, the allocator's slack). Measured on the real
// binary (the peak resident memory the kernel reports for the child) over
// the labor-rights pair repeated to about 20 MB. Not in the sanitizer build,
// whose shadow memory and quarantine multiply every figure.
#if !defined(__SANITIZE_ADDRESS__)

#include <catch2/catch.hpp>
#include <string>

#include "cli/run_binary.h"
#include "cli/temp_dir.h"
#include "robustness/repeated_pair.h"

namespace crosscheck::testing {
namespace {

constexpr double kBytesPerInputByte = 15;
constexpr double kFixedBytes = 16.0 * 1024 * 1024;

TEST_CASE("peak memory stays within 15 bytes per input byte plus 16 MB", "[robustness][memory]") {
  const int copies = 230;  // about 20 MB, both files together
  ShapePair pair;
  REQUIRE(RepeatedCorpusPair(CROSSCHECK_SOURCE_DIR, copies, &pair).ok());
  const std::string& zh = pair.zh;
  const std::string& en = pair.en;
  REQUIRE(zh.size() + en.size() > 15'000'000);
  TempDir dir;
  const std::string zh_path = dir.Write("long.zh.txt", zh);
  const std::string en_path = dir.Write("long.en.txt", en);

  struct Run {
    std::vector<std::string> args;
    size_t input_bytes;
  };
  for (const Run& run :
       {Run{{"extract", zh_path, "--format", "tsv"}, zh.size()},
        Run{{"extract", en_path, "--format", "tsv"}, en.size()},
        Run{{"compare", zh_path, en_path, "--format", "json", "--fail-on", "never"},
            zh.size() + en.size()}}) {
    CAPTURE(run.args[0], run.input_bytes);
    RunResult r = RunBinary(run.args);
    REQUIRE(r.exit_code == 0);
    const double peak = static_cast<double>(r.peak_kb) * 1024;
    CAPTURE(peak / run.input_bytes);
    CHECK(r.peak_kb > 0);
    CHECK(peak <= kBytesPerInputByte * run.input_bytes + kFixedBytes);
  }
}

}  // namespace
}  // namespace crosscheck::testing

#endif  // !defined(__SANITIZE_ADDRESS__)
