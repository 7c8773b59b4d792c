// The comparison: aligns two Sides and turns every disagreement into a
// Finding.
//
// Steps: pair sections (align/section_alignment.h); inside each pair, align
// blocks (align/paragraph_alignment.h); match quantities within aligned
// groups, then leftovers within the section (a moved figure is a note); pair
// what is still unmatched when the counterpart is clear (a changed value, a
// scale slip, a unit swap); report the rest as missing or extra, or as one
// abridged/paragraph finding when a whole block or section has no
// counterpart. Structure rules compare headings, item counts and contents.
#ifndef CROSSCHECK_COMPARE_COMPARER_H_
#define CROSSCHECK_COMPARE_COMPARER_H_

#include <optional>
#include <vector>

#include "compare/agreement.h"
#include "compare/finding.h"
#include "compare/side.h"

namespace crosscheck::compare {

struct BlockPair {
  std::optional<Lines> zh;
  std::optional<Lines> en;
  double score = 0;
};

struct SectionPairing {
  std::optional<size_t> zh;  // index into Side::sections
  std::optional<size_t> en;
  bool renumbered = false;
  std::vector<BlockPair> blocks;
};

struct Summary {
  size_t zh_sections = 0, en_sections = 0, sections_paired = 0;
  size_t zh_quantities = 0, en_quantities = 0;
  size_t matched = 0;       // pairs of agreeing quantities (moved ones included)
  size_t range_ends_zh = 0, range_ends_en = 0;  // singles taken up by a range's ends
  size_t moved = 0;         // of which matched across paragraphs
  size_t paired_with_finding = 0;  // pairs reported by a value/magnitude/unit/hedge rule
  // Every quantity is in exactly one count: for each side,
  // matched + paired_with_finding + range_ends + unmatched == quantities.
  size_t unmatched_zh = 0, unmatched_en = 0;  // reported as missing/extra/abridged/notes
  size_t errors = 0, warnings = 0, notes = 0;
  // Left out by configuration (crosscheck.toml [ignore] and [rules]; see
  // config/apply.h), and so in none of the counts above.
  size_t ignored_zh = 0, ignored_en = 0;  // quantities matching [ignore] quantities
  size_t ignored_sections_zh = 0, ignored_sections_en = 0;  // sections left out
  size_t findings_off = 0;  // findings of rules set to "off"
};

struct ComparisonResult {
  std::vector<SectionPairing> sections;
  std::vector<Finding> findings;  // deterministic order: by zh line, then en line
  Summary summary;
  double length_ratio = 0;  // English characters per Chinese character, as calibrated
};

struct ComparisonOptions {
  Tolerance tolerance;  // how loosely figures agree (agreement.h)
};

ComparisonResult CompareSides(const Side& zh, const Side& en,
                              const ComparisonOptions& options = {});

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_COMPARER_H_
