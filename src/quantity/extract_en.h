// English quantity extraction.
//
// Reads normalized (NFKC) English text — a paragraph, a heading title, a list
// item — and returns every quantity a careful reader would count as one, in
// text order. Numeral characters inside words and idioms (一些, 进一步, 十分,
// 千方百计, 一带一路) and names built on numerals (六稳, 三支一扶) are not
// quantities and are not returned.
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
