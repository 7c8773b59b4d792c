#include "quantity/extract_en.h"

#include <cstdint>
#include <string>

#include "quantity/en_lexicon.h"

namespace crosscheck::quantity {
namespace {

using en::EqualsIgnoreCase;
using en::IsAlpha;
using en::IsDigit;
using en::IsUpper;
using en::Lower;
using en::UnitClass;
using en::UnitInfo;
using en::WordClass;
using en::WordInfo;

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
};

// A numeral as read, before its context (hedge, unit, kind) is known.
struct Num {
  size_t begin = 0;
  size_t end = 0;  // past the numeral and its scale word
  Decimal value;
  std::string_view scale;
  int scale_power = 0;
  bool spelled = false;
  bool plain = false;    // digits only: no separator, no point, no scale
  int64_t integer = -1;  // the value when it is a small whole number without scale
  int digits = 0;        // digits written, when plain
};

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// "ppt", "pp", "pps": percentage points, in financial writing ("up 1.5 ppt").
bool IsPointsAbbreviation(std::string_view w) {
  return EqualsIgnoreCase(w, "ppt") || EqualsIgnoreCase(w, "pp") || EqualsIgnoreCase(w, "pps");
}

bool LooksPlural(std::string_view w) {
  if (w.size() < 4 || w.back() != 's') return false;
  char before = w[w.size() - 2];
  if (before == 's' || before == 'u' || before == 'i' || before == '\'') return false;
  for (char c : w) {
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  }
  return true;
}

bool IsAcronym(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (!IsUpper(c)) return false;
  }
  return true;
}

Quantity WithInterval(Quantity q) {
  SetInterval(&q);
  return q;
}

class Extractor {
 public:
  explicit Extractor(std::string_view text) : t_(text) {}

  std::vector<Quantity> Run() {
    const size_t n = t_.size();
    size_t i = 0;
    while (i < n) {
      const char c = t_[i];
      if (IsDigit(c)) {
        i = std::max(TryDigits(i), i + 1);
        continue;
      }
      if (IsAlpha(c)) {
        size_t e = i + 1;
        while (e < n && IsAlpha(t_[e])) ++e;
        const bool word_start = i == 0 || !(IsAlpha(t_[i - 1]) || IsDigit(t_[i - 1]));
        if (word_start && en::MayBeNumberWord(t_.substr(i, e - i))) {
          WordInfo info = en::ClassifyNumberWord(t_.substr(i, e - i));
          if (info.word_class != WordClass::kNone) {
            size_t next = TryWord(i, e, info);
            if (next > e) {
              i = next;
              continue;
            }
          }
        }
        i = e;
        continue;
      }
      ++i;
    }
    return std::move(out_);
  }

 private:
  char At(size_t i) const { return i < t_.size() ? t_[i] : '\0'; }
  std::string_view Str(Span s) const { return t_.substr(s.begin, s.end - s.begin); }

  // The word that ends at `pos` after skipping spaces back; empty when the
  // character there is no letter.
  Span PrevWord(size_t pos) const {
    size_t j = pos;
    while (j > 0 && t_[j - 1] == ' ') --j;
    size_t e = j;
    while (j > 0 && IsAlpha(t_[j - 1])) --j;
    return {j, e};
  }
  // The word that starts at `pos` after skipping spaces; with `hyphens`,
  // letters joined by '-' count as one word ("full-time").
  Span NextWord(size_t pos, bool hyphens = false) const {
    size_t j = pos;
    while (j < t_.size() && t_[j] == ' ') ++j;
    size_t e = j;
    while (e < t_.size() &&
           (IsAlpha(t_[e]) || (hyphens && t_[e] == '-' && e > j && IsAlpha(At(e + 1))))) {
      ++e;
    }
    return {j, e};
  }
  bool NextWordIs(size_t pos, std::string_view lower, Span* out = nullptr) const {
    Span w = NextWord(pos);
    if (w.begin == pos || !EqualsIgnoreCase(Str(w), lower)) return false;
    if (out) *out = w;
    return true;
  }
  // Length of a dash at `pos`: '-', en dash, em dash; 0 if none.
  size_t DashAt(size_t pos) const {
    if (At(pos) == '-') return 1;
    if (static_cast<unsigned char>(At(pos)) == 0xE2 &&
        static_cast<unsigned char>(At(pos + 1)) == 0x80 &&
        (static_cast<unsigned char>(At(pos + 2)) == 0x93 ||
         static_cast<unsigned char>(At(pos + 2)) == 0x94)) {
      return 3;
    }
    return 0;
  }
  size_t DigitRunEnd(size_t i) const {
    while (i < t_.size() && (IsDigit(t_[i]) || t_[i] == ',' || t_[i] == '.') &&
           (IsDigit(t_[i]) || IsDigit(At(i + 1)))) {
      ++i;
    }
    return i;
  }

  // Digits with thousands separators and an optional decimal part.
  bool ParseDigits(size_t i, Num* n) const {
    char buf[48];
    size_t len = 0, pos = i;
    bool comma = false, point = false;
    while (pos < t_.size()) {
      char c = t_[pos];
      if (IsDigit(c)) {
        if (len < sizeof(buf)) buf[len++] = c;
        ++pos;
      } else if (c == ',' && !point && IsDigit(At(pos + 1)) && IsDigit(At(pos + 2)) &&
                 IsDigit(At(pos + 3)) && !IsDigit(At(pos + 4))) {
        comma = true;
        ++pos;
      } else if (c == '.' && !point && IsDigit(At(pos + 1))) {
        point = true;
        if (len < sizeof(buf)) buf[len++] = c;
        ++pos;
      } else {
        break;
      }
    }
    if (!Decimal::Parse(std::string_view(buf, len), &n->value)) return false;
    n->begin = i;
    n->end = pos;
    n->spelled = false;
    n->plain = !comma && !point;
    n->digits = n->plain ? static_cast<int>(len) : 0;
    n->integer = -1;
    if (!point && len <= 15) {
      int64_t v = 0;
      for (size_t k = 0; k < len; ++k) v = v * 10 + (buf[k] - '0');
      n->integer = v;
    }
    return true;
  }

  // " million" after a numeral.
  // The abbreviated scales of financial writing: "bn", "bln", "mn", "mln",
  // "tn", "trn"; "m" and "k" only after a currency ("US$34m"), elsewhere
  // they are metres or a variable. Scales `*n` and names the scale in full,
  // so "RMB1.2bn" reads as "1.2 billion" would.
  static bool ScaleAbbreviation(std::string_view word, bool money, Num* n) {
    struct Abbreviation {
      std::string_view written, scale;
      int power;
      bool money_only;
    };
    static constexpr Abbreviation kAbbreviations[] = {
        {"bn", "billion", 9, false},  {"bln", "billion", 9, false}, {"mn", "million", 6, false},
        {"mln", "million", 6, false}, {"tn", "trillion", 12, false}, {"trn", "trillion", 12, false},
        {"m", "million", 6, true},    {"k", "thousand", 3, true},
    };
    for (const Abbreviation& a : kAbbreviations) {
      if (!EqualsIgnoreCase(word, a.written) || (a.money_only && !money)) continue;
      n->value = n->value.Scaled(a.power);
      n->scale = a.scale;
      n->scale_power = a.power;
      n->plain = false;
      n->integer = -1;
      return true;
    }
    return false;
  }

  void ParseScale(Num* n) const {
    Span w = NextWord(n->end);
    if (w.begin != n->end + 1) return;
    if (ScaleAbbreviation(Str(w), /*money=*/false, n)) {  // "5.6 bn"
      n->end = w.end;
      return;
    }
    WordInfo info = en::ClassifyNumberWord(Str(w));
    if (info.word_class != WordClass::kScale) return;
    n->value = n->value.Scaled(info.value);
    n->scale = Str(w);
    n->scale_power = info.value;
    n->end = w.end;
    n->plain = false;
    n->integer = -1;
  }

  // A cardinal written in words: "four", "twenty-five", "one hundred and
  // twenty", "two dozen", "three million".
  bool ReadCardinal(size_t pos, int64_t* value, size_t* end) const {
    Span w = NextWord(pos);
    if (w.begin != pos || w.empty()) return false;
    WordInfo info = en::ClassifyNumberWord(Str(w));
    if (info.word_class != WordClass::kCardinal) return false;
    *value = info.value;
    *end = w.end;
    if (info.tens && At(w.end) == '-') {
      Span u = NextWord(w.end + 1);
      WordInfo ui = en::ClassifyNumberWord(Str(u));
      if (u.begin == w.end + 1 && ui.word_class == WordClass::kCardinal && ui.value < 10) {
        *value += ui.value;
        *end = u.end;
      }
    }
    return true;
  }
  bool ParseWords(size_t i, Num* n) const {
    int64_t v = 0;
    size_t end = 0;
    if (!ReadCardinal(i, &v, &end)) return false;
    Span w = NextWord(end);
    WordInfo info = w.begin == end + 1 ? en::ClassifyNumberWord(Str(w)) : WordInfo{};
    if (info.word_class == WordClass::kHundred && v < 10) {
      v *= 100;
      end = w.end;
      Span a = NextWord(end);
      size_t from = end + 1;
      if (a.begin == end + 1 && EqualsIgnoreCase(Str(a), "and")) from = a.end + 1;
      int64_t rest = 0;
      size_t rest_end = 0;
      if (ReadCardinal(from, &rest, &rest_end)) {
        v += rest;
        end = rest_end;
      }
    } else if (info.word_class == WordClass::kDozen) {
      v *= 12;
      end = w.end;
    }
    n->begin = i;
    n->end = end;
    n->value = Decimal(v);
    n->spelled = true;
    n->plain = false;
    n->integer = v;
    n->scale = {};
    n->scale_power = 0;
    ParseScale(n);
    return true;
  }
  bool ParseNumber(size_t i, Num* n) const {
    if (IsDigit(At(i))) {
      if (!ParseDigits(i, n) || IsAlpha(At(n->end))) return false;
      ParseScale(n);
      return true;
    }
    return ParseWords(i, n);
  }

  size_t Emit(Quantity q, size_t begin, size_t end) {
    q.begin = begin;
    q.end = end;
    out_.push_back(std::move(q));
    last_end_ = end;
    return end;
  }

  // Hedge words just before `*begin`; moves `*begin` to include them.
  Hedge HedgeBefore(size_t* begin) const {
    Span w1 = PrevWord(*begin);
    if (w1.empty() || w1.begin < last_end_) return Hedge::kExact;
    std::string_view s1 = Str(w1);
    Span w2 = PrevWord(w1.begin);
    std::string_view s2 = w2.empty() || w2.begin < last_end_ ? std::string_view() : Str(w2);
    struct Pair {
      std::string_view first, second;
      Hedge hedge;
    };
    static constexpr Pair kPairs[] = {
        {"more", "than", Hedge::kMoreThan},  {"less", "than", Hedge::kLessThan},
        {"fewer", "than", Hedge::kLessThan}, {"at", "least", Hedge::kAtLeast},
        {"at", "most", Hedge::kAtMost},      {"up", "to", Hedge::kAtMost},
        {"close", "to", Hedge::kNearly},     {"upwards", "of", Hedge::kMoreThan},
    };
    // "in excess of RMB5 billion".
    if (EqualsIgnoreCase(s1, "of") && EqualsIgnoreCase(s2, "excess")) {
      Span w3 = PrevWord(w2.begin);
      if (w3.begin >= last_end_ && EqualsIgnoreCase(Str(w3), "in")) {
        *begin = w3.begin;
        return Hedge::kMoreThan;
      }
    }
    for (const Pair& p : kPairs) {
      if (EqualsIgnoreCase(s1, p.second) && EqualsIgnoreCase(s2, p.first)) {
        Span w3 = PrevWord(w2.begin);
        if (w3.begin >= last_end_ && EqualsIgnoreCase(Str(w3), "no")) {
          // "no more than" is at most, "no less than" at least.
          *begin = w3.begin;
          return p.hedge == Hedge::kMoreThan ? Hedge::kAtMost : Hedge::kAtLeast;
        }
        *begin = w2.begin;
        return p.hedge;
      }
    }
    struct Single {
      std::string_view word;
      Hedge hedge;
    };
    static constexpr Single kSingles[] = {
        {"over", Hedge::kMoreThan},      {"above", Hedge::kMoreThan},
        {"exceeding", Hedge::kMoreThan}, {"exceeded", Hedge::kMoreThan},
        {"exceeds", Hedge::kMoreThan},   {"exceed", Hedge::kMoreThan},
        {"topped", Hedge::kMoreThan},    {"nearly", Hedge::kNearly},
        {"almost", Hedge::kNearly},      {"about", Hedge::kAbout},
        {"around", Hedge::kAbout},       {"some", Hedge::kAbout},
        {"roughly", Hedge::kAbout},      {"approximately", Hedge::kAbout},
        {"approx", Hedge::kAbout},       {"under", Hedge::kLessThan},
        {"below", Hedge::kLessThan},
    };
    // "shall not exceed 44 hours", "does not exceed": at most (不超过).
    if (EqualsIgnoreCase(s2, "not") &&
        (EqualsIgnoreCase(s1, "exceed") || EqualsIgnoreCase(s1, "exceeding"))) {
      *begin = w2.begin;
      return Hedge::kAtMost;
    }
    for (const Single& s : kSingles) {
      if (EqualsIgnoreCase(s1, s.word)) {
        *begin = w1.begin;
        return s.hedge;
      }
    }
    return Hedge::kExact;
  }

  // "or more", "and above", "or so" after a figure; moves `*end` past them.
  Hedge HedgeAfter(size_t* end) const {
    Span w1 = NextWord(*end);
    if (w1.begin != *end + 1) return Hedge::kExact;
    std::string_view s1 = Str(w1);
    if (!EqualsIgnoreCase(s1, "or") && !EqualsIgnoreCase(s1, "and")) return Hedge::kExact;
    Span w2 = NextWord(w1.end);
    if (w2.begin != w1.end + 1) return Hedge::kExact;
    std::string_view s2 = Str(w2);
    Hedge h = Hedge::kExact;
    if (EqualsIgnoreCase(s2, "more") || EqualsIgnoreCase(s2, "above")) {
      h = EqualsIgnoreCase(s1, "or") ? Hedge::kAtLeast : Hedge::kMoreThan;
    } else if (EqualsIgnoreCase(s1, "or") && EqualsIgnoreCase(s2, "so")) {
      h = Hedge::kAbout;
    } else if (EqualsIgnoreCase(s2, "less") || EqualsIgnoreCase(s2, "fewer") ||
               EqualsIgnoreCase(s2, "below")) {
      h = Hedge::kAtMost;
    }
    // "more" that starts a phrase of its own ("and more jobs") is no hedge.
    if (h != Hedge::kExact && h != Hedge::kAbout) {
      Span w3 = NextWord(w2.end);
      if (w3.begin == w2.end + 1 && !w3.empty() && !en::IsStopWord(Str(w3))) return Hedge::kExact;
    }
    if (h != Hedge::kExact) *end = w2.end;
    return h;
  }

  // Searches a few words after a count for its unit noun: a known unit
  // ("enterprises", "people"), else the first plural noun, skipping
  // modifiers ("2.6 million surplus rural workers"). Stops at punctuation,
  // function words and capitalised words.
  struct UnitFound {
    UnitInfo info;
    std::string noun;  // "noun:<singular>" when no known unit matched
    size_t end = 0;
  };
  bool FindUnit(size_t pos, bool singular, UnitFound* found) const {
    size_t p = pos;
    for (int k = 0; k < 5; ++k) {
      if (At(p) != ' ') return false;
      Span w = NextWord(p, /*hyphens=*/true);
      if (w.begin != p + 1 || w.empty()) return false;
      std::string_view s = Str(w);
      UnitInfo u = en::LookupUnit(s);
      // "job opportunities", "job vacancies": the modifier names the unit.
      bool job_compound = u.id == "job" && !u.plural && !singular;
      if (job_compound) {
        Span next = NextWord(w.end);
        std::string_view ns = next.begin == w.end + 1 ? Str(next) : std::string_view();
        job_compound = EqualsIgnoreCase(ns, "opportunities") ||
                       EqualsIgnoreCase(ns, "vacancies") || EqualsIgnoreCase(ns, "openings") ||
                       EqualsIgnoreCase(ns, "positions");
        if (job_compound) w = next;
      }
      if (u.unit_class != UnitClass::kNone && (u.plural || singular || job_compound)) {
        found->info = u;
        found->end = w.end;
        return true;
      }
      if (en::IsStopWord(s) || IsUpper(s[0])) return false;
      // Another figure begins: "one center and three sub-centers".
      if (IsDigit(s[0]) || en::ClassifyNumberWord(s).word_class == WordClass::kCardinal) {
        return false;
      }
      if (!singular && LooksPlural(s)) {
        found->noun = "noun:" + en::Singular(s);  // LooksPlural: never "…ss"
        found->end = w.end;
        return true;
      }
      // After "one", the head of the noun phrase: the word that ends it
      // ("at least one skill.", "one training session per year").
      if (singular) {
        Span next = NextWord(w.end);
        bool head = next.begin != w.end + 1 || next.empty() || en::IsStopWord(Str(next)) ||
                    EqualsIgnoreCase(Str(next), "and") || EqualsIgnoreCase(Str(next), "or");
        if (head && !IsDigit(s[0])) {
          found->noun = "noun:" + std::string(s);
          found->end = w.end;
          return true;
        }
      }
      p = w.end;
    }
    return false;
  }

  // "monthly", "daily", "hourly" or "weekly" earlier in the clause ending at
  // `pos` (at most 80 bytes back, stopping at . , ; : and brackets); the
  // period it names, or "".
  std::string_view PeriodInClause(size_t pos) const {
    size_t limit = pos > 80 ? pos - 80 : 0;
    if (limit < last_end_) limit = last_end_;
    size_t p = pos;
    while (p > limit) {
      char c = t_[p - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')') break;
      --p;
    }
    static constexpr std::pair<std::string_view, std::string_view> kAdjectives[] = {
        {"monthly ", "month"}, {"daily ", "day"}, {"hourly ", "hour"}, {"weekly ", "week"}};
    for (size_t k = p; k < pos; ++k) {
      if (k > 0 && IsAlpha(t_[k - 1])) continue;
      for (const auto& [word, period] : kAdjectives) {
        if (pos - k >= word.size() && EqualsIgnoreCase(t_.substr(k, word.size()), word)) {
          return period;
        }
      }
    }
    return {};
  }

  // Month name just before `pos` (one space between); 0 if none.
  int MonthBefore(size_t pos, Span* word) const {
    Span w = PrevWord(pos);
    if (w.empty() || w.end + 1 != pos || w.begin < last_end_) return 0;
    *word = w;
    return en::MonthNumber(Str(w));
  }
  // A four-digit year starting after optional ", " or " " at `pos`.
  // "to 12" or "to October 2" (", 2020") after the date `month`/`day`: makes
  // `*q` the range of those days and sets `*end` past it. The second end
  // must be a day (1-31) that follows the first and no count of something
  // ("March 10 to 20 people" is a date and a count).
  bool DayRangeAfter(size_t pos, int month, int64_t day, Quantity* q, size_t* end) const {
    Span to;
    if (!(NextWordIs(pos, "to", &to) || NextWordIs(pos, "through", &to)) || At(to.end) != ' ') {
      return false;
    }
    size_t second = to.end + 1;
    int second_month = month;
    Span w = NextWord(to.end);
    if (int m = en::MonthNumber(Str(w)); m > 0 && At(w.end) == ' ') {
      second_month = m;
      second = w.end + 1;
    }
    Num d;
    if (!IsDigit(At(second)) || !ParseDigits(second, &d) || !d.plain || d.digits > 2 ||
        d.integer < 1 || d.integer > 31 || IsAlpha(At(d.end))) {
      return false;
    }
    Span after = NextWord(d.end);
    if (after.begin == d.end + 1 && en::LookupUnit(Str(after)).unit_class != UnitClass::kNone) {
      return false;
    }
    int64_t year = 0, base = 0;
    size_t stop = d.end, year_end = 0;
    if (YearAfter(d.end, &year, &year_end)) {
      base = year * 10000;
      stop = year_end;
    }
    const int64_t first = base + month * 100 + day, last = base + second_month * 100 + d.integer;
    if (last <= first) return false;
    *q = RangeOf(*q, Decimal(first), Decimal(last));
    *end = stop;
    return true;
  }

  bool YearAfter(size_t pos, int64_t* year, size_t* end) const {
    size_t p = pos;
    if (At(p) == ',') ++p;
    if (At(p) != ' ') return false;
    ++p;
    size_t e = p;
    while (IsDigit(At(e))) ++e;
    if (e - p != 4 || IsAlpha(At(e))) return false;
    *year = 0;
    for (size_t k = p; k < e; ++k) *year = *year * 10 + (t_[k] - '0');
    *end = e;
    return true;
  }

  static bool IsYear(const Num& n) {
    return n.plain && n.digits == 4 && n.integer >= 1800 && n.integer <= 2199;
  }

  // Range of two figures: value is the low end, low/high the ends widened
  // by their written precision.
  Quantity RangeOf(const Quantity& kind_and_unit, const Decimal& a, const Decimal& b) const {
    Quantity q = kind_and_unit;
    q.hedge = Hedge::kRange;
    q.value = a;
    q.low = a - a.HalfUnit();
    q.high = b + b.HalfUnit();
    return q;
  }

  size_t TryDigits(size_t i);
  size_t Complete(size_t begin, std::string_view currency, Num a);
  size_t TryWord(size_t b, size_t e, WordInfo info);
  size_t Vague(size_t begin, size_t end, Decimal low, Decimal high, std::string_view scale);

  std::string_view t_;
  std::vector<Quantity> out_;
  size_t last_end_ = 0;
};

size_t Extractor::TryDigits(size_t i) {
  const size_t run_end = DigitRunEnd(i);
  size_t begin = i;
  std::string_view currency;
  const char p = i > 0 ? t_[i - 1] : '\0';
  if (IsAlpha(p)) {
    // Only a currency code may touch the digits: "RMB23,200", not "G20".
    std::string_view w = Str(PrevWord(i));
    if (EqualsIgnoreCase(w, "rmb") || EqualsIgnoreCase(w, "cny")) {
      currency = "CNY";
    } else if (EqualsIgnoreCase(w, "usd")) {
      currency = "USD";
    } else {
      return run_end;
    }
    begin = i - w.size();
  } else if (p == '$') {
    currency = "USD";
    begin = i - 1;
    if (i >= 3 && t_.substr(i - 3, 2) == "US") {
      begin = i - 3;
    } else if (i >= 3 && t_.substr(i - 3, 2) == "HK") {
      currency = "HKD";
      begin = i - 3;
    }
  } else if (p == '-' && i >= 2 && IsAlpha(t_[i - 2])) {
    return run_end;  // part of a name: "Covid-19"
  } else if (p == ' ') {
    Span w = PrevWord(i);
    std::string_view s = Str(w);
    if (EqualsIgnoreCase(s, "rmb") || EqualsIgnoreCase(s, "cny")) {
      currency = "CNY";
      begin = w.begin;
    } else if (EqualsIgnoreCase(s, "usd")) {
      currency = "USD";
      begin = w.begin;
    } else if (en::IsReferenceNoun(s) && IsUpper(s[0])) {
      return run_end;  // "Article 3" names a provision
    } else if (i >= 2 && t_[i - 2] == '.' && EqualsIgnoreCase(Str(PrevWord(i - 2)), "no")) {
      return run_end;  // "No. 5"
    }
  } else if (p == '(' && At(run_end) == ')' && run_end - i <= 2) {
    return run_end + 1;  // list marker "(1)"
  }
  if (begin < last_end_) {
    begin = i;
    currency = {};
  }

  Num a;
  if (!ParseDigits(i, &a)) return run_end;

  // Letters touching the digits: an ordinal suffix or a unit abbreviation;
  // anything else ("5G", "1990s", "3D") is not a figure.
  if (IsAlpha(At(a.end))) {
    size_t e = a.end;
    while (IsAlpha(At(e))) ++e;
    std::string_view suffix = t_.substr(a.end, e - a.end);
    if (currency.empty() && a.plain &&
        (EqualsIgnoreCase(suffix, "st") || EqualsIgnoreCase(suffix, "nd") ||
         EqualsIgnoreCase(suffix, "rd") || EqualsIgnoreCase(suffix, "th"))) {
      Span month_word;
      if (MonthBefore(begin, &month_word) && a.integer >= 1 && a.integer <= 31) {
        // "May 1st Labor Medal" is a name; "May 1st, 2020" a date.
        int64_t year = 0;
        size_t year_end = 0;
        if (YearAfter(e, &year, &year_end)) {
          Quantity q;
          q.kind = Kind::kDate;
          q.value = Decimal(year * 10000 + en::MonthNumber(Str(month_word)) * 100 + a.integer);
          return Emit(WithInterval(q), month_word.begin, year_end);
        }
        Span next = NextWord(e);
        if (!next.empty() && IsUpper(t_[next.begin])) return e;
        Quantity q;
        q.kind = Kind::kDate;
        q.value = Decimal(en::MonthNumber(Str(month_word)) * 100 + a.integer);
        return Emit(WithInterval(q), month_word.begin, e);
      }
      Quantity q;
      q.kind = Kind::kOrdinal;
      q.value = a.value;
      return Emit(WithInterval(q), i, e);
    }
    if (ScaleAbbreviation(suffix, !currency.empty(), &a)) {
      a.end = e;
      return Complete(begin, currency, a);
    }
    if (IsPointsAbbreviation(suffix)) {  // "0.3pp"
      Quantity q;
      q.kind = Kind::kPercentagePoints;
      q.value = a.value;
      size_t b = begin;
      q.hedge = HedgeBefore(&b);
      return Emit(WithInterval(q), b, e);
    }
    UnitInfo u = en::LookupUnit(suffix);
    if (u.unit_class == UnitClass::kMeasure) {
      Quantity q;
      q.value = a.value;
      q.unit = std::string(u.id);
      size_t b = begin;
      q.hedge = HedgeBefore(&b);
      return Emit(WithInterval(q), b, e);
    }
    return e;
  }

  // Times ("10:30"), ratios ("45.4 : 16.0 : 38.6") and page counters ("3 / 8").
  {
    size_t pos = a.end;
    size_t sp = At(pos) == ' ' ? 1 : 0;
    char sep = At(pos + sp);
    if ((sep == ':' || sep == '/') && (sp == 0 || At(pos + sp + 1) == ' ') &&
        IsDigit(At(pos + sp + 1 + sp))) {
      Num b;
      if (!ParseDigits(pos + sp + 1 + sp, &b)) return run_end;
      if (sep == '/' ||
          (sp == 0 && a.plain && b.plain && b.digits == 2 && a.integer <= 24 && At(b.end) != ':')) {
        return b.end;  // not a figure
      }
      // A ratio: every term is a quantity of its own.
      Quantity q;
      q.kind = Kind::kRatio;
      q.value = a.value;
      Emit(WithInterval(q), i, a.end);
      while (true) {
        q.value = b.value;
        Emit(WithInterval(q), b.begin, b.end);
        size_t bp = b.end;
        size_t s2 = At(bp) == ' ' ? 1 : 0;
        if (At(bp + s2) != ':' || (s2 == 1 && At(bp + s2 + 1) != ' ') ||
            !IsDigit(At(bp + s2 + 1 + s2))) {
          break;
        }
        if (!ParseDigits(bp + s2 + 1 + s2, &b)) break;
      }
      return last_end_;
    }
  }

  ParseScale(&a);
  return Complete(begin, currency, a);
}

// Everything after the numeral: ranges, percent, money, dates and years,
// units and hedges.
size_t Extractor::Complete(size_t begin, std::string_view currency, Num a) {
  Quantity q;
  q.value = a.value;
  q.scale = std::string(a.scale);
  q.spelled_out = a.spelled;
  size_t end = a.end;

  // Ranges: "2016-2020", "3–5 million", "between 10 and 20 percent",
  // "from 2014 to 2019".
  bool range = false;
  Num b;
  if (!a.spelled) {
    size_t d = DashAt(end);
    size_t after = end + d;
    if (d == 0 && At(end) == ' ' && DashAt(end + 1) == 3 && At(end + 4) == ' ') {
      after = end + 5;
      d = 3;
    }
    if (d > 0 && IsDigit(At(after)) && ParseDigits(after, &b) && !IsAlpha(At(b.end)) &&
        (At(b.end) != '-' || !IsAlpha(At(b.end + 1)))) {
      ParseScale(&b);
      Decimal low = a.value;
      if (a.scale.empty() && !b.scale.empty()) low = a.value.Scaled(b.scale_power);
      // A range runs upwards; "23-1.5" is something else (a score, a code).
      if (low < b.value) {
        a.value = low;
        if (a.scale.empty()) q.scale = std::string(b.scale);
        range = true;
        end = b.end;
      }
    }
  }
  bool percent_first = false;
  if (!range) {
    Span prev = PrevWord(begin);
    if (!prev.empty() && prev.begin >= last_end_ && EqualsIgnoreCase(Str(prev), "between")) {
      size_t pos = end;
      if (At(pos) == '%') {
        ++pos;
        percent_first = true;
      } else if (Span pw; NextWordIs(pos, "percent", &pw)) {
        pos = pw.end;
        percent_first = true;
      }
      Span and_word;
      if (NextWordIs(pos, "and", &and_word) && At(and_word.end) == ' ' &&
          ParseNumber(and_word.end + 1, &b) && b.spelled == a.spelled &&
          (a.scale.empty() ? a.value.Scaled(b.scale_power) : a.value) < b.value) {
        if (a.scale.empty() && !b.scale.empty()) {
          a.value = a.value.Scaled(b.scale_power);
          q.scale = std::string(b.scale);
        }
        range = true;
        begin = prev.begin;
        end = b.end;
      }
    } else if (!prev.empty() && prev.begin >= last_end_ && IsYear(a) &&
               EqualsIgnoreCase(Str(prev), "from")) {
      // The second end may be "June 2020" or "the end of 2019": still a
      // range of years (the Chinese writes 2018年至2020年6月).
      Span to;
      size_t second = 0;
      if ((NextWordIs(end, "to", &to) || NextWordIs(end, "through", &to)) && At(to.end) == ' ') {
        second = to.end + 1;
        Span w1 = NextWord(to.end);
        Span w2, w3;
        if (en::MonthNumber(Str(w1)) > 0 && At(w1.end) == ' ') {
          second = w1.end + 1;
        } else if (EqualsIgnoreCase(Str(w1), "the") && NextWordIs(w1.end, "end", &w2) &&
                   NextWordIs(w2.end, "of", &w3) && At(w3.end) == ' ') {
          second = w3.end + 1;
        }
      }
      if (second != 0 && IsDigit(At(second)) && ParseDigits(second, &b) && IsYear(b) &&
          b.integer > a.integer && !IsAlpha(At(b.end))) {
        q.kind = Kind::kYear;
        return Emit(RangeOf(q, a.value, b.value), prev.begin, b.end);
      }
    }
  }

  // Percent and percentage points.
  bool percent = false;
  if (At(end) == '%') {
    q.kind = Kind::kPercent;
    ++end;
    percent = true;
  } else {
    Span w = NextWord(end);
    if (w.begin == end + 1) {
      std::string_view s = Str(w);
      Span w2 = NextWord(w.end);
      if (EqualsIgnoreCase(s, "percent")) {
        q.kind = Kind::kPercent;
        end = w.end;
        percent = true;
      } else if (EqualsIgnoreCase(s, "per") && w2.begin == w.end + 1 &&
                 EqualsIgnoreCase(Str(w2), "cent")) {
        q.kind = Kind::kPercent;
        end = w2.end;
        percent = true;
      } else if (IsPointsAbbreviation(s)) {
        q.kind = Kind::kPercentagePoints;  // "up 1.5 ppt": percentage points
        end = w.end;
        percent = true;
      } else if (EqualsIgnoreCase(s, "percentage") && w2.begin == w.end + 1 &&
                 (EqualsIgnoreCase(Str(w2), "points") || EqualsIgnoreCase(Str(w2), "point"))) {
        q.kind = Kind::kPercentagePoints;
        end = w2.end;
        percent = true;
      }
    }
  }
  if (percent_first && !percent) q.kind = Kind::kPercent;
  percent = percent || percent_first;

  // Money: a currency written before or after the figure ("RMB90,000 yuan").
  if (!percent) {
    Span w = NextWord(end);
    if (w.begin == end + 1) {
      std::string_view s = Str(w);
      UnitInfo u = en::LookupUnit(s);
      if (u.unit_class == UnitClass::kCurrency) {
        if (currency.empty()) currency = u.id;
        end = w.end;
      } else if (s == "US") {
        Span w2 = NextWord(w.end);
        if (w2.begin == w.end + 1 && en::LookupUnit(Str(w2)).id == "USD") {
          currency = "USD";
          end = w2.end;
        }
      }
    }
    if (!currency.empty()) {
      q.kind = Kind::kMoney;
      q.unit = std::string(currency);
      // A rate: "RMB1,520 per month", "RMB10,000 per year", "RMB3,000 a month".
      Span per = NextWord(end);
      Span period = NextWord(per.end);
      if (per.begin == end + 1 && period.begin == per.end + 1 &&
          (EqualsIgnoreCase(Str(per), "per") || EqualsIgnoreCase(Str(per), "a"))) {
        std::string_view ps = Str(period);
        static constexpr std::string_view kPeriods[] = {"month", "year", "day",
                                                        "week",  "hour", "person"};
        for (std::string_view k : kPeriods) {
          if (EqualsIgnoreCase(ps, k) && (k != "person" || Str(per) == "per")) {
            // "per year" is money: a year is the default period of incomes
            // and salaries, and the Chinese (年收入) often leaves it implicit.
            if (k != "year") {
              q.kind = Kind::kRate;
              q.per = std::string(k);
            }
            end = period.end;
            break;
          }
        }
      } else if (Span annually; NextWordIs(end, "annually", &annually)) {
        end = annually.end;
      }
      if (q.kind == Kind::kMoney) {
        // "a monthly income of about RMB9,000", "his monthly income rose to
        // more than RMB4,000": the period is named earlier in the clause.
        std::string_view period = PeriodInClause(begin);
        if (!period.empty()) {
          q.kind = Kind::kRate;
          q.per = std::string(period);
        }
      }
    }
  }

  if (range) {
    // "September 10-12" (", 2020"): a range of days.
    Span month_word;
    const int month = q.kind == Kind::kCount ? MonthBefore(begin, &month_word) : 0;
    if (month && a.plain && b.plain && a.digits <= 2 && b.digits <= 2 && a.integer >= 1 &&
        b.integer <= 31) {
      int64_t year = 0;
      size_t year_end = 0;
      int64_t base = month * 100;
      if (YearAfter(end, &year, &year_end)) {
        base += year * 10000;
        end = year_end;
      }
      q.kind = Kind::kDate;
      return Emit(RangeOf(q, Decimal(base + a.integer), Decimal(base + b.integer)),
                  month_word.begin, end);
    }
    if (q.kind == Kind::kCount && IsYear(a) && IsYear(b) && b.integer > a.integer) {
      q.kind = Kind::kYear;
    }
    if (q.kind == Kind::kCount) {
      UnitFound u;
      if (FindUnit(end, false, &u)) {
        q.unit = u.noun.empty() ? std::string(u.info.id) : u.noun;
        if (u.info.unit_class == UnitClass::kTime) q.kind = Kind::kDuration;
        end = u.end;
      }
    }
    return Emit(RangeOf(q, a.value, b.value), begin, end);
  }
  q.value = a.value;

  // Dates and years.
  if (!percent && currency.empty() && a.plain) {
    Span month_word;
    int month = MonthBefore(begin, &month_word);
    if (month && a.digits == 4) {  // "September 2020"
      q.kind = Kind::kDate;
      q.value = Decimal(a.integer * 10000 + month * 100);
      return Emit(WithInterval(q), month_word.begin, end);
    }
    if (month && a.digits <= 2 && a.integer >= 1 && a.integer <= 31) {  // "March 10, 2025"
      int64_t year = 0;
      size_t year_end = 0;
      q.kind = Kind::kDate;
      if (size_t range_end = 0; DayRangeAfter(end, month, a.integer, &q, &range_end)) {
        return Emit(q, month_word.begin, range_end);  // "September 10 to 12"
      }
      if (YearAfter(end, &year, &year_end)) {
        q.value = Decimal(year * 10000 + month * 100 + a.integer);
        return Emit(WithInterval(q), month_word.begin, year_end);
      }
      Span next = NextWord(end);
      if (next.begin == end + 1 && IsUpper(t_[next.begin])) return end;  // a name
      q.value = Decimal(month * 100 + a.integer);
      return Emit(WithInterval(q), month_word.begin, end);
    }
    if (a.digits <= 2 && a.integer >= 1 && a.integer <= 31) {  // "10 September 2025"
      Span m = NextWord(end);
      int after_month = m.begin == end + 1 ? en::MonthNumber(Str(m)) : 0;
      int64_t year = 0;
      size_t year_end = 0;
      if (after_month && YearAfter(m.end, &year, &year_end) && At(m.end) == ' ') {
        q.kind = Kind::kDate;
        q.value = Decimal(year * 10000 + after_month * 100 + a.integer);
        return Emit(WithInterval(q), begin, year_end);
      }
    }
    if (IsYear(a)) {
      Span next = NextWord(end);
      UnitInfo u = next.begin == end + 1 ? en::LookupUnit(Str(next)) : UnitInfo{};
      if (u.unit_class == UnitClass::kNone || !u.plural) {
        Span prev = PrevWord(begin);
        std::string_view ps = prev.empty() ? std::string_view() : Str(prev);
        if ((EqualsIgnoreCase(ps, "the") || IsAcronym(ps)) && next.begin == end + 1 &&
            IsUpper(t_[next.begin])) {
          return end;  // a name: "the 2030 Agenda"
        }
        q.kind = Kind::kYear;
        return Emit(WithInterval(q), begin, end);
      }
    }
  }

  // Units of counts: hyphenated ("40-hour", "eight-hour", "three-year"),
  // else a unit noun after the figure.
  if (q.kind == Kind::kCount) {
    if (At(end) == '-' && IsAlpha(At(end + 1))) {
      Span w = NextWord(end + 1);
      std::string_view s = Str(w);
      UnitInfo u = en::LookupUnit(s);
      if (u.unit_class == UnitClass::kTime) {
        q.kind = Kind::kDuration;
        q.unit = std::string(u.id);
        if (u.multiplier != 1) q.value = q.value * Decimal(u.multiplier);
      } else if (a.integer == 1 || EqualsIgnoreCase(s, "way") || EqualsIgnoreCase(s, "fold")) {
        return w.end;  // "one-stop", "two-way": no figure worth comparing
      } else if (u.unit_class != UnitClass::kNone) {
        q.unit = std::string(u.id);
      } else {
        q.unit = "noun:" + LowerCopy(s);
      }
      end = w.end;
    } else {
      UnitFound u;
      if (FindUnit(end, a.integer == 1, &u)) {
        if (u.info.unit_class == UnitClass::kTime) {
          q.kind = Kind::kDuration;
          if (u.info.multiplier != 1) q.value = q.value * Decimal(u.info.multiplier);
        }
        q.unit = u.noun.empty() ? std::string(u.info.id) : u.noun;
        end = u.end;
      }
    }
  }

  size_t hedged_begin = begin;
  q.hedge = HedgeBefore(&hedged_begin);
  if (q.hedge == Hedge::kExact) q.hedge = HedgeAfter(&end);
  return Emit(WithInterval(q), hedged_begin, end);
}

// A vague amount: "thousands of people", "a few thousand yuan".
size_t Extractor::Vague(size_t begin, size_t end, Decimal low, Decimal high,
                        std::string_view scale) {
  Quantity q;
  q.kind = Kind::kCount;
  q.hedge = Hedge::kMoreThan;
  q.value = low;
  q.low = low;
  q.high = high;
  q.scale = std::string(scale);
  q.spelled_out = true;
  Span w = NextWord(end);
  UnitInfo cur = w.begin == end + 1 ? en::LookupUnit(Str(w)) : UnitInfo{};
  if (cur.unit_class == UnitClass::kCurrency) {
    q.kind = Kind::kMoney;
    q.unit = std::string(cur.id);
    end = w.end;
  } else {
    UnitFound u;
    if (FindUnit(end, false, &u)) {
      q.unit = u.noun.empty() ? std::string(u.info.id) : u.noun;
      if (u.info.unit_class == UnitClass::kTime) q.kind = Kind::kDuration;
      if (u.info.unit_class == UnitClass::kCurrency) q.kind = Kind::kMoney;
      end = u.end;
    }
  }
  return Emit(q, begin, end);
}

size_t Extractor::TryWord(size_t b, size_t e, WordInfo info) {
  Span prev = PrevWord(b);
  if (prev.begin < last_end_) prev = {b, b};
  std::string_view prev_word = Str(prev);
  switch (info.word_class) {
    case WordClass::kNone:
      return e;
    case WordClass::kCardinal: {
      // A capitalised number word inside a sentence is part of a name:
      // "the 13th Five-Year Plan".
      if (IsUpper(t_[b])) {
        size_t j = b;
        while (j > 0 && t_[j - 1] == ' ') --j;
        if (j > 0 && (IsAlpha(t_[j - 1]) || IsDigit(t_[j - 1]))) {
          return NextWord(b, /*hyphens=*/true).end;
        }
      }
      Num a;
      if (!ParseWords(b, &a)) return e;
      // "One day he decided ...": the idiom opening a sentence.
      if (a.integer == 1 && a.end == e && IsUpper(t_[b])) {
        Span day;
        if (NextWordIs(e, "day", &day) && !NextWordIs(day.end, "of")) return day.end;
      }
      if (a.integer == 1 && a.end == e) {
        // "one" as a pronoun or in idioms: "the one", "one of the best",
        // "one another", "one's", "one by one", "each and every one".
        static constexpr std::string_view kDeterminers[] = {
            "the", "this", "that", "each", "every", "no", "any", "which", "another", "a", "only"};
        for (std::string_view d : kDeterminers) {
          if (EqualsIgnoreCase(prev_word, d)) return e;
        }
        if (At(e) == '\'' || (static_cast<unsigned char>(At(e)) == 0xE2 && At(e + 2) == '\x99')) {
          return e;
        }
        Span next = NextWord(e);
        if (next.begin != e + 1 || next.empty()) return e;
        std::string_view ns = Str(next);
        static constexpr std::string_view kAfter[] = {"of", "another", "by", "or",   "and",
                                                      "to", "in",      "on", "after"};
        for (std::string_view d : kAfter) {
          if (EqualsIgnoreCase(ns, d)) return e;
        }
      }
      // Fractions: "two-thirds", "one third".
      if (a.scale.empty() && a.integer >= 1 && a.integer <= 9) {
        Span d;
        if (At(a.end) == '-' && IsAlpha(At(a.end + 1))) {
          d = NextWord(a.end + 1);
        } else if (At(a.end) == ' ') {
          d = NextWord(a.end);
          if (EqualsIgnoreCase(Str(d), "half")) d = {};
        }
        int denominator = d.empty() ? 0 : en::Denominator(Str(d));
        // "three quarters of the land" and "three-quarters" are shares; "the
        // first three quarters" are periods of a year.
        if (denominator == 4 && At(a.end) == ' ' && !NextWordIs(d.end, "of")) denominator = 0;
        if (denominator > 0 &&
            (a.integer == 1 || Str(d).back() == 's' || EqualsIgnoreCase(Str(d), "halves"))) {
          Quantity q;
          q.kind = Kind::kFraction;
          q.value = Decimal(a.integer).DividedBy(Decimal(denominator));
          q.spelled_out = true;
          size_t begin = b;
          q.hedge = HedgeBefore(&begin);
          return Emit(WithInterval(q), begin, d.end);
        }
      }
      return Complete(b, {}, a);
    }
    case WordClass::kHundred:
    case WordClass::kScale:
    case WordClass::kDozen: {
      // "a thousand", "a dozen"; "a few thousand", "several hundred".
      Decimal unit =
          info.word_class == WordClass::kDozen ? Decimal(12) : Decimal(1).Scaled(info.value);
      std::string_view scale =
          info.word_class == WordClass::kScale ? t_.substr(b, e - b) : std::string_view();
      if (EqualsIgnoreCase(prev_word, "few") || EqualsIgnoreCase(prev_word, "several")) {
        size_t begin = prev.begin;
        Span a_word = PrevWord(prev.begin);
        if (EqualsIgnoreCase(prev_word, "few") && a_word.begin >= last_end_ &&
            EqualsIgnoreCase(Str(a_word), "a")) {
          begin = a_word.begin;
        }
        return Vague(begin, e, unit, unit * Decimal(10), scale);
      }
      if (EqualsIgnoreCase(prev_word, "a")) {
        Num a;
        a.begin = prev.begin;
        a.end = e;
        a.value = unit;
        a.spelled = true;
        a.integer = -1;
        a.scale = scale;
        return Complete(prev.begin, {}, a);
      }
      return e;
    }
    case WordClass::kVaguePlural: {
      // "dozens of", "hundreds of", "tens of thousands of": more than one of
      // the unit, up to ten of it ("dozens": 12 to 100), as the Chinese 数百,
      // 几千 read.
      Span of;
      if (!NextWordIs(e, "of", &of)) return e;
      Decimal unit = info.value == 0 ? Decimal(12) : Decimal(1).Scaled(info.value);
      size_t end = of.end;
      std::string_view scale = t_.substr(b, e - b);
      while (true) {
        Span more = NextWord(end);
        WordInfo mi = more.begin == end + 1 ? en::ClassifyNumberWord(Str(more)) : WordInfo{};
        Span of2;
        if (mi.word_class != WordClass::kVaguePlural || mi.value == 0 ||
            !NextWordIs(more.end, "of", &of2)) {
          break;
        }
        unit = unit.Scaled(mi.value);
        scale = Str(more);
        end = of2.end;
      }
      if (!scale.empty() && scale.back() == 's') scale.remove_suffix(1);
      if (EqualsIgnoreCase(scale, "ten") || EqualsIgnoreCase(scale, "dozen")) scale = {};
      Decimal low = unit;
      Decimal high = info.value == 0 ? Decimal(100) : unit * Decimal(10);
      size_t vague_end = end;
      // The span ends at "of" unless a unit noun follows.
      size_t q_end = Vague(b, vague_end, low, high, scale);
      if (out_.back().unit.empty()) {
        out_.back().end = e;
        last_end_ = e;
        return std::max(e, vague_end);
      }
      return q_end;
    }
    case WordClass::kOrdinal: {
      // "a third of" is a fraction; "the third" an ordinal; "first" as an
      // adverb ("put people first", "First, ...") and "for the first time"
      // are not figures.
      int denominator = en::Denominator(t_.substr(b, e - b));
      if (denominator > 0 && EqualsIgnoreCase(prev_word, "a") && NextWordIs(e, "of")) {
        Quantity q;
        q.kind = Kind::kFraction;
        q.value = Decimal(1).DividedBy(Decimal(denominator));
        q.spelled_out = true;
        size_t begin = prev.begin;
        q.hedge = HedgeBefore(&begin);
        return Emit(WithInterval(q), begin, e);
      }
      static constexpr std::string_view kDeterminers[] = {"the", "its", "their", "his",
                                                          "her", "our", "this"};
      bool determined = false;
      for (std::string_view d : kDeterminers) {
        if (EqualsIgnoreCase(prev_word, d)) determined = true;
      }
      // A rank after a verb of placing: "finished twentieth", "ranked third".
      static constexpr std::string_view kRankVerbs[] = {"finished", "ranked", "ranks",
                                                        "placed",   "came",   "ranking"};
      for (std::string_view v : kRankVerbs) {
        if (EqualsIgnoreCase(prev_word, v)) determined = true;
      }
      if (!determined) return e;
      Span next = NextWord(e);
      std::string_view ns = next.begin == e + 1 ? Str(next) : std::string_view();
      // "for the first time", "in the first place" are idioms; "the third
      // time the fair has been held" counts occasions (第三次).
      // "the first half of the year" (上半年) names a period, not a rank.
      if (EqualsIgnoreCase(ns, "of") ||
          (info.value == 1 && (EqualsIgnoreCase(ns, "time") || EqualsIgnoreCase(ns, "place"))) ||
          (info.value <= 2 && EqualsIgnoreCase(ns, "half"))) {
        return e;
      }
      Quantity q;
      q.kind = Kind::kOrdinal;
      q.value = Decimal(info.value);
      q.spelled_out = true;
      return Emit(WithInterval(q), b, e);
    }
    case WordClass::kHalf: {
      if (At(e) == '-') return e;  // "half-hearted"
      // "the first half of the year", "in the second half": a period.
      if (EqualsIgnoreCase(prev_word, "first") || EqualsIgnoreCase(prev_word, "second") ||
          EqualsIgnoreCase(prev_word, "latter")) {
        return e;
      }
      Quantity q;
      q.kind = Kind::kFraction;
      q.value = Decimal(5, -1);
      q.spelled_out = true;
      size_t end = e;
      Span a_word, unit_word;
      if (NextWordIs(e, "a", &a_word)) {
        unit_word = NextWord(a_word.end);
        UnitInfo u = en::LookupUnit(Str(unit_word));
        if (unit_word.begin == a_word.end + 1 && u.unit_class == UnitClass::kTime && !u.plural) {
          q.kind = Kind::kDuration;  // "half a year"
          q.unit = std::string(u.id);
          end = unit_word.end;
        }
      }
      size_t begin = b;
      if (EqualsIgnoreCase(prev_word, "a") || EqualsIgnoreCase(prev_word, "one")) {
        Span before = PrevWord(prev.begin);
        if (EqualsIgnoreCase(Str(before), "and")) return e;  // "one and a half"
        begin = prev.begin;
      }
      q.hedge = HedgeBefore(&begin);
      return Emit(WithInterval(q), begin, end);
    }
    case WordClass::kTimes: {
      // "twice a day", "once every quarter", "at least once": a count of
      // times, as "three times" is (the Chinese 2次). "Once" is a count only
      // with a frequency or a hedge beside it ("once they were identified",
      // "at once", "once again" are not); "twice" and "thrice" are counts
      // unless they multiply ("twice as many", "twice the average").
      Span next = NextWord(e);
      std::string_view ns = next.begin == e + 1 ? Str(next) : std::string_view();
      static constexpr std::string_view kFrequency[] = {
          "a",      "an",     "per",     "every",    "each",     "daily",
          "weekly", "monthly", "yearly", "annually", "quarterly", "hourly"};
      static constexpr std::string_view kMultiplying[] = {"as", "the", "that", "this", "its",
                                                          "their", "his", "her", "what", "our"};
      bool frequency = false, multiplying = false;
      for (std::string_view w : kFrequency) frequency |= EqualsIgnoreCase(ns, w);
      for (std::string_view w : kMultiplying) multiplying |= EqualsIgnoreCase(ns, w);
      Quantity q;
      q.kind = Kind::kCount;
      q.unit = "noun:time";
      q.value = Decimal(info.value);
      q.spelled_out = true;
      size_t begin = b;
      q.hedge = HedgeBefore(&begin);
      if (multiplying || (info.value == 1 && !frequency && q.hedge == Hedge::kExact)) return e;
      return Emit(WithInterval(q), begin, e);
    }
    case WordClass::kQuarter: {
      // "a quarter of the enterprises" (四分之一); not "a quarter" of a year,
      // "once a quarter", "the first quarter". "One quarter", "three quarters
      // of" are cardinals.
      // Also "fell by a quarter", "roughly a quarter": a share by its verb
      // or its hedge.
      if (!EqualsIgnoreCase(prev_word, "a")) return e;
      Quantity q;
      q.kind = Kind::kFraction;
      q.value = Decimal(1).DividedBy(Decimal(info.value));
      q.spelled_out = true;
      size_t begin = prev.begin;
      q.hedge = HedgeBefore(&begin);
      Span before = PrevWord(prev.begin);
      const bool by = before.begin >= last_end_ && EqualsIgnoreCase(Str(before), "by");
      if (!NextWordIs(e, "of") && !by && q.hedge == Hedge::kExact) return e;
      return Emit(WithInterval(q), begin, e);
    }
    case WordClass::kDecade: {
      // "a decade", "the past decade" (and more).
      bool counted = EqualsIgnoreCase(prev_word, "a") || EqualsIgnoreCase(prev_word, "one");
      bool past = EqualsIgnoreCase(prev_word, "past") || EqualsIgnoreCase(prev_word, "last");
      if (!counted && !past) return e;
      Quantity q;
      q.kind = Kind::kDuration;
      q.unit = "year";
      q.value = Decimal(10);
      q.spelled_out = true;
      size_t begin = counted ? prev.begin : b;
      size_t end = e;
      if (counted) q.hedge = HedgeBefore(&begin);
      if (q.hedge == Hedge::kExact) q.hedge = HedgeAfter(&end);
      return Emit(WithInterval(q), begin, end);
    }
  }
  return e;
}

}  // namespace

std::vector<Quantity> ExtractEn(std::string_view text) { return Extractor(text).Run(); }

}  // namespace crosscheck::quantity
