#include "align/paragraph_alignment.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

namespace crosscheck::align {
namespace {

AlignItem Item(double length, std::vector<double> figures = {}, bool list_item = false) {
  AlignItem item;
  item.length = length;
  item.figures = std::move(figures);
  item.list_item = list_item;
  return item;
}

// Compact dump of groups: "1-1 1-0 2-1" style, counting blocks per side.
std::string Dump(const std::vector<AlignedGroup>& groups) {
  std::ostringstream out;
  for (size_t k = 0; k < groups.size(); ++k) {
    if (k) out << ' ';
    out << groups[k].zh_end - groups[k].zh_begin << '-' << groups[k].en_end - groups[k].en_begin;
  }
  return out.str();
}

}  // namespace

TEST_CASE("AlignParagraphs finds the translator's grouping", "[align][paragraph]") {
  struct Case {
    std::string name;
    std::vector<AlignItem> zh, en;
    std::string expected;
  };
  const Case cases[] = {
      {"one to one", {Item(100), Item(50), Item(80)}, {Item(350), Item(175), Item(280)},
       "1-1 1-1 1-1"},
      {"English paragraph dropped", {Item(100), Item(60), Item(80)}, {Item(350), Item(280)},
       "1-1 1-0 1-1"},
      {"English adds a paragraph", {Item(100), Item(80)}, {Item(350), Item(200), Item(280)},
       "1-1 0-1 1-1"},
      {"paragraph split in two", {Item(100), Item(80)}, {Item(170), Item(180), Item(280)},
       "1-2 1-1"},
      {"two paragraphs merged", {Item(50), Item(50), Item(80)}, {Item(350), Item(280)},
       "2-1 1-1"},
      {"paragraph rendered as a list",
       {Item(100), Item(50)},
       {Item(90, {}, true), Item(90, {}, true), Item(90, {}, true), Item(90, {}, true),
        Item(175)},
       "1-4 1-1"},
      {"shared figures decide between similar lengths",
       {Item(100, {1843600}), Item(100, {75.53e8})},
       {Item(350, {75.53e8})},
       "1-0 1-1"},
      {"empty sides", {}, {Item(10)}, "0-1"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(Dump(AlignParagraphs(c.zh, c.en, AlignOptions{})) == c.expected);
  }
}

TEST_CASE("AlignParagraphs covers long inputs in a band", "[align][paragraph]") {
  std::vector<AlignItem> zh, en;
  for (int i = 0; i < 20000; ++i) {
    zh.push_back(Item(50 + i % 70, {static_cast<double>(i)}));
    if (i != 777) en.push_back(Item(3.5 * (50 + i % 70), {static_cast<double>(i)}));
  }
  std::vector<AlignedGroup> groups = AlignParagraphs(zh, en, AlignOptions{});
  REQUIRE(groups.size() == 20000);
  CHECK(groups[777].en_begin == groups[777].en_end);  // the dropped one is unpaired
  CHECK(groups[777].zh_begin == 777);
  CHECK(groups[19999].en_begin == 19998);
}

TEST_CASE("SharedFigures pairs values within 3% once each", "[align][paragraph]") {
  CHECK(SharedFigures({1843600, 1840000}, {1840000}) == 1);
  CHECK(SharedFigures({90.36, 2014}, {90.4, 2014, 2019}) == 2);
  CHECK(SharedFigures({100}, {110}) == 0);
}

}  // namespace crosscheck::align
