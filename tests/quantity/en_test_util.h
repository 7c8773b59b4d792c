// Compact, exact dumps of extracted quantities for table-driven tests:
//   "more than 471,200 people" count 471200 [471199.5,706800] unit=person more-than
// Fields after the interval appear only when set: unit (and /per for
// rates), hedge when not exact, scale=, spelled.
#ifndef CROSSCHECK_TESTS_QUANTITY_EN_TEST_UTIL_H_
#define CROSSCHECK_TESTS_QUANTITY_EN_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "quantity/quantity.h"

namespace crosscheck::quantity::testing {

inline std::string Dump(std::string_view text, const Quantity& q) {
  std::string s = "\"" + std::string(text.substr(q.begin, q.end - q.begin)) + "\" ";
  s += std::string(KindName(q.kind)) + " " + q.value.ToString() + " [" + q.low.ToString() + "," +
       q.high.ToString() + "]";
  if (!q.unit.empty()) s += " unit=" + q.unit;
  if (!q.per.empty()) s += "/" + q.per;
  if (q.hedge != Hedge::kExact) s += " " + std::string(HedgeName(q.hedge));
  if (!q.scale.empty()) s += " scale=" + q.scale;
  if (q.spelled_out) s += " spelled";
  return s;
}

inline std::string DumpAll(std::string_view text, const std::vector<Quantity>& qs) {
  std::string s;
  for (const Quantity& q : qs) {
    if (!s.empty()) s += "; ";
    s += Dump(text, q);
  }
  return s;
}

}  // namespace crosscheck::quantity::testing

#endif  // CROSSCHECK_TESTS_QUANTITY_EN_TEST_UTIL_H_
