// How findings name and place figures and sections: shared by the rules in
// section_comparer.cpp, contents_rules.cpp and comparer.cpp.
#ifndef CROSSCHECK_COMPARE_DESCRIBE_H_
#define CROSSCHECK_COMPARE_DESCRIBE_H_

#include <string>

#include "compare/finding.h"
#include "compare/side.h"
#include "quantity/quantity.h"

namespace crosscheck::compare {

// For scores only: dates compare by year, everything else by value.
double Approx(const quantity::Quantity& q);

// Small numbers written in words (一, 两, "one", "first") are often not
// rendered as numbers at all ("一项" → "a"); leaving them unmatched is
// normal, so they are counted but not reported.
bool Minor(const quantity::Quantity& q);

// The figure's place, with its key (kind, value, unit, surrounding text).
Location Where(const quantity::Quantity& q);
// "'1135.24万人' (11352400 person)", hedges and percent signs included.
std::string Describe(const quantity::Quantity& q);
ListedQuantity Listed(const quantity::Quantity& q);

// Where a section is: its heading, or — for the text before the first
// heading, which has none — its first paragraph.
Location HeadingLocation(const SectionView& s);
// How messages name a section: "section '前 言'", "text before the first heading".
std::string SectionName(const SectionView& s);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_DESCRIBE_H_
