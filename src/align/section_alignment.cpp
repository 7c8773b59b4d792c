#include "align/section_alignment.h"

#include <algorithm>
#include <cmath>

#include "align/paragraph_alignment.h"

namespace crosscheck::align {
namespace {

constexpr size_t kLookAhead = 6;

bool SameKey(const SectionKey& a, const SectionKey& b) {
  return a.level == b.level && a.label == b.label;
}

// Whether two differently labelled sections are plausibly the same one:
// similar length, or figures in common.
bool Resemble(const SectionKey& a, const SectionKey& b) {
  if (a.level != b.level) return false;
  size_t shared = SharedFigures(a.figures, b.figures);
  size_t fewer = std::min(a.figures.size(), b.figures.size());
  if (fewer > 0 && shared * 2 >= fewer) return true;
  double ratio = (a.length + 50) / (b.length + 50);
  return fewer == 0 && ratio > 0.6 && ratio < 1.67;
}

}  // namespace

std::vector<SectionPair> AlignSections(const std::vector<SectionKey>& zh,
                                       const std::vector<SectionKey>& en) {
  std::vector<SectionPair> pairs;
  size_t i = 0, j = 0;
  while (i < zh.size() && j < en.size()) {
    if (SameKey(zh[i], en[j])) {
      pairs.push_back({i++, j++, false});
      continue;
    }
    // Nearest place where either side's current label reappears.
    size_t skip_en = 0, skip_zh = 0;
    for (size_t k = 1; k <= kLookAhead && j + k < en.size(); ++k) {
      if (SameKey(zh[i], en[j + k])) {
        skip_en = k;
        break;
      }
    }
    for (size_t k = 1; k <= kLookAhead && i + k < zh.size(); ++k) {
      if (SameKey(zh[i + k], en[j])) {
        skip_zh = k;
        break;
      }
    }
    bool renumber = Resemble(zh[i], en[j]) &&
                    (i + 1 >= zh.size() || j + 1 >= en.size() || SameKey(zh[i + 1], en[j + 1]) ||
                     (skip_en == 0 && skip_zh == 0));
    if (renumber) {
      pairs.push_back({i++, j++, true});
    } else if (skip_en != 0 && (skip_zh == 0 || skip_en <= skip_zh)) {
      for (size_t k = 0; k < skip_en; ++k) pairs.push_back({std::nullopt, j++, false});
    } else if (skip_zh != 0) {
      for (size_t k = 0; k < skip_zh; ++k) pairs.push_back({i++, std::nullopt, false});
    } else if (zh[i].level >= en[j].level) {
      pairs.push_back({i++, std::nullopt, false});
    } else {
      pairs.push_back({std::nullopt, j++, false});
    }
  }
  while (i < zh.size()) pairs.push_back({i++, std::nullopt, false});
  while (j < en.size()) pairs.push_back({std::nullopt, j++, false});
  return pairs;
}

}  // namespace crosscheck::align
