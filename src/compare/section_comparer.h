// SectionComparer: one pair of sections compared — paragraphs aligned,
// figures matched within aligned groups and then across neighbouring ones,
// clear counterparts that disagree reported (value, magnitude, unit, hedge),
// and what is left reported as missing or extra, by paragraph, or as one
// abridged finding. The orchestration over all sections is comparer.h.
#ifndef CROSSCHECK_COMPARE_SECTION_COMPARER_H_
#define CROSSCHECK_COMPARE_SECTION_COMPARER_H_

#include <vector>

#include "compare/comparer.h"

namespace crosscheck::compare {

// Compares `zh` with `en`, appending findings and counting into `summary`.
// `ratio` is the calibrated number of English characters per Chinese one.
// Returns the paragraph alignment, for the alignment report.
std::vector<BlockPair> CompareSectionPair(const SectionView& zh, const SectionView& en,
                                          double ratio, const Tolerance& tolerance,
                                          std::vector<Finding>* findings, Summary* summary);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_SECTION_COMPARER_H_
