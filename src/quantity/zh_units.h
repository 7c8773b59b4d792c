// Chinese units and classifiers: what may follow a figure (人, 人次, 户, 万元,
// 小时, 公里, 亩, 个, 所, 期, ...) and what it makes of the figure.
//
// Money units, time units and the ordinal markers (届, 中全会) decide the
// quantity's kind; other classifiers count things and map to a canonical
// unit id (units.h) or to "noun:<as written>".
#ifndef CROSSCHECK_QUANTITY_ZH_UNITS_H_
#define CROSSCHECK_QUANTITY_ZH_UNITS_H_

#include <cstddef>
#include <string_view>

namespace crosscheck::quantity {

enum class ZhUnitClass {
  kCount,           // 人, 户, 个, 公里, ...: a number of things
  kMoney,           // 元, 美元
  kPercent,         // %
  kPoints,          // 个百分点
  kYear,            // 年: a year (2019年) or a duration (3年), decided by the figure
  kMonth,           // 月: a month of the year (3月)
  kDay,             // 日: a day of the month (10日)
  kDuration,        // 小时, 天, 个月, 周: a length of time
  kAge,             // 岁, 周岁
  kSession,         // 届, 中全会, 次全会: an ordinal (十九届, 五中全会)
  kTimes,           // 次: a count, or an ordinal before 全会
  kGreat,           // 大: 十八大 (a party congress) or 六大产业 (six major ...)
};

struct ZhUnit {
  std::string_view written;
  std::string_view unit;  // canonical id; "" for percent and points
  ZhUnitClass unit_class;
};

// The longest unit written at byte `pos` of `text`, or nullptr.
const ZhUnit* MatchZhUnit(std::string_view text, size_t pos);

// Scale words after a figure: 万亿 (12), 千万 (7), 百万 (6), 亿 (8), 万 (4).
// With `after_digits`, 千 (3) is a scale word too (3千人), unless it starts
// 千米 or 千克. Returns the power of ten and sets *length, or 0.
int MatchZhScale(std::string_view text, size_t pos, bool after_digits, size_t* length);

}  // namespace crosscheck::quantity

#endif  // CROSSCHECK_QUANTITY_ZH_UNITS_H_
