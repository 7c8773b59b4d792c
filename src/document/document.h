// The document model: what is in one file, as a reader sees it.
//
// Parse() reads a SourceText (plain text or Markdown) into front matter, a
// table of contents, a tree of sections and, inside each section, blocks
// (paragraphs, list items, table rows). Every node carries its span of
// original lines, and every block carries its analysed text as a MappedText
// whose positions map back to the original line and column.
//
// Nothing is lost: every line of the input is in exactly one place — front
// matter, contents, a section (its heading line, one of its blocks, or a
// Markdown markup line), noise, or blank. `roles` records which, per line.
//
// Label scheme (docs/outline-format.md): a numbered heading's label is its
// ordinal in decimal ("一、" and "I." are both "3" for the third), and its
// level is its depth among numbered headings (一、=1, （一）=2, 1.=3, （1）=4
// when all are present; I.=1 and 1.=2 in English), so the two languages pair
// by (level, label). Unnumbered parts are "preface", "introduction",
// "conclusion", "appendix" (or "appendix-N"), "preamble" (text before the
// first heading) and "titled-N" (the N-th Markdown heading with no number
// among its siblings).
#ifndef CROSSCHECK_DOCUMENT_DOCUMENT_H_
#define CROSSCHECK_DOCUMENT_DOCUMENT_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/language.h"
#include "text/mapped_text.h"
#include "text/pattern.h"
#include "text/source_text.h"

namespace crosscheck::document {

// 1-based original lines, inclusive.
struct LineSpan {
  uint32_t first = 0;
  uint32_t last = 0;
  bool operator==(const LineSpan&) const = default;
};

enum class BlockKind { kParagraph, kListItem, kTableRow };

// A paragraph, list item or table row. `text` is the analysed text: the
// normalized lines with Markdown markup (list markers, '#', emphasis, table
// pipes) left out; lines of one block joined (Chinese: no separator;
// English: one space); a block split by a page break joined into one. The
// span covers every line from the first to the last, including blank and
// noise lines that a page-break join stepped over.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  LineSpan lines;
  text::MappedText text;
  // The lines that hold text of this block, ascending (a subset of `lines`).
  std::vector<uint32_t> text_lines;
};

enum class SectionKind {
  kPreface,
  kIntroduction,
  kNumbered,
  kConclusion,
  kAppendix,
  kTitled,    // a Markdown heading with no number
  kPreamble,  // body text before the first heading; has no heading line
};

struct Section {
  SectionKind kind = SectionKind::kNumbered;
  int level = 1;       // 1 for top-level sections
  std::string label;   // see the label scheme above
  std::string title;   // heading_text.text(): the title without its number
  uint32_t heading_line = 0;  // 0 for kPreamble
  LineSpan lines;             // heading line to the last line of its content
  text::MappedText heading_text;
  // An item heading that carries its body on the same line
  // ("（三）实施建筑领域…行动。后续正文"): the body from after the title on,
  // joined with its continuation lines. Its span starts at heading_line. The
  // number ("（三）") is in no analysed text; the title is in heading_text.
  std::optional<Block> item_body;
  std::vector<Block> blocks;  // after the heading (and item_body), in order
  std::vector<Section> children;
  // Markdown lines that hold only markup (table delimiter rows, rules, fences).
  std::vector<uint32_t> markup_lines;
};

struct ContentsEntry {
  uint32_t line = 0;       // first line of the entry
  uint32_t last_line = 0;  // last line (an entry wrapped onto two lines)
  std::string title;       // without the number, list marker and page number
  std::string label;       // as for sections; empty for an unrecognized entry
  int level = 0;           // numbering depth within the contents; 0 if none
  SectionKind kind = SectionKind::kTitled;
};

enum class NoiseKind {
  kPageMarker,     // "3 / 8", "第 3 页"
  kRunningHeader,  // a short line repeated on every page
  kPattern,        // a line matching one of ParseOptions::noise_patterns
};

struct NoiseLine {
  uint32_t line = 0;
  NoiseKind kind = NoiseKind::kPageMarker;
};

// Where each line went.
enum class LineRole {
  kBlank,
  kNoise,
  kFrontMatter,
  kContents,
  kHeading,  // a section heading line (with its item body, if any)
  kBody,     // a line of a block
  kMarkup,   // a Markdown markup-only line inside a section
};

struct LineCounts {
  uint32_t total = 0;
  uint32_t blank = 0;
  uint32_t noise = 0;
  uint32_t contents = 0;
  uint32_t front_matter = 0;
  uint32_t body = 0;  // headings, blocks and markup lines of sections
};

struct Document {
  const text::SourceText* source = nullptr;
  text::Language language = text::Language::kUnknown;
  std::optional<LineSpan> front_matter;
  std::vector<Block> front_matter_blocks;  // one per group of lines
  std::optional<uint32_t> contents_heading_line;  // "目 录", "Contents"
  std::vector<ContentsEntry> contents;
  // Lines inside the contents that hold no entry text (a bare Markdown "#").
  std::vector<uint32_t> contents_markup_lines;
  std::vector<Section> sections;
  std::vector<NoiseLine> noise;
  std::vector<LineRole> roles;  // roles[line - 1]
  LineCounts counts;
};

struct ParseOptions {
  // Extra noise (a publisher's running headers and footers, from
  // crosscheck.toml [noise] patterns): a line whose trimmed, normalized
  // text one of these finds a match in is noise of kind kPattern — except
  // the document's first line of text, which is its title.
  std::vector<text::Pattern> noise_patterns;
};

// Parses `source` as `language` (kZh or kEn; kUnknown is read as English).
// Never fails: any text is some document. Linear in the size of the input
// (times the number of noise patterns). The Document points into `source`,
// which must outlive it.
Document Parse(const text::SourceText& source, text::Language language,
               const ParseOptions& options = {});

// Calls `visit` for every block of `sections` and their descendants in
// document order (a section's item body, its blocks, then its children).
void ForEachBlock(const std::vector<Section>& sections,
                  const std::function<void(const Section&, const Block&)>& visit);
// Calls `visit` for every section in document order (pre-order).
void ForEachSection(const std::vector<Section>& sections,
                    const std::function<void(const Section&)>& visit);

// Names used in the outline output: "preface", "numbered", "titled", ...
std::string_view SectionKindName(SectionKind kind);
std::string_view BlockKindName(BlockKind kind);    // "paragraph", "list-item", "table-row"
std::string_view NoiseKindName(NoiseKind kind);  // "page-marker", "running-header", "pattern"

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_DOCUMENT_H_
