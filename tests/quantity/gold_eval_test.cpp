#include "quantity/gold_eval.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace crosscheck::quantity::gold {
namespace {

Item Q(int line, int column, std::string text, std::string kind = "count", std::string value = "1",
       std::string unit = "", std::string hedge = "exact") {
  Item item;
  item.line = line;
  item.column = column;
  item.text = std::move(text);
  item.kind = std::move(kind);
  item.value = std::move(value);
  item.unit = std::move(unit);
  item.hedge = std::move(hedge);
  return item;
}

TEST_CASE("ParseTsv reads header, rows, escapes and short rows", "[gold]") {
  std::string tsv =
      "line\tcolumn\ttext\tkind\tvalue\tlow\thigh\tunit\thedge\tscale\n"
      "40\t33\t1135.24万人\tcount\t11352400\t11352350\t11352450\tperson\texact\t万\n"
      "\n"
      "66\t120\t7.06\\n\\n亿元\tmoney\t706000000\t\t\tCNY\texact\t亿\r\n"
      "3\t1\t一些\n";
  std::vector<Item> items;
  Status status = ParseTsv(tsv, "g.tsv", &items);
  REQUIRE(status.ok());
  REQUIRE(items.size() == 3);
  CHECK(items[0].line == 40);
  CHECK(items[0].column == 33);
  CHECK(items[0].text == "1135.24万人");
  CHECK(items[0].Width() == 9);
  CHECK(items[0].kind == "count");
  CHECK(items[0].value == "11352400");
  CHECK(items[0].low == "11352350");
  CHECK(items[0].high == "11352450");
  CHECK(items[0].unit == "person");
  CHECK(items[0].hedge == "exact");
  CHECK(items[0].scale == "万");
  CHECK(items[1].text == "7.06\n\n亿元");
  CHECK(items[1].Width() == 4);
  CHECK(items[1].scale == "亿");
  CHECK(items[2].text == "一些");
  CHECK(items[2].kind == "");
}

TEST_CASE("ParseTsv rejects malformed rows with file and row", "[gold]") {
  struct Case {
    std::string tsv;
    std::string message;
  } cases[] = {
      {"line\tcolumn\ttext\n5\t3\n", "g.tsv:2: expected at least 3 tab-separated fields, got 2"},
      {"x\t3\tabc\n", "g.tsv:1: expected a positive line and column, got 'x' and '3'"},
      {"1\t0\tabc\n", "g.tsv:1: expected a positive line and column, got '1' and '0'"},
      {"1\t2\tabc\n7\t-1\tdef\n", "g.tsv:2: expected a positive line and column, got '7' and '-1'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.tsv);
    std::vector<Item> items;
    Status status = ParseTsv(c.tsv, "g.tsv", &items);
    CHECK(status.code() == Status::Code::kInvalidInput);
    CHECK(status.message() == c.message);
  }
}

TEST_CASE("Agrees compares kind, unit and exact value", "[gold]") {
  struct Case {
    Item gold;
    Item extracted;
    bool agrees;
  } cases[] = {
      {Q(1, 1, "a", "count", "11352400", "person"), Q(1, 1, "a", "count", "11352400", "person"),
       true},
      {Q(1, 1, "a", "ratio", "16.0"), Q(1, 1, "a", "ratio", "16"), true},
      {Q(1, 1, "a", "count", "11352400", "person"), Q(1, 1, "a", "count", "11352401", "person"),
       false},
      {Q(1, 1, "a", "count", "5", "person"), Q(1, 1, "a", "count", "5", "person-time"), false},
      {Q(1, 1, "a", "count", "5", "person"), Q(1, 1, "a", "count", "5", ""), false},
      {Q(1, 1, "a", "count", "5", "noun:个"), Q(1, 1, "a", "count", "5", "noun:基地"), true},
      {Q(1, 1, "a", "count", "5", "noun:个"), Q(1, 1, "a", "count", "5", ""), false},
      {Q(1, 1, "a", "year", "2019"), Q(1, 1, "a", "date", "2019"), false},
      {Q(1, 1, "a", "fraction", "0.667"), Q(1, 1, "a", "fraction", "0.666666666666666667"), true},
      {Q(1, 1, "a", "fraction", "0.667"), Q(1, 1, "a", "fraction", "0.66"), false},
      {Q(1, 1, "a", "percent", "0.667"), Q(1, 1, "a", "percent", "0.6667"), false},
      // Hedge is reported apart, not part of agreement.
      {Q(1, 1, "a", "count", "200", "person", "nearly"),
       Q(1, 1, "a", "count", "200", "person", "about"), true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.gold.kind, c.gold.value, c.gold.unit, c.extracted.kind, c.extracted.value,
            c.extracted.unit);
    CHECK(Agrees(c.gold, c.extracted) == c.agrees);
  }
}

TEST_CASE("Evaluate matches by line and overlapping columns, one to one", "[gold]") {
  // Line 1: "从1135.24万人增加到1330.12万人" — two gold items.
  std::vector<Item> gold = {Q(1, 2, "1135.24万人", "count", "11352400", "person"),
                            Q(1, 14, "1330.12万人", "count", "13301200", "person"),
                            Q(2, 1, "17.2%", "percent", "17.2"),
                            Q(3, 5, "2014年至2019年", "year", "2014", "", "range")};
  std::vector<Item> extracted = {
      // Overlaps only the first gold item's span (columns 2..10).
      Q(1, 2, "1135.24万", "count", "11352400", "person"),
      // Wrong unit: matched, disagrees.
      Q(1, 14, "1330.12万人", "count", "13301200", "person-time"),
      // A range read as two years: the first matches, the second is spurious.
      Q(3, 5, "2014年", "year", "2014", "", "exact"),
      Q(3, 11, "2019年", "year", "2019", "", "exact"),
      // Same columns, wrong line: spurious.
      Q(4, 1, "17.2%", "percent", "17.2")};
  Metrics m = Evaluate(gold, extracted, {});
  CHECK(m.gold == 4);
  CHECK(m.extracted == 5);
  CHECK(m.matched == 3);
  CHECK(m.agreeing == 2);
  CHECK(m.hedge_agreeing == 2);
  CHECK(m.Precision() == Approx(0.6));
  CHECK(m.Recall() == Approx(0.75));
  CHECK(m.ValueAccuracy() == Approx(2.0 / 3.0));
  REQUIRE(m.missed.size() == 1);
  CHECK(m.missed[0].text == "17.2%");
  REQUIRE(m.spurious.size() == 2);
  CHECK(m.spurious[0].text == "2019年");
  CHECK(m.spurious[1].line == 4);
  REQUIRE(m.disagreeing.size() == 1);
  CHECK(m.disagreeing[0].extracted.unit == "person-time");
}

TEST_CASE("Evaluate: adjacent spans do not overlap; greedy by start", "[gold]") {
  struct Case {
    std::string name;
    std::vector<Item> gold;
    std::vector<Item> extracted;
    size_t matched;
  } cases[] = {
      {"touching, not overlapping", {Q(1, 1, "abc")}, {Q(1, 4, "de")}, 0},
      {"last column overlaps", {Q(1, 1, "abc")}, {Q(1, 3, "cd")}, 1},
      {"extracted inside gold", {Q(1, 1, "abcdef")}, {Q(1, 3, "cd")}, 1},
      {"gold inside extracted", {Q(1, 3, "cd")}, {Q(1, 1, "abcdef")}, 1},
      {"two extracted, one gold", {Q(1, 1, "abcdef")}, {Q(1, 1, "ab"), Q(1, 4, "def")}, 1},
      {"one extracted spanning two gold", {Q(1, 1, "ab"), Q(1, 4, "de")}, {Q(1, 1, "abcde")}, 1},
      {"unsorted input", {Q(2, 1, "x"), Q(1, 1, "y")}, {Q(1, 1, "y"), Q(2, 1, "x")}, 2},
      {"code points, not bytes", {Q(1, 3, "万人")}, {Q(1, 1, "二十")}, 0},
      {"nothing extracted", {Q(1, 1, "a")}, {}, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Metrics m = Evaluate(c.gold, c.extracted, {});
    CHECK(m.matched == c.matched);
    CHECK(m.missed.size() == c.gold.size() - c.matched);
    CHECK(m.spurious.size() == c.extracted.size() - c.matched);
  }
}

TEST_CASE("Evaluate counts not-quantity entries that extraction overlapped", "[gold]") {
  std::vector<Item> not_quantities = {Q(5, 10, "一带一路", ""), Q(6, 1, "进一步", ""),
                                      Q(7, 3, "Covid-19", "")};
  std::vector<Item> extracted = {Q(5, 12, "一"), Q(7, 9, "19", "count", "19")};
  Metrics m = Evaluate({}, extracted, not_quantities);
  CHECK(m.not_quantity_hits == 2);
  REQUIRE(m.not_quantity.size() == 2);
  CHECK(m.not_quantity[0].text == "一带一路");
  CHECK(m.not_quantity[1].text == "Covid-19");
  CHECK(m.spurious.size() == 2);
  CHECK(m.Precision() == Approx(0.0));
  CHECK(m.Recall() == Approx(1.0));
}

TEST_CASE("Metrics::Add sums counts and lists; summary prints ratios", "[gold]") {
  Metrics a = Evaluate({Q(1, 1, "a")}, {Q(1, 1, "a")}, {});
  Metrics b = Evaluate({Q(1, 1, "b"), Q(2, 1, "c")}, {Q(3, 1, "d")}, {});
  a.Add(b);
  CHECK(a.gold == 3);
  CHECK(a.extracted == 2);
  CHECK(a.matched == 1);
  CHECK(a.missed.size() == 2);
  CHECK(a.spurious.size() == 1);
  CHECK(FormatSummary("zh", a) ==
        "zh: precision 0.500 (1/2), recall 0.333 (1/3), value accuracy 1.000 (1/1), "
        "hedge accuracy 1.000 (1/1), not-quantities hit 0\n");
  CHECK(FormatDetails("f.txt", b) ==
        "  missed   f.txt:1:1 \"b\" count 1\n"
        "  missed   f.txt:2:1 \"c\" count 1\n"
        "  spurious f.txt:3:1 \"d\" count 1\n");
}

TEST_CASE("ParseManifest reads cases and rejects short rows", "[gold]") {
  std::vector<Case> cases;
  REQUIRE(ParseManifest("language\ttext\tgold\tnot_quantities\n"
                        "# comment\n"
                        "zh\ta.txt\ta.tsv\tn.tsv\n"
                        "en\tb.txt\tb.tsv\n",
                        &cases)
              .ok());
  REQUIRE(cases.size() == 2);
  CHECK(cases[0].language == "zh");
  CHECK(cases[0].not_quantities == "n.tsv");
  CHECK(cases[1].text == "b.txt");
  CHECK(cases[1].not_quantities == "");
  Status status = ParseManifest("zh\ta.txt\n", &cases);
  CHECK(status.message() == "manifest:1: expected language, text, gold[, not_quantities]");
}

TEST_CASE("RunCommand captures output and reports failure", "[gold]") {
  std::string output;
  REQUIRE(RunCommand("printf 'a\\tb\\n'", &output).ok());
  CHECK(output == "a\tb\n");
  Status status = RunCommand("exit 3", &output);
  CHECK(status.code() == Status::Code::kIoError);
  CHECK(status.message() == "exit 3: exit status 3");
  CHECK(ShellQuote("it's") == "'it'\\''s'");
}

TEST_CASE("Gold files parse and stay within their texts", "[gold]") {
  std::string root = CROSSCHECK_SOURCE_DIR;
  std::string manifest;
  REQUIRE(ReadFile(root + "/tests/quantity/gold/manifest.tsv", &manifest).ok());
  std::vector<Case> cases;
  REQUIRE(ParseManifest(manifest, &cases).ok());
  REQUIRE(cases.size() == 4);
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::string text;
    REQUIRE(ReadFile(root + "/" + c.text, &text).ok());
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t pos; (pos = text.find('\n', start)) != std::string::npos; start = pos + 1) {
      lines.push_back(text.substr(start, pos - start));
    }
    lines.push_back(text.substr(start));
    for (const std::string& path : {c.gold, c.not_quantities}) {
      if (path.empty()) continue;
      std::string contents;
      REQUIRE(ReadFile(root + "/" + path, &contents).ok());
      std::vector<Item> items;
      Status status = ParseTsv(contents, path, &items);
      CAPTURE(status.message());
      REQUIRE(status.ok());
      CHECK(!items.empty());
      for (const Item& item : items) {
        CAPTURE(path, item.line, item.column, item.text);
        REQUIRE(item.line <= static_cast<int>(lines.size()));
        // The surface text sits at its column: skip column-1 code points.
        const std::string& line = lines[item.line - 1];
        size_t byte = 0;
        for (int skipped = 0; byte < line.size() && skipped < item.column - 1;) {
          ++byte;
          while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) {
            ++byte;
          }
          ++skipped;
        }
        std::string first_line = item.text.substr(0, item.text.find('\n'));
        CHECK(line.compare(byte, first_line.size(), first_line) == 0);
        if (path == c.gold) {
          CHECK(!item.kind.empty());
          CHECK(!item.value.empty());
          CHECK(!item.hedge.empty());
        }
      }
    }
  }
}

}  // namespace
}  // namespace crosscheck::quantity::gold
