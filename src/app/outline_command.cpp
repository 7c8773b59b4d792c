#include "app/outline_command.h"

#include "app/exit_codes.h"
#include "app/load.h"
#include "document/document.h"
#include "report/outline_json.h"
#include "report/outline_text.h"

namespace crosscheck::app {

int RunOutline(const OutlineOptions& options, std::ostream& out, std::ostream& err) {
  text::SourceText source;
  document::Document doc;
  if (!LoadDocument(options.file, options.encoding, options.language, err, &source, &doc)) {
    return kExitError;
  }
  if (options.format == "json") {
    report::PrintOutlineJson(doc, options.file, out);
  } else {
    report::PrintOutlineText(doc, options.file, out);
  }
  return kExitOk;
}

}  // namespace crosscheck::app
