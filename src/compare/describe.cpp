#include "compare/describe.h"

#include <cmath>

namespace crosscheck::compare {

using quantity::Kind;
using quantity::Quantity;

double Approx(const Quantity& q) {
  double v = q.value.ToDouble();
  if (q.kind == Kind::kDate) return std::floor(v / 10000);
  return v;
}

bool Minor(const Quantity& q) {
  if (!q.spelled_out) return false;
  if (q.kind != Kind::kCount && q.kind != Kind::kOrdinal) return false;
  return q.value <= quantity::Decimal(10);
}

Location Where(const Quantity& q) {
  return Location{q.position.line, q.position.column, q.text,
                  std::string(quantity::KindName(q.kind)) + ":" + q.value.ToString() + ":" +
                      q.unit + ":" + q.context};
}

std::string Describe(const Quantity& q) {
  std::string s = "'" + q.text + "' (" + q.value.ToString();
  if (q.kind == Kind::kPercent) s += "%";
  if (q.kind == Kind::kPercentagePoints) s += " percentage points";
  if (!q.unit.empty()) s += " " + q.unit;
  if (q.hedge != quantity::Hedge::kExact) s += ", " + std::string(quantity::HedgeName(q.hedge));
  return s + ")";
}

Location HeadingLocation(const SectionView& s) {
  if (s.heading_line == 0) {
    if (s.blocks.empty()) return Location{s.lines.first, 1, "", "preamble:"};
    const BlockView& b = s.blocks.front();
    return Location{b.lines.first, b.column, b.opening, "preamble:" + b.opening};
  }
  return Location{s.heading_line, s.heading_column, s.title, "heading:" + s.title};
}

std::string SectionName(const SectionView& s) {
  return s.heading_line == 0 ? "text before the first heading" : "section '" + s.title + "'";
}

ListedQuantity Listed(const Quantity& q) {
  return ListedQuantity{Where(q), q.value.ToString(), q.unit};
}

}  // namespace crosscheck::compare
