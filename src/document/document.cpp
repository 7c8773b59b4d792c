#include "document/document.h"

namespace crosscheck::document {

void ForEachBlock(const std::vector<Section>& sections,
                  const std::function<void(const Section&, const Block&)>& visit) {
  for (const Section& s : sections) {
    if (s.item_body) visit(s, *s.item_body);
    for (const Block& b : s.blocks) visit(s, b);
    ForEachBlock(s.children, visit);
  }
}

void ForEachSection(const std::vector<Section>& sections,
                    const std::function<void(const Section&)>& visit) {
  for (const Section& s : sections) {
    visit(s);
    ForEachSection(s.children, visit);
  }
}

std::string_view SectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::kPreface: return "preface";
    case SectionKind::kIntroduction: return "introduction";
    case SectionKind::kNumbered: return "numbered";
    case SectionKind::kConclusion: return "conclusion";
    case SectionKind::kAppendix: return "appendix";
    case SectionKind::kTitled: return "titled";
    case SectionKind::kPreamble: return "preamble";
  }
  return "unknown";
}

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kListItem: return "list-item";
    case BlockKind::kTableRow: return "table-row";
  }
  return "unknown";
}

std::string_view NoiseKindName(NoiseKind kind) {
  switch (kind) {
    case NoiseKind::kPageMarker: return "page-marker";
    case NoiseKind::kRunningHeader: return "running-header";
    case NoiseKind::kPattern: return "pattern";
  }
  return "unknown";
}

}  // namespace crosscheck::document
