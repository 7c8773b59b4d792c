// The rule table: every rule crosscheck can report, with its id, default
// severity and a one-line description. Ids are never reused.
#ifndef CROSSCHECK_COMPARE_RULES_H_
#define CROSSCHECK_COMPARE_RULES_H_

#include <span>
#include <string_view>

#include "compare/finding.h"

namespace crosscheck::compare {

struct Rule {
  std::string_view id;
  Severity severity;
  std::string_view summary;
};

// All rules in documentation order.
std::span<const Rule> Rules();
// The rule with `id`, or nullptr.
const Rule* FindRule(std::string_view id);

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_RULES_H_
