// Canonical units. Extractors map what is written (人, people, 元, yuan, RMB,
// 公里, km) to one canonical id; comparison asks whether two ids measure the
// same dimension.
//
// Canonical ids:
//   people      person, person-time (人次), household, worker, student
//   things      enterprise, job, village, county, prefecture, project, ...
//   currency    CNY, USD, EUR, HKD, JPY, GBP
//   time        hour, day, week, month, year
//   length      m, km, mile
//   mass        kg, tonne
//   area        mu, hectare, sq-km, sq-m
//   other counted nouns: "noun:<word as written>" (noun:个, noun:batch)
//   bare number or percentage: ""
#ifndef CROSSCHECK_QUANTITY_UNITS_H_
#define CROSSCHECK_QUANTITY_UNITS_H_

#include <string_view>

namespace crosscheck::quantity {

enum class Dimension { kNone, kPeople, kThings, kCurrency, kTime, kLength, kMass, kArea, kNoun };

std::string_view DimensionName(Dimension dimension);

// Dimension of a canonical unit id; kNone for "" and kNoun for "noun:*".
// Unknown ids are kThings.
Dimension UnitDimension(std::string_view unit);

// True when a figure in `a` may faithfully be rendered in `b`: the same id;
// two ways of counting people (person, person-time, worker, student,
// household: 256.5万人次 ↔ "2.6 million"); people and jobs (就业35万人 ↔
// "350,000 new jobs"); a bare number or a generic counted
// noun against anything countable (4个 ↔ "four").
bool UnitsCompatible(std::string_view a, std::string_view b);

}  // namespace crosscheck::quantity

#endif  // CROSSCHECK_QUANTITY_UNITS_H_
