// The guard against super-linear work: each pathological shape of
// shapes.h, read (decode, normalize, parse, extract), compared and printed
// in every report format at N and at 10N, must cost at most 12 times as much
// at 10N per byte of input (the promise of docs/robustness.md: ten times the
// input, about twelve times the cost).
//
// Cost is the count of instructions retired (InstructionCounter), which a
// busy machine does not change, so the bound can be tight: a quadratic step
// shows as a ratio near 100, an n log n one as 11 to 13. Time, which also
// grows with cache misses and page faults of a larger working set, is
// measured by bench/robustness_bench.cpp (docs/performance.md,
// "Robustness"). Where the kernel gives no counter, the test falls back to
// CPU time (least of three runs, the test running alone: RUN_SERIAL in
// CMakeLists.txt) with a looser bound of 40, and says so; 10N working sets
// alone have cost up to 30 times N on a loaded machine.
#include <algorithm>
#include <catch2/catch.hpp>
#include <ctime>
#include <functional>
#include <sstream>
#include <string>

#include "app/extract_command.h"
#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "report/report_formats.h"
#include "robustness/instruction_counter.h"
#include "robustness/shapes.h"
#include "text/source_text.h"

namespace crosscheck::testing {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kScale = 2;  // the sanitizer build is several times slower
#else
constexpr size_t kScale = 1;
#endif
constexpr double kMaxInstructionRatio = 12;
constexpr double kMaxTimeRatio = 40;

// Costs `work`: instructions when `counter` is available, else the least
// CPU seconds of three runs.
double Cost(InstructionCounter& counter, const std::function<void()>& work) {
  if (counter.available()) return static_cast<double>(counter.Count(work));
  double best = 1e9;
  for (int k = 0; k < 3; ++k) {
    std::clock_t start = std::clock();
    work();
    best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  return std::max(best, 0.001);
}

size_t Read(const std::string& bytes) {
  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes(bytes, text::Encoding::kUtf8, "zh", &source).ok());
  document::Document doc = document::Parse(source, text::Language::kZh);
  return app::ExtractDocument(doc).size();
}

// Compares the pair and prints the result in every report format.
size_t Compare(const ShapePair& p) {
  text::SourceText zh, en;
  REQUIRE(text::SourceText::FromBytes(p.zh, text::Encoding::kUtf8, "zh", &zh).ok());
  REQUIRE(text::SourceText::FromBytes(p.en, text::Encoding::kUtf8, "en", &en).ok());
  document::Document zh_doc = document::Parse(zh, text::Language::kZh);
  document::Document en_doc = document::Parse(en, text::Language::kEn);
  const compare::Side zh_side = compare::BuildSide(zh_doc), en_side = compare::BuildSide(en_doc);
  const compare::ComparisonResult result = compare::CompareSides(zh_side, en_side);
  report::ComparisonInput input;
  input.zh = &zh;
  input.en = &en;
  input.zh_side = &zh_side;
  input.en_side = &en_side;
  input.result = &result;
  size_t bytes = 0;
  for (const report::CompareFormat& format : report::CompareFormats()) {
    std::ostringstream out;
    format.print(input, report::PrintOptions{}, out);
    bytes += out.str().size();
  }
  return bytes;
}

struct Case {
  std::string name;
  size_t n;
  std::function<ShapePair(size_t)> make;
};

TEST_CASE("ten times the input costs at most twelve times the work", "[robustness][linear]") {
  InstructionCounter counter;
  const double max_ratio = counter.available() ? kMaxInstructionRatio : kMaxTimeRatio;
  if (!counter.available()) {
    WARN("no instruction counter (" << counter.error() << "); measuring CPU time, bound "
                                    << max_ratio);
  }
  const std::vector<Case> cases = {
      {"long-line", 200'000 / kScale, LongLine},
      {"short-lines", 20'000 / kScale, ShortLines},
      {"headings", 5'000 / kScale, Headings},
      {"nested-list", 5'000 / kScale, [](size_t n) { return NestedList(n, 100); }},
      {"nested-numbering", 1'000 / kScale, NestedNumbering},
      {"run-of-yi", 20'000 / kScale,
       [](size_t n) {
         return ShapePair{NumeralRun("一", n), "About a hundred.\n"};
       }},
      {"run-of-digits", 20'000 / kScale,
       [](size_t n) {
         return ShapePair{NumeralRun("1", n), "Many.\n"};
       }},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const ShapePair small = c.make(c.n), large = c.make(10 * c.n);
    // Ratios are per byte: a shape's lines grow a little with their numbers.
    const double read_bytes = static_cast<double>(large.zh.size()) / small.zh.size();
    const double both_bytes = static_cast<double>(large.zh.size() + large.en.size()) /
                              (small.zh.size() + small.en.size());
    size_t small_count = 0, large_count = 0;
    const double read1 = Cost(counter, [&] { small_count = Read(small.zh); });
    const double read10 = Cost(counter, [&] { large_count = Read(large.zh); });
    const double read_ratio = read10 / read1 * 10 / read_bytes;
    CAPTURE(read1, read10, read_ratio);
    CHECK(large_count >= small_count);
    CHECK(read_ratio <= max_ratio);

    const double compare1 = Cost(counter, [&] { Compare(small); });
    const double compare10 = Cost(counter, [&] { Compare(large); });
    const double compare_ratio = compare10 / compare1 * 10 / both_bytes;
    CAPTURE(compare1, compare10, compare_ratio);
    CHECK(compare_ratio <= max_ratio);
  }
}

}  // namespace
}  // namespace crosscheck::testing
