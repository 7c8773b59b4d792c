#include "quantity/decimal.h"

#include <catch2/catch.hpp>

namespace crosscheck::quantity {
namespace {

Decimal D(std::string_view s) {
  Decimal d;
  REQUIRE(Decimal::Parse(s, &d));
  return d;
}

}  // namespace

TEST_CASE("Decimal parses and prints exact values", "[quantity][decimal]") {
  const std::pair<std::string, std::string> cases[] = {
      {"1237", "1237"},   {"184.36", "184.36"}, {"0.5", "0.5"}, {".5", "0.5"},
      {"90.40", "90.4"},  {"007", "7"},         {"0", "0"},     {"1.000", "1"},
  };
  for (const auto& [input, printed] : cases) {
    CAPTURE(input);
    CHECK(D(input).ToString() == printed);
  }
  Decimal d;
  for (std::string_view bad : {"", ".", "1.2.3", "1,237", "12a", "-1"}) {
    CAPTURE(bad);
    CHECK_FALSE(Decimal::Parse(bad, &d));
  }
}

TEST_CASE("Decimal keeps written precision through scaling", "[quantity][decimal]") {
  Decimal wan = D("184.36").Scaled(4);  // 184.36万
  CHECK(wan.ToString() == "1843600");
  CHECK(wan.HalfUnit().ToString() == "50");
  Decimal million = D("1.84").Scaled(6);
  CHECK(million.ToString() == "1840000");
  CHECK(million.HalfUnit().ToString() == "5000");
  CHECK(D("471200").HalfUnit().ToString() == "0.5");
  CHECK((wan - wan.HalfUnit()).ToString() == "1843550");
}

TEST_CASE("Decimal compares values, not spellings", "[quantity][decimal]") {
  CHECK(D("1.50") == D("1.5"));
  CHECK(D("184.36").Scaled(4) == D("1843600"));
  CHECK(D("0.9036") < D("90.4").Scaled(-2));
  CHECK(D("1000") > D("999.999"));
  CHECK(Decimal(-3) < Decimal(2));
  CHECK(Decimal(-3) < Decimal(-2));
  CHECK(Decimal(0) < D("0.001"));
}

TEST_CASE("Decimal arithmetic", "[quantity][decimal]") {
  CHECK((D("2.32").Scaled(4) + D("0.005")).ToString() == "23200.005");
  CHECK((D("3") * D("0.25")).ToString() == "0.75");
  Decimal two_thirds = Decimal(2).DividedBy(Decimal(3));
  CHECK(two_thirds.ToString() == "0.666666666666666666");
  CHECK(two_thirds.inexact());
  CHECK(two_thirds == Decimal(2).DividedBy(Decimal(3)));
  CHECK(Decimal(1).DividedBy(Decimal(4)).ToString() == "0.25");
  CHECK_FALSE(Decimal(1).DividedBy(Decimal(4)).inexact());
}

TEST_CASE("Decimal survives absurd magnitudes", "[quantity][decimal]") {
  std::string huge = "1" + std::string(400, '0');  // 10^400
  Decimal d = D(huge);
  CHECK(d.ToString() == "1e+400");
  CHECK(d > D("9999999999999999999999").Scaled(4));
  Decimal many_nines = D(std::string(60, '9'));
  CHECK(many_nines.inexact());
  // Beyond 36 significant digits a unit is below the kept precision.
  CHECK((many_nines + Decimal(1)) == many_nines);
  CHECK((many_nines + Decimal(1)).inexact());
  CHECK((d * d).ToString() == "1e+800");
}

}  // namespace crosscheck::quantity
