// The contents rules: each side's table of contents against its own
// headings, and the two tables against each other (structure.toc-mismatch).
#ifndef CROSSCHECK_COMPARE_CONTENTS_RULES_H_
#define CROSSCHECK_COMPARE_CONTENTS_RULES_H_

#include <vector>

#include "compare/finding.h"
#include "compare/side.h"

namespace crosscheck::compare {

// Appends a finding for each contents entry without a heading or with a
// different title, each top-level heading missing from its contents, a
// table of contents on one side only, and entries on one side only.
void CompareContents(const Side& zh, const Side& en, std::vector<Finding>* findings);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_CONTENTS_RULES_H_
