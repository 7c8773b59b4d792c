#include "compare/section_comparer.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "align/paragraph_alignment.h"
#include "compare/agreement.h"
#include "compare/describe.h"
#include "compare/rules.h"
#include "util/counted.h"

namespace crosscheck::compare {
namespace {

using quantity::Kind;
using quantity::Quantity;

// A side shorter than this share of what its counterpart predicts is abridged.
constexpr double kAbridgedShare = 0.4;
constexpr size_t kAbridgedMinQuantities = 3;
// How many counterparts either side of its own relative place a figure is
// compared with.
constexpr size_t kReach = 48;

struct Slot {
  const Quantity* q;
  size_t block;  // index within the section's blocks
  size_t group;  // aligned group index
  bool used = false;
};

class SectionComparer {
 public:
  SectionComparer(const SectionView& zh, const SectionView& en, double ratio,
                  const Tolerance& tolerance, std::vector<Finding>* findings, Summary* summary)
      : zh_(zh),
        en_(en),
        ratio_(ratio),
        tolerance_(tolerance),
        findings_(findings),
        summary_(summary) {}

  std::vector<BlockPair> Run() {
    std::vector<align::AlignItem> zi = Items(zh_), ei = Items(en_);
    align::AlignOptions options;
    options.length_ratio = ratio_;
    std::vector<align::AlignedGroup> groups = align::AlignParagraphs(zi, ei, options);
    std::vector<BlockPair> pairs;
    for (size_t g = 0; g < groups.size(); ++g) {
      const align::AlignedGroup& group = groups[g];
      BlockPair pair;
      if (group.zh_begin < group.zh_end) {
        pair.zh =
            Lines{zh_.blocks[group.zh_begin].lines.first, zh_.blocks[group.zh_end - 1].lines.last};
      }
      if (group.en_begin < group.en_end) {
        pair.en =
            Lines{en_.blocks[group.en_begin].lines.first, en_.blocks[group.en_end - 1].lines.last};
      }
      pair.score = group.score;
      pairs.push_back(pair);
      for (size_t b = group.zh_begin; b < group.zh_end; ++b) {
        for (const Quantity& q : zh_.blocks[b].quantities) z_.push_back(Slot{&q, b, g});
      }
      for (size_t b = group.en_begin; b < group.en_end; ++b) {
        for (const Quantity& q : en_.blocks[b].quantities) e_.push_back(Slot{&q, b, g});
      }
    }
    groups_ = groups;
    z_range_.assign(groups.size(), {0, 0});
    e_range_.assign(groups.size(), {0, 0});
    auto index = [](const std::vector<Slot>& slots,
                    std::vector<std::pair<size_t, size_t>>* ranges) {
      for (size_t k = 0; k < slots.size(); ++k) {  // slots are contiguous per group
        auto& range = (*ranges)[slots[k].group];
        if (range.first == range.second) range.first = k;
        range.second = k + 1;
      }
    };
    index(z_, &z_range_);
    index(e_, &e_range_);
    MatchAgreeing(/*same_group=*/true);
    MatchAgreeing(/*same_group=*/false);
    PairDisagreeing();
    ReportLeftovers();
    return pairs;
  }

 private:
  std::vector<align::AlignItem> Items(const SectionView& s) {
    std::vector<align::AlignItem> items;
    for (const BlockView& b : s.blocks) {
      align::AlignItem item;
      item.length = b.length;
      item.list_item = b.list_item;
      for (const Quantity& q : b.quantities) item.figures.push_back(Approx(q));
      items.push_back(std::move(item));
    }
    return items;
  }

  void Add(std::string_view rule, std::string message, std::optional<Location> zh,
           std::optional<Location> en, Severity severity) {
    Finding f;
    f.rule = std::string(rule);
    f.severity = severity;
    f.message = std::move(message);
    f.zh_section = zh_.path;
    f.en_section = en_.path;
    f.zh = std::move(zh);
    f.en = std::move(en);
    findings_->push_back(std::move(f));
  }
  void Add(std::string_view rule, std::string message, std::optional<Location> zh,
           std::optional<Location> en) {
    Add(rule, std::move(message), std::move(zh), std::move(en), FindRule(rule)->severity);
  }

  // Pairs quantities that agree: first within aligned groups, then across
  // the section (a figure that moved to a neighbouring paragraph). Then a
  // range already paired may take up single figures at its ends: 2014年至
  // 2019年 against "from 2014 to the end of 2019".
  void MatchAgreeing(bool same_group) {
    // Like with like first (a range with a range), so that a single year
    // does not take the range its counterpart needs; then, within a group,
    // a range with a single figure at one of its ends.
    MatchAgreeingPass(same_group, /*mixed_ranges=*/false);
    if (same_group) MatchAgreeingPass(same_group, /*mixed_ranges=*/true);
    if (same_group) {
      AbsorbRangeEnds(z_, e_);
      AbsorbRangeEnds(e_, z_);
    }
  }

  // One matching pass: every agreeing candidate pair within reach, best
  // first, so that a loose figure (几千元) does not take the counterpart of a
  // tight one (4000元以上 ↔ "more than RMB4,000"). Reach is the group itself
  // or, for figures that moved, the groups up to two away; inside it, each
  // figure looks at the counterparts near its own relative place, which
  // keeps the pass linear however many figures a paragraph holds.
  void MatchAgreeingPass(bool same_group, bool mixed_ranges) {
    struct Candidate {
      double cost;
      size_t z, e;
      Relation relation;  // kAgree or kHedgeConflict
    };
    std::vector<Candidate> candidates;
    std::vector<size_t> reach;
    for (size_t g = 0; g < groups_.size(); ++g) {
      const auto [z_begin, z_end] = z_range_[g];
      if (z_begin == z_end) continue;
      reach.clear();
      size_t first = same_group ? g : (g >= 2 ? g - 2 : 0);
      size_t last = same_group ? g : std::min(groups_.size() - 1, g + 2);
      for (size_t h = first; h <= last; ++h) {
        if (!same_group && h == g) continue;
        for (size_t k = e_range_[h].first; k < e_range_[h].second; ++k) {
          if (!e_[k].used) reach.push_back(k);
        }
      }
      if (reach.empty()) continue;
      const size_t nz = z_end - z_begin;
      for (size_t zi = z_begin; zi < z_end; ++zi) {
        const Slot& z = z_[zi];
        if (z.used) continue;
        size_t center = (zi - z_begin) * reach.size() / nz;
        size_t lo = center > kReach ? center - kReach : 0;
        size_t hi = std::min(reach.size(), center + kReach + 1);
        for (size_t r = lo; r < hi; ++r) {
          const Slot& e = e_[reach[r]];
          // Across paragraphs only like with like: a range found its single
          // end elsewhere by coincidence far more often than by design.
          bool mixed =
              (z.q->hedge == quantity::Hedge::kRange) != (e.q->hedge == quantity::Hedge::kRange);
          if (mixed != mixed_ranges) continue;
          // A range still unpaired on both sides is more likely a changed
          // range than a single end: leave it for PairDisagreeing.
          if (mixed && UnpairedRangeOnBothSides(z.group, z.q->kind)) continue;
          Comparison c = Compare(*z.q, *e.q, tolerance_);
          if (c.relation != Relation::kAgree && c.relation != Relation::kHedgeConflict) continue;
          double cost =
              std::fabs(std::log1p(std::fabs(Approx(*z.q))) - std::log1p(std::fabs(Approx(*e.q))));
          if ((z.q->hedge == quantity::Hedge::kExact) != (e.q->hedge == quantity::Hedge::kExact)) {
            cost += 0.3;
          }
          if (z.q->kind != e.q->kind) cost += 0.5;
          cost += 0.05 * std::fabs(static_cast<double>(r) / reach.size() -
                                   static_cast<double>(zi - z_begin) / nz);
          candidates.push_back({cost, zi, reach[r], c.relation});
        }
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
    for (const Candidate& c : candidates) {
      Slot& z = z_[c.z];
      Slot& e = e_[c.e];
      if (z.used || e.used) continue;
      z.used = e.used = true;
      if (c.relation == Relation::kHedgeConflict) {
        ++summary_->paired_with_finding;
        // The detail is worked out again here, for the few pairs accepted.
        std::string detail = Compare(*z.q, *e.q, tolerance_).detail;
        Add("hedge.conflict",
            "hedges disagree: " + Describe(*z.q) + " vs " + Describe(*e.q) + " (" + detail + ")",
            Where(*z.q), Where(*e.q));
        continue;
      }
      ++summary_->matched;
      if (!same_group) {
        ++summary_->moved;
        if (!Minor(*z.q)) {
          Add("number.moved",
              Describe(*z.q) + " is rendered in a neighbouring paragraph as " + Describe(*e.q),
              Where(*z.q), Where(*e.q));
        }
      }
    }
  }

  bool UnpairedRangeOnBothSides(size_t group, quantity::Kind kind) const {
    auto has = [&](const std::vector<Slot>& slots) {
      return std::any_of(slots.begin(), slots.end(), [&](const Slot& s) {
        return !s.used && s.group == group && s.q->hedge == quantity::Hedge::kRange &&
               IsTime(s.q->kind) == IsTime(kind);
      });
    };
    return has(z_) && has(e_);
  }

  static bool IsTime(quantity::Kind kind) {
    return kind == quantity::Kind::kYear || kind == quantity::Kind::kDate;
  }

  // Marks as matched the unused single figures in `singles` that agree with
  // a used range of `ranges` in the same group.
  void AbsorbRangeEnds(std::vector<Slot>& ranges, std::vector<Slot>& singles) {
    for (const Slot& r : ranges) {
      if (!r.used || r.q->hedge != quantity::Hedge::kRange) continue;
      for (Slot& s : singles) {
        if (s.used || s.group != r.group || s.q->hedge == quantity::Hedge::kRange) continue;
        bool agree = &ranges == &z_ ? Compare(*r.q, *s.q, tolerance_).relation == Relation::kAgree
                                    : Compare(*s.q, *r.q, tolerance_).relation == Relation::kAgree;
        if (!agree) continue;
        s.used = true;
        ++(&ranges == &z_ ? summary_->range_ends_en : summary_->range_ends_zh);
      }
    }
  }

  // Within each aligned group, pairs leftovers whose counterpart is clear:
  // a scale slip or unit swap of the same number, or — when each side has
  // the same number of leftovers of that kind — a changed value.
  void PairDisagreeing() {
    constexpr size_t kKinds = static_cast<size_t>(quantity::Kind::kRate) + 1;
    for (size_t g = 0; g < groups_.size(); ++g) {
      std::vector<Slot*> zs, es;
      for (size_t k = z_range_[g].first; k < z_range_[g].second; ++k) {
        if (!z_[k].used) zs.push_back(&z_[k]);
      }
      for (size_t k = e_range_[g].first; k < e_range_[g].second; ++k) {
        if (!e_[k].used) es.push_back(&e_[k]);
      }
      if (zs.empty() || es.empty()) continue;
      // Unpaired figures of each kind (small numbers in words left out), kept
      // up to date as pairs form: when both sides have as many, order tells
      // which is whose counterpart.
      std::array<size_t, kKinds> left_z{}, left_e{};
      for (const Slot* z : zs) left_z[static_cast<size_t>(z->q->kind)] += !Minor(*z->q);
      for (const Slot* e : es) left_e[static_cast<size_t>(e->q->kind)] += !Minor(*e->q);
      auto counterpart_clear = [&](const Quantity& q) {
        size_t nz = left_z[static_cast<size_t>(q.kind)], ne = left_e[static_cast<size_t>(q.kind)];
        return nz == ne || (Minor(q) && nz > 0 && ne > 0);
      };
      for (size_t a = 0; a < zs.size(); ++a) {
        Slot* best = nullptr;
        Comparison best_c;
        double best_score = 1e9;
        size_t center = a * es.size() / zs.size();
        size_t lo = center > kReach ? center - kReach : 0;
        size_t hi = std::min(es.size(), center + kReach + 1);
        for (size_t b = lo; b < hi; ++b) {
          if (es[b]->used) continue;
          Comparison c = Compare(*zs[a]->q, *es[b]->q, tolerance_);
          double score;
          if (c.relation == Relation::kMagnitude || c.relation == Relation::kUnitMismatch) {
            score = 0;
          } else if (c.relation == Relation::kValueMismatch && zs[a]->q->kind == es[b]->q->kind &&
                     Minor(*zs[a]->q) == Minor(*es[b]->q) && counterpart_clear(*zs[a]->q)) {
            score = 1;
          } else {
            continue;
          }
          // Prefer the counterpart at the same relative place.
          score +=
              std::fabs(static_cast<double>(a) / zs.size() - static_cast<double>(b) / es.size());
          if (score < best_score) best_score = score, best = es[b], best_c = c;
        }
        if (!best) continue;
        zs[a]->used = best->used = true;
        left_z[static_cast<size_t>(zs[a]->q->kind)] -= !Minor(*zs[a]->q);
        left_e[static_cast<size_t>(best->q->kind)] -= !Minor(*best->q);
        ++summary_->paired_with_finding;
        const Quantity& zq = *zs[a]->q;
        const Quantity& eq = *best->q;
        switch (best_c.relation) {
          case Relation::kMagnitude:
            Add("number.magnitude",
                "magnitude differs: " + Describe(zq) + " vs " + Describe(eq) + ", " + best_c.detail,
                Where(zq), Where(eq));
            break;
          case Relation::kUnitMismatch:
            Add("unit.mismatch",
                "unit differs: " + Describe(zq) + " vs " + Describe(eq) + " (" + best_c.detail +
                    ")",
                Where(zq), Where(eq));
            break;
          default:
            Add("number.value", "value differs: " + Describe(zq) + " vs " + Describe(eq), Where(zq),
                Where(eq));
        }
      }
    }
  }

  void ReportLeftovers() {
    // An abridged side: report once, listing what has no counterpart.
    double zh_length = 0, en_length = 0;
    for (const BlockView& b : zh_.blocks) zh_length += b.length;
    for (const BlockView& b : en_.blocks) en_length += b.length;
    size_t zh_left = 0, en_left = 0;
    for (const Slot& z : z_) zh_left += !z.used && !Minor(*z.q);
    for (const Slot& e : e_) en_left += !e.used && !Minor(*e.q);
    bool en_abridged = en_length < kAbridgedShare * zh_length * ratio_ &&
                       (zh_left >= kAbridgedMinQuantities || zh_.blocks.size() >= 3);
    bool zh_abridged = zh_length * ratio_ < kAbridgedShare * en_length &&
                       (en_left >= kAbridgedMinQuantities || en_.blocks.size() >= 3);
    if (en_abridged || zh_abridged) {
      Finding f;
      f.rule = "structure.abridged";
      f.severity = FindRule(f.rule)->severity;
      f.zh_section = zh_.path;
      f.en_section = en_.path;
      f.zh = HeadingLocation(zh_);
      f.en = HeadingLocation(en_);
      const std::vector<Slot>& left = en_abridged ? z_ : e_;
      for (const Slot& s : left) {
        if (!s.used) f.quantities.push_back(Listed(*s.q));
      }
      const SectionView& full = en_abridged ? zh_ : en_;
      const SectionView& part = en_abridged ? en_ : zh_;
      f.message = std::string(en_abridged ? "the English " : "the Chinese ") + SectionName(part) +
                  " is abridged: " + std::to_string(part.blocks.size()) + " of " +
                  std::to_string(full.blocks.size()) + " paragraphs, " +
                  Counted(f.quantities.size(), "figure") + " without counterpart";
      findings_->push_back(std::move(f));
      CountUnmatched();
      return;
    }
    // A whole block without counterpart: one finding for the paragraph.
    std::vector<bool> zh_block_reported(zh_.blocks.size(), false);
    std::vector<bool> en_block_reported(en_.blocks.size(), false);
    for (const align::AlignedGroup& g : groups_) {
      if (g.en_begin == g.en_end) {
        for (size_t b = g.zh_begin; b < g.zh_end; ++b) {
          ReportBlock(zh_.blocks[b], /*zh_side=*/true);
          zh_block_reported[b] = true;
        }
      } else if (g.zh_begin == g.zh_end) {
        for (size_t b = g.en_begin; b < g.en_end; ++b) {
          ReportBlock(en_.blocks[b], /*zh_side=*/false);
          en_block_reported[b] = true;
        }
      }
    }
    for (const Slot& z : z_) {
      if (z.used || Minor(*z.q) || zh_block_reported[z.block]) continue;
      Add("number.missing", Describe(*z.q) + " has no counterpart in the English version",
          Where(*z.q), std::nullopt);
    }
    for (const Slot& e : e_) {
      if (e.used || Minor(*e.q) || en_block_reported[e.block]) continue;
      Add("number.extra", Describe(*e.q) + " has no counterpart in the Chinese version",
          std::nullopt, Where(*e.q));
    }
    CountUnmatched();
  }

  void ReportBlock(const BlockView& block, bool zh_side) {
    // Short blocks without figures (a caption, a stray line) are not worth a finding.
    if (block.quantities.empty() && block.length * (zh_side ? ratio_ : 1.0) < 60) return;
    Finding f;
    f.rule = zh_side ? "structure.paragraph-missing" : "structure.paragraph-extra";
    f.severity = FindRule(f.rule)->severity;
    f.zh_section = zh_.path;
    f.en_section = en_.path;
    Location where{block.lines.first, block.column, block.opening, "paragraph:" + block.opening};
    for (const Quantity& q : block.quantities) f.quantities.push_back(Listed(q));
    f.message = std::string(zh_side ? "Chinese" : "English") + " paragraph at line " +
                std::to_string(block.lines.first) + " has no counterpart" +
                (f.quantities.empty() ? std::string()
                                      : " (" + Counted(f.quantities.size(), "figure") + ")");
    if (zh_side)
      f.zh = where;
    else
      f.en = where;
    findings_->push_back(std::move(f));
  }

  void CountUnmatched() {
    for (const Slot& z : z_) summary_->unmatched_zh += !z.used;
    for (const Slot& e : e_) summary_->unmatched_en += !e.used;
  }

  const SectionView& zh_;
  const SectionView& en_;
  double ratio_;
  const Tolerance& tolerance_;
  std::vector<Finding>* findings_;
  Summary* summary_;
  std::vector<Slot> z_, e_;  // in group order
  std::vector<align::AlignedGroup> groups_;
  // Per group, the slots of each side: [first, second) in z_ and e_.
  std::vector<std::pair<size_t, size_t>> z_range_, e_range_;
};

}  // namespace

std::vector<BlockPair> CompareSectionPair(const SectionView& zh, const SectionView& en,
                                          double ratio, const Tolerance& tolerance,
                                          std::vector<Finding>* findings, Summary* summary) {
  return SectionComparer(zh, en, ratio, tolerance, findings, summary).Run();
}

}  // namespace crosscheck::compare
