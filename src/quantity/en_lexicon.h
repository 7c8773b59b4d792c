// English lexicon for quantity extraction: number words, ordinals, fraction
// denominators, vague plurals, month names, unit nouns and hedge words.
//
// All lookups take a word as written and compare case-insensitively over
// ASCII letters; none allocates. Tables are small and searched by first
// letter, so a lookup costs a handful of byte comparisons — cheap enough to
// try on every word of a text (extract_en.cpp does exactly that).
#ifndef CROSSCHECK_QUANTITY_EN_LEXICON_H_
#define CROSSCHECK_QUANTITY_EN_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck::quantity::en {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline char Lower(char c) { return IsUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

// True when `word` equals `lower` (all lower case) ignoring ASCII case.
bool EqualsIgnoreCase(std::string_view word, std::string_view lower);

enum class WordClass {
  kNone,
  kCardinal,     // one … nineteen (value), twenty … ninety (value, tens = true)
  kHundred,      // hundred
  kScale,        // thousand (3), million (6), billion (9), trillion (12): value is the power
  kDozen,        // dozen
  kVaguePlural,  // dozens, tens, hundreds, thousands, millions, billions: value is the unit
                 // power of ten, 0 for dozens
  kOrdinal,      // first … twentieth, thirtieth … ninetieth, hundredth
  kHalf,         // half
  kDecade,       // decade
  kTimes,        // once (1), twice (2), thrice (3): how many times
  kQuarter,      // quarter (4): a fraction only in "a quarter of"
};

struct WordInfo {
  WordClass word_class = WordClass::kNone;
  int value = 0;
  bool tens = false;  // twenty … ninety: may take a hyphenated unit ("twenty-five")
};

// Bit n of kNumberWordLengths[26 * a + b] is set when some number word of
// length n starts with the letters a, b. Lets the scanner reject "the", "and"
// and almost every other word without a call.
extern const std::array<uint16_t, 26 * 26> kNumberWordLengths;

// True when `word` could be a number word (ClassifyNumberWord may say yes).
inline bool MayBeNumberWord(std::string_view word) {
  if (word.size() < 3 || word.size() > 11) return false;
  unsigned a = static_cast<unsigned char>(Lower(word[0])) - 'a';
  unsigned b = static_cast<unsigned char>(Lower(word[1])) - 'a';
  if (a >= 26 || b >= 26) return false;
  return (kNumberWordLengths[26 * a + b] >> word.size()) & 1u;
}

// Classifies a word that may start a spelled-out number. Words that cannot
// (almost all words) give kNone after at most a first-letter and length test.
WordInfo ClassifyNumberWord(std::string_view word);

// `word` in lower case and in the singular, as a noun unit is keyed:
// "Industries" → "industry", "businesses" → "business", "trips" → "trip";
// a word ending in "ss" ("class") is already singular.
std::string Singular(std::string_view word);

// Fraction denominators: "half"/"halves" 2, "third(s)" 3, "quarter(s)" and
// "fourth(s)" 4, … "tenth(s)" 10; 0 for anything else.
int Denominator(std::string_view word);

// 1 … 12 for a month name written with a capital ("March", "Sept"); 0 otherwise.
// "May" and "March" are months only where the caller sees digits beside them.
int MonthNumber(std::string_view word);

// A unit noun after a figure.
enum class UnitClass { kNone, kCounted, kTime, kCurrency, kMeasure };
struct UnitInfo {
  UnitClass unit_class = UnitClass::kNone;
  std::string_view id;  // canonical id (units.h)
  int multiplier = 1;   // "decades" are 10 years
  bool plural = false;  // as written; singular forms count only after "one"/"a"
};
UnitInfo LookupUnit(std::string_view word);

// Function words that end the search for a unit noun after a figure: in
// "148,000 in southern Xinjiang" the search stops at "in" and finds no unit.
bool IsStopWord(std::string_view word);

// Reference nouns whose number names a part of a text, not an amount:
// "Article 3", "Chapter 2", "No. 5".
bool IsReferenceNoun(std::string_view word);

}  // namespace crosscheck::quantity::en

#endif  // CROSSCHECK_QUANTITY_EN_LEXICON_H_
