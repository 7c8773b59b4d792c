// "1 error", "3 warnings": a count with its noun, for summary lines.
#ifndef CROSSCHECK_UTIL_COUNTED_H_
#define CROSSCHECK_UTIL_COUNTED_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck {

// `singular` takes an "s" when n is not 1 (every noun crosscheck counts
// does: error, warning, note).
inline std::string Counted(size_t n, std::string_view singular) {
  return std::to_string(n) + " " + std::string(singular) + (n == 1 ? "" : "s");
}

}  // namespace crosscheck

#endif  // CROSSCHECK_UTIL_COUNTED_H_
