// Pathological input shapes, generated at any size: one very long line, very
// many short lines, very many headings, deep nesting, long runs of numerals.
// Shared by the hostile-input tests (hostile_inputs_test.cpp), the linear
// time guard (linear_time_test.cpp) and the benchmark
// (bench/robustness_bench.cpp). Each Chinese shape has an English
// counterpart that translates it figure for figure, so `compare` runs its
// whole pipeline on them rather than stopping at a missing section.
#ifndef CROSSCHECK_TESTS_ROBUSTNESS_SHAPES_H_
#define CROSSCHECK_TESTS_ROBUSTNESS_SHAPES_H_

#include <cstddef>
#include <string>

namespace crosscheck::testing {

struct ShapePair {
  std::string zh;
  std::string en;
};

// At least `bytes` bytes of Chinese on one line with no line ending: clauses
// "第3项新增就业3.5万人，" with a different figure in each; the English says
// "item 3 added 35,000 jobs, " for each.
inline ShapePair LongLine(size_t bytes) {
  ShapePair p;
  for (size_t i = 1; p.zh.size() < bytes; ++i) {
    const std::string n = std::to_string(i);
    p.zh += "第" + n + "项新增就业" + n + ".5万人，";
    p.en += "item " + n + " added " + n + "5,000 jobs, ";
  }
  p.zh += "完。";
  p.en += "done.";
  return p;
}

// `lines` short lines, each one paragraph of one sentence with one figure.
inline ShapePair ShortLines(size_t lines) {
  ShapePair p;
  for (size_t i = 1; i <= lines; ++i) {
    const std::string n = std::to_string(i);
    p.zh += "新增" + n + "人。\n";
    p.en += "Added " + n + " people.\n";
  }
  return p;
}

// `count` Markdown headings and nothing else.
inline ShapePair Headings(size_t count) {
  ShapePair p;
  for (size_t i = 1; i <= count; ++i) {
    const std::string n = std::to_string(i);
    p.zh += "## 第" + n + "部分\n";
    p.en += "## Part " + n + "\n";
  }
  return p;
}

// `lines` Markdown list items in a staircase: each one level deeper than the
// one before, back to the top after `depth` levels.
inline ShapePair NestedList(size_t lines, size_t depth) {
  ShapePair p;
  for (size_t i = 0; i < lines; ++i) {
    const std::string indent(2 * (i % depth), ' ');
    const std::string n = std::to_string(i + 1);
    p.zh += indent + "- 第" + n + "项" + n + "人\n";
    p.en += indent + "- item " + n + ": " + n + " people\n";
  }
  return p;
}

// `count` rounds of the four nested numbering styles of a Chinese report,
// （一） > 1. > （1） > (a), each with a line of text.
inline ShapePair NestedNumbering(size_t count) {
  ShapePair p;
  for (size_t i = 1; i <= count; ++i) {
    const std::string n = std::to_string(i);
    p.zh += "（一）第" + n + "组\n1.子项\n（1）细项\n(a) 共" + n + "人。\n";
    p.en += "(I) Group " + n + "\n1. Item\n(1) Detail\n(a) In all " + n + " people.\n";
  }
  return p;
}

// One paragraph holding a run of `count` copies of `numeral` ("一", "1").
inline std::string NumeralRun(const std::string& numeral, size_t count) {
  std::string s = "就业";
  s.reserve(s.size() + numeral.size() * count + 16);
  for (size_t i = 0; i < count; ++i) s += numeral;
  return s + "人。\n";
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_ROBUSTNESS_SHAPES_H_
