// The catch rule: did `crosscheck compare` report a drift mutation?
//
// A mutation is caught when the report on the mutated pair holds a *new*
// finding of severity error or warning that points at the change:
//
//  - new: not in the report on the untouched pair. Findings are compared by
//    rule and, per side, line and quoted text; baseline lines on the mutated
//    side are first moved through Mutation::MapLine (a baseline finding on a
//    deleted line cannot reappear). Counted as a multiset, so a second
//    finding of the same kind on the same line is new.
//  - points at the change: its line on the mutated side (mutated numbering)
//    is in the mutated lines, the vicinity or the related lines of the
//    mutation; or its line on the other side is in the counterpart of the
//    changed lines per the alignment of the untouched pair — the other side
//    of every paragraph pair that overlaps the changed lines, and for a
//    section deletion or a heading renumbering the other side of the section
//    pair. When no paragraph pair overlaps (a contents entry, a heading), the
//    section pair's other side is the counterpart.
//
// Report and alignment JSON follow issue 4 ("crosscheck.report/1",
// "crosscheck.alignment/1"). Nothing here throws: malformed JSON yields an
// error string and a not-caught verdict.
#ifndef CROSSCHECK_TESTS_DRIFT_CATCH_RULE_H_
#define CROSSCHECK_TESTS_DRIFT_CATCH_RULE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "drift/drift_injector.h"

namespace crosscheck::drift {

struct Finding {
  std::string rule;
  std::string severity;  // "error", "warning" or "note"
  std::string message;
  size_t zh_line = 0;  // 0 when the finding has no zh side
  size_t en_line = 0;
  std::string zh_text;
  std::string en_text;
};

// Reads the findings of a "crosscheck.report/1" document. Returns false and
// sets *error when the shape is wrong (no findings array, a finding without
// rule or severity, a side that is neither null nor {line, ...}).
bool ParseFindings(const nlohmann::json& report, std::vector<Finding>* out, std::string* error);

// Lines where a finding counts as pointing at the change: mutated side in
// mutated numbering, other side in its own (unchanged) numbering.
struct CatchRegion {
  std::vector<LineRange> zh;
  std::vector<LineRange> en;
};

// The region for `m` given the alignment of the untouched pair. Returns false
// and sets *error when the alignment's shape is wrong.
bool RegionFor(const Mutation& m, const nlohmann::json& alignment, CatchRegion* out,
               std::string* error);

struct Verdict {
  bool caught = false;
  std::vector<Finding> fresh;     // new findings of any severity
  std::vector<Finding> catching;  // the fresh errors and warnings inside the region
  CatchRegion region;
  std::string error;  // non-empty when a JSON input was malformed
};

Verdict Judge(const Mutation& m, const nlohmann::json& baseline, const nlohmann::json& mutated,
              const nlohmann::json& alignment);

inline bool IsCaught(const Mutation& m, const nlohmann::json& baseline,
                     const nlohmann::json& mutated, const nlohmann::json& alignment) {
  return Judge(m, baseline, mutated, alignment).caught;
}

}  // namespace crosscheck::drift

#endif  // CROSSCHECK_TESTS_DRIFT_CATCH_RULE_H_
