#include "compare/agreement.h"

#include <cmath>
#include <vector>

#include "quantity/units.h"

namespace crosscheck::compare {
namespace {

using quantity::Decimal;
using quantity::Dimension;
using quantity::Hedge;
using quantity::Kind;
using quantity::Quantity;

// Kinds that can stand for each other in a translation. Money and counts
// share a group: "RMB23,200" and 2.32万元 are both amounts, and a bare
// number may carry its unit in a neighbouring word.
enum class Group { kAmount, kPercent, kPoints, kRatio, kFraction, kTime, kDuration, kOrdinal };

Group GroupOf(Kind kind) {
  switch (kind) {
    case Kind::kCount:
    case Kind::kMoney:
    case Kind::kRate: return Group::kAmount;
    case Kind::kPercent: return Group::kPercent;
    case Kind::kPercentagePoints: return Group::kPoints;
    case Kind::kRatio: return Group::kRatio;
    case Kind::kFraction: return Group::kFraction;
    case Kind::kYear:
    case Kind::kDate: return Group::kTime;
    case Kind::kDuration: return Group::kDuration;
    case Kind::kOrdinal: return Group::kOrdinal;
  }
  return Group::kAmount;
}

bool Overlap(const Decimal& a_low, const Decimal& a_high, const Decimal& b_low,
             const Decimal& b_high) {
  // Strict: intervals that only touch (2014 ± 0.5 and 2015 ± 0.5) differ.
  return a_low < b_high && b_low < a_high;
}

// The intervals of a range's two ends: the range's own interval is its ends
// widened by half a unit of the written precision.
Decimal EndWidth(const Quantity& range) { return range.value.HalfUnit() + range.value.HalfUnit(); }

// A range against a single figure: the figure must be one of its ends
// (2014年至2019年 against "2019"), not merely inside it — a year or a count
// changed to another inside the range is drift. Two ranges agree end to end.
//
// Two figures with the same hedge compare as written: "less than five years"
// is not a rendering of 不到3年, though both intervals reach below three.
//
// `slack` widens every interval of `a` on both sides (the relative
// tolerance; zero by default).
bool Agree(const Quantity& a, const Quantity& b, const Decimal& slack = Decimal()) {
  bool ra = a.hedge == Hedge::kRange, rb = b.hedge == Hedge::kRange;
  if (!ra && !rb) {
    if (a.hedge == b.hedge && a.hedge != Hedge::kExact) {
      return Overlap(a.value - a.value.HalfUnit() - slack, a.value + a.value.HalfUnit() + slack,
                     b.value - b.value.HalfUnit(), b.value + b.value.HalfUnit());
    }
    return Overlap(a.low - slack, a.high + slack, b.low, b.high);
  }
  if (ra && rb) {
    return Overlap(a.low - slack, a.low + EndWidth(a) + slack, b.low, b.low + EndWidth(b)) &&
           Overlap(a.high - EndWidth(a) - slack, a.high + slack, b.high - EndWidth(b), b.high);
  }
  const Quantity& range = ra ? a : b;
  const Quantity& single = ra ? b : a;
  Decimal range_slack = ra ? slack : Decimal();
  Decimal single_slack = ra ? Decimal() : slack;
  return Overlap(range.low - range_slack, range.low + EndWidth(range) + range_slack,
                 single.low - single_slack, single.high + single_slack) ||
         Overlap(range.high - EndWidth(range) - range_slack, range.high + range_slack,
                 single.low - single_slack, single.high + single_slack);
}

Decimal Abs(const Decimal& d) { return d.negative() ? Decimal() - d : d; }

// The relative tolerance in absolute terms for a Chinese figure; zero for
// kinds where a share of the value means nothing (years, dates, ordinals).
Decimal Slack(const Quantity& zh, const Decimal& relative) {
  if (relative.is_zero()) return Decimal();
  switch (zh.kind) {
    case Kind::kYear:
    case Kind::kDate:
    case Kind::kOrdinal: return Decimal();
    default: break;
  }
  return Abs(zh.hedge == Hedge::kRange ? zh.high : zh.value) * relative;
}

// A hedged figure known only to its written precision (Tolerance::hedges
// false). Ranges keep their ends.
Quantity WithoutHedgeWidening(const Quantity& q) {
  Quantity narrow = q;
  if (q.hedge != Hedge::kExact && q.hedge != Hedge::kRange) {
    narrow.low = q.value - q.value.HalfUnit();
    narrow.high = q.value + q.value.HalfUnit();
  }
  return narrow;
}

// A point in time as year, month and day; 0 where the text gives none.
struct Ymd {
  int year = 0, month = 0, day = 0;
};

Ymd ToYmd(const Decimal& value, Kind kind) {
  long long v = std::llround(value.ToDouble());
  if (kind == Kind::kYear) return Ymd{static_cast<int>(v), 0, 0};
  return Ymd{static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100),
             static_cast<int>(v % 100)};
}

// Equal in every part both give: 2020年9月 and "2020"; not 2020年9月 and
// "October 2020".
bool SameTime(const Ymd& a, const Ymd& b) {
  return a.year == b.year && (a.month == 0 || b.month == 0 || a.month == b.month) &&
         (a.day == 0 || b.day == 0 || a.day == b.day);
}

// The ends of a time quantity: one for a single year or date, two for a
// range (its high end is recovered from the widened interval).
std::vector<Ymd> Ends(const Quantity& q) {
  std::vector<Ymd> ends{ToYmd(q.value, q.kind)};
  if (q.hedge == Hedge::kRange) ends.push_back(ToYmd(q.high - q.value.HalfUnit(), q.kind));
  return ends;
}

// Years and dates agree when they name the same time as far as both say;
// ranges agree end to end, and a single time agrees with either end of a
// range (2018年至2020年6月 against "from 2018" and "June 2020").
bool TimesAgree(const Quantity& a, const Quantity& b) {
  if (a.kind == b.kind) return Agree(a, b);
  std::vector<Ymd> ea = Ends(a), eb = Ends(b);
  if (ea.size() == eb.size()) {
    for (size_t k = 0; k < ea.size(); ++k) {
      if (!SameTime(ea[k], eb[k])) return false;
    }
    return true;
  }
  const std::vector<Ymd>& range = ea.size() == 2 ? ea : eb;
  const Ymd& single = ea.size() == 2 ? eb[0] : ea[0];
  return SameTime(range[0], single) || SameTime(range[1], single);
}

bool Upward(Hedge h) { return h == Hedge::kMoreThan || h == Hedge::kAtLeast; }
bool Downward(Hedge h) {
  return h == Hedge::kLessThan || h == Hedge::kAtMost || h == Hedge::kNearly;
}

std::string ScaleSlip(const Quantity& zh, const Quantity& en, int power) {
  if (zh.scale == "亿" && en.scale == "billion" && power == 1) return "亿 read as billion";
  if (zh.scale == "万" && en.scale == "thousand" && power == -1) return "万 read as thousand";
  if (zh.scale == "万" && en.scale == "million" && power == 2) return "万 read as million";
  if (zh.scale == "万亿" && en.scale == "billion" && power == -3) return "万亿 read as billion";
  // An English scale word one or more steps off: "billion" written as "million".
  static const char* const kLadder[] = {"thousand", "million", "billion", "trillion"};
  if (power % 3 == 0) {
    for (int k = 0; k < 4; ++k) {
      int expected = k - power / 3;
      if (en.scale == kLadder[k] && expected >= 0 && expected < 4) {
        return std::string(kLadder[expected]) + " written as " + kLadder[k];
      }
    }
  }
  static const char* const kPowers[] = {"", "10", "100", "1000", "10⁴", "10⁵", "10⁶",
                                        "10⁷", "10⁸"};
  int magnitude = power < 0 ? -power : power;
  std::string factor = magnitude < 9 ? kPowers[magnitude] : "10^" + std::to_string(magnitude);
  return (power > 0 ? "×" : "÷") + factor;
}

// Finds k ≠ 0 with zh × 10^k agreeing with en, trying the nearest first.
int MagnitudeSlip(const Quantity& zh, const Quantity& en) {
  if (zh.value.is_zero() || en.value.is_zero()) return 0;
  // Real slips are a scale word misread (万 ↔ thousand is 10, 亿 ↔ million
  // 100) or a unit lost: a factor of 10 to 10^6. A small number written in
  // words is never a slipped large one.
  if ((zh.spelled_out && zh.value < Decimal(100)) || (en.spelled_out && en.value < Decimal(100))) {
    return 0;
  }
  for (int magnitude = 1; magnitude <= 6; ++magnitude) {
    for (int k : {magnitude, -magnitude}) {
      if (Overlap(zh.low.Scaled(k), zh.high.Scaled(k), en.low, en.high)) return k;
    }
  }
  return 0;
}

}  // namespace

bool IntervalsOverlap(const Quantity& a, const Quantity& b) {
  return Overlap(a.low, a.high, b.low, b.high);
}

namespace {

// An age (77.3岁, 年满16周岁) is a count of 岁; English writes it in years
// ("77.3 years", "16 years of age").
bool IsAge(const Quantity& q) { return q.kind == Kind::kCount && q.unit == "noun:岁"; }
bool IsYears(const Quantity& q) { return q.kind == Kind::kDuration && q.unit == "year"; }

Quantity AsYears(const Quantity& age) {
  Quantity years = age;
  years.kind = Kind::kDuration;
  years.unit = "year";
  return years;
}

Comparison CompareWith(const Quantity& zh, const Quantity& en, const Decimal& slack) {
  if (IsAge(zh) && IsYears(en)) return CompareWith(AsYears(zh), en, slack);
  if (IsYears(zh) && IsAge(en)) return CompareWith(zh, AsYears(en), slack);
  Comparison c;
  Group gz = GroupOf(zh.kind), ge = GroupOf(en.kind);
  if (gz != ge) {
    bool percent_pair = (gz == Group::kPercent && ge == Group::kPoints) ||
                        (gz == Group::kPoints && ge == Group::kPercent);
    if (percent_pair && IntervalsOverlap(zh, en)) {
      c.relation = Relation::kUnitMismatch;
      c.detail = gz == Group::kPercent ? "percent rendered as percentage points"
                                       : "percentage points rendered as percent";
      return c;
    }
    // A fraction and a percentage are the same proportion (一半 ↔ 50%).
    bool fraction_pair = (gz == Group::kFraction && ge == Group::kPercent) ||
                         (gz == Group::kPercent && ge == Group::kFraction);
    if (fraction_pair) {
      const Quantity& f = gz == Group::kFraction ? zh : en;
      const Quantity& p = gz == Group::kFraction ? en : zh;
      if (Overlap(f.low.Scaled(2), f.high.Scaled(2), p.low, p.high)) {
        c.relation = Relation::kAgree;
      }
    }
    return c;
  }
  if (gz == Group::kTime) {
    c.relation = TimesAgree(zh, en) ? Relation::kAgree : Relation::kValueMismatch;
    return c;
  }
  if (gz == Group::kAmount) {
    Dimension dz = quantity::UnitDimension(zh.unit), de = quantity::UnitDimension(en.unit);
    if (!quantity::UnitsCompatible(zh.unit, en.unit)) {
      // Same dimension, different unit: a currency or a length swapped.
      if (dz == de && IntervalsOverlap(zh, en)) {
        c.relation = Relation::kUnitMismatch;
        c.detail = zh.unit + " rendered as " + en.unit;
      }
      return c;
    }
    // A rate stated with its period on one side only agrees: translations
    // move the period into a word ("monthly income", "average salary") that
    // extraction does not tie to the figure. Two different periods do not.
    if (zh.kind == Kind::kRate && en.kind == Kind::kRate && !zh.per.empty() && !en.per.empty() &&
        zh.per != en.per && IntervalsOverlap(zh, en)) {
      c.relation = Relation::kUnitMismatch;
      c.detail = "per " + zh.per + " rendered as per " + en.per;
      return c;
    }
  } else if (gz == Group::kDuration && zh.unit != en.unit && !zh.unit.empty() &&
             !en.unit.empty()) {
    if (IntervalsOverlap(zh, en)) {
      c.relation = Relation::kUnitMismatch;
      c.detail = zh.unit + " rendered as " + en.unit;
    }
    return c;
  }
  if (Agree(zh, en, slack)) {
    bool conflict = (Upward(zh.hedge) && Downward(en.hedge)) ||
                    (Downward(zh.hedge) && Upward(en.hedge));
    c.relation = conflict ? Relation::kHedgeConflict : Relation::kAgree;
    if (conflict) {
      c.detail = std::string(quantity::HedgeName(zh.hedge)) + " rendered as " +
                 std::string(quantity::HedgeName(en.hedge));
    }
    return c;
  }
  if (int k = MagnitudeSlip(zh, en); k != 0) {
    c.relation = Relation::kMagnitude;
    c.power = k;
    c.detail = ScaleSlip(zh, en, k);
    return c;
  }
  c.relation = Relation::kValueMismatch;
  return c;
}

}  // namespace

Comparison Compare(const Quantity& zh, const Quantity& en, const Tolerance& tolerance) {
  if (tolerance.is_default()) return CompareWith(zh, en, Decimal());
  Decimal slack = Slack(zh, tolerance.relative);
  if (tolerance.hedges) return CompareWith(zh, en, slack);
  return CompareWith(WithoutHedgeWidening(zh), WithoutHedgeWidening(en), slack);
}

}  // namespace crosscheck::compare
