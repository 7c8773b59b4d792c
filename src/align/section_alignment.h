// Section alignment: pairs the sections of the two versions.
//
// Sections are compared as a flat sequence in document order. Headings pair
// by canonical label (一 ↔ I, （三） ↔ (3), 前言 ↔ Preface); where labels are
// missing or disagree, a short look-ahead decides between "a section is
// missing on one side" and "the same section, renumbered", the latter
// confirmed by similar length and shared figures. Linear in the number of
// sections.
#ifndef CROSSCHECK_ALIGN_SECTION_ALIGNMENT_H_
#define CROSSCHECK_ALIGN_SECTION_ALIGNMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::align {

struct SectionKey {
  int level = 0;
  std::string label;            // canonical label; empty when the heading has none
  double length = 0;            // characters of body text (Chinese-equivalent for en)
  std::vector<double> figures;  // approximate values of the section's quantities
};

struct SectionPair {
  std::optional<size_t> zh;
  std::optional<size_t> en;
  // Paired by position and content although the labels differ.
  bool renumbered = false;
};

// Returns pairs covering every section of both sides exactly once, in order.
std::vector<SectionPair> AlignSections(const std::vector<SectionKey>& zh,
                                       const std::vector<SectionKey>& en);

}  // namespace crosscheck::align

#endif  // CROSSCHECK_ALIGN_SECTION_ALIGNMENT_H_
