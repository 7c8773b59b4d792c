#include "align/section_alignment.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace crosscheck::align {
namespace {

SectionKey Key(int level, std::string label, double length = 100,
               std::vector<double> figures = {}) {
  return SectionKey{level, std::move(label), length, std::move(figures)};
}

// "0=0 1=1 -=2 3~2" style: zh index, '=' paired, '~' renumbered, '-' none.
std::string Dump(const std::vector<SectionPair>& pairs) {
  std::ostringstream out;
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (k) out << ' ';
    if (pairs[k].zh) out << *pairs[k].zh; else out << '-';
    out << (pairs[k].renumbered ? '~' : '=');
    if (pairs[k].en) out << *pairs[k].en; else out << '-';
  }
  return out.str();
}

}  // namespace

TEST_CASE("AlignSections pairs by label and explains the rest", "[align][section]") {
  struct Case {
    std::string name;
    std::vector<SectionKey> zh, en;
    std::string expected;
  };
  const std::vector<SectionKey> parts = {Key(0, "preface"), Key(1, "1"), Key(1, "2"),
                                         Key(1, "3"), Key(0, "conclusion")};
  const Case cases[] = {
      {"identical", parts, parts, "0=0 1=1 2=2 3=3 4=4"},
      {"English drops a part", parts,
       {Key(0, "preface"), Key(1, "1"), Key(1, "3"), Key(0, "conclusion")},
       "0=0 1=1 2=- 3=2 4=3"},
      {"English adds a part", {Key(1, "1"), Key(1, "2")}, {Key(1, "1"), Key(1, "2"), Key(1, "3")},
       "0=0 1=1 -=2"},
      {"a heading renumbered", {Key(1, "1", 100, {5, 7}), Key(1, "2", 300, {2014, 90.36}), Key(1, "3", 80)},
       {Key(1, "1", 100, {5, 7}), Key(1, "3", 300, {2014, 90.36}), Key(1, "3", 80)},
       "0=0 1~1 2=2"},
      {"no preface in the excerpt", parts,
       {Key(1, "1"), Key(1, "2"), Key(1, "3")}, "0=- 1=0 2=1 3=2 4=-"},
      {"repeated labels under different parents",
       {Key(1, "1"), Key(2, "1"), Key(2, "2"), Key(1, "2"), Key(2, "1")},
       {Key(1, "1"), Key(2, "1"), Key(1, "2"), Key(2, "1")}, "0=0 1=1 2=- 3=2 4=3"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(Dump(AlignSections(c.zh, c.en)) == c.expected);
  }
}

}  // namespace crosscheck::align
