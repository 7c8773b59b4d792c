// English quantity extraction.
//
// Reads normalized (NFKC) English text — a paragraph, a heading title, a list
// item — and returns every quantity a careful reader would count as one, in
// text order: digits ("471,200", "11.35 million", "RMB23,200", "17.2
// percent"), number words ("four prefectures", "eight-hour", "two-thirds",
// "a decade", "thousands of"), ordinals, dates, years and ranges, each with
// its hedge ("more than", "nearly") and unit noun inside the span.
//
// Not returned: "one" as a pronoun or in idioms ("one of the best", "one
// another", "no one", "one's"), "first" as an adverb or in "for the first
// time", numerals inside names ("Covid-19", "G20", "the 2030 Agenda",
// "Five-Year Plan", "May 1st Labor Medal"), references to parts of a text
// ("Article 3", "No. 5"), list markers ("(1)"), page counters ("3 / 8"),
// clock times ("10:30"), decades written "1990s", and Roman heading numerals
// ("III.", which the document model owns).
//
// Conventions (see extract_en.cpp for the details):
//   ranges     "2016-2020", "between X and Y", "from 2014 to 2019" (years
//              only) are one quantity: hedge kRange, value the low end,
//              low/high the two ends widened by half a unit of their last
//              digit. "from RMB23,200 to RMB34,700" is a change, two figures.
//   dates      kDate yyyymmdd with 00 where unknown ("September 2020" →
//              20200900; "March 10" → 310); a lone year is kYear.
//              "From 2018 to June 2020", "from 2013 to the end of 2019" are
//              ranges of years, as the Chinese 2018年至2020年6月.
//   vague      "dozens of" [12, 100], "hundreds of" [100, 1000], "thousands
//              of" [1000, 10000], "a few thousand" likewise: kMoreThan, value
//              the round unit, as the Chinese 数百, 几千 read.
//   rates      money with "per month/day/week/hour/person", or after
//              "monthly", "daily", "hourly" earlier in its clause ("a
//              monthly income of about RMB9,000"). "per year", "annually"
//              leave money: a year is the default period of incomes, and
//              the Chinese (年收入, 人均可支配收入) is read the same way.
//   units      people, employees, residents, women … → "person"; workers,
//              laborers → "worker"; students → "student"; companies,
//              businesses → "enterprise"; jobs, job opportunities → "job";
//              RMB, yuan → "CNY"; $, US$, dollars → "USD"; other plural
//              nouns → "noun:<singular>", and after "one" the head noun
//              ("at least one skill" → noun:skill).
//   ordinals   no unit; "the third time" counts, "for the first time" and
//              "in the first place" are idioms.
#ifndef CROSSCHECK_QUANTITY_EXTRACT_EN_H_
#define CROSSCHECK_QUANTITY_EXTRACT_EN_H_

#include <string_view>
#include <vector>

#include "quantity/quantity.h"

namespace crosscheck::quantity {

// Returns the quantities of `text` ordered by `begin`, with `begin`/`end`
// byte offsets into `text` and low/high set. Never fails: text that holds no
// quantity gives an empty vector. Time is linear in text.size().
std::vector<Quantity> ExtractEn(std::string_view text);

}  // namespace crosscheck::quantity

#endif  // CROSSCHECK_QUANTITY_EXTRACT_EN_H_
