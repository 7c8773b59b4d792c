#include "compare/fingerprint.h"

#include <cstdint>
#include <cstdio>

namespace crosscheck::compare {
namespace {

void Mix(uint64_t* hash, std::string_view s) {
  for (unsigned char c : s) {
    *hash ^= c;
    *hash *= 0x100000001b3ull;
  }
  // A separator that cannot occur in UTF-8 keeps "ab"+"c" apart from "a"+"bc".
  *hash ^= 0xff;
  *hash *= 0x100000001b3ull;
}

}  // namespace

std::string Fingerprint(const Finding& finding) {
  uint64_t hash = 0xcbf29ce484222325ull;
  Mix(&hash, finding.rule);
  Mix(&hash, finding.zh_section);
  Mix(&hash, finding.en_section);
  Mix(&hash, finding.zh ? finding.zh->key : "");
  Mix(&hash, finding.en ? finding.en->key : "");
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace crosscheck::compare
