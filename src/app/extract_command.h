// `crosscheck extract FILE`: every quantity in one file.
#ifndef CROSSCHECK_APP_EXTRACT_COMMAND_H_
#define CROSSCHECK_APP_EXTRACT_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

#include "document/document.h"
#include "quantity/quantity.h"
#include "text/encoding.h"
#include "text/language.h"

namespace crosscheck::app {

struct ExtractOptions {
  std::string file;
  text::Encoding encoding = text::Encoding::kAuto;
  text::Language language = text::Language::kUnknown;  // kUnknown: detect
  std::string format = "text";                         // text, json, tsv
};

// The quantities of a parsed document in reading order: front matter,
// heading titles, item bodies and blocks. Heading numbers, contents entries
// and noise lines are not read (they are structure, not figures).
std::vector<quantity::Quantity> ExtractDocument(const document::Document& doc);

int RunExtract(const ExtractOptions& options, std::ostream& out, std::ostream& err);

}  // namespace crosscheck::app

#endif  // CROSSCHECK_APP_EXTRACT_COMMAND_H_
