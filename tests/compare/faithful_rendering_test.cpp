// End to end through extraction and comparison: sentences a faithful
// translator writes give no finding, and the same sentences with a figure
// changed give one. Each pair is a false alarm or a miss once fixed.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/document.h"
#include "text/source_text.h"

namespace crosscheck::compare {
namespace {

ComparisonResult CompareTexts(const std::string& zh_text, const std::string& en_text) {
  text::SourceText zh, en;
  REQUIRE(text::SourceText::FromBytes(zh_text, text::Encoding::kUtf8, "zh", &zh).ok());
  REQUIRE(text::SourceText::FromBytes(en_text, text::Encoding::kUtf8, "en", &en).ok());
  const document::Document zh_doc = document::Parse(zh, text::Language::kZh);
  const document::Document en_doc = document::Parse(en, text::Language::kEn);
  return CompareSides(BuildSide(zh_doc), BuildSide(en_doc));
}

std::string Rules(const ComparisonResult& r) {
  std::string rules;
  for (const Finding& f : r.findings) rules += (rules.empty() ? "" : " ") + f.rule;
  return rules;
}

struct Rendering {
  const char* zh;
  const char* faithful;  // no finding
  const char* drifted;   // one figure changed: a finding
};

TEST_CASE("faithful renderings give no finding, changed figures do", "[compare]") {
  const Rendering cases[] = {
      {"系统每天运行2次，每次约5分钟。\n",
       "The system runs twice a day, for about five minutes each time.\n",
       "The system runs three times a day, for about five minutes each time.\n"},
      {"每年至少检查1次。\n", "It is inspected at least once a year.\n",
       "It is inspected at least twice a year.\n"},
      {"实行每天8小时工作制。\n", "An eight-hour workday is in place.\n",
       "A ten-hour workday is in place.\n"},
      {"约有四分之一的企业参与。\n", "About a quarter of the enterprises took part.\n",
       "About a third of the enterprises took part.\n"},
      {"会议于9月10日至12日举行。\n", "The meeting was held from September 10 to 12.\n",
       "The meeting was held from September 10 to 13.\n"},
      {"2019年是新中国成立70周年。\n",
       "2019 marked the 70th anniversary of the founding of the People's Republic of China.\n",
       "2019 marked the 60th anniversary of the founding of the People's Republic of China.\n"},
      {"十四五期间，将新建学校100所。\n",
       "During the 14th Five-Year Plan period, 100 new schools will be built.\n",
       "During the 13th Five-Year Plan period, 100 new schools will be built.\n"},
      {"一季度至三季度累计增长4.9%。\n",
       "Growth in the first three quarters totaled 4.9 percent.\n",
       "Growth in the first three quarters totaled 4.7 percent.\n"},
      {"建立了1个中心、3个分中心。\n", "One center and three sub-centers were established.\n",
       "One center and two sub-centers were established.\n"},
      {"人均预期寿命达到77.3岁。\n", "Life expectancy reached 77.3 years.\n",
       "Life expectancy reached 73.7 years.\n"},
      {"营业收入12亿元，净利润3400万美元。\n", "Revenue was RMB1.2bn and net profit US$34m.\n",
       "Revenue was RMB1.2bn and net profit US$43m.\n"},
      {"毛利率同比提高1.5个百分点。\n", "Gross margin rose 1.5 ppt year on year.\n",
       "Gross margin rose 1.2 ppt year on year.\n"},
      {"上半年实现销售额5.6亿元。\n",
       "Sales in the first half of the year reached RMB560 million.\n",
       "Sales in the first half of the year reached RMB650 million.\n"},
      {"约有2/3的家庭拥有汽车。\n", "About two thirds of households own a car.\n",
       "About one third of households own a car.\n"},
      {"下降了约四分之一。\n", "It fell by roughly a quarter.\n", "It fell by roughly a third.\n"},
      {"培训时长不少于40学时。\n", "Training shall last no less than 40 class hours.\n",
       "Training shall last no less than 30 class hours.\n"},
      {"城镇新增就业184.36万人。\n", "1.84 million new urban jobs were created.\n",
       "1.48 million new urban jobs were created.\n"},
  };
  for (const Rendering& c : cases) {
    CAPTURE(c.zh, c.faithful, c.drifted);
    CHECK(Rules(CompareTexts(c.zh, c.faithful)).empty());
    CHECK_FALSE(Rules(CompareTexts(c.zh, c.drifted)).empty());
  }
}

TEST_CASE("item headings with their body pair across the languages", "[compare]") {
  // The policy-document style: （一）title。body on one line, translated as
  // "(1) Title. Body".
  const std::string zh =
      "一、总体情况\n\n2020年，全市新增就业5.2万人。\n\n二、主要措施\n\n"
      "（一）加强就业服务。建成服务站120个，举办招聘会300余场。\n\n"
      "（二）强化技能培训。投入资金2.5亿元，培训人员4万人。\n";
  const std::string en_head =
      "I. Overview\n\nIn 2020, the city created 52,000 new jobs.\n\nII. Main Measures\n\n"
      "(1) Improving employment services. 120 service stations were built, and more than 300 "
      "job fairs were held.\n\n";
  const std::string en_item_two =
      "(2) Strengthening skills training. RMB250 million was invested and 40,000 people were "
      "trained.\n";
  CHECK(Rules(CompareTexts(zh, en_head + en_item_two)).empty());
  CHECK(Rules(CompareTexts(zh, en_head)).find("structure.section-missing") != std::string::npos);
}

// The English with its first digit changed (0→1, …, 9→1): a drifted figure.
std::string Drifted(std::string en) {
  for (char& c : en) {
    if (c >= '0' && c <= '9') {
      c = c == '9' ? '1' : static_cast<char>(c + 1);
      break;
    }
  }
  return en;
}

TEST_CASE("a hundred faithful sentence pairs give no finding", "[compare][faithful]") {
  // tests/compare/faithful_pairs.tsv: one Chinese sentence and its faithful
  // English per line, in the styles of white papers, annual reports and
  // manuals (hedges, rounding, scale words and abbreviations, spelled
  // numbers, fractions, dates, ages). Each pair must give no finding, and
  // give one once its first English digit is changed. A third column marks
  // a known limitation ("false-alarm: …" or "miss: …"), asserted as it is
  // today so that fixing it shows here.
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/tests/compare/faithful_pairs.tsv");
  REQUIRE(in);
  std::string line;
  size_t pairs = 0, drifted = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    for (size_t start = 0;;) {
      const size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    REQUIRE(fields.size() >= 2);
    const std::string zh = fields[0] + "\n", en = fields[1] + "\n";
    const std::string known = fields.size() > 2 ? fields[2] : "";
    CAPTURE(zh, en, known);
    CHECK(Rules(CompareTexts(zh, en)).empty() == (known.rfind("false-alarm", 0) != 0));
    ++pairs;
    if (const std::string changed = Drifted(en); changed != en) {
      CAPTURE(changed);
      CHECK(Rules(CompareTexts(zh, changed)).empty() == (known.rfind("miss", 0) == 0));
      ++drifted;
    }
  }
  CHECK(pairs >= 100);
  CHECK(drifted >= 60);
}

}  // namespace
}  // namespace crosscheck::compare
