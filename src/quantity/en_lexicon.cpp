#include "quantity/en_lexicon.h"

#include <array>
#include <iterator>

namespace crosscheck::quantity::en {
namespace {

struct NumberEntry {
  std::string_view word;
  WordClass word_class;
  int value;
  bool tens;
};

constexpr NumberEntry kNumberWords[] = {
    {"one", WordClass::kCardinal, 1, false},
    {"two", WordClass::kCardinal, 2, false},
    {"three", WordClass::kCardinal, 3, false},
    {"four", WordClass::kCardinal, 4, false},
    {"five", WordClass::kCardinal, 5, false},
    {"six", WordClass::kCardinal, 6, false},
    {"seven", WordClass::kCardinal, 7, false},
    {"eight", WordClass::kCardinal, 8, false},
    {"nine", WordClass::kCardinal, 9, false},
    {"ten", WordClass::kCardinal, 10, false},
    {"eleven", WordClass::kCardinal, 11, false},
    {"twelve", WordClass::kCardinal, 12, false},
    {"thirteen", WordClass::kCardinal, 13, false},
    {"fourteen", WordClass::kCardinal, 14, false},
    {"fifteen", WordClass::kCardinal, 15, false},
    {"sixteen", WordClass::kCardinal, 16, false},
    {"seventeen", WordClass::kCardinal, 17, false},
    {"eighteen", WordClass::kCardinal, 18, false},
    {"nineteen", WordClass::kCardinal, 19, false},
    {"twenty", WordClass::kCardinal, 20, true},
    {"thirty", WordClass::kCardinal, 30, true},
    {"forty", WordClass::kCardinal, 40, true},
    {"fifty", WordClass::kCardinal, 50, true},
    {"sixty", WordClass::kCardinal, 60, true},
    {"seventy", WordClass::kCardinal, 70, true},
    {"eighty", WordClass::kCardinal, 80, true},
    {"ninety", WordClass::kCardinal, 90, true},
    {"hundred", WordClass::kHundred, 2, false},
    {"thousand", WordClass::kScale, 3, false},
    {"million", WordClass::kScale, 6, false},
    {"billion", WordClass::kScale, 9, false},
    {"trillion", WordClass::kScale, 12, false},
    {"dozen", WordClass::kDozen, 12, false},
    {"dozens", WordClass::kVaguePlural, 0, false},
    {"tens", WordClass::kVaguePlural, 1, false},
    {"hundreds", WordClass::kVaguePlural, 2, false},
    {"thousands", WordClass::kVaguePlural, 3, false},
    {"millions", WordClass::kVaguePlural, 6, false},
    {"billions", WordClass::kVaguePlural, 9, false},
    {"first", WordClass::kOrdinal, 1, false},
    {"second", WordClass::kOrdinal, 2, false},
    {"third", WordClass::kOrdinal, 3, false},
    {"fourth", WordClass::kOrdinal, 4, false},
    {"fifth", WordClass::kOrdinal, 5, false},
    {"sixth", WordClass::kOrdinal, 6, false},
    {"seventh", WordClass::kOrdinal, 7, false},
    {"eighth", WordClass::kOrdinal, 8, false},
    {"ninth", WordClass::kOrdinal, 9, false},
    {"tenth", WordClass::kOrdinal, 10, false},
    {"eleventh", WordClass::kOrdinal, 11, false},
    {"twelfth", WordClass::kOrdinal, 12, false},
    {"thirteenth", WordClass::kOrdinal, 13, false},
    {"fourteenth", WordClass::kOrdinal, 14, false},
    {"fifteenth", WordClass::kOrdinal, 15, false},
    {"sixteenth", WordClass::kOrdinal, 16, false},
    {"seventeenth", WordClass::kOrdinal, 17, false},
    {"eighteenth", WordClass::kOrdinal, 18, false},
    {"nineteenth", WordClass::kOrdinal, 19, false},
    {"twentieth", WordClass::kOrdinal, 20, false},
    {"thirtieth", WordClass::kOrdinal, 30, false},
    {"fortieth", WordClass::kOrdinal, 40, false},
    {"fiftieth", WordClass::kOrdinal, 50, false},
    {"sixtieth", WordClass::kOrdinal, 60, false},
    {"seventieth", WordClass::kOrdinal, 70, false},
    {"eightieth", WordClass::kOrdinal, 80, false},
    {"ninetieth", WordClass::kOrdinal, 90, false},
    {"hundredth", WordClass::kOrdinal, 100, false},
    {"half", WordClass::kHalf, 2, false},
    {"decade", WordClass::kDecade, 10, false},
    {"once", WordClass::kTimes, 1, false},
    {"twice", WordClass::kTimes, 2, false},
    {"thrice", WordClass::kTimes, 3, false},
    {"quarter", WordClass::kQuarter, 4, false},
};

// Bit i set when some number word starts with letter 'a' + i.
constexpr uint32_t FirstLetterMask() {
  uint32_t mask = 0;
  for (const NumberEntry& e : kNumberWords) mask |= 1u << (e.word[0] - 'a');
  return mask;
}
constexpr uint32_t kFirstLetters = FirstLetterMask();

constexpr std::array<uint16_t, 26 * 26> NumberWordLengths() {
  std::array<uint16_t, 26 * 26> table{};
  for (const NumberEntry& e : kNumberWords) {
    table[26 * (e.word[0] - 'a') + (e.word[1] - 'a')] |= static_cast<uint16_t>(1u << e.word.size());
  }
  return table;
}

struct UnitEntry {
  std::string_view word;
  UnitClass unit_class;
  std::string_view id;
  int multiplier;
  bool plural;
};

constexpr UnitEntry kUnits[] = {
    // People. Workers and students keep their own ids (units.h treats every
    // way of counting people as compatible, so 人 ↔ "workers" still agree).
    {"people", UnitClass::kCounted, "person", 1, true},
    {"persons", UnitClass::kCounted, "person", 1, true},
    {"person", UnitClass::kCounted, "person", 1, false},
    {"residents", UnitClass::kCounted, "person", 1, true},
    {"resident", UnitClass::kCounted, "person", 1, false},
    {"individuals", UnitClass::kCounted, "person", 1, true},
    {"individual", UnitClass::kCounted, "person", 1, false},
    {"workers", UnitClass::kCounted, "worker", 1, true},
    {"worker", UnitClass::kCounted, "worker", 1, false},
    {"employees", UnitClass::kCounted, "person", 1, true},
    {"employee", UnitClass::kCounted, "person", 1, false},
    {"laborers", UnitClass::kCounted, "worker", 1, true},
    {"labourers", UnitClass::kCounted, "worker", 1, true},
    {"farmers", UnitClass::kCounted, "person", 1, true},
    {"herders", UnitClass::kCounted, "person", 1, true},
    {"women", UnitClass::kCounted, "person", 1, true},
    {"men", UnitClass::kCounted, "person", 1, true},
    {"students", UnitClass::kCounted, "student", 1, true},
    {"graduates", UnitClass::kCounted, "person", 1, true},
    {"villagers", UnitClass::kCounted, "person", 1, true},
    {"trainees", UnitClass::kCounted, "person", 1, true},
    {"children", UnitClass::kCounted, "person", 1, true},
    {"youths", UnitClass::kCounted, "person", 1, true},
    {"candidates", UnitClass::kCounted, "person", 1, true},
    {"migrants", UnitClass::kCounted, "person", 1, true},
    {"person-times", UnitClass::kCounted, "person-time", 1, true},
    {"households", UnitClass::kCounted, "household", 1, true},
    {"household", UnitClass::kCounted, "household", 1, false},
    {"families", UnitClass::kCounted, "household", 1, true},
    {"enterprises", UnitClass::kCounted, "enterprise", 1, true},
    {"enterprise", UnitClass::kCounted, "enterprise", 1, false},
    {"companies", UnitClass::kCounted, "enterprise", 1, true},
    {"company", UnitClass::kCounted, "enterprise", 1, false},
    {"businesses", UnitClass::kCounted, "enterprise", 1, true},
    {"firms", UnitClass::kCounted, "enterprise", 1, true},
    {"jobs", UnitClass::kCounted, "job", 1, true},
    {"job", UnitClass::kCounted, "job", 1, false},
    {"villages", UnitClass::kCounted, "village", 1, true},
    {"counties", UnitClass::kCounted, "county", 1, true},
    {"prefectures", UnitClass::kCounted, "prefecture", 1, true},
    {"projects", UnitClass::kCounted, "project", 1, true},
    {"hours", UnitClass::kTime, "hour", 1, true},
    {"hour", UnitClass::kTime, "hour", 1, false},
    {"days", UnitClass::kTime, "day", 1, true},
    {"day", UnitClass::kTime, "day", 1, false},
    {"weeks", UnitClass::kTime, "week", 1, true},
    {"week", UnitClass::kTime, "week", 1, false},
    {"months", UnitClass::kTime, "month", 1, true},
    {"month", UnitClass::kTime, "month", 1, false},
    {"years", UnitClass::kTime, "year", 1, true},
    {"year", UnitClass::kTime, "year", 1, false},
    {"decades", UnitClass::kTime, "year", 10, true},
    {"decade", UnitClass::kTime, "year", 10, false},
    {"yuan", UnitClass::kCurrency, "CNY", 1, true},
    {"rmb", UnitClass::kCurrency, "CNY", 1, true},
    {"cny", UnitClass::kCurrency, "CNY", 1, true},
    {"dollars", UnitClass::kCurrency, "USD", 1, true},
    {"dollar", UnitClass::kCurrency, "USD", 1, false},
    {"usd", UnitClass::kCurrency, "USD", 1, true},
    {"euros", UnitClass::kCurrency, "EUR", 1, true},
    {"km", UnitClass::kMeasure, "km", 1, true},
    {"kilometers", UnitClass::kMeasure, "km", 1, true},
    {"kilometres", UnitClass::kMeasure, "km", 1, true},
    {"miles", UnitClass::kMeasure, "mile", 1, true},
    {"meters", UnitClass::kMeasure, "m", 1, true},
    {"metres", UnitClass::kMeasure, "m", 1, true},
    {"tonnes", UnitClass::kMeasure, "tonne", 1, true},
    {"tons", UnitClass::kMeasure, "tonne", 1, true},
    {"kg", UnitClass::kMeasure, "kg", 1, true},
    {"kilograms", UnitClass::kMeasure, "kg", 1, true},
    {"mu", UnitClass::kMeasure, "mu", 1, true},
    {"hectares", UnitClass::kMeasure, "hectare", 1, true},
};

constexpr std::string_view kStopWords[] = {
    "a",      "an",     "the",   "of",      "in",      "on",    "at",     "to",      "for",
    "from",   "by",     "with",  "over",    "under",   "into",  "than",   "as",      "or",
    "but",    "were",   "was",   "is",      "are",     "be",    "been",   "have",    "has",
    "had",    "who",    "which", "that",    "this",    "these", "those",  "their",   "its",
    "his",    "her",    "per",   "each",    "every",   "while", "when",   "where",   "whom",
    "whose",  "since",  "until", "within",  "between", "among", "across", "through", "after",
    "before", "during", "also",  "only",    "all",     "both",  "not",    "no",      "more",
    "less",   "than",   "up",    "out",     "them",    "they",  "it",     "we",      "you",
    "if",     "so",     "such",  "whether", "there",   "here",  "via",    "about",   "against",
};

constexpr std::string_view kReferenceNouns[] = {
    "article",   "articles",   "chapter", "chapters", "section", "sections",
    "paragraph", "paragraphs", "item",    "items",    "clause",  "clauses",
    "no",        "table",      "figure",  "page",     "annex",
};

}  // namespace

const std::array<uint16_t, 26 * 26> kNumberWordLengths = NumberWordLengths();

bool EqualsIgnoreCase(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower[i]) return false;
  }
  return true;
}

WordInfo ClassifyNumberWord(std::string_view word) {
  if (word.size() < 3 || word.size() > 11) return {};
  char first = Lower(word[0]);
  if (first < 'a' || first > 'z' || !(kFirstLetters & (1u << (first - 'a')))) return {};
  // Entries bucketed by first letter and length, so a common word ("the",
  // "that") meets at most two candidates.
  struct Buckets {
    uint8_t begin[26][12] = {};
    uint8_t count[26][12] = {};
    uint8_t order[std::size(kNumberWords)] = {};
  };
  static const Buckets buckets = [] {
    Buckets b;
    size_t n = 0;
    for (int letter = 0; letter < 26; ++letter) {
      for (size_t len = 3; len < 12; ++len) {
        b.begin[letter][len] = static_cast<uint8_t>(n);
        for (size_t k = 0; k < std::size(kNumberWords); ++k) {
          const NumberEntry& e = kNumberWords[k];
          if (e.word[0] - 'a' == letter && e.word.size() == len) {
            b.order[n++] = static_cast<uint8_t>(k);
            ++b.count[letter][len];
          }
        }
      }
    }
    return b;
  }();
  const int letter = first - 'a';
  const size_t len = word.size();
  for (int k = 0; k < buckets.count[letter][len]; ++k) {
    const NumberEntry& e = kNumberWords[buckets.order[buckets.begin[letter][len] + k]];
    if (EqualsIgnoreCase(word, e.word)) return {e.word_class, e.value, e.tens};
  }
  return {};
}

std::string Singular(std::string_view word) {
  std::string s(word);
  for (char& c : s) c = Lower(c);
  auto ends = [&](std::string_view suffix) {
    return s.size() > suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("ies")) return s.substr(0, s.size() - 3) + "y";
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes")) {
    return s.substr(0, s.size() - 2);
  }
  if (ends("s") && !ends("ss")) return s.substr(0, s.size() - 1);
  return s;
}

int Denominator(std::string_view word) {
  static constexpr std::pair<std::string_view, int> kDenominators[] = {
      {"half", 2},     {"halves", 2}, {"third", 3},   {"thirds", 3},   {"quarter", 4},
      {"quarters", 4}, {"fourth", 4}, {"fourths", 4}, {"fifth", 5},    {"fifths", 5},
      {"sixth", 6},    {"sixths", 6}, {"seventh", 7}, {"sevenths", 7}, {"eighth", 8},
      {"eighths", 8},  {"ninth", 9},  {"ninths", 9},  {"tenth", 10},   {"tenths", 10},
  };
  for (const auto& [w, d] : kDenominators) {
    if (EqualsIgnoreCase(word, w)) return d;
  }
  return 0;
}

int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  static constexpr std::pair<std::string_view, int> kShort[] = {
      {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
      {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  if (word.size() < 3 || !IsUpper(word[0])) return 0;
  for (int i = 0; i < 12; ++i) {
    if (EqualsIgnoreCase(word, kMonths[i])) return i + 1;
  }
  for (const auto& [w, m] : kShort) {
    if (EqualsIgnoreCase(word, w)) return m;
  }
  return 0;
}

UnitInfo LookupUnit(std::string_view word) {
  if (word.empty()) return {};
  char first = Lower(word[0]);
  for (const UnitEntry& e : kUnits) {
    if (e.word[0] == first && EqualsIgnoreCase(word, e.word)) {
      return {e.unit_class, e.id, e.multiplier, e.plural};
    }
  }
  return {};
}

bool IsStopWord(std::string_view word) {
  if (word.size() > 7) return false;
  for (std::string_view s : kStopWords) {
    if (EqualsIgnoreCase(word, s)) return true;
  }
  return false;
}

bool IsReferenceNoun(std::string_view word) {
  for (std::string_view s : kReferenceNouns) {
    if (EqualsIgnoreCase(word, s)) return true;
  }
  return false;
}

}  // namespace crosscheck::quantity::en
