#include "document/paragraphs.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace crosscheck::document {
namespace {

using text::Language;

TEST_CASE("ContinuesAcrossBreak joins paragraphs split by a page break", "[document][paragraphs]") {
  struct Case {
    std::string previous, next;
    Language language;
    bool joins;
  };
  const std::string full_zh = "克服疫情困难稳就业保民生。针对新冠肺炎疫情带来的不利影响，缓缴困难企业社会保险费";
  const std::vector<Case> cases = {
      {full_zh + "7.06", "亿元,惠及 1237 家企业。", Language::kZh, true},
      {"新疆地处中国西北边陲,长期以来,受历史和自然等因素影响,暴力恐怖势力、", "宗教极端势力鼓吹",
       Language::kZh, true},
      {"(二)实施脱贫地区乡村产业提升带动就业行动。围绕实施", "脱贫地区乡村产业提升行动,大力支持",
       Language::kZh, true},
      {"事实说明,近年来新疆的劳动就业保障工作取得了显著成效。", "二是", Language::kZh, false},
      {"**牵头单位:**自治区国资委", "**配合单位:**各地(州、市)人民政府", Language::kZh, false},
      {"**配合单位:**自治区人力资源和社会保障厅、自治区发展改", "**配合单位:**各地", Language::kZh,
       false},
      {"短标题", "正文开始了。", Language::kZh, false},
      {"- urban residents: from RMB26,700 to RMB40,000 (an average annual nominal growth of 8.5",
       "percent);", Language::kEn, true},
      {"In accordance with the country's major policies on employment and the overall plan for "
       "eliminating poverty, the",
       "Xinjiang Uygur Autonomous Region takes", Language::kEn, true},
      {"Short line", "continues here in lower case.", Language::kEn, true},
      {"Policies have further improved.", "planning of urban", Language::kEn, false},
      {"A subheading", "The next paragraph.", Language::kEn, false},
      {"The income of residents increased as follows:", "urban residents", Language::kEn, false},
      {"He said, “I will go.”", "and then", Language::kEn, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.previous, c.next);
    CHECK(ContinuesAcrossBreak(c.previous, c.next, c.language) == c.joins);
  }
}

TEST_CASE("ContinuesLine keeps wrapped lines in one paragraph", "[document][paragraphs]") {
  CHECK(ContinuesLine("伊犁哈萨克自治州人民政府,各州、市人民政府,", "自治区就业工作", Language::kZh));
  CHECK_FALSE(ContinuesLine("提出如下实施意见。", "一、强化", Language::kZh));
  CHECK(ContinuesLine("A wrapped English line ends here.", "and goes on", Language::kEn));
  CHECK_FALSE(ContinuesLine(std::string(120, 'x') + ".", "Next paragraph.", Language::kEn));
}

}  // namespace
}  // namespace crosscheck::document
