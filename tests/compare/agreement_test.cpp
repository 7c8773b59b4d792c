#include "compare/agreement.h"

#include <catch2/catch.hpp>

#include "compare/test_quantities.h"

namespace crosscheck::compare {
namespace {

using quantity::Hedge;
using quantity::Kind;
using quantity::Quantity;

using testing::MakeQuantity;
using testing::MakeRange;

Quantity Rate(Quantity q, std::string per) {
  q.kind = Kind::kRate;
  q.per = std::move(per);
  return q;
}

Quantity Spelled(Quantity q) {
  q.spelled_out = true;
  return q;
}

}  // namespace

TEST_CASE("Faithful renderings agree", "[compare][agreement]") {
  struct Case {
    std::string name;
    Quantity zh, en;
  };
  const Case cases[] = {
      {"184.36万 ↔ 1.84 million", MakeQuantity(Kind::kCount, "184.36", 4, "person"),
       MakeQuantity(Kind::kCount, "1.84", 6, "person")},
      {"90.36% ↔ 90.4 percent", MakeQuantity(Kind::kPercent, "90.36"),
       MakeQuantity(Kind::kPercent, "90.4")},
      {"47.12万人以上 ↔ more than 471,200",
       MakeQuantity(Kind::kCount, "47.12", 4, "person", Hedge::kMoreThan),
       MakeQuantity(Kind::kCount, "471200", 0, "person", Hedge::kMoreThan)},
      {"167.8万 ↔ nearly 1.68 million", MakeQuantity(Kind::kCount, "167.8", 4, "person"),
       MakeQuantity(Kind::kCount, "1.68", 6, "person", Hedge::kNearly)},
      {"59.37% ↔ almost 60 percent", MakeQuantity(Kind::kPercent, "59.37"),
       MakeQuantity(Kind::kPercent, "60", 0, "", Hedge::kNearly)},
      {"77.3岁 ↔ 77.3 years", MakeQuantity(Kind::kCount, "77.3", 0, "noun:岁"),
       MakeQuantity(Kind::kDuration, "77.3", 0, "year")},
      {"8小时 ↔ eight-hour", MakeQuantity(Kind::kDuration, "8", 0, "hour"),
       MakeQuantity(Kind::kDuration, "8", 0, "hour")},
      {"4个 ↔ four", MakeQuantity(Kind::kCount, "4", 0, "noun:个"),
       MakeQuantity(Kind::kCount, "4")},
      {"256.5万人次 ↔ 2.6 million", MakeQuantity(Kind::kCount, "256.5", 4, "person-time"),
       MakeQuantity(Kind::kCount, "2.6", 6, "person")},
      {"2.32万元 ↔ RMB23,200", MakeQuantity(Kind::kMoney, "2.32", 4, "CNY"),
       MakeQuantity(Kind::kMoney, "23200", 0, "CNY")},
      {"2020年9月 ↔ September 2020", MakeQuantity(Kind::kDate, "20200900"),
       MakeQuantity(Kind::kDate, "20200900")},
      {"2020年9月 ↔ 2020", MakeQuantity(Kind::kDate, "20200900"),
       MakeQuantity(Kind::kYear, "2020")},
      {"三分之二 ↔ two-thirds", MakeQuantity(Kind::kFraction, "0.666666666666666666"),
       MakeQuantity(Kind::kFraction, "0.666666666666666666")},
      {"一半 ↔ 50 percent", MakeQuantity(Kind::kFraction, "0.5"),
       MakeQuantity(Kind::kPercent, "50")},
      {"月薪 5000 元左右 ↔ average salary of about RMB5,000",
       Rate(MakeQuantity(Kind::kMoney, "5000", 0, "CNY", Hedge::kAbout), "month"),
       MakeQuantity(Kind::kMoney, "5000", 0, "CNY", Hedge::kAbout)},
      {"2014年至2019年 ↔ 2019 (an end)", MakeRange(Kind::kYear, "2014", "2019"),
       MakeQuantity(Kind::kYear, "2019")},
      {"2014年至2019年 ↔ from 2014 to 2019", MakeRange(Kind::kYear, "2014", "2019"),
       MakeRange(Kind::kYear, "2014", "2019")},
      {"2018年至2020年6月 ↔ June 2020", MakeRange(Kind::kDate, "20180000", "20200600"),
       MakeQuantity(Kind::kDate, "20200600")},
      {"2018年至2020年6月 ↔ from 2018", MakeRange(Kind::kDate, "20180000", "20200600"),
       MakeQuantity(Kind::kYear, "2018")},
      {"就业35万人 ↔ 350,000 new jobs", MakeQuantity(Kind::kCount, "35", 4, "person"),
       MakeQuantity(Kind::kCount, "350000", 0, "job")},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(Compare(c.zh, c.en).relation == Relation::kAgree);
  }
}

TEST_CASE("Drift is classified", "[compare][agreement]") {
  struct Case {
    std::string name;
    Quantity zh, en;
    Relation relation;
    std::string detail;
  };
  const Case cases[] = {
      {"亿 read as billion", MakeQuantity(Kind::kMoney, "75.53", 8, "CNY", Hedge::kExact, "亿"),
       MakeQuantity(Kind::kMoney, "75.53", 9, "CNY", Hedge::kExact, "billion"),
       Relation::kMagnitude, "亿 read as billion"},
      {"万 read as thousand",
       MakeQuantity(Kind::kCount, "1135.24", 4, "person", Hedge::kExact, "万"),
       MakeQuantity(Kind::kCount, "1135.24", 3, "person", Hedge::kExact, "thousand"),
       Relation::kMagnitude, "万 read as thousand"},
      {"billion written as million",
       MakeQuantity(Kind::kMoney, "75.53", 8, "CNY", Hedge::kExact, "亿"),
       MakeQuantity(Kind::kMoney, "7.553", 6, "CNY", Hedge::kExact, "million"),
       Relation::kMagnitude, "billion written as million"},
      {"×100", MakeQuantity(Kind::kCount, "3.5", 0), MakeQuantity(Kind::kCount, "350", 0),
       Relation::kMagnitude, "×100"},
      {"digit changed", MakeQuantity(Kind::kCount, "1135.24", 4, "person"),
       MakeQuantity(Kind::kCount, "11.85", 6, "person"), Relation::kValueMismatch, ""},
      {"year shifted", MakeQuantity(Kind::kYear, "2014"), MakeQuantity(Kind::kYear, "2015"),
       Relation::kValueMismatch, ""},
      {"percent vs points", MakeQuantity(Kind::kPercent, "10.9"),
       MakeQuantity(Kind::kPercentagePoints, "10.9"), Relation::kUnitMismatch,
       "percent rendered as percentage points"},
      {"currency swapped", MakeQuantity(Kind::kMoney, "2.32", 4, "CNY"),
       MakeQuantity(Kind::kMoney, "23200", 0, "USD"), Relation::kUnitMismatch,
       "CNY rendered as USD"},
      {"km vs miles", MakeQuantity(Kind::kCount, "300", 0, "km"),
       MakeQuantity(Kind::kCount, "300", 0, "mile"), Relation::kUnitMismatch,
       "km rendered as mile"},
      {"more than vs less than", MakeQuantity(Kind::kCount, "100", 0, "person", Hedge::kMoreThan),
       MakeQuantity(Kind::kCount, "100", 0, "person", Hedge::kLessThan), Relation::kHedgeConflict,
       "more-than rendered as less-than"},
      {"per month vs per year", Rate(MakeQuantity(Kind::kMoney, "1520", 0, "CNY"), "month"),
       Rate(MakeQuantity(Kind::kMoney, "1520", 0, "CNY"), "year"), Relation::kUnitMismatch,
       "per month rendered as per year"},
      {"a small number in words is no slipped large one",
       Spelled(MakeQuantity(Kind::kCount, "3", 0, "noun:项")),
       MakeQuantity(Kind::kCount, "339700", 0, "job"), Relation::kValueMismatch, ""},
      {"a year inside a range is not its end", MakeRange(Kind::kYear, "2014", "2019"),
       MakeQuantity(Kind::kYear, "2018"), Relation::kValueMismatch, ""},
      {"a date range against another month", MakeRange(Kind::kDate, "20180000", "20200600"),
       MakeQuantity(Kind::kDate, "20200700"), Relation::kValueMismatch, ""},
      {"a range's end moved", MakeRange(Kind::kYear, "2014", "2018"),
       MakeRange(Kind::kYear, "2014", "2019"), Relation::kValueMismatch, ""},
      {"不到3年 ↔ less than five years",
       MakeQuantity(Kind::kDuration, "3", 0, "year", Hedge::kLessThan),
       MakeQuantity(Kind::kDuration, "5", 0, "year", Hedge::kLessThan), Relation::kValueMismatch,
       ""},
      {"people vs money", MakeQuantity(Kind::kCount, "100", 0, "person"),
       MakeQuantity(Kind::kMoney, "100", 0, "CNY"), Relation::kUnrelated, ""},
      {"year vs ordinal", MakeQuantity(Kind::kYear, "2012"), MakeQuantity(Kind::kOrdinal, "18"),
       Relation::kUnrelated, ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Comparison comparison = Compare(c.zh, c.en);
    CHECK(comparison.relation == c.relation);
    CHECK(comparison.detail == c.detail);
  }
}

}  // namespace crosscheck::compare
