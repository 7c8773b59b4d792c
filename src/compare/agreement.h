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

// Compares zh with en. Pure: depends only on the two quantities.
Comparison Compare(const quantity::Quantity& zh, const quantity::Quantity& en);

// True when the two intervals [low, high] overlap by more than a point.
bool IntervalsOverlap(const quantity::Quantity& a, const quantity::Quantity& b);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_AGREEMENT_H_
