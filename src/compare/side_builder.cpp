#include "compare/side_builder.h"

#include "quantity/extract.h"

namespace crosscheck::compare {
namespace {

double CodePoints(std::string_view s) {
  double n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

BlockView View(const document::Block& block, text::Language language) {
  BlockView view;
  view.lines = Lines{block.lines.first, block.lines.last};
  view.length = CodePoints(block.text.text());
  view.list_item = block.kind == document::BlockKind::kListItem;
  view.quantities = quantity::Extract(language, block.text);
  const std::string& analysed = block.text.text();
  if (!analysed.empty()) {
    view.column = block.text.PositionAt(0).column;
    // The first 24 characters, ending on a character boundary.
    size_t end = 0;
    for (int n = 0; n < 24 && end < analysed.size(); ++n) {
      ++end;
      while (end < analysed.size() && (static_cast<unsigned char>(analysed[end]) & 0xC0) == 0x80) {
        ++end;
      }
    }
    view.opening = block.text.OriginalText(0, end);
  }
  return view;
}

void AddSection(const document::Section& section, const std::string& parent_path,
                text::Language language, Side* side) {
  SectionView view;
  view.level = section.level;
  view.label = section.label;
  view.path = parent_path.empty() ? section.label : parent_path + "." + section.label;
  view.title = section.title;
  view.heading_line = section.heading_line;
  if (!section.heading_text.empty()) view.heading_column = section.heading_text.PositionAt(0).column;
  view.lines = Lines{section.lines.first, section.lines.last};
  if (section.item_body) view.blocks.push_back(View(*section.item_body, language));
  for (const document::Block& block : section.blocks) {
    view.blocks.push_back(View(block, language));
  }
  for (const BlockView& b : view.blocks) {
    view.list_items += b.list_item;
    side->quantity_count += b.quantities.size();
    side->body_length += b.length;
  }
  for (const document::Section& child : section.children) {
    view.numbered_children += child.kind == document::SectionKind::kNumbered;
  }
  std::string path = view.path;
  side->sections.push_back(std::move(view));
  for (const document::Section& child : section.children) AddSection(child, path, language, side);
}

}  // namespace

Side BuildSide(const document::Document& doc) {
  Side side;
  side.language = doc.language;
  // Reserved, not grown: a document of a million headings would otherwise
  // hold its views twice over while the vector reallocates.
  size_t sections = 0;
  document::ForEachSection(doc.sections, [&](const document::Section&) { ++sections; });
  side.sections.reserve(sections);
  for (const document::Section& section : doc.sections) {
    AddSection(section, "", doc.language, &side);
  }
  for (const document::ContentsEntry& entry : doc.contents) {
    ContentsView view;
    view.line = entry.line;
    view.label = entry.label;
    view.title = entry.title;
    std::string_view line = doc.source->original_line(entry.line);
    size_t begin = line.find_first_not_of(" \t");
    size_t end = line.find_last_not_of(" \t");
    if (begin != std::string_view::npos) {
      view.text = std::string(line.substr(begin, end - begin + 1));
      view.column = static_cast<uint32_t>(begin) + 1;  // ASCII blanks: one byte per column
    }
    side.contents.push_back(std::move(view));
  }
  return side;
}

}  // namespace crosscheck::compare
