// `crosscheck outline FILE`: the document model of one file, as a tree.
#ifndef CROSSCHECK_APP_OUTLINE_COMMAND_H_
#define CROSSCHECK_APP_OUTLINE_COMMAND_H_

#include <ostream>
#include <string>

#include "text/encoding.h"
#include "text/language.h"

namespace crosscheck::app {

struct OutlineOptions {
  std::string file;
  text::Encoding encoding = text::Encoding::kAuto;
  text::Language language = text::Language::kUnknown;  // kUnknown: detect
  std::string format = "text";                         // "text" or "json"
};

// Prints the outline to `out`; one-line errors go to `err`. Returns an exit
// code from exit_codes.h.
int RunOutline(const OutlineOptions& options, std::ostream& out, std::ostream& err);

}  // namespace crosscheck::app

#endif  // CROSSCHECK_APP_OUTLINE_COMMAND_H_
