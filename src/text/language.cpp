#include "text/language.h"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace crosscheck::text {
namespace {

struct ScriptCounts {
  size_t han = 0;
  size_t latin = 0;
};

void Count(std::string_view s, ScriptCounts* counts) {
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++counts->latin;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &error);
    if (script == USCRIPT_HAN) ++counts->han;
    else if (script == USCRIPT_LATIN) ++counts->latin;
  }
}

Language Decide(const ScriptCounts& counts) {
  if (counts.han > 0 && counts.han * 5 >= counts.latin) return Language::kZh;
  if (counts.latin > 0) return Language::kEn;
  return Language::kUnknown;
}

}  // namespace

std::string_view LanguageName(Language language) {
  switch (language) {
    case Language::kZh: return "zh";
    case Language::kEn: return "en";
    case Language::kUnknown: return "unknown";
  }
  return "unknown";
}

bool ParseLanguageName(std::string_view name, Language* language) {
  if (name == "zh") *language = Language::kZh;
  else if (name == "en") *language = Language::kEn;
  else if (name == "auto") *language = Language::kUnknown;
  else return false;
  return true;
}

Language DetectLanguage(std::string_view utf8) {
  ScriptCounts counts;
  Count(utf8, &counts);
  return Decide(counts);
}

Language DetectLanguage(const SourceText& source) {
  ScriptCounts counts;
  for (size_t line = 1; line <= source.line_count(); ++line) {
    Count(source.original_line(line), &counts);
  }
  return Decide(counts);
}

}  // namespace crosscheck::text
