// Side: one version of the document as comparison sees it — its sections in
// document order, each with its blocks and their quantities.
//
// Built from the document model by BuildSide (side_builder.h); the comparison
// itself (comparer.h) depends only on this view, which keeps it testable
// with hand-made sides.
#ifndef CROSSCHECK_COMPARE_SIDE_H_
#define CROSSCHECK_COMPARE_SIDE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "quantity/quantity.h"
#include "text/language.h"

namespace crosscheck::compare {

struct Lines {
  uint32_t first = 0;
  uint32_t last = 0;
};

struct BlockView {
  Lines lines;
  double length = 0;  // code points of analysed text
  bool list_item = false;
  uint32_t column = 1;  // where the block's text starts on its first line
  std::string opening;  // its first words as written, to show where it is
  std::vector<quantity::Quantity> quantities;  // resolved: position and text set
};

struct SectionView {
  int level = 0;
  std::string label;  // canonical, comparable across languages ("3", "preface")
  std::string path;   // labels from the top: "2.5" for item 5 of part 2
  std::string title;
  uint32_t heading_line = 0;  // 0 for the implicit section before any heading
  uint32_t heading_column = 1;  // where the title starts (after its number)
  Lines lines;
  std::vector<BlockView> blocks;
  size_t list_items = 0;  // list-item blocks
  size_t numbered_children = 0;
};

struct ContentsView {
  uint32_t line = 0;
  uint32_t column = 1;  // first non-blank character of the entry's line
  std::string text;     // the entry's line as written, trimmed
  std::string label;  // canonical label when the entry is numbered or a known name
  std::string title;
};

struct Side {
  text::Language language = text::Language::kUnknown;
  std::vector<SectionView> sections;  // pre-order
  std::vector<ContentsView> contents;
  size_t quantity_count = 0;
  double body_length = 0;
};

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_SIDE_H_
