// Loading an input file for a command: read, decode, detect its language.
#ifndef CROSSCHECK_APP_LOAD_H_
#define CROSSCHECK_APP_LOAD_H_

#include <ostream>
#include <string>

#include "document/document.h"
#include "text/encoding.h"
#include "text/language.h"
#include "text/source_text.h"
#include "util/status.h"

namespace crosscheck::app {

// Loads `path` into *source and sets *language: `requested` unless it is
// kUnknown, else detected from the script. Fails when the file cannot be
// read or decoded, or when no language can be detected (an empty file, a
// file with no letters), naming the file. With a language requested, an
// empty file is accepted and has no lines.
Status LoadInput(const std::string& path, text::Encoding encoding, text::Language requested,
                 text::SourceText* source, text::Language* language);

// For the one-file commands: loads `path` and parses it into *doc (which
// points into *source). On failure prints the one-line error to `err` and
// returns false.
bool LoadDocument(const std::string& path, text::Encoding encoding, text::Language requested,
                  std::ostream& err, text::SourceText* source, document::Document* doc);

}  // namespace crosscheck::app

#endif  // CROSSCHECK_APP_LOAD_H_
