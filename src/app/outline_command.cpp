#include "app/outline_command.h"

#include "app/exit_codes.h"
#include "app/load.h"
#include "document/document.h"
#include "report/outline_json.h"
#include "report/outline_text.h"

namespace crosscheck::app {

int RunOutline(const OutlineOptions& options, std::ostream& out, std::ostream& err) {
  text::SourceText source;
  text::Language language;
  if (Status s = LoadInput(options.file, options.encoding, options.language, &source, &language);
      !s.ok()) {
    err << "crosscheck: " << s.message() << "\n";
    return kExitError;
  }
  document::Document doc = document::Parse(source, language);
  if (options.format == "json") {
    report::PrintOutlineJson(doc, options.file, out);
  } else {
    report::PrintOutlineText(doc, options.file, out);
  }
  return kExitOk;
}

}  // namespace crosscheck::app
