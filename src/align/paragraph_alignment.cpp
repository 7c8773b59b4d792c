#include "align/paragraph_alignment.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crosscheck::align {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Longest run of blocks one block of the other side may pair with: a
// Chinese paragraph that the English splits into paragraphs or list items,
// or (less often) several Chinese paragraphs the English merges.
constexpr size_t kMaxSplit = 8;
constexpr size_t kMaxMerge = 3;

// Fixed costs per move; a skipped block also pays for its length so that a
// long paragraph is not dropped lightly.
constexpr double kSkipCost = 2.0;
constexpr double kMergeCost = 0.6;   // the first extra block of a group
constexpr double kExtraCost = 0.35;  // each further block
constexpr double kListCost = 0.15;   // each further block that is a list item
constexpr double kFigureBonus = 1.2;
constexpr double kUnsharedFigureCost = 0.8;
// Above this many pairs of figures (and both lists longer than 16),
// SharedFigures sorts instead of scanning.
constexpr size_t kSmallFigureProduct = 4096;
// A group with more figures than this on one side and at most 16 on the
// other is scored by SharedBySearch.
constexpr size_t kLargeGroupFigures = 256;
// The band widens by the difference in block counts up to this many blocks;
// beyond it (one side of a section has thousands of blocks more than the
// other, which no translation does) a wider band would make the programme
// quadratic.
constexpr size_t kMaxWidening = 256;

struct Move {
  unsigned char zh;  // blocks taken from each side
  unsigned char en;
};

double SumLength(const std::vector<AlignItem>& items, size_t begin, size_t end) {
  double sum = 0;
  for (size_t i = begin; i < end; ++i) sum += items[i].length;
  return sum;
}

void Gather(const std::vector<AlignItem>& items, size_t begin, size_t end,
            std::vector<double>* out) {
  out->clear();
  for (size_t i = begin; i < end; ++i) {
    out->insert(out->end(), items[i].figures.begin(), items[i].figures.end());
  }
}

size_t CountFigures(const std::vector<AlignItem>& items, size_t begin, size_t end) {
  size_t count = 0;
  for (size_t i = begin; i < end; ++i) count += items[i].figures.size();
  return count;
}

// Two figures are shared when within 3% of the larger.
bool Close(double x, double y) {
  double scale = std::max(std::fabs(x), std::fabs(y));
  return std::fabs(x - y) <= 0.03 * scale;
}

std::vector<std::vector<double>> SortedFigures(const std::vector<AlignItem>& items) {
  std::vector<std::vector<double>> sorted;
  sorted.reserve(items.size());
  for (const AlignItem& item : items) {
    sorted.push_back(item.figures);
    std::sort(sorted.back().begin(), sorted.back().end());
  }
  return sorted;
}

// SharedFigures for the few figures of small[s0, s1) against the many of
// the large side's blocks [l0, l1), given as their sorted figures: each
// small figure, in order, takes the smallest unused close figure of the
// first large block that has one. Time grows with the few figures and the
// logarithm of the many.
size_t SharedBySearch(const std::vector<AlignItem>& small, size_t s0, size_t s1,
                      const std::vector<std::vector<double>>& large_sorted, size_t l0, size_t l1) {
  std::vector<std::pair<size_t, size_t>> used;  // (block, index into its sorted figures)
  size_t shared = 0;
  for (size_t i = s0; i < s1; ++i) {
    for (double x : small[i].figures) {
      // The figures close to x are those in [0.97x, x / 0.97] (ends swapped
      // when x is negative), widened a hair for rounding; searching from the
      // start of that interval, not from a looser one, keeps each lookup
      // from walking past thousands of near misses.
      const double near = 0.97 * x, far = x / 0.97, margin = 1e-9 * std::fabs(x);
      const double lo = std::min(near, far) - margin, hi = std::max(near, far) + margin;
      bool found = false;
      for (size_t b = l0; b < l1 && !found; ++b) {
        const std::vector<double>& ys = large_sorted[b];
        for (size_t k = std::lower_bound(ys.begin(), ys.end(), lo) - ys.begin();
             k < ys.size() && ys[k] <= hi; ++k) {
          if (!Close(x, ys[k]) ||
              std::find(used.begin(), used.end(), std::make_pair(b, k)) != used.end()) {
            continue;
          }
          used.emplace_back(b, k);
          found = true;
          break;
        }
      }
      shared += found;
    }
  }
  return shared;
}

}  // namespace

size_t SharedFigures(const std::vector<double>& a, const std::vector<double>& b) {
  // Small lists (every real paragraph), or one of them short: each value of
  // `a` in turn takes the first unused counterpart in `b`.
  if (a.size() * b.size() <= kSmallFigureProduct || std::min(a.size(), b.size()) <= 16) {
    std::vector<bool> used(b.size(), false);
    size_t shared = 0;
    for (double x : a) {
      for (size_t j = 0; j < b.size(); ++j) {
        if (used[j] || !Close(x, b[j])) continue;
        used[j] = true;
        ++shared;
        break;
      }
    }
    return shared;
  }
  // Long lists (a block of thousands of figures): both sorted, one pass. The
  // values close to x form an interval whose ends grow with x, so taking the
  // smallest unused counterpart for each x in ascending order pairs as many
  // as any assignment can; the pairwise scan above would be quadratic.
  std::vector<double> xs(a), ys(b);
  std::sort(xs.begin(), xs.end());
  std::sort(ys.begin(), ys.end());
  size_t shared = 0, j = 0;
  for (double x : xs) {
    while (j < ys.size() && ys[j] < x && !Close(x, ys[j])) ++j;
    if (j < ys.size() && Close(x, ys[j])) {
      ++shared;
      ++j;
    }
  }
  return shared;
}

std::vector<AlignedGroup> AlignParagraphs(const std::vector<AlignItem>& zh,
                                          const std::vector<AlignItem>& en,
                                          const AlignOptions& options) {
  const size_t n = zh.size(), m = en.size();
  std::vector<AlignedGroup> groups;
  if (n == 0 && m == 0) return groups;

  // Band: cell (i, j) is kept when j is within `width` of the diagonal. It
  // widens by the difference in block counts, up to kMaxWidening; past that,
  // only as far as the path needs to get from one row to the next (a row
  // advances the diagonal by m / n, a move by at most kMaxSplit).
  const size_t difference = n > m ? n - m : m - n;
  size_t width = options.band + std::min(difference, kMaxWidening);
  if (difference > kMaxWidening && m > n) {
    width = std::max(width, (n == 0 ? 2 * m : m / n + 1) / 2 + 1);
  }
  auto center = [&](size_t i) -> double {
    return n == 0 ? 0.0 : static_cast<double>(i) * static_cast<double>(m) / n;
  };
  auto in_band = [&](size_t i, size_t j) {
    return std::fabs(static_cast<double>(j) - center(i)) <= static_cast<double>(width);
  };
  // A row holds the band's cells; when the English side has fewer blocks
  // than the band is wide (thousands of paragraphs against a few), it holds
  // all of them instead, so storage follows the cells that exist.
  const bool full_rows = m + 1 <= 2 * width + 2;
  const size_t row = full_rows ? m + 1 : 2 * width + 2;
  auto index = [&](size_t i, size_t j) {
    if (full_rows) return i * row + j;
    long offset = static_cast<long>(j) - static_cast<long>(std::floor(center(i))) +
                  static_cast<long>(width);
    return i * row + static_cast<size_t>(std::clamp<long>(offset, 0, row - 1));
  };
  std::vector<double> cost((n + 1) * row, kInfinity);
  std::vector<Move> back((n + 1) * row, Move{0, 0});

  const double ratio = options.length_ratio > 0 ? options.length_ratio : 1.0;
  std::vector<double> zh_figures, en_figures;
  const std::vector<std::vector<double>> zh_sorted = SortedFigures(zh), en_sorted = SortedFigures(en);
  auto group_cost = [&](size_t i0, size_t i1, size_t j0, size_t j1) {
    if (i0 == i1 || j0 == j1) {
      double length = i0 == i1 ? SumLength(en, j0, j1) / ratio : SumLength(zh, i0, i1);
      return kSkipCost + 0.3 * std::log1p(length / 40.0);
    }
    double a = SumLength(zh, i0, i1) * ratio, b = SumLength(en, j0, j1);
    // Gale–Church in spirit: small length differences are normal, large
    // ones increasingly unlikely.
    double log_ratio = std::fabs(std::log((b + 30.0) / (a + 30.0)));
    double c = 3.0 * log_ratio + 4.0 * log_ratio * log_ratio;
    const size_t zh_count = CountFigures(zh, i0, i1), en_count = CountFigures(en, j0, j1);
    size_t shared;
    if (std::max(zh_count, en_count) > kLargeGroupFigures && std::min(zh_count, en_count) <= 16) {
      // A block of thousands of figures against a few: look each of the few
      // up in the sorted figures of the large side, not the other way round
      // (copying and scanning the large side for every cell is quadratic).
      shared = zh_count <= en_count ? SharedBySearch(zh, i0, i1, en_sorted, j0, j1)
                                    : SharedBySearch(en, j0, j1, zh_sorted, i0, i1);
    } else {
      Gather(zh, i0, i1, &zh_figures);
      Gather(en, j0, j1, &en_figures);
      shared = SharedFigures(zh_figures, en_figures);
    }
    size_t unshared = zh_count + en_count - 2 * shared;
    c -= kFigureBonus * static_cast<double>(shared);
    c += kUnsharedFigureCost * static_cast<double>(unshared);
    size_t extra = (i1 - i0) + (j1 - j0) - 2;
    if (extra > 0) c += kMergeCost;
    for (size_t k = 1; k < extra; ++k) {
      bool list = i1 - i0 == 1 && en[j0 + 1 + k].list_item;
      c += list ? kListCost : kExtraCost;
    }
    return c;
  };

  cost[index(0, 0)] = 0;
  for (size_t i = 0; i <= n; ++i) {
    // Only the cells of row i that lie in the band.
    const double c = center(i), w = static_cast<double>(width);
    const size_t j_begin = c > w ? static_cast<size_t>(std::floor(c - w)) : 0;
    const size_t j_end = std::min<size_t>(m, static_cast<size_t>(std::ceil(c + w)));
    for (size_t j = j_begin; j <= j_end; ++j) {
      if (!in_band(i, j)) continue;
      double here = cost[index(i, j)];
      if (here == kInfinity) continue;
      auto relax = [&](size_t di, size_t dj) {
        size_t i1 = i + di, j1 = j + dj;
        if (i1 > n || j1 > m || !in_band(i1, j1)) return;
        double c = here + group_cost(i, i1, j, j1);
        size_t k = index(i1, j1);
        if (c < cost[k]) {
          cost[k] = c;
          back[k] = Move{static_cast<unsigned char>(di), static_cast<unsigned char>(dj)};
        }
      };
      relax(1, 0);
      relax(0, 1);
      for (size_t k = 1; k <= kMaxSplit; ++k) relax(1, k);
      for (size_t k = 2; k <= kMaxMerge; ++k) relax(k, 1);
    }
  }

  // Walk back from (n, m).
  size_t i = n, j = m;
  while (i > 0 || j > 0) {
    Move mv = back[index(i, j)];
    if (mv.zh == 0 && mv.en == 0) break;  // unreachable; the band always connects
    AlignedGroup g{i - mv.zh, i, j - mv.en, j, 0};
    if (mv.zh > 0 && mv.en > 0) {
      double c = group_cost(g.zh_begin, g.zh_end, g.en_begin, g.en_end);
      g.score = 1.0 / (1.0 + std::exp(c - 1.0));
    }
    groups.push_back(g);
    i -= mv.zh;
    j -= mv.en;
  }
  std::reverse(groups.begin(), groups.end());
  return groups;
}

}  // namespace crosscheck::align
