// Paragraph boundaries: when two lines belong to one paragraph, and when a
// paragraph was split in two by a page break (or a blank line a PDF export
// put in the middle of a sentence).
#ifndef CROSSCHECK_DOCUMENT_PARAGRAPHS_H_
#define CROSSCHECK_DOCUMENT_PARAGRAPHS_H_

#include <string_view>

#include "text/language.h"

namespace crosscheck::document {

// Two adjacent lines (no blank between): does `next` go on with the
// paragraph `previous` is in? Chinese text puts one paragraph on a line, so
// a line that ends a sentence ends its paragraph; English text is wrapped,
// so only a long line ending a sentence does.
bool ContinuesLine(std::string_view previous, std::string_view next, text::Language language);

// A block whose last line is `previous` and the next block, whose first line
// is `next`, with blank or noise lines between: is it one paragraph split by
// a page break? Yes when `previous` does not end a sentence and
//  - English: `next` starts in lower case, or `previous` is a full line (80
//    characters or more) or ends with ',' or a dash;
//  - Chinese: `previous` is a full line (20 characters or more) or ends with
//    ',', '、' or a digit (7.06 | 亿元);
// and `next` does not open with a label ("配合单位：", "Note:").
bool ContinuesAcrossBreak(std::string_view previous, std::string_view next,
                          text::Language language);

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_PARAGRAPHS_H_
