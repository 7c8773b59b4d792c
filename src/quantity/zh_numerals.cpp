#include "quantity/zh_numerals.h"

namespace crosscheck::quantity {
namespace {

constexpr int64_t kLimit = 10'000'000'000'000'000;  // 10^16
constexpr int kMaxCharacters = 24;

enum class Token { kDigit, kApprox, kMultiplier };

struct Read {
  Token token;
  int value;  // digit value or power of ten
  size_t end;
};

int64_t Pow10(int n) {
  int64_t p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

}  // namespace

char32_t DecodeUtf8At(std::string_view text, size_t pos, size_t* length) {
  if (pos >= text.size()) {
    *length = 0;
    return 0;
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char c = s[pos];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || pos + n > text.size()) {
    *length = 1;
    return 0xFFFD;
  }
  *length = n;
  if (n == 1) return c;
  char32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (s[pos + i] & 0x3F);
  return cp;
}

int ZhDigitValue(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'两': case U'贰': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

int ZhMultiplierPower(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 1;
    case U'百': case U'佰': return 2;
    case U'千': case U'仟': return 3;
    case U'万': return 4;
    case U'亿': return 8;
    default: return 0;
  }
}

bool ReadZhNumeral(std::string_view text, size_t pos, ZhNumeral* out) {
  Read reads[kMaxCharacters];
  int count = 0;
  size_t at = pos;
  while (count < kMaxCharacters && at < text.size()) {
    size_t length = 0;
    char32_t c = DecodeUtf8At(text, at, &length);
    if (int d = ZhDigitValue(c); d >= 0) {
      reads[count++] = {Token::kDigit, d, at + length};
    } else if (int p = ZhMultiplierPower(c); p > 0) {
      reads[count++] = {Token::kMultiplier, p, at + length};
    } else if (c == U'几') {
      reads[count++] = {Token::kApprox, 0, at + length};
    } else if (c == U'数' && count == 0) {
      // 数 is a numeral only as the leading digit of 数十, 数百, 数千, 数万.
      size_t next_length = 0;
      if (ZhMultiplierPower(DecodeUtf8At(text, at + length, &next_length)) == 0) break;
      reads[count++] = {Token::kApprox, 0, at + length};
    } else {
      break;
    }
    at += length;
  }
  // A trailing 万 or 亿 is a scale word for the caller, unless a 万 or 亿
  // before it makes it part of the numeral (三亿五千万).
  int trailing = count;
  while (trailing > 0 && reads[trailing - 1].token == Token::kMultiplier &&
         reads[trailing - 1].value >= 4) {
    --trailing;
  }
  bool inner_big = false;
  for (int i = 0; i < trailing; ++i) {
    inner_big |= reads[i].token == Token::kMultiplier && reads[i].value >= 4;
  }
  if (!inner_big) count = trailing;
  if (count == 0) return false;

  ZhNumeral result;
  result.characters = count;
  result.end = reads[count - 1].end;
  result.leading_multiplier = reads[0].token == Token::kMultiplier && reads[0].value >= 2;

  bool any_multiplier = false;
  for (int i = 0; i < count; ++i) any_multiplier |= reads[i].token == Token::kMultiplier;
  if (!any_multiplier) {
    int64_t value = 0;
    for (int i = 0; i < count; ++i) {
      if (reads[i].token != Token::kDigit) return false;
      value = value * 10 + reads[i].value;
      if (value >= kLimit) return false;
    }
    result.value = result.low = result.high = value;
    result.positional = count > 1;
    *out = result;
    return true;
  }

  int64_t total = 0;    // the part already multiplied by 亿
  int64_t wan = 0;      // the part multiplied by 万 within the current 亿 group
  int64_t section = 0;  // below 万
  int number = -1;      // pending digit
  bool previous_digit = false;
  bool approx_pending = false, approx_leading = false;
  int64_t approx_place = 0;  // place value of the approximate digit, once known
  for (int i = 0; i < count; ++i) {
    const Read& r = reads[i];
    switch (r.token) {
      case Token::kDigit:
        if (r.value == 0) {  // 零 holds an empty place: 两千零五
          number = -1;
          previous_digit = false;
          break;
        }
        if (previous_digit) return false;  // 一二十 does not compose
        number = r.value;
        previous_digit = true;
        break;
      case Token::kApprox:
        if (previous_digit || approx_pending || approx_place != 0) return false;
        approx_pending = true;
        approx_leading = i == 0;
        number = approx_leading ? 1 : 0;
        previous_digit = true;
        break;
      case Token::kMultiplier: {
        int64_t n = number >= 0 ? number : 1;
        if (r.value < 4) {
          section += n * Pow10(r.value);
          if (approx_pending) {
            approx_place = Pow10(r.value);
            approx_pending = false;
          }
        } else {
          if (approx_pending) {
            approx_place = 1;
            approx_pending = false;
          }
          // Every operand stays below kLimit (10^16), so the checks before
          // each multiplication keep it inside int64_t.
          if (r.value == 4) {
            int64_t group = section + (number >= 0 ? number : 0);
            if (group >= kLimit / 10'000) return false;
            wan = (group == 0 ? 1 : group) * 10'000;
            if (approx_place != 0) approx_place *= 10'000;
          } else {
            int64_t group = wan + section + (number >= 0 ? number : 0);
            if (total + group >= kLimit / 100'000'000) return false;
            total = (total + (group == 0 ? 1 : group)) * 100'000'000;
            if (approx_place != 0) approx_place *= 100'000'000;
            wan = 0;
          }
          section = 0;
        }
        number = -1;
        previous_digit = false;
        if (section >= kLimit || wan >= kLimit || total >= kLimit) return false;
        break;
      }
    }
  }
  if (number >= 0) section += number;
  if (approx_pending) approx_place = 1;
  result.value = total + wan + section;
  if (result.value >= kLimit) return false;
  result.low = result.high = result.value;
  if (approx_place != 0) {
    result.approximate = true;
    if (approx_leading) {
      result.low = approx_place;
      result.high = approx_place * 10;
    } else {
      result.low = result.value;
      result.high = result.value + approx_place * 10;
    }
  }
  *out = result;
  return true;
}

}  // namespace crosscheck::quantity
