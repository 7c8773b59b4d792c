// Extraction over analysed text, for either language, with positions
// resolved to the original file.
#ifndef CROSSCHECK_QUANTITY_EXTRACT_H_
#define CROSSCHECK_QUANTITY_EXTRACT_H_

#include <vector>

#include "quantity/quantity.h"
#include "text/language.h"
#include "text/mapped_text.h"

namespace crosscheck::quantity {

// Runs the extractor for `language` (kUnknown reads as English) over
// `analysed` and resolves each quantity's original position and text.
std::vector<Quantity> Extract(text::Language language, const text::MappedText& analysed);

}  // namespace crosscheck::quantity

#endif  // CROSSCHECK_QUANTITY_EXTRACT_H_
