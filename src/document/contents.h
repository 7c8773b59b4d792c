// Tables of contents: "目 录" / "Contents" followed by the titles of the
// parts, kept apart from the body. An entry wrapped onto two lines
// ("VI. Application of International Labor and Human Rights" + "Standards")
// is one entry.
#ifndef CROSSCHECK_DOCUMENT_CONTENTS_H_
#define CROSSCHECK_DOCUMENT_CONTENTS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "text/language.h"

namespace crosscheck::document {

// True for a line that opens a table of contents: 目录, 目 录, Contents,
// Table of Contents (any case), possibly as a Markdown heading.
bool IsContentsMarker(std::string_view line);

struct ContentsRead {
  std::vector<ContentsEntry> entries;
  size_t end = 0;  // index of the first line after the contents
};

// Reads the entries that follow a contents marker, from line index `start`
// of `lines` (normalized text, index 0 = line 1; `skip[i]` marks blank and
// noise lines). The contents end before the first line that repeats an
// entry (the body's first heading), or that reads as body text (long, or
// ending a sentence).
ContentsRead ReadContents(const std::vector<std::string_view>& lines,
                          const std::vector<bool>& skip, size_t start, text::Language language);

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_CONTENTS_H_
