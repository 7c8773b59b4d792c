// End-to-end comparison throughput: decode, normalize, parse, extract, align
// and compare, on the corpus pair repeated with its parts renumbered (so the
// long document is one document with 6 × N parts, not N copies of one), and
// on many small pairs. Bytes processed are both files together.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "text/source_text.h"

namespace {

using crosscheck::text::Encoding;
using crosscheck::text::Language;
using crosscheck::text::SourceText;

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Roman(int n) {
  static const std::pair<int, const char*> kDigits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
      {50, "L"},   {40, "XL"},  {10, "X"},  {9, "IX"},   {5, "V"},   {4, "IV"}, {1, "I"}};
  std::string out;
  for (const auto& [value, text] : kDigits) {
    while (n >= value) out += text, n -= value;
  }
  return out;
}

std::string ChineseNumeral(int n) {  // 1..9999
  static const char* const kDigit[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char* const kUnit[] = {"千", "百", "十", ""};
  std::string out;
  int divisor = 1000;
  bool zero = false;
  for (int k = 0; k < 4; ++k, divisor /= 10) {
    int d = n / divisor % 10;
    if (d == 0) {
      zero = !out.empty();
      continue;
    }
    if (zero) out += kDigit[0], zero = false;
    if (!(d == 1 && k == 2 && out.empty())) out += kDigit[d];
    out += kUnit[k];
  }
  return out;
}

// The body of a file (from its first part heading on), `copies` times, parts
// renumbered 1..6×copies in the file's own numbering style.
std::string Repeat(const std::string& text, int copies, bool chinese) {
  static const char* const kZh[] = {"一、", "二、", "三、", "四、", "五、", "六、"};
  static const char* const kEn[] = {"I. ", "II. ", "III. ", "IV. ", "V. ", "VI. "};
  // The first copy whole; later ones from the body's first part heading on
  // (the English contents lists "I. " too, so take its last occurrence
  // before "II. " in the body).
  const std::string first_part = chinese ? "\n一、" : "\nI. ";
  size_t body = text.find(first_part);
  if (!chinese) body = text.find(first_part, text.find("\nPreface", text.find("\nPreface") + 1));
  const std::string body_text = body == std::string::npos ? text : text.substr(body + 1);
  std::string out = text;
  for (int c = 1; c < copies; ++c) {
    std::string copy = "\n" + body_text;
    for (int part = 0; part < 6; ++part) {
      std::string from = std::string("\n") + (chinese ? kZh[part] : kEn[part]);
      int number = c * 6 + part + 1;
      std::string to = "\n" + (chinese ? ChineseNumeral(number) + "、" : Roman(number) + ". ");
      for (size_t at = copy.find(from); at != std::string::npos; at = copy.find(from, at + 1)) {
        copy.replace(at, from.size(), to);
      }
    }
    out += copy;
  }
  return out;
}

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
  const std::string zh = Repeat(ReadCorpus("labor-rights-2020.zh.txt"), copies, true);
  const std::string en = Repeat(ReadCorpus("labor-rights-2020.en.txt"), copies, false);
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

