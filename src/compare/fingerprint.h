// Fingerprints: a finding's identity across edits of the documents.
//
// Built from the rule, the section labels and what each side points at (its
// Location::key: a figure's kind, value, unit and surrounding text, or a
// heading's title) — never from line or column numbers — so inserting or
// moving unrelated paragraphs keeps it, and changing the figure changes it.
// Used by baselines and by SARIF's partialFingerprints.
#ifndef CROSSCHECK_COMPARE_FINGERPRINT_H_
#define CROSSCHECK_COMPARE_FINGERPRINT_H_

#include <string>

#include "compare/finding.h"

namespace crosscheck::compare {

// 16 lower-case hex digits (64-bit FNV-1a of the identity).
std::string Fingerprint(const Finding& finding);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_FINGERPRINT_H_
