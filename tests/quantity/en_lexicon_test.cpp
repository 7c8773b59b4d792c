#include "quantity/en_lexicon.h"

#include <catch2/catch.hpp>
#include <string>

namespace crosscheck::quantity::en {
namespace {

TEST_CASE("en::ClassifyNumberWord") {
  struct Case {
    const char* word;
    WordClass word_class;
    int value;
    bool tens;
  };
  const Case cases[] = {
      {"one", WordClass::kCardinal, 1, false},
      {"Four", WordClass::kCardinal, 4, false},
      {"NINETEEN", WordClass::kCardinal, 19, false},
      {"twenty", WordClass::kCardinal, 20, true},
      {"ninety", WordClass::kCardinal, 90, true},
      {"hundred", WordClass::kHundred, 2, false},
      {"million", WordClass::kScale, 6, false},
      {"trillion", WordClass::kScale, 12, false},
      {"dozen", WordClass::kDozen, 12, false},
      {"dozens", WordClass::kVaguePlural, 0, false},
      {"thousands", WordClass::kVaguePlural, 3, false},
      {"first", WordClass::kOrdinal, 1, false},
      {"twelfth", WordClass::kOrdinal, 12, false},
      {"twentieth", WordClass::kOrdinal, 20, false},
      {"half", WordClass::kHalf, 2, false},
      {"decade", WordClass::kDecade, 10, false},
      {"the", WordClass::kNone, 0, false},
      {"someone", WordClass::kNone, 0, false},
      {"often", WordClass::kNone, 0, false},
      {"on", WordClass::kNone, 0, false},
      {"", WordClass::kNone, 0, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.word);
    WordInfo info = ClassifyNumberWord(c.word);
    CHECK(info.word_class == c.word_class);
    CHECK(info.value == c.value);
    CHECK(info.tens == c.tens);
    // The prefilter never rejects a word the classifier accepts.
    if (c.word_class != WordClass::kNone) CHECK(MayBeNumberWord(c.word));
  }
  CHECK_FALSE(MayBeNumberWord("the"));
  CHECK_FALSE(MayBeNumberWord("and"));
  CHECK_FALSE(MayBeNumberWord("employment"));
}

TEST_CASE("en::Denominator and en::MonthNumber") {
  CHECK(Denominator("thirds") == 3);
  CHECK(Denominator("quarter") == 4);
  CHECK(Denominator("halves") == 2);
  CHECK(Denominator("tenth") == 10);
  CHECK(Denominator("thirty") == 0);
  CHECK(MonthNumber("September") == 9);
  CHECK(MonthNumber("Sept") == 9);
  CHECK(MonthNumber("May") == 5);
  CHECK(MonthNumber("may") == 0);  // the verb
  CHECK(MonthNumber("Mayor") == 0);
}

TEST_CASE("en::LookupUnit") {
  struct Case {
    const char* word;
    UnitClass unit_class;
    const char* id;
    int multiplier;
    bool plural;
  };
  const Case cases[] = {
      {"people", UnitClass::kCounted, "person", 1, true},
      {"Residents", UnitClass::kCounted, "person", 1, true},
      {"women", UnitClass::kCounted, "person", 1, true},
      {"person-times", UnitClass::kCounted, "person-time", 1, true},
      {"households", UnitClass::kCounted, "household", 1, true},
      {"companies", UnitClass::kCounted, "enterprise", 1, true},
      {"businesses", UnitClass::kCounted, "enterprise", 1, true},
      {"jobs", UnitClass::kCounted, "job", 1, true},
      {"job", UnitClass::kCounted, "job", 1, false},
      {"hours", UnitClass::kTime, "hour", 1, true},
      {"decades", UnitClass::kTime, "year", 10, true},
      {"yuan", UnitClass::kCurrency, "CNY", 1, true},
      {"RMB", UnitClass::kCurrency, "CNY", 1, true},
      {"dollars", UnitClass::kCurrency, "USD", 1, true},
      {"kilometres", UnitClass::kMeasure, "km", 1, true},
      {"tonnes", UnitClass::kMeasure, "tonne", 1, true},
      {"hectares", UnitClass::kMeasure, "hectare", 1, true},
      {"fairs", UnitClass::kNone, "", 1, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.word);
    UnitInfo u = LookupUnit(c.word);
    CHECK(u.unit_class == c.unit_class);
    CHECK(u.id == c.id);
    CHECK(u.multiplier == c.multiplier);
    CHECK(u.plural == c.plural);
  }
}

}  // namespace
}  // namespace crosscheck::quantity::en
