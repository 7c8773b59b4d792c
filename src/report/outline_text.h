// The outline of one document as text for a reader: the section tree with
// kinds, labels, titles, line spans and paragraph counts, then the contents
// entries and the lines removed as noise. See docs/outline-format.md.
#ifndef CROSSCHECK_REPORT_OUTLINE_TEXT_H_
#define CROSSCHECK_REPORT_OUTLINE_TEXT_H_

#include <ostream>
#include <string_view>

#include "document/document.h"

namespace crosscheck::report {

// Writes the outline of `doc`; `file` is the path as the user gave it.
void PrintOutlineText(const document::Document& doc, std::string_view file, std::ostream& out);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_OUTLINE_TEXT_H_
