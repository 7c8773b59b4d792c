#include "app/outline_command.h"

#include "app/exit_codes.h"
#include "app/load.h"

namespace crosscheck::app {

int RunOutline(const OutlineOptions& options, std::ostream& out, std::ostream& err) {
  text::SourceText source;
  text::Language language;
  if (Status s = LoadInput(options.file, options.encoding, options.language, &source, &language);
      !s.ok()) {
    err << "crosscheck: " << s.message() << "\n";
    return kExitError;
  }
  out << options.file << ": " << source.line_count() << " lines, "
      << text::LanguageName(language) << "\n";
  return kExitOk;
}

}  // namespace crosscheck::app
