// Compare() with a Tolerance (crosscheck.toml [tolerance]).
#include <catch2/catch.hpp>

#include "compare/agreement.h"

namespace crosscheck::compare {
namespace {

using quantity::Decimal;
using quantity::Hedge;
using quantity::Kind;
using quantity::Quantity;

Quantity Q(Kind kind, std::string_view digits, std::string unit = "", Hedge hedge = Hedge::kExact) {
  Quantity q;
  q.kind = kind;
  REQUIRE(Decimal::Parse(digits, &q.value));
  q.unit = std::move(unit);
  q.hedge = hedge;
  quantity::SetInterval(&q);
  return q;
}

Quantity RangeOf(Kind kind, std::string_view from, std::string_view to) {
  Quantity low = Q(kind, from), high = Q(kind, to);
  Quantity q = low;
  q.hedge = Hedge::kRange;
  q.low = low.low;
  q.high = high.high;
  return q;
}

Tolerance Relative(std::string_view share, bool hedges = true) {
  Tolerance t;
  REQUIRE(Decimal::Parse(share, &t.relative));
  t.hedges = hedges;
  return t;
}

const char* Name(Relation r) {
  switch (r) {
    case Relation::kAgree:
      return "agree";
    case Relation::kHedgeConflict:
      return "hedge-conflict";
    case Relation::kMagnitude:
      return "magnitude";
    case Relation::kUnitMismatch:
      return "unit-mismatch";
    case Relation::kValueMismatch:
      return "value-mismatch";
    case Relation::kUnrelated:
      return "unrelated";
  }
  return "?";
}

}  // namespace

TEST_CASE("Tolerance widens or narrows agreement", "[compare][agreement][tolerance]") {
  struct Case {
    std::string name;
    Quantity zh, en;
    Tolerance tolerance;
    std::string relation;
  };
  const Case cases[] = {
      {"3% off, default", Q(Kind::kCount, "1000", "person"), Q(Kind::kCount, "1030", "person"),
       Tolerance{}, "value-mismatch"},
      {"3% off, 5%", Q(Kind::kCount, "1000", "person"), Q(Kind::kCount, "1030", "person"),
       Relative("0.05"), "agree"},
      {"3% below, 5%", Q(Kind::kCount, "1000", "person"), Q(Kind::kCount, "970", "person"),
       Relative("0.05"), "agree"},
      {"6% off, 5%", Q(Kind::kCount, "1000", "person"), Q(Kind::kCount, "1060", "person"),
       Relative("0.05"), "value-mismatch"},
      // The share is of the Chinese value, beyond its written precision
      // (1000 ± 0.5 + 50 reaches 1050.5).
      {"5.05% off, 5%", Q(Kind::kCount, "1000", "person"), Q(Kind::kCount, "1050.4", "person"),
       Relative("0.05"), "agree"},
      {"percent, 5%", Q(Kind::kPercent, "40"), Q(Kind::kPercent, "41.5"), Relative("0.05"),
       "agree"},
      {"money, 1%", Q(Kind::kMoney, "75000", "CNY"), Q(Kind::kMoney, "75600", "CNY"),
       Relative("0.01"), "agree"},
      {"years never widen", Q(Kind::kYear, "2019"), Q(Kind::kYear, "2020"), Relative("0.5"),
       "value-mismatch"},
      {"dates never widen", Q(Kind::kDate, "20190300"), Q(Kind::kDate, "20190400"), Relative("0.5"),
       "value-mismatch"},
      {"ordinals never widen", Q(Kind::kOrdinal, "18"), Q(Kind::kOrdinal, "19"), Relative("0.5"),
       "value-mismatch"},
      {"a range's ends widen", RangeOf(Kind::kCount, "100", "200"), Q(Kind::kCount, "205"),
       Relative("0.05"), "agree"},
      {"inside a range is still no end", RangeOf(Kind::kCount, "100", "200"),
       Q(Kind::kCount, "150"), Relative("0.05"), "value-mismatch"},
      // Hedges: 超过1000 reaches up to 1500; without hedge widening it is 1000 ± 0.5.
      {"more than, hedges on", Q(Kind::kCount, "1000", "person", Hedge::kMoreThan),
       Q(Kind::kCount, "1200", "person"), Tolerance{}, "agree"},
      {"more than, hedges off", Q(Kind::kCount, "1000", "person", Hedge::kMoreThan),
       Q(Kind::kCount, "1200", "person"), Relative("0", false), "value-mismatch"},
      {"same hedge, hedges off", Q(Kind::kCount, "1000", "person", Hedge::kMoreThan),
       Q(Kind::kCount, "1000", "person", Hedge::kMoreThan), Relative("0", false), "agree"},
      {"about, hedges off, 5%", Q(Kind::kCount, "1000", "person", Hedge::kAbout),
       Q(Kind::kCount, "1040", "person"), Relative("0.05", false), "agree"},
      {"about, hedges off, 2%", Q(Kind::kCount, "1000", "person", Hedge::kAbout),
       Q(Kind::kCount, "1040", "person"), Relative("0.02", false), "value-mismatch"},
      {"a hedge conflict stays one", Q(Kind::kCount, "1000", "person", Hedge::kMoreThan),
       Q(Kind::kCount, "1000", "person", Hedge::kNearly), Relative("0", false), "hedge-conflict"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(Name(Compare(c.zh, c.en, c.tolerance).relation) == c.relation);
  }
}

TEST_CASE("The default Tolerance is the documented comparison", "[compare][agreement][tolerance]") {
  Tolerance t;
  CHECK(t.relative.is_zero());
  CHECK(t.hedges);
  CHECK(t.is_default());
  Quantity zh = Q(Kind::kCount, "1000", "person", Hedge::kMoreThan);
  Quantity en = Q(Kind::kCount, "1200", "person");
  CHECK(Compare(zh, en).relation == Compare(zh, en, t).relation);
}

}  // namespace crosscheck::compare
