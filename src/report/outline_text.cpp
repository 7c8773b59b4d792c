#include "report/outline_text.h"

#include <string>

namespace crosscheck::report {
namespace {

using document::BlockKind;
using document::Section;

std::string Span(document::LineSpan span) {
  if (span.first == span.last) return std::to_string(span.first);
  return std::to_string(span.first) + "-" + std::to_string(span.last);
}

void PrintSection(const Section& s, int depth, std::ostream& out) {
  size_t paragraphs = 0, items = 0, rows = 0;
  auto count = [&](const document::Block& b) {
    if (b.kind == BlockKind::kListItem) ++items;
    else if (b.kind == BlockKind::kTableRow) ++rows;
    else ++paragraphs;
  };
  if (s.item_body) count(*s.item_body);
  for (const document::Block& b : s.blocks) count(b);
  out << std::string(2 + 2 * depth, ' ') << document::SectionKindName(s.kind) << " L" << s.level
      << " " << s.label;
  if (!s.title.empty()) out << "  " << s.title;
  out << "  [lines " << Span(s.lines) << "; " << paragraphs << " paragraphs";
  if (items > 0) out << ", " << items << " list items";
  if (rows > 0) out << ", " << rows << " table rows";
  if (!s.children.empty()) out << ", " << s.children.size() << " subsections";
  out << "]\n";
  for (const Section& c : s.children) PrintSection(c, depth + 1, out);
}

}  // namespace

void PrintOutlineText(const document::Document& doc, std::string_view file, std::ostream& out) {
  out << file << " (" << text::LanguageName(doc.language) << ")\n";
  if (doc.front_matter) {
    out << "front matter: lines " << Span(*doc.front_matter) << "\n";
  } else {
    out << "front matter: none\n";
  }
  out << "sections:\n";
  for (const Section& s : doc.sections) PrintSection(s, 0, out);
  if (doc.contents_heading_line) {
    out << "contents: line " << *doc.contents_heading_line << ", " << doc.contents.size()
        << " entries\n";
    for (const document::ContentsEntry& e : doc.contents) {
      out << "  " << Span(document::LineSpan{e.line, e.last_line}) << "  "
          << (e.label.empty() ? "-" : e.label) << "  " << e.title << "\n";
    }
  } else {
    out << "contents: none\n";
  }
  out << "noise: " << doc.noise.size() << " lines\n";
  for (const document::NoiseLine& n : doc.noise) {
    out << "  " << n.line << "  " << document::NoiseKindName(n.kind) << "\n";
  }
  const document::LineCounts& c = doc.counts;
  out << "lines: " << c.total << " total, " << c.blank << " blank, " << c.noise << " noise, "
      << c.contents << " contents, " << c.front_matter << " front matter, " << c.body
      << " body\n";
}

}  // namespace crosscheck::report
