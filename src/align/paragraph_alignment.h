// Paragraph alignment inside one pair of sections.
//
// A monotone dynamic programme over the two block sequences, allowing 1–1,
// 1–0, 0–1, 1–n for n up to 8 (a Chinese paragraph the English splits into
// paragraphs or a bulleted list) and n–1 for n up to 3. A group's cost is the disagreement of its
// lengths against the document's calibrated length ratio, minus a bonus for
// figures that occur on both sides, plus a fixed cost per move kind. The
// programme runs in a band around the diagonal, widened by the difference in
// block counts up to a cap, so time and memory grow linearly with the number
// of blocks.
#ifndef CROSSCHECK_ALIGN_PARAGRAPH_ALIGNMENT_H_
#define CROSSCHECK_ALIGN_PARAGRAPH_ALIGNMENT_H_

#include <cstddef>
#include <vector>

namespace crosscheck::align {

// What the aligner needs to know about one block.
struct AlignItem {
  double length = 0;             // characters (code points) of analysed text
  bool list_item = false;        // a bullet or numbered list item
  std::vector<double> figures;   // approximate values of its quantities
};

// A group of consecutive blocks on each side: [zh_begin, zh_end) with
// [en_begin, en_end). One side is empty for an unpaired block.
struct AlignedGroup {
  size_t zh_begin = 0, zh_end = 0;
  size_t en_begin = 0, en_end = 0;
  double score = 0;  // 0..1, higher is a more confident pairing; 0 if unpaired
};

struct AlignOptions {
  // English characters per Chinese character; calibrate per document pair.
  double length_ratio = 3.5;
  // Half-width of the band around the diagonal (in blocks), before widening
  // by the difference in block counts (at most 256 more, or as much as one
  // row of the longer side needs when the counts differ more).
  size_t band = 24;
};

// Aligns zh with en. Returns groups covering every block of both sides
// exactly once, in order.
std::vector<AlignedGroup> AlignParagraphs(const std::vector<AlignItem>& zh,
                                          const std::vector<AlignItem>& en,
                                          const AlignOptions& options);

// Number of values in `a` that have a counterpart in `b` within 3% (each
// counterpart used once). Used for scores; never to decide agreement.
size_t SharedFigures(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace crosscheck::align

#endif  // CROSSCHECK_ALIGN_PARAGRAPH_ALIGNMENT_H_
