// The outline of one document as JSON, schema "crosscheck.outline/1": a
// contract with scripts and tests, documented field by field in
// docs/outline-format.md. Adding a field is compatible; renaming or removing
// one needs a new schema name.
#ifndef CROSSCHECK_REPORT_OUTLINE_JSON_H_
#define CROSSCHECK_REPORT_OUTLINE_JSON_H_

#include <ostream>
#include <string>
#include <string_view>

#include "document/document.h"

namespace crosscheck::report {

inline constexpr std::string_view kOutlineSchema = "crosscheck.outline/1";

// The outline of `doc` as a JSON document (two-space indent, keys in a fixed
// order, UTF-8), ending with a newline. `file` is the path as given.
std::string OutlineJson(const document::Document& doc, std::string_view file);
void PrintOutlineJson(const document::Document& doc, std::string_view file, std::ostream& out);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_OUTLINE_JSON_H_
