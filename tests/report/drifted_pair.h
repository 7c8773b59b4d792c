// A drifted copy of the corpus pair for the report tests: the Chinese file
// as it is, the English one with one change for each kind of finding — a
// figure changed (number.value), a 亿 slip (number.magnitude), percentage
// points rendered as percent (unit.mismatch), "more than" turned into
// "nearly" (hedge.conflict), a figure added (number.extra) and the
// Conclusion deleted (structure.section-missing).
#ifndef CROSSCHECK_TESTS_REPORT_DRIFTED_PAIR_H_
#define CROSSCHECK_TESTS_REPORT_DRIFTED_PAIR_H_

#include <string>

#include "cli/temp_dir.h"

namespace crosscheck::testing {

inline constexpr const char* kDriftedZh = "drifted.zh.txt";
inline constexpr const char* kDriftedEn = "drifted.en.txt";

// Writes kDriftedZh and kDriftedEn into `dir`. Returns false with a message
// when an edit does not find its text exactly once in the corpus file (the
// corpus changed; update the edits).
bool WriteDriftedPair(const TempDir& dir, std::string* error);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_REPORT_DRIFTED_PAIR_H_
