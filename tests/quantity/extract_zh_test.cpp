#include "quantity/extract_zh.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"

namespace crosscheck::quantity {
namespace {

std::string Surface(std::string_view text, const Quantity& q) {
  return std::string(text.substr(q.begin, q.end - q.begin));
}

struct Case {
  std::string_view text;     // normalized input holding exactly one quantity
  std::string_view surface;  // the span expected
  Kind kind;
  std::string_view value;
  std::string_view low;
  std::string_view high;
  std::string_view unit;
  std::string_view per;
  Hedge hedge;
  std::string_view scale;
  bool spelled;
};

void CheckCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::vector<Quantity> qs = ExtractZh(c.text);
    REQUIRE(qs.size() == 1);
    const Quantity& q = qs[0];
    CHECK(Surface(c.text, q) == c.surface);
    CHECK(KindName(q.kind) == KindName(c.kind));
    CHECK(q.value.ToString() == c.value);
    CHECK(q.low.ToString() == c.low);
    CHECK(q.high.ToString() == c.high);
    CHECK(q.unit == c.unit);
    CHECK(q.per == c.per);
    CHECK(HedgeName(q.hedge) == HedgeName(c.hedge));
    CHECK(q.scale == c.scale);
    CHECK(q.spelled_out == c.spelled);
  }
}

constexpr Hedge kExact = Hedge::kExact;

TEST_CASE("ExtractZh reads Arabic figures, separators and scale words", "[quantity][zh]") {
  CheckCases({
      {"共有1,237人参加", "1,237人", Kind::kCount, "1237", "1236.5", "1237.5", "person", "", kExact, "", false},
      {"惠及 1237 家企业。", "1237 家企业", Kind::kCount, "1237", "1236.5", "1237.5", "enterprise", "", kExact, "", false},
      {"总人数1135.24万人", "1135.24万人", Kind::kCount, "11352400", "11352350", "11352450", "person", "", kExact, "万", false},
      {"中等教育在校生184.36万人", "184.36万人", Kind::kCount, "1843600", "1843550", "1843650", "person", "", kExact, "万", false},
      {"减免75.53亿元", "75.53亿元", Kind::kMoney, "7553000000", "7552500000", "7553500000", "CNY", "", kExact, "亿", false},
      {"缓缴7.06 亿元", "7.06 亿元", Kind::kMoney, "706000000", "705500000", "706500000", "CNY", "", kExact, "亿", false},
      {"转移就业 256.5 万人次", "256.5 万人次", Kind::kCount, "2565000", "2564500", "2565500", "person-time", "", kExact, "万", false},
      {"为 8.31 万户企业返还", "8.31 万户企业", Kind::kCount, "83100", "83050", "83150", "enterprise", "", kExact, "万", false},
      {"73.76 万户", "73.76 万户", Kind::kCount, "737600", "737550", "737650", "household", "", kExact, "万", false},
      {"投资3千万元", "3千万元", Kind::kMoney, "30000000", "25000000", "35000000", "CNY", "", kExact, "千万", false},
      {"贷款2万亿元", "2万亿元", Kind::kMoney, "2000000000000", "1500000000000", "2500000000000", "CNY", "", kExact, "万亿", false},
      {"援助100美元", "100美元", Kind::kMoney, "100", "99.5", "100.5", "USD", "", kExact, "", false},
      {"人民币500元", "人民币500元", Kind::kMoney, "500", "499.5", "500.5", "CNY", "", kExact, "", false},
      {"10.33万农牧民", "10.33万农牧民", Kind::kCount, "103300", "103250", "103350", "person", "", kExact, "万", false},
      {"数百公里", "数百公里", Kind::kCount, "100", "100", "1000", "km", "", Hedge::kMoreThan, "", true},
      {"种植20亩", "20亩", Kind::kCount, "20", "19.5", "20.5", "mu", "", kExact, "", false},
      {"300公顷", "300公顷", Kind::kCount, "300", "299.5", "300.5", "hectare", "", kExact, "", false},
      {"5吨", "5吨", Kind::kCount, "5", "4.5", "5.5", "tonne", "", kExact, "", false},
      {"8千米", "8千米", Kind::kCount, "8", "7.5", "8.5", "km", "", kExact, "", false},
      {"有9所学校", "9所", Kind::kCount, "9", "8.5", "9.5", "noun:所", "", kExact, "", false},
      {"举办3期", "3期", Kind::kCount, "3", "2.5", "3.5", "noun:期", "", kExact, "", false},
      {"621 场次", "621 场次", Kind::kCount, "621", "620.5", "621.5", "noun:场次", "", kExact, "", false},
  });
}

TEST_CASE("ExtractZh reads Chinese numerals", "[quantity][zh]") {
  CheckCases({
      {"三人", "三人", Kind::kCount, "3", "2.5", "3.5", "person", "", kExact, "", true},
      {"十八个", "十八个", Kind::kCount, "18", "17.5", "18.5", "noun:个", "", kExact, "", true},
      {"二十六个民族", "二十六个", Kind::kCount, "26", "25.5", "26.5", "noun:个", "", kExact, "", true},
      {"一百二十名", "一百二十名", Kind::kCount, "120", "119.5", "120.5", "person", "", kExact, "", true},
      {"两千零五人", "两千零五人", Kind::kCount, "2005", "2004.5", "2005.5", "person", "", kExact, "", true},
      {"两人月收入", "两人", Kind::kCount, "2", "1.5", "2.5", "person", "", kExact, "", true},
      {"壹佰贰拾元", "壹佰贰拾元", Kind::kMoney, "120", "119.5", "120.5", "CNY", "", kExact, "", true},
      {"二十六万人", "二十六万人", Kind::kCount, "260000", "255000", "265000", "person", "", kExact, "万", true},
      {"南疆四地州", "四地州", Kind::kCount, "4", "3.5", "4.5", "prefecture", "", kExact, "", true},
      {"三项社会保险费", "三项", Kind::kCount, "3", "2.5", "3.5", "noun:项", "", kExact, "", true},
      {"五级公共就业服务体系", "五级", Kind::kCount, "5", "4.5", "5.5", "noun:级", "", kExact, "", true},
      {"六大产业", "六大", Kind::kCount, "6", "5.5", "6.5", "noun:大", "", kExact, "", true},
      {"用五年时间", "五年", Kind::kDuration, "5", "4.5", "5.5", "year", "", kExact, "", true},
      // No table entry: ICU's segmentation finds the numeral standing alone.
      {"南疆四地区", "四地区", Kind::kCount, "4", "3.5", "4.5", "noun:地区", "", kExact, "", true},
      {"有七兄弟姐妹", "七兄弟", Kind::kCount, "7", "6.5", "7.5", "noun:兄弟", "", kExact, "", true},
      {"服务万户新企", "万户", Kind::kCount, "10000", "5000", "15000", "household", "", kExact, "万", true},
  });
}

TEST_CASE("ExtractZh reads approximations and hedges", "[quantity][zh]") {
  CheckCases({
      {"十几个", "十几个", Kind::kCount, "10", "10", "20", "noun:个", "", Hedge::kMoreThan, "", true},
      {"几十个", "几十个", Kind::kCount, "10", "10", "100", "noun:个", "", Hedge::kMoreThan, "", true},
      {"数千名", "数千名", Kind::kCount, "1000", "1000", "10000", "person", "", Hedge::kMoreThan, "", true},
      {"上千人", "上千人", Kind::kCount, "1000", "1000", "10000", "person", "", Hedge::kMoreThan, "", true},
      {"汇款十几万元", "十几万元", Kind::kMoney, "100000", "100000", "200000", "CNY", "", Hedge::kMoreThan, "万", true},
      {"近200名员工", "近200名", Kind::kCount, "200", "180", "200.5", "person", "", Hedge::kNearly, "", false},
      {"将近200人", "将近200人", Kind::kCount, "200", "180", "200.5", "person", "", Hedge::kNearly, "", false},
      {"最近3年", "3年", Kind::kDuration, "3", "2.5", "3.5", "year", "", kExact, "", false},
      {"200多人", "200多人", Kind::kCount, "200", "200", "300", "person", "", Hedge::kMoreThan, "", false},
      {"4800多人", "4800多人", Kind::kCount, "4800", "4800", "4900", "person", "", Hedge::kMoreThan, "", false},
      {"200多万元", "200多万元", Kind::kMoney, "2000000", "2000000", "3000000", "CNY", "", Hedge::kMoreThan, "万", false},
      {"已吸纳8万余人就业", "8万余人", Kind::kCount, "80000", "80000", "90000", "person", "", Hedge::kMoreThan, "万", false},
      {"2172.84 万余人次", "2172.84 万余人次", Kind::kCount, "21728400", "21728400", "21728500", "person-time", "", Hedge::kMoreThan, "万", false},
      {"约500人", "约500人", Kind::kCount, "500", "450", "550", "person", "", Hedge::kAbout, "", false},
      {"300人左右", "300人左右", Kind::kCount, "300", "270", "330", "person", "", Hedge::kAbout, "", false},
      {"47.12万人以上", "47.12万人以上", Kind::kCount, "471200", "471150", "706800", "person", "", Hedge::kMoreThan, "万", false},
      {"3000人以下", "3000人以下", Kind::kCount, "3000", "1500", "3000.5", "person", "", Hedge::kLessThan, "", false},
      {"控制在4.5%以内", "4.5%以内", Kind::kPercent, "4.5", "2.25", "4.55", "", "", Hedge::kAtMost, "", false},
      {"不足5000元", "不足5000元", Kind::kMoney, "5000", "2500", "5000.5", "CNY", "", Hedge::kLessThan, "", false},
      {"不到3年时间", "不到3年", Kind::kDuration, "3", "1.5", "3.5", "year", "", Hedge::kLessThan, "", false},
      {"超过3000人", "超过3000人", Kind::kCount, "3000", "2999.5", "4500", "person", "", Hedge::kMoreThan, "", false},
      {"逾5万人", "逾5万人", Kind::kCount, "50000", "45000", "75000", "person", "", Hedge::kMoreThan, "万", false},
      {"不少于60万人次", "不少于60万人次", Kind::kCount, "600000", "595000", "900000", "person-time", "", Hedge::kAtLeast, "万", false},
      {"不低于90%", "不低于90%", Kind::kPercent, "90", "89.5", "135", "", "", Hedge::kAtLeast, "", false},
      {"失业率 3.5% 以下", "3.5% 以下", Kind::kPercent, "3.5", "1.75", "3.55", "", "", Hedge::kLessThan, "", false},
  });
}

TEST_CASE("ExtractZh reads percents, points, fractions and money rates", "[quantity][zh]") {
  CheckCases({
      {"增长17.2%", "17.2%", Kind::kPercent, "17.2", "17.15", "17.25", "", "", kExact, "", false},
      {"百分之十七", "百分之十七", Kind::kPercent, "17", "16.5", "17.5", "", "", kExact, "", true},
      {"五成", "五成", Kind::kPercent, "50", "49.5", "50.5", "", "", kExact, "", true},
      {"提高了10.9个百分点", "10.9个百分点", Kind::kPercentagePoints, "10.9", "10.85", "10.95", "", "", kExact, "", false},
      {"三分之二", "三分之二", Kind::kFraction, "0.666666666666666666", "0.6666666666666666655", "0.6666666666666666665", "", "", kExact, "", true},
      {"约有2/3的家庭", "2/3", Kind::kFraction, "0.666666666666666666", "0.6666666666666666655", "0.6666666666666666665", "", "", kExact, "", false},
      {"约1/4", "约1/4", Kind::kFraction, "0.25", "0.225", "0.275", "", "", Hedge::kAbout, "", false},
      {"一半", "一半", Kind::kFraction, "0.5", "0.45", "0.55", "", "", kExact, "", true},
      {"1520 元/月", "1520 元/月", Kind::kRate, "1520", "1519.5", "1520.5", "CNY", "month", kExact, "", false},
      {"平均期望月薪 5000 元左右", "5000 元左右", Kind::kRate, "5000", "4500", "5500", "CNY", "month", Hedge::kAbout, "", false},
      {"人均年收入约4万元", "约4万元", Kind::kMoney, "40000", "35000", "45000", "CNY", "", Hedge::kAbout, "万", false},
      {"人均可支配收入由2.32万元增至", "2.32万元", Kind::kMoney, "23200", "23150", "23250", "CNY", "", kExact, "万", false},
      {"当年收入 5.5 万元", "5.5 万元", Kind::kMoney, "55000", "54500", "55500", "CNY", "", kExact, "万", false},
  });
}

TEST_CASE("ExtractZh reads years, dates, durations and ranges", "[quantity][zh]") {
  CheckCases({
      {"2019年,新疆", "2019年", Kind::kYear, "2019", "2018.5", "2019.5", "", "", kExact, "", false},
      {"二〇二〇年", "二〇二〇年", Kind::kYear, "2020", "2019.5", "2020.5", "", "", kExact, "", true},
      {"两千零五年", "两千零五年", Kind::kYear, "2005", "2004.5", "2005.5", "", "", kExact, "", true},
      {"新就发〔2021〕", "2021", Kind::kYear, "2021", "2020.5", "2021.5", "", "", kExact, "", false},
      {"2018年3月", "2018年3月", Kind::kDate, "20180300", "20180299.5", "20180300.5", "", "", kExact, "", false},
      {"(2025年9月10日)", "2025年9月10日", Kind::kDate, "20250910", "20250909.5", "20250910.5", "", "", kExact, "", false},
      {"2020 年 9 月", "2020 年 9 月", Kind::kDate, "20200900", "20200899.5", "20200900.5", "", "", kExact, "", false},
      {"二〇二〇年三月", "二〇二〇年三月", Kind::kDate, "20200300", "20200299.5", "20200300.5", "", "", kExact, "", true},
      {"国务院新闻办公室 17 日发表", "17 日", Kind::kDate, "17", "16.5", "17.5", "", "", kExact, "", false},
      {"连续3年", "3年", Kind::kDuration, "3", "2.5", "3.5", "year", "", kExact, "", false},
      {"24小时动态清零", "24小时", Kind::kDuration, "24", "23.5", "24.5", "hour", "", kExact, "", false},
      {"每日工作 8 小时", "8 小时", Kind::kDuration, "8", "7.5", "8.5", "hour", "", kExact, "", false},
      {"上半年实现销售额5.6亿元", "5.6亿元", Kind::kMoney, "560000000", "555000000", "565000000", "CNY", "", kExact, "亿", false},
      {"连续失业半年以上", "半年以上", Kind::kDuration, "0.5", "0.45", "0.75", "year", "", Hedge::kMoreThan, "", true},
      {"连续失业一年以上", "一年以上", Kind::kDuration, "1", "0.5", "1.5", "year", "", Hedge::kMoreThan, "", true},
      {"一年半", "一年半", Kind::kDuration, "1.5", "1.45", "1.55", "year", "", kExact, "", true},
      {"6个月", "6个月", Kind::kDuration, "6", "5.5", "6.5", "month", "", kExact, "", false},
      {"十几年来", "十几年", Kind::kDuration, "10", "10", "20", "year", "", Hedge::kMoreThan, "", true},
      {"九年义务教育", "九年", Kind::kDuration, "9", "8.5", "9.5", "year", "", kExact, "", true},
      {"2014年至2019年,", "2014年至2019年", Kind::kYear, "2014", "2013.5", "2019.5", "", "", Hedge::kRange, "", false},
      {"2013 年至 2019 年底", "2013 年至 2019 年", Kind::kYear, "2013", "2012.5", "2019.5", "", "", Hedge::kRange, "", false},
      {"2018—2020年", "2018—2020年", Kind::kYear, "2018", "2017.5", "2020.5", "", "", Hedge::kRange, "", false},
      {"(2016—2020)", "2016—2020", Kind::kYear, "2016", "2015.5", "2020.5", "", "", Hedge::kRange, "", false},
      {"2018年至2020年6月", "2018年至2020年6月", Kind::kYear, "2018", "2017.5", "2020.5", "", "", Hedge::kRange, "", false},
      {"于9月10日至12日举行", "9月10日至12日", Kind::kDate, "910", "909.5", "912.5", "", "", Hedge::kRange, "", false},
      {"2020年9月10日至12日", "2020年9月10日至12日", Kind::kDate, "20200910", "20200909.5", "20200912.5", "", "", Hedge::kRange, "", false},
      {"3至5", "3至5", Kind::kCount, "3", "2.5", "5.5", "", "", Hedge::kRange, "", false},
      {"5~10", "5~10", Kind::kCount, "5", "4.5", "10.5", "", "", Hedge::kRange, "", false},
      {"3至5万人", "3至5万人", Kind::kCount, "30000", "25000", "55000", "person", "", Hedge::kRange, "万", false},
      {"对18至45岁", "18至45岁", Kind::kCount, "18", "17.5", "45.5", "noun:岁", "", Hedge::kRange, "", false},
  });
}

TEST_CASE("ExtractZh reads ordinals", "[quantity][zh]") {
  CheckCases({
      {"第三次中央新疆工作座谈会", "第三次", Kind::kOrdinal, "3", "3", "3", "", "", kExact, "", true},
      {"第五届巾帼", "第五届", Kind::kOrdinal, "5", "5", "5", "", "", kExact, "", true},
      {"中共十八大以来", "十八大", Kind::kOrdinal, "18", "18", "18", "", "", kExact, "", true},
      {"“十三五”促进就业规划", "十三五", Kind::kOrdinal, "13", "13", "13", "", "", kExact, "", true},
      {"“十五五”期间", "十五五", Kind::kOrdinal, "15", "15", "15", "", "", kExact, "", true},
      {"十四五期间，将新建", "十四五", Kind::kOrdinal, "14", "14", "14", "", "", kExact, "", true},
      {"新中国成立70周年", "70周年", Kind::kOrdinal, "70", "70", "70", "", "", kExact, "", false},
      {"建党一百周年", "一百周年", Kind::kOrdinal, "100", "100", "100", "", "", kExact, "", true},
      {"第2名", "第2名", Kind::kOrdinal, "2", "2", "2", "", "", kExact, "", false},
  });
  // 十九届五中全会 and 九届十次、十一次全会: every number is an ordinal.
  std::string_view text = "党的十九届五中全会和自治区党委九届十次、十一次全会";
  std::vector<Quantity> qs = ExtractZh(text);
  REQUIRE(qs.size() == 5);
  const char* surfaces[] = {"十九届", "五中全会", "九届", "十次", "十一次全会"};
  const char* values[] = {"19", "5", "9", "10", "11"};
  for (size_t i = 0; i < qs.size(); ++i) {
    CAPTURE(i);
    CHECK(Surface(text, qs[i]) == surfaces[i]);
    CHECK(qs[i].kind == Kind::kOrdinal);
    CHECK(qs[i].value.ToString() == values[i]);
  }
}

TEST_CASE("ExtractZh takes the unit from the head noun of a generic classifier",
          "[quantity][zh]") {
  CheckCases({
      {"南疆地区22个深度贫困县和", "22个", Kind::kCount, "22", "21.5", "22.5", "county", "", kExact, "", false},
      {"巴格其镇的 3 个村共有", "3 个", Kind::kCount, "3", "2.5", "3.5", "village", "", kExact, "", false},
      {"共有三个村参加", "三个", Kind::kCount, "3", "2.5", "3.5", "village", "", kExact, "", true},
      {"5个村民小组", "5个", Kind::kCount, "5", "4.5", "5.5", "person", "", kExact, "", false},
      {"3个县城", "3个", Kind::kCount, "3", "2.5", "3.5", "noun:个", "", kExact, "", false},
      {"喀什、和田两个地区", "两个", Kind::kCount, "2", "1.5", "2.5", "prefecture", "", kExact, "", true},
      {"为全疆318家企事业单位", "318家", Kind::kCount, "318", "317.5", "318.5", "enterprise", "", kExact, "", false},
      {"加工企业210家,", "210家", Kind::kCount, "210", "209.5", "210.5", "enterprise", "", kExact, "", false},
      {"提供就业岗位 14.5 万余个", "14.5 万余个", Kind::kCount, "145000", "145000", "146000", "job", "", Hedge::kMoreThan, "万", false},
      {"新增岗位零个。", "零个", Kind::kCount, "0", "-0.5", "0.5", "job", "", kExact, "", true},
      {"有3个的", "3个", Kind::kCount, "3", "2.5", "3.5", "noun:个", "", kExact, "", false},
      {"共有10.33万农牧民参加", "10.33万农牧民", Kind::kCount, "103300", "103250", "103350", "person", "", kExact, "万", false},
      {"第一批学员已经结业", "第一批", Kind::kOrdinal, "1", "1", "1", "", "", kExact, "", true},
  });
}

TEST_CASE("ExtractZh reads each term of a ratio", "[quantity][zh]") {
  std::string_view text = "就业人员占比2014年为45.4:16.0:38.6,2019年为36.4:14.1:49.5";
  std::vector<Quantity> qs = ExtractZh(text);
  REQUIRE(qs.size() == 8);
  const char* surfaces[] = {"2014年", "45.4", "16.0", "38.6", "2019年", "36.4", "14.1", "49.5"};
  for (size_t i = 0; i < qs.size(); ++i) {
    CAPTURE(i);
    CHECK(Surface(text, qs[i]) == surfaces[i]);
    CHECK(qs[i].kind == (i == 0 || i == 4 ? Kind::kYear : Kind::kRatio));
  }
  CHECK(qs[2].value.ToString() == "16");
  CHECK(qs[2].low.ToString() == "15.95");
  CHECK(qs[2].high.ToString() == "16.05");
}

TEST_CASE("ExtractZh leaves numerals in words, names and headings alone", "[quantity][zh]") {
  const std::string_view texts[] = {
      "导致一些群众思想观念落后",
      "给予一定的社会保险补贴",
      "一般", "统一招聘", "集人力资源服务为一体", "一致性评估", "进一步健全", "同全中国人民一道",
      "推进一批交通项目", "一方面", "唯一", "万一", "收入十分有限", "千方百计稳定就业",
      "“一带一路”建设", "干在一起", "一直渴望", "一切形式", "重要内容之一", "同一",
      "一是加强领导,二是强化责任", "“三支一扶”计划", "扎实做好“六稳”工作、全面落实“六保”任务",
      "实施“十大行动”", "六稳工作", "江西省九江市", "两岸关系", "一产上水平、二产抓重点、三产大发展",
      "引导劳动力向第三产业有序流动", "从三次产业分布看", "一二三产业融合发展",
      "四位一体项目化培训模式", "百日千万网络招聘", "零就业家庭", "“七个一批”",
      "一家电器企业", "一项长期任务", "一支新时代劳动者大军", "“培育一个、带动一批、影响一片”",
      "一、新疆劳动就业的基本状况", "(二) 目标任务", "(十一)统筹推进", "双随机、一公开",
      "三农问题", "四化同步", "六盘水市", "三门峡", "五湖四海", "八仙过海", "两岸关系",
      "Covid-19 疫情", "5G网络", "零增长", "〇", "减半征收", "亿元,惠及",
      "联合国 2030 年可持续发展议程", "联合国2030年可持续发展议程", "零件", "零工",
  };
  for (std::string_view text : texts) {
    CAPTURE(text);
    std::vector<Quantity> qs = ExtractZh(text);
    std::string surfaces;
    for (const Quantity& q : qs) surfaces += Surface(text, q) + " ";
    CAPTURE(surfaces);
    CHECK(qs.empty());
  }
}

TEST_CASE("ExtractZh keeps spans ordered and inside the text", "[quantity][zh]") {
  std::string_view text = "2019年,约200万人次参加培训,其中十几万人来自3个村,占比5.0%左右。";
  std::vector<Quantity> qs = ExtractZh(text);
  REQUIRE(qs.size() == 5);
  for (size_t i = 0; i < qs.size(); ++i) {
    CAPTURE(i);
    CHECK(qs[i].begin < qs[i].end);
    CHECK(qs[i].end <= text.size());
    if (i > 0) CHECK(qs[i - 1].end <= qs[i].begin);
  }
  CHECK(Surface(text, qs[1]) == "约200万人次");
  CHECK(Surface(text, qs[4]) == "5.0%左右");
}

TEST_CASE("ExtractZh never fails on broken input", "[quantity][zh]") {
  const std::string_view texts[] = {
      "", "1", "万", "十", "第", "\xE4\xB8", "1,", "1.", "1.2.3", "百分之", "三分之", "2019年至",
      "99999999999999999999999999999999999999999999万亿元", "十十十十十十十十十十十十十十十十十十十十十十十十十十十",
      "九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九年",
  };
  for (std::string_view text : texts) {
    CAPTURE(text);
    std::vector<Quantity> qs = ExtractZh(text);
    for (const Quantity& q : qs) {
      CHECK(q.begin < q.end);
      CHECK(q.end <= text.size());
    }
  }
}

// Every figure of the corpus documents, as a reader takes it.
struct CorpusCase {
  std::string_view surface;
  Kind kind;
  std::string_view value;
  std::string_view unit;
  Hedge hedge;
};

std::vector<std::pair<std::string, Quantity>> ExtractFile(const std::string& name) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/" + name);
  std::vector<std::pair<std::string, Quantity>> out;
  std::string line;
  while (std::getline(in, line)) {
    text::NormalizedLine normalized = text::NormalizeLine(line);
    for (const Quantity& q : ExtractZh(normalized.text)) {
      out.emplace_back(Surface(normalized.text, q), q);
    }
  }
  return out;
}

bool Contains(const std::vector<std::pair<std::string, Quantity>>& found, const CorpusCase& c) {
  for (const auto& [surface, q] : found) {
    if (surface == c.surface && q.kind == c.kind && q.value.ToString() == c.value &&
        q.unit == c.unit && q.hedge == c.hedge) {
      return true;
    }
  }
  return false;
}

TEST_CASE("ExtractZh regression: labor-rights-2020.zh.txt", "[quantity][zh][corpus]") {
  auto found = ExtractFile("labor-rights-2020.zh.txt");
  const CorpusCase cases[] = {
      {"17 日", Kind::kDate, "17", "", kExact},
      {"2020 年 9 月", Kind::kDate, "20200900", "", kExact},
      {"四地州", Kind::kCount, "4", "prefecture", kExact},
      {"十八大", Kind::kOrdinal, "18", "", kExact},
      {"十三五", Kind::kOrdinal, "13", "", kExact},
      {"1135.24万人", Kind::kCount, "11352400", "person", kExact},
      {"1330.12万人", Kind::kCount, "13301200", "person", kExact},
      {"47.12万人以上", Kind::kCount, "471200", "person", Hedge::kMoreThan},
      {"276.3万人次以上", Kind::kCount, "2763000", "person-time", Hedge::kMoreThan},
      {"60%以上", Kind::kPercent, "60", "", Hedge::kMoreThan},
      {"10.9个百分点", Kind::kPercentagePoints, "10.9", "", kExact},
      {"184.36万人", Kind::kCount, "1843600", "person", kExact},
      {"1项", Kind::kCount, "1", "noun:项", kExact},
      {"2.32万元", Kind::kMoney, "23200", "CNY", kExact},
      {"8724元", Kind::kMoney, "8724", "CNY", kExact},
      {"15.5万名", Kind::kCount, "155000", "person", kExact},
      {"8万余人", Kind::kCount, "80000", "person", Hedge::kMoreThan},
      {"2017年至2019年", Kind::kYear, "2017", "", Hedge::kRange},
      {"2018年至2020年6月", Kind::kYear, "2018", "", Hedge::kRange},
      {"22.1万名", Kind::kCount, "221000", "person", kExact},
      {"24小时", Kind::kDuration, "24", "hour", kExact},
      {"90.36%", Kind::kPercent, "90.36", "", kExact},
      {"9.1亿元", Kind::kMoney, "910000000", "CNY", kExact},
      {"4800多人", Kind::kCount, "4800", "person", Hedge::kMoreThan},
      {"3万多人次", Kind::kCount, "30000", "person-time", Hedge::kMoreThan},
      {"75.53亿元", Kind::kMoney, "7553000000", "CNY", kExact},
      {"1237 家企业", Kind::kCount, "1237", "enterprise", kExact},
      {"256.5 万人次", Kind::kCount, "2565000", "person-time", kExact},
      {"2172.84 万余人次", Kind::kCount, "21728400", "person-time", Hedge::kMoreThan},
      {"5000 元左右", Kind::kRate, "5000", "CNY", Hedge::kAbout},
      {"1520 元/月", Kind::kRate, "1520", "CNY", kExact},
      {"8 小时", Kind::kDuration, "8", "hour", kExact},
      {"约4万元", Kind::kMoney, "40000", "CNY", Hedge::kAbout},
      {"不足1万元", Kind::kMoney, "10000", "CNY", Hedge::kLessThan},
      {"不到3年", Kind::kDuration, "3", "year", Hedge::kLessThan},
      {"16万余元", Kind::kMoney, "160000", "CNY", Hedge::kMoreThan},
      {"几千元", Kind::kMoney, "1000", "CNY", Hedge::kMoreThan},
      {"两人", Kind::kCount, "2", "person", kExact},
      {"十几万元", Kind::kMoney, "100000", "CNY", Hedge::kMoreThan},
      {"200多万元", Kind::kMoney, "2000000", "CNY", Hedge::kMoreThan},
      {"近200名", Kind::kCount, "200", "person", Hedge::kNearly},
      {"数百公里", Kind::kCount, "100", "km", Hedge::kMoreThan},
      {"十几年", Kind::kDuration, "10", "year", Hedge::kMoreThan},
      {"73.76 万户", Kind::kCount, "737600", "household", kExact},
      {"2016—2020", Kind::kYear, "2016", "", Hedge::kRange},
      {"3.5% 以下", Kind::kPercent, "3.5", "", Hedge::kLessThan},
  };
  for (const CorpusCase& c : cases) {
    CAPTURE(c.surface);
    CHECK(Contains(found, c));
  }
  // Figures only: no numeral word, name or heading number comes out.
  for (const auto& [surface, q] : found) {
    CAPTURE(surface);
    CHECK(surface.find("一些") == std::string::npos);
    CHECK(surface != "三产");
    CHECK(surface != "九江");
    CHECK(surface.find("三支一扶") == std::string::npos);
    CHECK(surface != "2030 年");  // 联合国2030年可持续发展议程 names the agenda
  }
  CHECK(found.size() == 224);  // each one reviewed by hand
}

TEST_CASE("ExtractZh regression: employment-plan-2021.zh.md", "[quantity][zh][corpus]") {
  auto found = ExtractFile("employment-plan-2021.zh.md");
  const CorpusCase cases[] = {
      {"十四五", Kind::kOrdinal, "14", "", kExact},
      {"十九届", Kind::kOrdinal, "19", "", kExact},
      {"五中全会", Kind::kOrdinal, "5", "", kExact},
      {"第三次", Kind::kOrdinal, "3", "", kExact},
      {"46万人以上", Kind::kCount, "460000", "person", Hedge::kMoreThan},
      {"4.5%以内", Kind::kPercent, "4.5", "", Hedge::kAtMost},
      {"275万人次", Kind::kCount, "2750000", "person-time", kExact},
      {"88%以上", Kind::kPercent, "88", "", Hedge::kMoreThan},
      {"3年", Kind::kDuration, "3", "year", kExact},
      {"20万人", Kind::kCount, "200000", "person", kExact},
      {"110万人次以上", Kind::kCount, "1100000", "person-time", Hedge::kMoreThan},
      {"18至45岁", Kind::kCount, "18", "noun:岁", Hedge::kRange},
      {"半年以上", Kind::kDuration, "0.5", "year", Hedge::kMoreThan},
      {"一年以上", Kind::kDuration, "1", "year", Hedge::kMoreThan},
      {"45周岁", Kind::kCount, "45", "noun:岁", kExact},
      {"10大", Kind::kCount, "10", "noun:大", kExact},
      {"第五届", Kind::kOrdinal, "5", "", kExact},
      {"1万个", Kind::kCount, "10000", "job", kExact},
  };
  for (const CorpusCase& c : cases) {
    CAPTURE(c.surface);
    CHECK(Contains(found, c));
  }
  for (const auto& [surface, q] : found) {
    CAPTURE(surface);
    CHECK(surface.find("十大") == std::string::npos);
    CHECK(surface.find("七个") == std::string::npos);
  }
  CHECK(found.size() == 50);  // each one reviewed by hand
}

TEST_CASE("ExtractZh regression: employment-opinions-2025.zh.txt", "[quantity][zh][corpus]") {
  auto found = ExtractFile("employment-opinions-2025.zh.txt");
  const CorpusCase cases[] = {
      {"2025年9月10日", Kind::kDate, "20250910", "", kExact},
      {"十五五", Kind::kOrdinal, "15", "", kExact},
      {"47万人以上", Kind::kCount, "470000", "person", Hedge::kMoreThan},
      {"5.0%左右", Kind::kPercent, "5", "", Hedge::kAbout},
      {"50%", Kind::kPercent, "50", "", kExact},
      {"不少于60万人次", Kind::kCount, "600000", "person-time", Hedge::kAtLeast},
      {"不少于6万人", Kind::kCount, "60000", "person", Hedge::kAtLeast},
      {"不低于90%", Kind::kPercent, "90", "", Hedge::kAtLeast},
      {"三种", Kind::kCount, "3", "noun:种", kExact},
      {"20万个以上", Kind::kCount, "200000", "noun:个", Hedge::kMoreThan},
      {"五级", Kind::kCount, "5", "noun:级", kExact},
      {"不少于100万个", Kind::kCount, "1000000", "job", Hedge::kAtLeast},
  };
  for (const CorpusCase& c : cases) {
    CAPTURE(c.surface);
    CHECK(Contains(found, c));
  }
  CHECK(found.size() == 16);
}

}  // namespace
}  // namespace crosscheck::quantity
