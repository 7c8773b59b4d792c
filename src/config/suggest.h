// "Did you mean ...?" for names a user types: configuration keys, rule ids,
// severities.
#ifndef CROSSCHECK_CONFIG_SUGGEST_H_
#define CROSSCHECK_CONFIG_SUGGEST_H_

#include <span>
#include <string>
#include <string_view>

namespace crosscheck::config {

// Levenshtein distance between `a` and `b` in bytes (names are ASCII).
// Linear in memory, |a|·|b| in time: only for short names.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `typed`, when it is near enough to be a typo: at
// most 3 edits and fewer than half the candidate's length. Ties go to the
// earlier candidate. Empty when none is.
std::string Suggest(std::string_view typed, std::span<const std::string_view> candidates);

}  // namespace crosscheck::config

#endif  // CROSSCHECK_CONFIG_SUGGEST_H_
