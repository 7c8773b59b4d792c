#include "report/drifted_pair.h"

#include <utility>

namespace crosscheck::testing {
namespace {

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

bool WriteDriftedPair(const TempDir& dir, std::string* error) {
  const std::string source = CROSSCHECK_SOURCE_DIR;
  std::string zh = ReadFileBytes(source + "/corpus/labor-rights-2020.zh.txt");
  std::string en = ReadFileBytes(source + "/corpus/labor-rights-2020.en.txt");
  const std::pair<const char*, const char*> kEdits[] = {
      {"rose from 11.35 million to 13.3 million", "rose from 11.85 million to 13.3 million"},
      {"cuts of some RMB7.6 billion", "cuts of some RMB76 billion"},
      {"increase of 10.9 percentage points", "increase of 10.9 percent"},
      {"employment for more than 80,000 people", "employment for nearly 80,000 people"},
      {"new jobs from 2017 to 2019.",
       "new jobs from 2017 to 2019. Some 4,321 volunteers took part."},
  };
  for (const auto& [from, to] : kEdits) {
    if (Count(en, from) != 1) {
      *error = std::string("'") + from + "' is not in the English corpus file exactly once";
      return false;
    }
    en.replace(en.find(from), std::string(from).size(), to);
  }
  // The body's Conclusion (the last one; the first is in the contents) to the end.
  size_t conclusion = en.rfind("\nConclusion\n");
  if (zh.empty() || conclusion == std::string::npos) {
    *error = "the corpus pair is missing or has no Conclusion";
    return false;
  }
  en.erase(conclusion + 1);
  dir.Write(kDriftedZh, zh);
  dir.Write(kDriftedEn, en);
  return true;
}

}  // namespace crosscheck::testing
