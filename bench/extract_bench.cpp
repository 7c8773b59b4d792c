// Extraction throughput on a large input: 100 concatenated copies of a
// corpus file. Two measurements per file:
//   BM_ExtractBlocks   the language's extractor alone, over the analysed
//                      text of every block (parsed once, outside the loop);
//   BM_ExtractPipeline the whole `crosscheck extract` path short of
//                      printing: decode, normalize, parse the document,
//                      extract and resolve positions.
// Bytes processed are bytes of the input file, so the two compare directly.
// Results and commands: docs/performance.md.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/extract_command.h"
#include "document/document.h"
#include "quantity/extract_en.h"
#include "quantity/extract_zh.h"
#include "text/source_text.h"

namespace crosscheck {
namespace {

constexpr int kCopies = 100;

std::string ReadCopies(const std::string& name) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string one = buffer.str();
  if (!one.empty() && one.back() != '\n') one += '\n';
  std::string all;
  all.reserve(one.size() * kCopies);
  for (int k = 0; k < kCopies; ++k) all += one;
  return all;
}

bool Load(const std::string& bytes, const std::string& name, text::SourceText* source) {
  return text::SourceText::FromBytes(bytes, text::Encoding::kAuto, name, source).ok();
}

std::vector<std::string> BlockTexts(const document::Document& doc) {
  std::vector<std::string> texts;
  for (const document::Block& block : doc.front_matter_blocks) texts.push_back(block.text.text());
  document::ForEachSection(doc.sections, [&](const document::Section& section) {
    texts.push_back(section.heading_text.text());
    if (section.item_body) texts.push_back(section.item_body->text.text());
    for (const document::Block& block : section.blocks) texts.push_back(block.text.text());
  });
  return texts;
}

void BM_ExtractBlocks(benchmark::State& state, const std::string& name, text::Language language) {
  const std::string bytes = ReadCopies(name);
  text::SourceText source;
  if (!Load(bytes, name, &source)) {
    state.SkipWithError("cannot load corpus file");
    return;
  }
  const std::vector<std::string> texts = BlockTexts(document::Parse(source, language));
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const std::string& t : texts) {
      std::vector<quantity::Quantity> qs = language == text::Language::kZh
                                               ? quantity::ExtractZh(t)
                                               : quantity::ExtractEn(t);
      found += qs.size();
      benchmark::DoNotOptimize(qs.data());
    }
  }
  state.counters["quantities"] = static_cast<double>(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes.size()));
}

void BM_ExtractPipeline(benchmark::State& state, const std::string& name,
                        text::Language language) {
  const std::string bytes = ReadCopies(name);
  size_t found = 0;
  for (auto _ : state) {
    text::SourceText source;
    if (!Load(bytes, name, &source)) {
      state.SkipWithError("cannot load corpus file");
      return;
    }
    document::Document doc = document::Parse(source, language);
    std::vector<quantity::Quantity> qs = app::ExtractDocument(doc);
    found = qs.size();
    benchmark::DoNotOptimize(qs.data());
  }
  state.counters["quantities"] = static_cast<double>(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes.size()));
}

BENCHMARK_CAPTURE(BM_ExtractBlocks, zh_labor_rights, "labor-rights-2020.zh.txt",
                  text::Language::kZh)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExtractBlocks, zh_employment_plan, "employment-plan-2021.zh.md",
                  text::Language::kZh)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExtractBlocks, en_labor_rights, "labor-rights-2020.en.txt",
                  text::Language::kEn)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExtractPipeline, zh_labor_rights, "labor-rights-2020.zh.txt",
                  text::Language::kZh)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExtractPipeline, zh_employment_plan, "employment-plan-2021.zh.md",
                  text::Language::kZh)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExtractPipeline, en_labor_rights, "labor-rights-2020.en.txt",
                  text::Language::kEn)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crosscheck
