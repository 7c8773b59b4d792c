// Chinese numerals: reading 三, 十八, 二十六, 一百二十, 两千零五, 二〇二〇,
// financial 壹贰叁, and the approximate forms 十几, 几十, 数百.
//
// The reader is a hand-written composition parser for 十/百/千/万/亿 rather
// than ICU's RuleBasedNumberFormat: it runs on every candidate numeral the
// extractor meets, must stop exactly where the numeral ends inside running
// text, and must report how the numeral was written (positional digits,
// approximate digit), none of which RBNF's parse exposes. It is also far
// faster: a lenient RBNF (URBNF_SPELLOUT, zh) parse of 一百二十 took about
// 20 µs on the development machine, this reader about 40 ns.
#ifndef CROSSCHECK_QUANTITY_ZH_NUMERALS_H_
#define CROSSCHECK_QUANTITY_ZH_NUMERALS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace crosscheck::quantity {

// Decodes the UTF-8 character starting at byte `pos` of `text`; sets *length
// to its byte length (1 for a malformed byte). Returns 0 at the end of text.
char32_t DecodeUtf8At(std::string_view text, size_t pos, size_t* length);

// 0–9 for the digit characters 〇零一二两三四五六七八九 and 壹贰叁肆伍陆柒捌玖;
// -1 otherwise.
int ZhDigitValue(char32_t c);

// Power of ten of the multiplier characters 十拾 (1), 百佰 (2), 千仟 (3),
// 万 (4), 亿 (8); 0 otherwise.
int ZhMultiplierPower(char32_t c);

struct ZhNumeral {
  // The value, with an approximate digit read as 1 when it leads (几十 → 10)
  // and 0 otherwise (十几 → 10).
  int64_t value = 0;
  // For an approximate numeral, the interval it covers: 十几 → [10, 20],
  // 几十 → [10, 100], 数百 → [100, 1000]. Equal to value otherwise.
  int64_t low = 0;
  int64_t high = 0;
  bool approximate = false;
  // Written one digit per place without multipliers: 二〇二〇, 一二三.
  bool positional = false;
  // Characters read, and the byte just past the numeral.
  int characters = 0;
  size_t end = 0;
  // The first character is a multiplier (百, 千, 万, 亿; 十 excluded): 千万,
  // 百日 — these are numerals only in narrow contexts.
  bool leading_multiplier = false;
};

// Reads the Chinese numeral starting at byte `pos`. A trailing 万 or 亿 that
// no digit follows is left unread so the caller can treat it as a scale word
// (二十六万 reads 二十六 and leaves 万), as it does after Arabic digits.
// Returns false when no numeral starts at `pos` or the characters do not
// compose (一二十), and on values beyond 10^16.
bool ReadZhNumeral(std::string_view text, size_t pos, ZhNumeral* out);

}  // namespace crosscheck::quantity

#endif  // CROSSCHECK_QUANTITY_ZH_NUMERALS_H_
