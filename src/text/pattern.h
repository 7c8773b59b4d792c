// Pattern: a compiled ICU regular expression matched against UTF-8 text.
//
// Used for the patterns a project writes in crosscheck.toml (noise lines,
// quantities and section titles to ignore). ICU's syntax is Perl-like and
// Unicode-aware: \d, \p{Han} and case folding with (?i) work on Chinese and
// English alike. std::regex is not used: it is slow and knows no Unicode.
#ifndef CROSSCHECK_TEXT_PATTERN_H_
#define CROSSCHECK_TEXT_PATTERN_H_

#include <unicode/uversion.h>  // the versioned icu namespace, for the declaration below

#include <memory>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace crosscheck::text {

class Pattern {
 public:
  Pattern() = default;  // matches nothing

  // Compiles `expression`. Returns true and sets *out on success; on failure
  // returns false, leaves *out alone and sets *error to a one-line reason
  // with the code-point offset into the expression where ICU gave one
  // ("unbalanced parenthesis at offset 4").
  static bool Compile(std::string_view expression, Pattern* out, std::string* error);

  // True when the pattern matches somewhere in `text` (valid UTF-8); anchor
  // with ^ and $ to match the whole text. Always false for a default Pattern.
  bool Find(std::string_view text) const;

  const std::string& expression() const { return expression_; }

 private:
  std::string expression_;
  std::shared_ptr<const icu::RegexPattern> pattern_;  // shared: Patterns are copied freely
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_PATTERN_H_
