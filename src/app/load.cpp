#include "app/load.h"

namespace crosscheck::app {

Status LoadInput(const std::string& path, text::Encoding encoding, text::Language requested,
                 text::SourceText* source, text::Language* language) {
  if (Status s = text::SourceText::Load(path, encoding, source); !s.ok()) return s;
  *language = requested != text::Language::kUnknown ? requested : text::DetectLanguage(*source);
  if (*language == text::Language::kUnknown && source->line_count() == 0) {
    return Status::InvalidInput(path + ": empty file; expected Chinese or English text");
  }
  if (*language == text::Language::kUnknown) {
    return Status::InvalidInput(path +
                                ": no Chinese or English text found; pass --lang zh or --lang en "
                                "if this is intended");
  }
  return Status::Ok();
}

bool LoadDocument(const std::string& path, text::Encoding encoding, text::Language requested,
                  std::ostream& err, text::SourceText* source, document::Document* doc) {
  text::Language language;
  if (Status s = LoadInput(path, encoding, requested, source, &language); !s.ok()) {
    err << "crosscheck: " << s.message() << "\n";
    return false;
  }
  *doc = document::Parse(*source, language);
  return true;
}

}  // namespace crosscheck::app
