// Compare() with a Tolerance (crosscheck.toml [tolerance]).
#include <catch2/catch.hpp>

#include "compare/agreement.h"
#include "compare/test_quantities.h"

namespace crosscheck::compare {
namespace {

using quantity::Decimal;
using quantity::Hedge;
using quantity::Kind;
using quantity::Quantity;

using testing::MakeQuantity;
using testing::MakeRange;

Quantity People(std::string_view digits, Hedge hedge = Hedge::kExact) {
  return MakeQuantity(Kind::kCount, digits, 0, "person", hedge);
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
      {"3% off, default", People("1000"), People("1030"), Tolerance{}, "value-mismatch"},
      {"3% off, 5%", People("1000"), People("1030"), Relative("0.05"), "agree"},
      {"3% below, 5%", People("1000"), People("970"), Relative("0.05"), "agree"},
      {"6% off, 5%", People("1000"), People("1060"), Relative("0.05"), "value-mismatch"},
      // The share is of the Chinese value, beyond its written precision
      // (1000 ± 0.5 + 50 reaches 1050.5).
      {"5.05% off, 5%", People("1000"), People("1050.4"), Relative("0.05"), "agree"},
      {"percent, 5%", MakeQuantity(Kind::kPercent, "40"), MakeQuantity(Kind::kPercent, "41.5"),
       Relative("0.05"), "agree"},
      {"money, 1%", MakeQuantity(Kind::kMoney, "75000", 0, "CNY"),
       MakeQuantity(Kind::kMoney, "75600", 0, "CNY"), Relative("0.01"), "agree"},
      {"years never widen", MakeQuantity(Kind::kYear, "2019"), MakeQuantity(Kind::kYear, "2020"),
       Relative("0.5"), "value-mismatch"},
      {"dates never widen", MakeQuantity(Kind::kDate, "20190300"),
       MakeQuantity(Kind::kDate, "20190400"), Relative("0.5"), "value-mismatch"},
      {"ordinals never widen", MakeQuantity(Kind::kOrdinal, "18"),
       MakeQuantity(Kind::kOrdinal, "19"), Relative("0.5"), "value-mismatch"},
      {"a range's ends widen", MakeRange(Kind::kCount, "100", "200"),
       MakeQuantity(Kind::kCount, "205"), Relative("0.05"), "agree"},
      {"inside a range is still no end", MakeRange(Kind::kCount, "100", "200"),
       MakeQuantity(Kind::kCount, "150"), Relative("0.05"), "value-mismatch"},
      // Hedges: 超过1000 reaches up to 1500; without hedge widening it is 1000 ± 0.5.
      {"more than, hedges on", People("1000", Hedge::kMoreThan), People("1200"), Tolerance{},
       "agree"},
      {"more than, hedges off", People("1000", Hedge::kMoreThan), People("1200"),
       Relative("0", false), "value-mismatch"},
      {"same hedge, hedges off", People("1000", Hedge::kMoreThan), People("1000", Hedge::kMoreThan),
       Relative("0", false), "agree"},
      {"about, hedges off, 5%", People("1000", Hedge::kAbout), People("1040"),
       Relative("0.05", false), "agree"},
      {"about, hedges off, 2%", People("1000", Hedge::kAbout), People("1040"),
       Relative("0.02", false), "value-mismatch"},
      {"a hedge conflict stays one", People("1000", Hedge::kMoreThan),
       People("1000", Hedge::kNearly), Relative("0", false), "hedge-conflict"},
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
  Quantity zh = People("1000", Hedge::kMoreThan);
  Quantity en = People("1200");
  CHECK(Compare(zh, en).relation == Compare(zh, en, t).relation);
}

}  // namespace crosscheck::compare
