// Agreement between a Chinese quantity and an English one.
//
// Two quantities agree when a faithful translator could have written one for
// the other: compatible kinds and units, and overlapping intervals (written
// precision and hedges already widened them, see quantity::SetInterval). So
// 184.36万 ↔ "1.84 million", 47.12万人以上 ↔ "more than 471,200" and
// 8 小时 ↔ "eight-hour" agree; 亿 ↔ "billion" does not.
#ifndef CROSSCHECK_COMPARE_AGREEMENT_H_
#define CROSSCHECK_COMPARE_AGREEMENT_H_

#include <string>

#include "quantity/quantity.h"

namespace crosscheck::compare {

// How a Chinese and an English quantity relate.
enum class Relation {
  kAgree,            // same figure, as far as precision and hedges tell
  kHedgeConflict,    // values agree but the hedges point opposite ways
  kMagnitude,        // the values differ by a power of ten (a scale slip)
  kUnitMismatch,     // same number, incompatible unit or kind (% vs points)
  kValueMismatch,    // comparable kind and unit, different value
  kUnrelated,        // different kinds of thing; not counterparts
};

struct Comparison {
  Relation relation = Relation::kUnrelated;
  // For kMagnitude: the power of ten by which en differs from zh (en/zh ≈ 10^power).
  int power = 0;
  // A short phrase for messages: "亿 read as billion", "percent vs percentage points".
  std::string detail;
};

// How loosely figures are compared (crosscheck.toml [tolerance]). The
// defaults are the comparison as documented in rules.md.
struct Tolerance {
  // relative (0): extra tolerance beyond written precision, as a share of
  // the Chinese figure's value (of its upper end, for a range); 0.05 lets
  // "103" agree with 100. Applies to amounts, percentages, percentage
  // points, ratios, fractions and durations, never to years, dates and
  // ordinals. REQUIRES: 0 <= relative < 1.
  quantity::Decimal relative;
  // hedges (true): whether a hedge widens a figure's interval (超过 ↔
  // "more than" reaching up by half the value, 约 by a tenth; see
  // quantity::SetInterval). When false, a hedged figure is known to half a
  // unit of its last written digit, like an exact one.
  bool hedges = true;

  bool is_default() const { return relative.is_zero() && hedges; }
};

// Compares zh with en. Pure: depends only on the two quantities and the
// tolerance.
Comparison Compare(const quantity::Quantity& zh, const quantity::Quantity& en,
                   const Tolerance& tolerance = {});

// True when the two intervals [low, high] overlap by more than a point.
bool IntervalsOverlap(const quantity::Quantity& a, const quantity::Quantity& b);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_AGREEMENT_H_
