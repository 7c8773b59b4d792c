#include "quantity/quantity.h"

#include <algorithm>

namespace crosscheck::quantity {

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kCount: return "count";
    case Kind::kMoney: return "money";
    case Kind::kPercent: return "percent";
    case Kind::kPercentagePoints: return "percentage-points";
    case Kind::kRatio: return "ratio";
    case Kind::kFraction: return "fraction";
    case Kind::kYear: return "year";
    case Kind::kDate: return "date";
    case Kind::kDuration: return "duration";
    case Kind::kOrdinal: return "ordinal";
    case Kind::kRate: return "rate";
  }
  return "count";
}

std::string_view HedgeName(Hedge hedge) {
  switch (hedge) {
    case Hedge::kExact: return "exact";
    case Hedge::kAbout: return "about";
    case Hedge::kMoreThan: return "more-than";
    case Hedge::kAtLeast: return "at-least";
    case Hedge::kLessThan: return "less-than";
    case Hedge::kAtMost: return "at-most";
    case Hedge::kNearly: return "nearly";
    case Hedge::kRange: return "range";
  }
  return "exact";
}

void SetInterval(Quantity* q) {
  if (q->hedge == Hedge::kRange) return;
  const Decimal half = q->value.HalfUnit();
  auto at_least = [](const Decimal& a, const Decimal& b) { return a < b ? b : a; };
  // Divisions only where the hedge needs them: most figures are exact.
  auto tenth = [&] { return q->value.DividedBy(Decimal(10)); };
  auto half_value = [&] { return q->value.DividedBy(Decimal(2)); };
  switch (q->hedge) {
    case Hedge::kExact:
      q->low = q->value - half;
      q->high = q->value + half;
      break;
    case Hedge::kAbout:
      q->low = q->value - at_least(half, tenth());
      q->high = q->value + at_least(half, tenth());
      break;
    case Hedge::kNearly:
      q->low = q->value - at_least(half, tenth());
      q->high = q->value + half;
      break;
    case Hedge::kMoreThan:
    case Hedge::kAtLeast:
      q->low = q->value - half;
      q->high = q->value + at_least(half, half_value());
      break;
    case Hedge::kLessThan:
    case Hedge::kAtMost:
      q->low = q->value - at_least(half, half_value());
      q->high = q->value + half;
      break;
    case Hedge::kRange:
      break;
  }
}

namespace {

// Moves `offset` back (step < 0) or forward over up to `count` UTF-8
// characters of `s`.
size_t StepCharacters(std::string_view s, size_t offset, int count, int step) {
  for (int n = 0; n < count; ++n) {
    if (step < 0) {
      if (offset == 0) break;
      --offset;
      while (offset > 0 && (static_cast<unsigned char>(s[offset]) & 0xC0) == 0x80) --offset;
    } else {
      if (offset >= s.size()) break;
      ++offset;
      while (offset < s.size() && (static_cast<unsigned char>(s[offset]) & 0xC0) == 0x80) ++offset;
    }
  }
  return offset;
}

}  // namespace

void Resolve(const text::MappedText& analysed, std::vector<Quantity>* quantities) {
  const std::string& text = analysed.text();
  for (Quantity& q : *quantities) {
    if (q.begin >= text.size()) continue;
    q.position = analysed.PositionAt(q.begin);
    q.text = analysed.OriginalText(q.begin, q.end);
    size_t from = StepCharacters(text, q.begin, 8, -1);
    size_t to = StepCharacters(text, std::min(q.end, text.size()), 8, +1);
    q.context = text.substr(from, to - from);
  }
}

}  // namespace crosscheck::quantity
