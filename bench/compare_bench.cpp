// End-to-end comparison throughput: decode, normalize, parse, extract, align
// and compare, on the corpus pair repeated with its parts renumbered (so the
// long document is one document with 6 × N parts, not N copies of one), and
// on many small pairs. Bytes processed are both files together.
#include <benchmark/benchmark.h>

#include <string>

#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "robustness/repeated_pair.h"
#include "text/source_text.h"

namespace {

using crosscheck::text::Encoding;
using crosscheck::text::Language;
using crosscheck::text::SourceText;

void CompareOnce(const std::string& zh_bytes, const std::string& en_bytes,
                 benchmark::State& state) {
  SourceText zh, en;
  if (!SourceText::FromBytes(zh_bytes, Encoding::kAuto, "zh", &zh).ok() ||
      !SourceText::FromBytes(en_bytes, Encoding::kAuto, "en", &en).ok()) {
    state.SkipWithError("corpus did not decode");
    return;
  }
  auto zh_doc = crosscheck::document::Parse(zh, Language::kZh);
  auto en_doc = crosscheck::document::Parse(en, Language::kEn);
  auto result = crosscheck::compare::CompareSides(crosscheck::compare::BuildSide(zh_doc),
                                                  crosscheck::compare::BuildSide(en_doc));
  benchmark::DoNotOptimize(result.findings.data());
}

void BM_CompareLongPair(benchmark::State& state) {
  const int copies = static_cast<int>(state.range(0));
  crosscheck::testing::ShapePair pair;
  if (!crosscheck::testing::RepeatedCorpusPair(CROSSCHECK_SOURCE_DIR, copies, &pair).ok()) {
    state.SkipWithError("cannot read the corpus");
    return;
  }
  const std::string& zh = pair.zh;
  const std::string& en = pair.en;
  for (auto _ : state) CompareOnce(zh, en, state);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(zh.size() + en.size()));
}
BENCHMARK(BM_CompareLongPair)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_CompareManySmallPairs(benchmark::State& state) {
  // One paragraph pair per "document", as in a docs-as-code repository.
  const std::string zh = "一、概况\n\n2019年，新疆城镇新增就业47.12万人，增长17.2%。\n";
  const std::string en =
      "I. Overview\n\nIn 2019, Xinjiang added 471,200 urban jobs, an increase of 17.2 percent.\n";
  for (auto _ : state) {
    for (int k = 0; k < 1000; ++k) CompareOnce(zh, en, state);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * 1000 *
                          static_cast<int64_t>(zh.size() + en.size()));
}
BENCHMARK(BM_CompareManySmallPairs)->Unit(benchmark::kMillisecond);

}  // namespace

