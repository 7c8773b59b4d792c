// A coarse guard against super-linear time: each pathological shape read
// (decode, normalize, parse, extract) at N and at 10N, and compared where
// comparison is linear today, must cost at most 25 times as much CPU time at
// 10N. It measures CPU time (std::clock, the least of three runs), so a busy
// machine slows both sizes alike; a quadratic step shows as a ratio near
// 100. The bound is loose because a ten times larger working set alone
// costs up to 16 times here (caches, allocation; measured on a shared
// 2-core machine); the real figures, with a target of 12, come from
// bench/robustness_bench.cpp (docs/performance.md, "Robustness").
#include <algorithm>
#include <catch2/catch.hpp>
#include <ctime>
#include <functional>
#include <string>

#include "app/extract_command.h"
#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "robustness/shapes.h"
#include "text/source_text.h"

namespace crosscheck::testing {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kScale = 2;  // the sanitizer build is several times slower
#else
constexpr size_t kScale = 1;
#endif
constexpr double kMaxRatio = 25;

// Least CPU seconds of three runs of `work`.
double CpuSeconds(const std::function<void()>& work) {
  double best = 1e9;
  for (int k = 0; k < 3; ++k) {
    std::clock_t start = std::clock();
    work();
    best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  return best;
}

size_t Read(const std::string& bytes) {
  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes(bytes, text::Encoding::kUtf8, "zh", &source).ok());
  document::Document doc = document::Parse(source, text::Language::kZh);
  return app::ExtractDocument(doc).size();
}

size_t Compare(const ShapePair& p) {
  text::SourceText zh, en;
  REQUIRE(text::SourceText::FromBytes(p.zh, text::Encoding::kUtf8, "zh", &zh).ok());
  REQUIRE(text::SourceText::FromBytes(p.en, text::Encoding::kUtf8, "en", &en).ok());
  document::Document zh_doc = document::Parse(zh, text::Language::kZh);
  document::Document en_doc = document::Parse(en, text::Language::kEn);
  return compare::CompareSides(compare::BuildSide(zh_doc), compare::BuildSide(en_doc))
      .findings.size();
}

struct Case {
  std::string name;
  size_t n;
  std::function<ShapePair(size_t)> make;
  bool compare;  // also time the comparison
};

TEST_CASE("ten times the input costs at most 25 times the CPU time", "[robustness][linear]") {
  const std::vector<Case> cases = {
      {"long-line", 200'000 / kScale, LongLine, false},
      {"short-lines", 20'000 / kScale, ShortLines, false},
      {"headings", 5'000 / kScale, Headings, true},
      {"nested-list", 5'000 / kScale, [](size_t n) { return NestedList(n, 100); }, false},
      {"nested-numbering", 1'000 / kScale, NestedNumbering, true},
      {"run-of-yi", 20'000 / kScale,
       [](size_t n) {
         return ShapePair{NumeralRun("一", n), "About a hundred.\n"};
       },
       false},
      {"run-of-digits", 20'000 / kScale,
       [](size_t n) {
         return ShapePair{NumeralRun("1", n), "Many.\n"};
       },
       false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const ShapePair small = c.make(c.n), large = c.make(10 * c.n);
    size_t small_count = 0, large_count = 0;
    double t1 = CpuSeconds([&] { small_count = Read(small.zh); });
    double t10 = CpuSeconds([&] { large_count = Read(large.zh); });
    CAPTURE(t1, t10);
    CHECK(large_count >= small_count);
    CHECK(t10 <= kMaxRatio * std::max(t1, 0.001));
    if (!c.compare) continue;
    t1 = CpuSeconds([&] { Compare(small); });
    t10 = CpuSeconds([&] { Compare(large); });
    CAPTURE(t1, t10);
    CHECK(t10 <= kMaxRatio * std::max(t1, 0.001));
  }
}

}  // namespace
}  // namespace crosscheck::testing
