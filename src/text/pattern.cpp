#include "text/pattern.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

namespace crosscheck::text {
namespace {

// ICU's error names are for programmers; the common ones in words.
std::string Reason(UErrorCode code) {
  switch (code) {
    case U_REGEX_MISMATCHED_PAREN:
      return "unbalanced parenthesis";
    case U_REGEX_MISSING_CLOSE_BRACKET:
      return "missing ']'";
    case U_REGEX_BAD_ESCAPE_SEQUENCE:
      return "bad escape sequence";
    case U_REGEX_RULE_SYNTAX:
      return "syntax error";
    case U_REGEX_BAD_INTERVAL:
      return "bad {min,max} interval";
    case U_REGEX_MAX_LT_MIN:
      return "{min,max} with max below min";
    case U_REGEX_INVALID_RANGE:
      return "bad character range";
    case U_REGEX_PROPERTY_SYNTAX:
      return "bad \\p{...} property";
    case U_REGEX_INVALID_FLAG:
      return "bad (?flags)";
    case U_REGEX_LOOK_BEHIND_LIMIT:
      return "look-behind without a bounded length";
    default:
      return u_errorName(code);
  }
}

// In ICU's steps of the match engine, "typically on the order of milliseconds".
constexpr int32_t kTimeLimit = 10;

}  // namespace

bool Pattern::Compile(std::string_view expression, Pattern* out, std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(expression.data(), static_cast<int32_t>(expression.size())));
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(source, 0, parse_error, status));
  if (U_FAILURE(status) || !compiled) {
    *error = Reason(status);
    // ICU reports the offset in UTF-16 units on the first line; the
    // expressions we compile are one line, and a Chinese character is one
    // unit, so it is the code-point offset for all but astral characters.
    if (parse_error.offset >= 0) *error += " at offset " + std::to_string(parse_error.offset);
    return false;
  }
  out->expression_ = std::string(expression);
  out->pattern_ = std::move(compiled);
  return true;
}

bool Pattern::Find(std::string_view text) const {
  if (!pattern_) return false;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(input, status));
  if (U_FAILURE(status) || !matcher) return false;
  // A pathological expression ((a+)+$) must not hang the run: give up on
  // this text after about a hundredth of a second and treat it as no match.
  matcher->setTimeLimit(kTimeLimit, status);
  bool found = matcher->find(status);
  return U_SUCCESS(status) && found;
}

}  // namespace crosscheck::text
