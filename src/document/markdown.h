// Markdown, as far as the document model needs it: the kind of each line
// (heading, bullet list item, table row, markup-only line) and the inline
// marks (emphasis, bold, code ticks, table pipes) to leave out of the
// analysed text. Plain text files go through the same reading: a plain
// line is a Markdown paragraph line.
#ifndef CROSSCHECK_DOCUMENT_MARKDOWN_H_
#define CROSSCHECK_DOCUMENT_MARKDOWN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/mapped_text.h"

namespace crosscheck::document {

enum class MarkdownLineKind {
  kBlank,
  kPlain,
  kHeading,         // "## Title"
  kListItem,        // "- item", "* item", "+ item" (ordered lists are numbered headings' business)
  kTableRow,        // "| a | b |"
  kTableDelimiter,  // "|---|:--|"
  kRule,            // "---", "***"
  kFence,           // "```", "~~~"
};

struct MarkdownLine {
  MarkdownLineKind kind = MarkdownLineKind::kBlank;
  int depth = 0;  // number of '#' for a heading
  // The content without the line's markup and surrounding spaces:
  // bytes [content_begin, content_end) of the line.
  size_t content_begin = 0;
  size_t content_end = 0;
};

// Classifies one normalized line.
MarkdownLine ParseMarkdownLine(std::string_view line);

// Appends bytes [begin, end) of normalized line `line` (whose text is
// `text`) to *out, leaving out emphasis marks ('*' and '_' runs that touch
// a word, '__', '`'). A '*' between two digits is kept ("5*3").
void AppendInline(uint32_t line, std::string_view text, size_t begin, size_t end,
                  text::MappedText* out);

// Appends the cells of table row [begin, end) of `line`, without pipes,
// separated by one space.
void AppendTableRow(uint32_t line, std::string_view text, size_t begin, size_t end,
                    text::MappedText* out);

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_MARKDOWN_H_
