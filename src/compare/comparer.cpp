#include "compare/comparer.h"

#include <algorithm>
#include <tuple>

#include "align/section_alignment.h"
#include "compare/contents_rules.h"
#include "compare/describe.h"
#include "compare/rules.h"
#include "compare/section_comparer.h"
#include "util/counted.h"

namespace crosscheck::compare {
namespace {

using quantity::Quantity;

// English characters per Chinese character in a faithful translation, as
// measured on the corpus pair; a document's own ratio replaces it when it is
// plausible (an excerpt would otherwise calibrate itself as faithful).
constexpr double kPriorLengthRatio = 3.3;

double CalibrateRatio(const Side& zh, const Side& en) {
  if (zh.body_length <= 0 || en.body_length <= 0) return kPriorLengthRatio;
  double ratio = en.body_length / zh.body_length;
  if (ratio < kPriorLengthRatio * 0.6 || ratio > kPriorLengthRatio * 1.6) return kPriorLengthRatio;
  return ratio;
}

std::vector<align::SectionKey> Keys(const Side& side, double ratio) {
  std::vector<align::SectionKey> keys;
  keys.reserve(side.sections.size());
  for (const SectionView& s : side.sections) {
    align::SectionKey key;
    key.level = s.level;
    key.label = s.label;
    for (const BlockView& b : s.blocks) {
      key.length += b.length / ratio;
      for (const Quantity& q : b.quantities) key.figures.push_back(Approx(q));
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

void UnpairedSection(const SectionView& s, bool zh_side, std::vector<Finding>* findings,
                     Summary* summary) {
  Finding f;
  f.rule = zh_side ? "structure.section-missing" : "structure.section-extra";
  f.severity = FindRule(f.rule)->severity;
  (zh_side ? f.zh_section : f.en_section) = s.path;
  (zh_side ? f.zh : f.en) = HeadingLocation(s);
  for (const BlockView& b : s.blocks) {
    for (const Quantity& q : b.quantities) f.quantities.push_back(Listed(q));
  }
  (zh_side ? summary->unmatched_zh : summary->unmatched_en) += f.quantities.size();
  f.message = std::string(zh_side ? "Chinese " : "English ") + SectionName(s) +
              " has no counterpart (" + Counted(s.blocks.size(), "paragraph") + ", " +
              Counted(f.quantities.size(), "figure") + ")";
  findings->push_back(std::move(f));
}

}  // namespace

ComparisonResult CompareSides(const Side& zh, const Side& en, const ComparisonOptions& options) {
  ComparisonResult result;
  Summary& summary = result.summary;
  result.length_ratio = CalibrateRatio(zh, en);
  summary.zh_sections = zh.sections.size();
  summary.en_sections = en.sections.size();
  summary.zh_quantities = zh.quantity_count;
  summary.en_quantities = en.quantity_count;

  std::vector<align::SectionPair> pairs =
      align::AlignSections(Keys(zh, 1.0), Keys(en, result.length_ratio));

  // Unpaired sections whose label turns up unpaired on the other side moved.
  std::vector<size_t> unpaired_zh, unpaired_en;
  for (const align::SectionPair& p : pairs) {
    if (p.zh && !p.en) unpaired_zh.push_back(*p.zh);
    if (p.en && !p.zh) unpaired_en.push_back(*p.en);
  }
  std::vector<bool> moved_zh(zh.sections.size(), false), moved_en(en.sections.size(), false);
  for (size_t a : unpaired_zh) {
    for (size_t b : unpaired_en) {
      const SectionView &s = zh.sections[a], &t = en.sections[b];
      if (moved_en[b] || s.label.empty() || s.label != t.label || s.level != t.level) continue;
      moved_zh[a] = moved_en[b] = true;
      Finding f;
      f.rule = "structure.section-order";
      f.severity = FindRule(f.rule)->severity;
      f.message = "section '" + s.title + "' appears in a different place in the two versions";
      f.zh_section = s.path;
      f.en_section = t.path;
      f.zh = HeadingLocation(s);
      f.en = HeadingLocation(t);
      result.findings.push_back(std::move(f));
      break;
    }
  }

  for (const align::SectionPair& p : pairs) {
    SectionPairing pairing{p.zh, p.en, p.renumbered, {}};
    if (p.zh && p.en) {
      const SectionView& s = zh.sections[*p.zh];
      const SectionView& t = en.sections[*p.en];
      ++summary.sections_paired;
      if (p.renumbered && s.heading_line != 0 && t.heading_line != 0) {
        Finding f;
        f.rule = "structure.heading-number";
        f.severity = FindRule(f.rule)->severity;
        f.message = "paired sections carry different numbers: '" + s.title + "' (" + s.label +
                    ") vs '" + t.title + "' (" + t.label + ")";
        f.zh_section = s.path;
        f.en_section = t.path;
        f.zh = HeadingLocation(s);
        f.en = HeadingLocation(t);
        result.findings.push_back(std::move(f));
      }
      if (s.numbered_children != t.numbered_children ||
          (s.list_items > 0 && t.list_items > 0 && s.list_items != t.list_items)) {
        Finding f;
        f.rule = "structure.item-count";
        f.severity = FindRule(f.rule)->severity;
        f.message = "'" + s.title + "' has " + std::to_string(s.numbered_children) +
                    " numbered items and " + std::to_string(s.list_items) +
                    " list items; the English has " + std::to_string(t.numbered_children) +
                    " and " + std::to_string(t.list_items);
        f.zh_section = s.path;
        f.en_section = t.path;
        f.zh = HeadingLocation(s);
        f.en = HeadingLocation(t);
        result.findings.push_back(std::move(f));
      }
      pairing.blocks = CompareSectionPair(s, t, result.length_ratio, options.tolerance,
                                          &result.findings, &summary);
    } else if (p.zh) {
      const SectionView& s = zh.sections[*p.zh];
      if (!moved_zh[*p.zh] && (s.heading_line != 0 || !s.blocks.empty())) {
        UnpairedSection(s, /*zh_side=*/true, &result.findings, &summary);
      } else {
        for (const BlockView& b : s.blocks) summary.unmatched_zh += b.quantities.size();
      }
      for (const BlockView& b : s.blocks) pairing.blocks.push_back({b.lines, std::nullopt, 0});
    } else if (p.en) {
      const SectionView& t = en.sections[*p.en];
      if (!moved_en[*p.en] && (t.heading_line != 0 || !t.blocks.empty())) {
        UnpairedSection(t, /*zh_side=*/false, &result.findings, &summary);
      } else {
        for (const BlockView& b : t.blocks) summary.unmatched_en += b.quantities.size();
      }
      for (const BlockView& b : t.blocks) pairing.blocks.push_back({std::nullopt, b.lines, 0});
    }
    result.sections.push_back(std::move(pairing));
  }

  CompareContents(zh, en, &result.findings);

  auto key = [](const Finding& f) {
    return std::make_tuple(f.zh ? f.zh->line : UINT32_MAX, f.en ? f.en->line : UINT32_MAX,
                           f.zh ? f.zh->column : 0u, f.en ? f.en->column : 0u, f.rule);
  };
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  for (const Finding& f : result.findings) {
    switch (f.severity) {
      case Severity::kError:
        ++summary.errors;
        break;
      case Severity::kWarning:
        ++summary.warnings;
        break;
      case Severity::kNote:
        ++summary.notes;
        break;
    }
  }
  return result;
}

}  // namespace crosscheck::compare
