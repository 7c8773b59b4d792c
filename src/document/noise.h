// Noise: lines a PDF export leaves in the text that belong to no paragraph —
// page markers ("3 / 8", "- 3 -", "第 3 页", "Page 3 of 8") and running
// headers or footers (a short line repeated on every page, such as the
// document title). They are removed from the analysed text and counted.
#ifndef CROSSCHECK_DOCUMENT_NOISE_H_
#define CROSSCHECK_DOCUMENT_NOISE_H_

#include <optional>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "text/pattern.h"

namespace crosscheck::document {

// True when `line` (trimmed, normalized: no-break spaces are spaces) is a page marker.
bool IsPageMarker(std::string_view line);

// Finds the noise among `lines` (trimmed normalized text, index 0 = line 1).
// A line is a running header when the same text, at most 80 characters and
// not ending a sentence, occurs at least three times and most occurrences
// stand next to a page marker (only blank lines between), or when it repeats
// the document's first line (its title) at least twice more. The first
// occurrence at the top of the document is kept: it is the title.
// A line in which one of `patterns` finds a match is noise of kind kPattern,
// except the first line of text (the title); such lines take no part in
// the running-header tally.
// Returns one entry per line, nullopt for lines that are not noise.
std::vector<std::optional<NoiseKind>> FindNoise(const std::vector<std::string_view>& lines,
                                                const std::vector<text::Pattern>& patterns = {});

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_NOISE_H_
