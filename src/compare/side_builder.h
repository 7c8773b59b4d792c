// Builds the comparison view of a parsed document: sections in document
// order with their blocks and the quantities extracted from each.
#ifndef CROSSCHECK_COMPARE_SIDE_BUILDER_H_
#define CROSSCHECK_COMPARE_SIDE_BUILDER_H_

#include "compare/side.h"
#include "document/document.h"

namespace crosscheck::compare {

// Front matter is left out: title pages and news lead-ins have no
// counterpart by design. Contents entries are kept for the contents rules.
Side BuildSide(const document::Document& doc);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_SIDE_BUILDER_H_
