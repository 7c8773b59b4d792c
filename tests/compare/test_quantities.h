// Quantities and sides built by hand, as the extractors and BuildSide would
// produce them, for the tests of agreement, tolerance, the comparer and
// configuration.
#ifndef CROSSCHECK_TESTS_COMPARE_TEST_QUANTITIES_H_
#define CROSSCHECK_TESTS_COMPARE_TEST_QUANTITIES_H_

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compare/side.h"
#include "quantity/quantity.h"
#include "text/language.h"

namespace crosscheck::testing {

// `digits` scaled by 10^power, with its interval set from written precision
// and hedge.
inline quantity::Quantity MakeQuantity(quantity::Kind kind, std::string_view digits, int power = 0,
                                       std::string unit = "",
                                       quantity::Hedge hedge = quantity::Hedge::kExact,
                                       std::string scale = "") {
  quantity::Quantity q;
  q.kind = kind;
  REQUIRE(quantity::Decimal::Parse(digits, &q.value));
  q.value = q.value.Scaled(power);
  q.unit = std::move(unit);
  q.hedge = hedge;
  q.scale = std::move(scale);
  quantity::SetInterval(&q);
  return q;
}

// The range `from` to `to`: its value is the low end.
inline quantity::Quantity MakeRange(quantity::Kind kind, std::string_view from,
                                    std::string_view to) {
  quantity::Quantity low = MakeQuantity(kind, from), high = MakeQuantity(kind, to);
  quantity::Quantity q = low;
  q.hedge = quantity::Hedge::kRange;
  q.low = low.low;
  q.high = high.high;
  return q;
}

// A side holding `sections`, its totals counted as BuildSide counts them.
inline compare::Side MakeSide(text::Language language, std::vector<compare::SectionView> sections) {
  compare::Side side;
  side.language = language;
  for (const compare::SectionView& s : sections) {
    for (const compare::BlockView& b : s.blocks) {
      side.quantity_count += b.quantities.size();
      side.body_length += b.length;
    }
  }
  side.sections = std::move(sections);
  return side;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_COMPARE_TEST_QUANTITIES_H_
