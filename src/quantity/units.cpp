#include "quantity/units.h"

#include <array>
#include <utility>

namespace crosscheck::quantity {
namespace {

constexpr std::array<std::pair<std::string_view, Dimension>, 31> kUnits = {{
    {"person", Dimension::kPeople},      {"person-time", Dimension::kPeople},
    {"household", Dimension::kPeople},   {"worker", Dimension::kPeople},
    {"student", Dimension::kPeople},     {"enterprise", Dimension::kThings},
    {"job", Dimension::kThings},         {"village", Dimension::kThings},
    {"county", Dimension::kThings},      {"prefecture", Dimension::kThings},
    {"project", Dimension::kThings},     {"CNY", Dimension::kCurrency},
    {"USD", Dimension::kCurrency},       {"EUR", Dimension::kCurrency},
    {"HKD", Dimension::kCurrency},       {"JPY", Dimension::kCurrency},
    {"GBP", Dimension::kCurrency},       {"hour", Dimension::kTime},
    {"day", Dimension::kTime},           {"week", Dimension::kTime},
    {"month", Dimension::kTime},         {"year", Dimension::kTime},
    {"m", Dimension::kLength},           {"km", Dimension::kLength},
    {"mile", Dimension::kLength},        {"kg", Dimension::kMass},
    {"tonne", Dimension::kMass},         {"mu", Dimension::kArea},
    {"hectare", Dimension::kArea},       {"sq-km", Dimension::kArea},
    {"sq-m", Dimension::kArea},
}};

}  // namespace

std::string_view DimensionName(Dimension dimension) {
  switch (dimension) {
    case Dimension::kNone: return "none";
    case Dimension::kPeople: return "people";
    case Dimension::kThings: return "things";
    case Dimension::kCurrency: return "currency";
    case Dimension::kTime: return "time";
    case Dimension::kLength: return "length";
    case Dimension::kMass: return "mass";
    case Dimension::kArea: return "area";
    case Dimension::kNoun: return "noun";
  }
  return "none";
}

Dimension UnitDimension(std::string_view unit) {
  if (unit.empty()) return Dimension::kNone;
  if (unit.substr(0, 5) == "noun:") return Dimension::kNoun;
  for (const auto& [id, dimension] : kUnits) {
    if (id == unit) return dimension;
  }
  return Dimension::kThings;
}

bool UnitsCompatible(std::string_view a, std::string_view b) {
  if (a == b) return true;
  Dimension da = UnitDimension(a), db = UnitDimension(b);
  auto countable = [](Dimension d) {
    return d == Dimension::kNone || d == Dimension::kNoun || d == Dimension::kPeople ||
           d == Dimension::kThings;
  };
  // People counted in any way (人, 人次, workers, students, households) may
  // be rendered in another: 256.5万人次 ↔ "2.6 million", 人 ↔ "workers".
  if (da == Dimension::kPeople && db == Dimension::kPeople) return true;
  // 带动就业35万人 is rendered "350,000 new jobs" and 新增创业4.18万人 "41,800
  // new businesses": people employed are jobs, founders are businesses.
  auto person_like = [](std::string_view u) { return u == "job" || u == "enterprise"; };
  if ((da == Dimension::kPeople && person_like(b)) || (person_like(a) && db == Dimension::kPeople)) {
    return true;
  }
  if (da == Dimension::kNone || da == Dimension::kNoun) return countable(db);
  if (db == Dimension::kNone || db == Dimension::kNoun) return countable(da);
  return false;
}

}  // namespace crosscheck::quantity
