// Time against size for each pathological shape (tests/robustness/shapes.h):
// every shape at N and 10N, read (decode, normalize, parse, extract) and,
// separately, compared. Linear time means the 10N run costs about ten times
// the N run; docs/performance.md ("Robustness") records the ratios. Beside
// the time, the "instructions" counter gives the instructions retired per
// run (where the kernel allows counting them), which separates work that
// grows too fast from memory traffic that does.
#include <benchmark/benchmark.h>

#include <string>

#include "app/extract_command.h"
#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "robustness/instruction_counter.h"
#include "robustness/shapes.h"
#include "text/source_text.h"

namespace {

using crosscheck::testing::InstructionCounter;
using crosscheck::testing::ShapePair;
using crosscheck::text::Encoding;
using crosscheck::text::Language;
using crosscheck::text::SourceText;

enum ShapeId {
  kLongLine,
  kShortLines,
  kHeadings,
  kNestedList,
  kNestedNumbering,
  kRunOfYi,
  kRunOfDigits
};

// The shape at size `n`: bytes for the long line, items for the rest.
ShapePair Make(ShapeId shape, size_t n) {
  using namespace crosscheck::testing;
  switch (shape) {
    case kLongLine:
      return LongLine(n);
    case kShortLines:
      return ShortLines(n);
    case kHeadings:
      return Headings(n);
    case kNestedList:
      return NestedList(n, 100);
    case kNestedNumbering:
      return NestedNumbering(n);
    case kRunOfYi:
      return {NumeralRun("一", n), "About a hundred people.\n"};
    case kRunOfDigits:
      return {NumeralRun("1", n), "Many people.\n"};
  }
  return {};
}

void BM_Read(benchmark::State& state) {
  const ShapePair p = Make(static_cast<ShapeId>(state.range(0)), state.range(1));
  InstructionCounter counter;
  double instructions = 0;
  for (auto _ : state) {
    SourceText zh;
    if (!SourceText::FromBytes(p.zh, Encoding::kUtf8, "zh", &zh).ok()) {
      state.SkipWithError("did not decode");
      return;
    }
    instructions += static_cast<double>(counter.Count([&] {
      auto doc = crosscheck::document::Parse(zh, Language::kZh);
      auto quantities = crosscheck::app::ExtractDocument(doc);
      benchmark::DoNotOptimize(quantities.data());
    }));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * p.zh.size()));
  if (counter.available()) state.counters["instructions"] = instructions / state.iterations();
}

void BM_Compare(benchmark::State& state) {
  const ShapePair p = Make(static_cast<ShapeId>(state.range(0)), state.range(1));
  InstructionCounter counter;
  double instructions = 0;
  for (auto _ : state) {
    SourceText zh, en;
    if (!SourceText::FromBytes(p.zh, Encoding::kUtf8, "zh", &zh).ok() ||
        !SourceText::FromBytes(p.en, Encoding::kUtf8, "en", &en).ok()) {
      state.SkipWithError("did not decode");
      return;
    }
    instructions += static_cast<double>(counter.Count([&] {
      auto zh_doc = crosscheck::document::Parse(zh, Language::kZh);
      auto en_doc = crosscheck::document::Parse(en, Language::kEn);
      auto result = crosscheck::compare::CompareSides(crosscheck::compare::BuildSide(zh_doc),
                                                      crosscheck::compare::BuildSide(en_doc));
      benchmark::DoNotOptimize(result.findings.data());
    }));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * (p.zh.size() + p.en.size())));
  if (counter.available()) state.counters["instructions"] = instructions / state.iterations();
}

// {shape, N} and {shape, 10N}.
void ReadSizes(benchmark::internal::Benchmark* b) {
  const std::pair<ShapeId, int64_t> kBase[] = {{kLongLine, 1'000'000},    {kShortLines, 100'000},
                                               {kHeadings, 10'000},       {kNestedList, 10'000},
                                               {kNestedNumbering, 2'500}, {kRunOfYi, 10'000},
                                               {kRunOfDigits, 10'000}};
  for (const auto& [shape, n] : kBase) {
    b->Args({shape, n});
    b->Args({shape, 10 * n});
  }
}

// Smaller for compare where it holds two documents of many small blocks.
void CompareSizes(benchmark::internal::Benchmark* b) {
  const std::pair<ShapeId, int64_t> kBase[] = {
      {kLongLine, 1'000'000},    {kShortLines, 20'000}, {kHeadings, 10'000},   {kNestedList, 10'000},
      {kNestedNumbering, 2'500}, {kRunOfYi, 10'000},    {kRunOfDigits, 10'000}};
  for (const auto& [shape, n] : kBase) {
    b->Args({shape, n});
    b->Args({shape, 10 * n});
  }
}

BENCHMARK(BM_Read)->Apply(ReadSizes)->ArgNames({"shape", "n"})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compare)->Apply(CompareSizes)->ArgNames({"shape", "n"})->Unit(benchmark::kMillisecond);

}  // namespace
