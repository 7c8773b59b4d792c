// Quantity: one figure as a careful reader understands it — its exact value,
// the interval its written precision and hedge imply, its kind and unit.
//
// Both extractors (extract_zh.h, extract_en.h) produce Quantities over a
// normalized, analysed text; `begin`/`end` are byte offsets into that text.
// Resolve() fills in the original position and surface text.
#ifndef CROSSCHECK_QUANTITY_QUANTITY_H_
#define CROSSCHECK_QUANTITY_QUANTITY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "quantity/decimal.h"
#include "text/mapped_text.h"

namespace crosscheck::quantity {

enum class Kind {
  kCount,             // a number of things: 1135.24万人, 46 prefectures, four
  kMoney,             // an amount of a currency: 75.53亿元, RMB23,200
  kPercent,           // 17.2%, 百分之十七, 五成 (= 50)
  kPercentagePoints,  // 10.9个百分点, 2.3 percentage points
  kRatio,             // one term of 45.4：16.0：38.6
  kFraction,          // 三分之二, two-thirds, half (value 0.666…, 0.5)
  kYear,              // 2020年, 二〇二〇年, "in 2019"; value is the year
  kDate,              // 2018年3月, March 10, 2025; value is yyyymmdd, 00 where unknown
  kDuration,          // 3年, 24小时, eight-hour; unit is the time unit
  kOrdinal,           // 第三次, 18th, 十九届 (value 19)
  kRate,              // 1520元/月; `per` holds the period
};

enum class Hedge {
  kExact,     // as written
  kAbout,     // 约, 左右, about, around, some, roughly
  kMoreThan,  // 超过, 逾, 多, 余, 以上, more than, over
  kAtLeast,   // 至少, 不少于, at least
  kLessThan,  // 不足, 不到, less than, under, below
  kAtMost,    // 最多, 不超过, 以内, up to, at most
  kNearly,    // 近, 将近, nearly, almost
  kRange,     // 3至5, 2014年至2019年, from 2014 to 2019: value is the low end
};

struct Quantity {
  Kind kind = Kind::kCount;
  Decimal value;   // the figure as written, scale applied (184.36万 → 1843600)
  Decimal low;     // interval implied by written precision and hedge
  Decimal high;
  Hedge hedge = Hedge::kExact;
  // Canonical unit id (see units.h): "person", "CNY", "hour", "noun:个", or
  // empty for a bare number. A percentage has an empty unit.
  std::string unit;
  std::string per;    // for kRate: "month", "year", "day", "hour", "person"
  std::string scale;  // the scale word as written: "万", "亿", "million"; or empty
  bool spelled_out = false;  // written in words: 三, 十八, "four", "eight-hour"

  // Byte span in the analysed text the extractor was given.
  size_t begin = 0;
  size_t end = 0;

  // Filled by Resolve(): original position of `begin`, original surface
  // text, and the analysed text around it (up to 8 characters either side),
  // which identifies the figure in its sentence without a line number.
  text::SourcePosition position;
  std::string text;
  std::string context;
};

std::string_view KindName(Kind kind);    // "count", "money", "percent", "percentage-points", ...
std::string_view HedgeName(Hedge hedge);  // "exact", "about", "more-than", ...

// Sets low/high from value's written precision and the hedge:
//   exact      value ± half a unit of the last written digit
//   about      ± max(half unit, 10%)
//   nearly     [value − max(half unit, 10%), value + half unit]
//   more-than, at-least  [value − half unit, value + max(half unit, 50%)]
//   less-than, at-most   [value − max(half unit, 50%), value + half unit]
// kRange is left alone: the extractor sets low/high from the two ends.
void SetInterval(Quantity* q);

// Fills position and text of each quantity from the analysed text.
void Resolve(const text::MappedText& analysed, std::vector<Quantity>* quantities);

}  // namespace crosscheck::quantity

#endif  // CROSSCHECK_QUANTITY_QUANTITY_H_
