#include "config/suggest.h"

#include <algorithm>
#include <vector>

namespace crosscheck::config {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string Suggest(std::string_view typed, std::span<const std::string_view> candidates) {
  constexpr size_t kMaxEdits = 3;
  std::string_view best;
  size_t best_distance = kMaxEdits + 1;
  for (std::string_view candidate : candidates) {
    size_t d = EditDistance(typed, candidate);
    if (d < best_distance && 2 * d < candidate.size()) {
      best = candidate;
      best_distance = d;
    }
  }
  return std::string(best);
}

}  // namespace crosscheck::config
