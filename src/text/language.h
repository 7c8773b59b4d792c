// Language detection from the script of a text: Chinese (Han characters) or
// English (Latin letters). crosscheck handles exactly these two.
#ifndef CROSSCHECK_TEXT_LANGUAGE_H_
#define CROSSCHECK_TEXT_LANGUAGE_H_

#include <string_view>

#include "text/source_text.h"

namespace crosscheck::text {

enum class Language { kUnknown, kZh, kEn };

std::string_view LanguageName(Language language);  // "zh", "en", "unknown"
// Accepts "zh", "en" (and "auto" → kUnknown). Returns false otherwise.
bool ParseLanguageName(std::string_view name, Language* language);

// Chinese when Han characters are at least a fifth as many as Latin letters
// (Chinese text quotes English names and acronyms; English text almost never
// holds Han); English when there are Latin letters and fewer Han; otherwise
// kUnknown (no letters at all).
Language DetectLanguage(const SourceText& source);
Language DetectLanguage(std::string_view utf8);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_LANGUAGE_H_
