// The labor-rights pair as a long document: its body repeated with the
// parts renumbered, so that N copies are one document of 6 × N parts (一 …,
// I …), not N copies of one. Used to measure throughput and memory at size
// (bench/compare_bench.cpp, tests/robustness/peak_memory_test.cpp, and
// crosscheck_shape's "repeated-pair").
#ifndef CROSSCHECK_TESTS_ROBUSTNESS_REPEATED_PAIR_H_
#define CROSSCHECK_TESTS_ROBUSTNESS_REPEATED_PAIR_H_

#include <string>
#include <utility>

#include "robustness/shapes.h"
#include "util/read_file.h"
#include "util/status.h"

namespace crosscheck::testing {

inline std::string Roman(int n) {
  static const std::pair<int, const char*> kDigits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, text] : kDigits) {
    while (n >= value) out += text, n -= value;
  }
  return out;
}

inline std::string ChineseNumeral(int n) {  // 1..9999
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
inline std::string RepeatedDocument(const std::string& text, int copies, bool chinese) {
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

// The corpus's labor-rights pair (from `source_dir`/corpus) as one long
// document of `copies` copies on each side.
inline Status RepeatedCorpusPair(const std::string& source_dir, int copies, ShapePair* out) {
  std::string zh, en;
  const std::string corpus = source_dir + "/corpus/";
  if (Status s = ReadFile(corpus + "labor-rights-2020.zh.txt", &zh); !s.ok()) return s;
  if (Status s = ReadFile(corpus + "labor-rights-2020.en.txt", &en); !s.ok()) return s;
  *out = {RepeatedDocument(zh, copies, true), RepeatedDocument(en, copies, false)};
  return Status::Ok();
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_ROBUSTNESS_REPEATED_PAIR_H_
