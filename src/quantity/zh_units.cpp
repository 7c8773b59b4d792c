#include "quantity/zh_units.h"

namespace crosscheck::quantity {
namespace {

using C = ZhUnitClass;

// Longer entries come before their prefixes (个百分点 before 个, 人次 before 人).
constexpr ZhUnit kUnits[] = {
    {"个百分点", "", C::kPoints},
    {"百分点", "", C::kPoints},
    {"%", "", C::kPercent},
    {"元人民币", "CNY", C::kMoney},
    {"人民币", "CNY", C::kMoney},
    {"美元", "USD", C::kMoney},
    {"欧元", "EUR", C::kMoney},
    {"港元", "HKD", C::kMoney},
    {"港币", "HKD", C::kMoney},
    {"日元", "JPY", C::kMoney},
    {"英镑", "GBP", C::kMoney},
    {"元", "CNY", C::kMoney},
    {"人次", "person-time", C::kCount},
    {"人", "person", C::kCount},
    {"名", "person", C::kCount},
    {"位", "person", C::kCount},
    {"户企业", "enterprise", C::kCount},
    {"家企业", "enterprise", C::kCount},
    {"户", "household", C::kCount},
    {"个小时", "hour", C::kDuration},
    {"小时", "hour", C::kDuration},
    {"学时", "hour", C::kDuration},  // class hours: "40 class hours"
    {"课时", "hour", C::kDuration},
    {"个多月", "month", C::kDuration},
    {"个月", "month", C::kDuration},
    {"个工作日", "day", C::kDuration},
    {"天", "day", C::kDuration},
    {"星期", "week", C::kDuration},
    {"周年", "noun:周年", C::kSession},  // 成立70周年: the 70th anniversary, not 70 weeks
    {"周岁", "noun:岁", C::kAge},
    {"岁", "noun:岁", C::kAge},
    {"周", "week", C::kDuration},
    {"年", "year", C::kYear},
    {"月", "month", C::kMonth},
    {"日", "day", C::kDay},
    {"平方公里", "sq-km", C::kCount},
    {"平方米", "sq-m", C::kCount},
    {"公里", "km", C::kCount},
    {"千米", "km", C::kCount},
    {"米", "m", C::kCount},
    {"公顷", "hectare", C::kCount},
    {"亩", "mu", C::kCount},
    {"吨", "tonne", C::kCount},
    {"公斤", "kg", C::kCount},
    {"千克", "kg", C::kCount},
    {"中全会", "noun:plenary-session", C::kSession},
    {"次全会", "noun:plenary-session", C::kSession},
    {"届", "noun:届", C::kSession},
    {"次", "noun:次", C::kTimes},
    {"场次", "noun:场次", C::kCount},
    {"地州", "prefecture", C::kCount},
    {"个", "noun:个", C::kCount},
    {"所", "noun:所", C::kCount},
    {"期", "noun:期", C::kCount},
    {"项", "noun:项", C::kCount},
    {"场", "noun:场", C::kCount},
    {"批", "noun:批", C::kCount},
    {"条", "noun:条", C::kCount},
    {"座", "noun:座", C::kCount},
    {"间", "noun:间", C::kCount},
    {"台", "noun:台", C::kCount},
    {"份", "noun:份", C::kCount},
    {"件", "noun:件", C::kCount},
    {"种", "noun:种", C::kCount},
    {"类", "noun:类", C::kCount},
    {"级", "noun:级", C::kCount},
    {"支", "noun:支", C::kCount},
    {"张", "noun:张", C::kCount},
    {"套", "noun:套", C::kCount},
    {"部", "noun:部", C::kCount},
    {"轮", "noun:轮", C::kCount},
    {"倍", "noun:倍", C::kCount},
    {"篇", "noun:篇", C::kCount},
    {"本", "noun:本", C::kCount},
    {"辆", "noun:辆", C::kCount},
    {"家", "noun:家", C::kCount},
    {"号", "noun:号", C::kCount},
    {"段", "noun:段", C::kCount},
    {"组", "noun:组", C::kCount},
    {"例", "noun:例", C::kCount},
    {"处", "noun:处", C::kCount},
    {"栋", "noun:栋", C::kCount},
    {"层", "noun:层", C::kCount},
    {"大", "", C::kGreat},
};

bool StartsAt(std::string_view text, size_t pos, std::string_view word) {
  return text.size() - pos >= word.size() && text.compare(pos, word.size(), word) == 0;
}

}  // namespace

const ZhUnit* MatchZhUnit(std::string_view text, size_t pos) {
  if (pos >= text.size()) return nullptr;
  // Compare the first two bytes inline: most entries differ there.
  const char second = pos + 1 < text.size() ? text[pos + 1] : 0;
  for (const ZhUnit& u : kUnits) {
    if (u.written[0] != text[pos]) continue;
    if (u.written.size() > 1 && u.written[1] != second) continue;
    if (StartsAt(text, pos, u.written)) return &u;
  }
  return nullptr;
}

int MatchZhScale(std::string_view text, size_t pos, bool after_digits, size_t* length) {
  struct Scale {
    std::string_view written;
    int power;
  };
  static constexpr Scale kScales[] = {
      {"万亿", 12}, {"千万", 7}, {"百万", 6}, {"亿", 8}, {"万", 4},
  };
  if (pos >= text.size()) return 0;
  for (const Scale& s : kScales) {
    if (StartsAt(text, pos, s.written)) {
      *length = s.written.size();
      return s.power;
    }
  }
  if (after_digits && StartsAt(text, pos, "千") && !StartsAt(text, pos, "千米") &&
      !StartsAt(text, pos, "千克") && !StartsAt(text, pos, "千瓦")) {
    *length = 3;
    return 3;
  }
  return 0;
}

}  // namespace crosscheck::quantity
