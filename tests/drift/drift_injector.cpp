#include "drift/drift_injector.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <utility>

namespace crosscheck::drift {

namespace {

// How many targets of each kind to take per side; kinds not listed here take
// every candidate (sections, headings, list items, spelled-out numbers).
constexpr size_t kDigitTargets = 16;
constexpr size_t kYearTargets = 8;
constexpr size_t kPercentTargets = 10;
constexpr size_t kMagnitudeTargets = 8;
constexpr size_t kPercentPointsTargets = 6;
constexpr size_t kCurrencyTargets = 6;
constexpr size_t kSentenceTargets = 10;
constexpr size_t kParagraphTargets = 8;
constexpr size_t kNumberAddedTargets = 8;
constexpr size_t kAll = static_cast<size_t>(-1);

// ---------------------------------------------------------------------------
// UTF-8 and character classes.

// Decodes the code point starting at byte `i`; sets *length. Invalid bytes
// decode as themselves with length 1 (the corpus is valid UTF-8).
char32_t DecodeAt(std::string_view s, size_t i, size_t* length) {
  const auto b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (i + n > s.size()) n = 1;
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *length = n;
  return c;
}

// The code point ending just before byte `end`; sets *begin. REQUIRES: end > 0.
char32_t DecodeBefore(std::string_view s, size_t end, size_t* begin) {
  size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  size_t length = 0;
  char32_t c = DecodeAt(s, i, &length);
  *begin = i;
  return c;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// The line without spaces: "前 言" → "前言".
std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r') out += c;
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// A contents entry without its list marker: " - 二、…" → "二、…".
std::string_view StripListMarker(std::string_view line) {
  std::string_view t = Trim(line);
  if (StartsWith(t, "- ")) t = Trim(t.substr(2));
  return t;
}

// Last code point of a line, ignoring trailing spaces, ends a sentence.
bool EndsWithTerminal(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.empty()) return false;
  size_t begin = 0;
  char32_t c = DecodeBefore(t, t.size(), &begin);
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'：':
    case U'.':
    case U'!':
    case U'?':
    case U';':
    case U':':
    case U'”':
    case U'"':
    case U'’':
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Chinese and Roman heading numbers.

constexpr std::array<std::u32string_view, 10> kCjkDigits = {U"",   U"一", U"二", U"三", U"四",
                                                            U"五", U"六", U"七", U"八", U"九"};

int CjkDigitValue(char32_t c) {
  for (int v = 1; v < 10; ++v) {
    if (kCjkDigits[v][0] == c) return v;
  }
  return c == U'十' ? 10 : -1;
}

std::string Utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// 1..99 in Chinese numerals: 3 → "三", 10 → "十", 12 → "十二", 21 → "二十一".
std::string CjkNumber(int value) {
  std::string out;
  int tens = value / 10, units = value % 10;
  if (tens > 1) out += Utf8(kCjkDigits[tens][0]);
  if (tens > 0) out += "十";
  if (units > 0) out += Utf8(kCjkDigits[units][0]);
  return out;
}

// Parses a leading Chinese numeral (一 … 九十九) followed by "、". Sets *length
// to the bytes of the numeral. Returns the value or -1.
int ParseCjkHeadingNumber(std::string_view s, size_t* length) {
  int value = 0, pending = 0;
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    size_t n = 0;
    char32_t c = DecodeAt(s, i, &n);
    int v = CjkDigitValue(c);
    if (v < 0) break;
    any = true;
    if (v == 10) {
      value += (pending == 0 ? 1 : pending) * 10;
      pending = 0;
    } else {
      pending = v;
    }
    i += n;
  }
  if (!any || !StartsWith(s.substr(i), "、")) return -1;
  *length = i;
  return value + pending;
}

int RomanDigit(char c) {
  switch (c) {
    case 'I':
      return 1;
    case 'V':
      return 5;
    case 'X':
      return 10;
    case 'L':
      return 50;
    default:
      return 0;
  }
}

// Parses a leading Roman numeral followed by ". " and an upper-case letter.
int ParseRomanHeadingNumber(std::string_view s, size_t* length) {
  size_t i = 0;
  while (i < s.size() && RomanDigit(s[i]) > 0) ++i;
  if (i == 0 || i + 2 >= s.size() || s[i] != '.' || s[i + 1] != ' ' || !IsAsciiUpper(s[i + 2])) {
    return -1;
  }
  int value = 0;
  for (size_t k = 0; k < i; ++k) {
    int v = RomanDigit(s[k]);
    value += (k + 1 < i && v < RomanDigit(s[k + 1])) ? -v : v;
  }
  *length = i;
  return value;
}

std::string RomanNumber(int value) {
  static constexpr std::pair<int, std::string_view> kParts[] = {
      {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
  std::string out;
  for (const auto& [v, s] : kParts) {
    while (value >= v) {
      out += s;
      value -= v;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Figures written in ASCII digits.

struct Token {
  size_t begin = 0;  // byte offsets in the line
  size_t end = 0;
  bool year = false;     // four digits, 1900–2099, no separators
  bool percent = false;  // followed by %, ％ or " percent"
};

// Figures in `line`: runs of digits with thousands separators ("1,237") and a
// decimal point. Digits glued to letters are names or ordinals, not figures:
// "Covid-19", "18th", "May 1st" (but "RMB23,200" is a figure).
std::vector<Token> ScanFigures(std::string_view line) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < line.size()) {
    if (!IsAsciiDigit(line[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    bool separators = false;
    while (j < line.size()) {
      if (IsAsciiDigit(line[j])) {
        ++j;
      } else if (line[j] == '.' && j + 1 < line.size() && IsAsciiDigit(line[j + 1])) {
        separators = true;
        ++j;
      } else if (line[j] == ',' && j + 3 < line.size() && IsAsciiDigit(line[j + 1]) &&
                 IsAsciiDigit(line[j + 2]) && IsAsciiDigit(line[j + 3]) &&
                 (j + 4 == line.size() || !IsAsciiDigit(line[j + 4]))) {
        separators = true;
        ++j;
      } else {
        break;
      }
    }
    bool glued =
        (j < line.size() && IsAsciiLetter(line[j])) ||
        (i > 0 && IsAsciiLetter(line[i - 1]) && !(i >= 3 && line.substr(i - 3, 3) == "RMB")) ||
        (i > 1 && line[i - 1] == '-' && IsAsciiLetter(line[i - 2]));
    if (!glued) {
      Token t{i, j, false, false};
      std::string_view digits = line.substr(i, j - i);
      if (!separators && digits.size() == 4 &&
          (StartsWith(digits, "19") || StartsWith(digits, "20"))) {
        t.year = true;
      }
      std::string_view rest = line.substr(j);
      t.percent = StartsWith(rest, "%") || StartsWith(rest, " %") || StartsWith(rest, "％") ||
                  (StartsWith(rest, " percent") && !StartsWith(rest, " percentage"));
      out.push_back(t);
    }
    i = j;
  }
  return out;
}

bool HasFigure(std::string_view text) {
  for (const Token& t : ScanFigures(text)) {
    if (!t.year) return true;
  }
  return false;
}

// The byte offset of the leading significant digit of a figure.
size_t LeadingDigit(std::string_view line, const Token& t) {
  for (size_t k = t.begin; k < t.end; ++k) {
    if (IsAsciiDigit(line[k]) && line[k] != '0') return k;
  }
  return t.begin;
}

// Moves a digit by three so that the change is far beyond any written
// precision or hedge: 1→4, 4→7, 5→2, 9→6. Never yields 0.
char ShiftDigit(char d) { return d <= '4' ? static_cast<char>(d + 3) : static_cast<char>(d - 3); }

// ---------------------------------------------------------------------------
// Document structure, found with simple line rules.

struct Block {
  LineRange lines;  // may include interior blank lines (a page break)
  bool bullet = false;
};

struct ContentsEntry {
  LineRange lines;     // the entry and its wrapped continuation lines
  size_t heading = 0;  // the body heading it names; 0 when unknown
};

struct Doc {
  Side side = Side::kZh;
  std::vector<std::string_view> lines;  // lines[0] is line 1
  bool final_newline = false;
  size_t contents_title = 0;
  size_t body_start = 1;
  std::vector<ContentsEntry> entries;
  std::vector<size_t> headings;  // body headings, in order
  std::vector<Block> blocks;     // body paragraphs and bullets, in order

  size_t size() const { return lines.size(); }
  std::string_view line(size_t n) const { return lines[n - 1]; }
  bool blank(size_t n) const { return n < 1 || n > lines.size() || IsBlank(lines[n - 1]); }
};

// A heading line: "一、新疆劳动就业的基本状况", "II. Proactive Employment Policies",
// "前 言", "Conclusion". `text` has its list marker stripped already.
bool IsHeadingText(Side side, std::string_view text) {
  std::string squashed = Squash(text);
  if (squashed.empty()) return false;
  size_t n = 0;
  if (side == Side::kZh) {
    if (squashed == "前言" || squashed == "结束语" || squashed == "目录") return true;
    return text.size() < 120 && text.find("。") == std::string_view::npos &&
           ParseCjkHeadingNumber(text, &n) > 0;
  }
  if (squashed == "Preface" || squashed == "Conclusion" || squashed == "Contents") return true;
  return text.size() < 100 && text.back() != '.' && ParseRomanHeadingNumber(text, &n) > 0;
}

bool IsBulletLine(std::string_view line) { return StartsWith(line, "- "); }

Doc Analyze(Side side, std::string_view text) {
  Doc doc;
  doc.side = side;
  doc.lines = SplitLines(text);
  doc.final_newline = !text.empty() && text.back() == '\n';
  const std::string contents_name = side == Side::kZh ? "目录" : "Contents";

  for (size_t n = 1; n <= doc.size(); ++n) {
    if (Squash(doc.line(n)) == contents_name) {
      doc.contents_title = n;
      break;
    }
  }
  // Contents entries run until the first entry's title comes back as a body
  // heading; a line that is not a heading wraps the entry before it.
  if (doc.contents_title > 0) {
    std::string first_title;
    size_t n = doc.contents_title + 1;
    for (; n <= doc.size(); ++n) {
      if (doc.blank(n)) continue;
      std::string_view entry = StripListMarker(doc.line(n));
      std::string squashed = Squash(entry);
      if (!first_title.empty() && squashed == first_title) break;
      if (IsHeadingText(side, entry) || doc.entries.empty()) {
        if (first_title.empty()) first_title = squashed;
        doc.entries.push_back({{n, n}, 0});
      } else {
        doc.entries.back().lines.last = n;
      }
    }
    doc.body_start = n;
  }
  for (size_t n = doc.body_start; n <= doc.size(); ++n) {
    if (!doc.blank(n) && IsHeadingText(side, Trim(doc.line(n)))) doc.headings.push_back(n);
  }
  if (doc.entries.size() == doc.headings.size()) {
    for (size_t k = 0; k < doc.entries.size(); ++k) doc.entries[k].heading = doc.headings[k];
  }

  // Paragraphs: a line that does not end a sentence continues after the
  // blank line of a page break, unless a heading or a bullet follows.
  size_t first_heading = doc.headings.empty() ? doc.size() + 1 : doc.headings.front();
  for (size_t n = first_heading; n <= doc.size(); ++n) {
    if (doc.blank(n) || IsHeadingText(side, Trim(doc.line(n)))) continue;
    Block block{{n, n}, IsBulletLine(doc.line(n))};
    while (!EndsWithTerminal(doc.line(block.lines.last))) {
      size_t next = block.lines.last + 1;
      while (next <= doc.size() && doc.blank(next)) ++next;
      if (next > doc.size() || IsHeadingText(side, Trim(doc.line(next))) ||
          IsBulletLine(doc.line(next))) {
        break;
      }
      block.lines.last = next;
    }
    doc.blocks.push_back(block);
    n = block.lines.last;
  }
  return doc;
}

// ---------------------------------------------------------------------------
// Building mutations.

struct Candidate {
  size_t line = 0;
  size_t begin = 0;  // byte range replaced within the line (in-place edits)
  size_t end = 0;
  std::string replacement;
  LineRange removed;  // for deletions: the lines removed
  std::string what;   // for the description
};

std::string Join(const std::vector<std::string>& lines, bool final_newline) {
  std::string out;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k > 0) out += '\n';
    out += lines[k];
  }
  if (final_newline && !lines.empty()) out += '\n';
  return out;
}

// Picks `count` of `n` candidates spread evenly: the middle of each of
// `count` equal strides. All of them when count >= n.
std::vector<size_t> Spread(size_t n, size_t count) {
  std::vector<size_t> out;
  if (count >= n) {
    for (size_t k = 0; k < n; ++k) out.push_back(k);
    return out;
  }
  for (size_t k = 0; k < count; ++k) out.push_back((2 * k + 1) * n / (2 * count));
  return out;
}

class Builder {
 public:
  Builder(const Doc& doc, std::vector<Mutation>* out) : doc_(doc), out_(out) {}

  // Turns the chosen candidates of one kind into mutations.
  void Emit(Kind kind, const std::vector<Candidate>& candidates, size_t count) {
    // Ordinal of each candidate among those of this kind on its line.
    std::vector<size_t> ordinal(candidates.size());
    for (size_t k = 0; k < candidates.size(); ++k) {
      ordinal[k] = (k > 0 && candidates[k - 1].line == candidates[k].line) ? ordinal[k - 1] + 1 : 1;
    }
    for (size_t k : Spread(candidates.size(), count)) {
      out_->push_back(Make(kind, candidates[k], ordinal[k]));
    }
  }

 private:
  Mutation Make(Kind kind, const Candidate& c, size_t ordinal) const {
    Mutation m;
    m.side = doc_.side;
    m.kind = kind;
    m.id = std::string(SideName(doc_.side)) + "-" + std::string(KindName(kind)) + "-L" +
           std::to_string(c.line) + "-" + std::to_string(ordinal);
    std::vector<std::string> lines(doc_.lines.begin(), doc_.lines.end());
    if (c.removed.empty()) {
      std::string& line = lines[c.line - 1];
      m.before = line.substr(c.begin, c.end - c.begin);
      m.after = c.replacement;
      line.replace(c.begin, c.end - c.begin, c.replacement);
      m.original = {c.line, c.line};
      m.mutated = {c.line, c.line};
      m.vicinity = {c.line, c.line};
    } else {
      for (size_t n = c.removed.first; n <= c.removed.last; ++n) {
        if (!m.before.empty()) m.before += '\n';
        m.before += doc_.line(n);
      }
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(c.removed.first - 1),
                  lines.begin() + static_cast<std::ptrdiff_t>(c.removed.last));
      m.original = c.removed;
      m.mutated = {c.removed.first, c.removed.first - 1};
      size_t before = c.removed.first - 1;
      while (before >= 1 && IsBlank(lines[before - 1])) --before;
      size_t after = c.removed.first;
      while (after <= lines.size() && IsBlank(lines[after - 1])) ++after;
      m.vicinity = {before >= 1 ? before : after, after <= lines.size() ? after : before};
    }
    m.description =
        std::string(SideName(doc_.side)) + " line " + std::to_string(c.line) + ": " + c.what;
    m.text = Join(lines, doc_.final_newline);
    return m;
  }

  const Doc& doc_;
  std::vector<Mutation>* out_;
};

Candidate InPlace(size_t line, size_t begin, size_t end, std::string replacement,
                  std::string what) {
  Candidate c;
  c.line = line;
  c.begin = begin;
  c.end = end;
  c.replacement = std::move(replacement);
  c.removed = {1, 0};
  c.what = std::move(what);
  return c;
}

Candidate Removal(LineRange removed, std::string what) {
  Candidate c;
  c.line = removed.first;
  c.removed = removed;
  c.what = std::move(what);
  return c;
}

std::string Quote(std::string_view a, std::string_view b) {
  return "\"" + std::string(a) + "\" → \"" + std::string(b) + "\"";
}

// A figure with its unit word for descriptions: the token and a few bytes
// after it, cut at a code point boundary.
std::string_view Context(std::string_view line, size_t begin, size_t end) {
  size_t stop = std::min(line.size(), end + 9);
  while (stop < line.size() && (static_cast<unsigned char>(line[stop]) & 0xC0) == 0x80) ++stop;
  return line.substr(begin, stop - begin);
}

// --- figure edits ----------------------------------------------------------

void FigureEdits(const Doc& doc, Builder* b) {
  std::vector<Candidate> digit, year, percent, magnitude, points, currency;
  for (size_t n = 1; n <= doc.size(); ++n) {
    std::string_view line = doc.line(n);
    std::vector<Token> tokens = ScanFigures(line);
    for (const Token& t : tokens) {
      std::string_view figure = line.substr(t.begin, t.end - t.begin);
      if (t.year) {
        // Alternate the direction so that both earlier and later years occur.
        int value = std::stoi(std::string(figure));
        int shifted = (year.size() % 2 == 0) ? value + 1 : value - 1;
        year.push_back(InPlace(n, t.begin, t.end, std::to_string(shifted),
                               "year " + Quote(figure, std::to_string(shifted))));
        continue;
      }
      size_t lead = LeadingDigit(line, t);
      std::string changed(figure);
      changed[lead - t.begin] = ShiftDigit(line[lead]);
      (t.percent ? percent : digit)
          .push_back(
              InPlace(n, t.begin, t.end, changed,
                      (t.percent ? "percentage " : "leading digit ") + Quote(figure, changed)));

      // The unit right after the figure.
      size_t u = t.end;
      if (doc.side == Side::kZh) {
        while (u < line.size() && line[u] == ' ') ++u;
        std::string_view rest = line.substr(u);
        if (StartsWith(rest, "万") || StartsWith(rest, "亿")) {
          std::string swap = StartsWith(rest, "万") ? "亿" : "万";
          std::string figure_and_space(line.substr(t.begin, u - t.begin));
          magnitude.push_back(
              InPlace(n, u, u + 3, swap,
                      "magnitude " + Quote(figure_and_space + std::string(rest.substr(0, 3)),
                                           figure_and_space + swap)));
          u += 3;
          if (StartsWith(line.substr(u), "元")) {
            currency.push_back(InPlace(
                n, u, u + 3, "美元",
                "currency " + Quote(line.substr(t.begin, u + 3 - t.begin),
                                    std::string(line.substr(t.begin, u - t.begin)) + "美元")));
          }
        } else if (StartsWith(rest, "元")) {
          currency.push_back(InPlace(
              n, u, u + 3, "美元",
              "currency " + Quote(line.substr(t.begin, u + 3 - t.begin),
                                  std::string(line.substr(t.begin, u - t.begin)) + "美元")));
        } else if (StartsWith(rest, "%") || StartsWith(rest, "％")) {
          size_t len = StartsWith(rest, "%") ? 1 : 3;
          points.push_back(InPlace(n, u, u + len, "个百分点",
                                   "unit " + Quote(line.substr(t.begin, u + len - t.begin),
                                                   std::string(figure) + "个百分点")));
        } else if (StartsWith(rest, "个百分点")) {
          points.push_back(InPlace(
              n, u, u + 12, "%",
              "unit " + Quote(line.substr(t.begin, u + 12 - t.begin), std::string(figure) + "%")));
        }
      } else {
        std::string_view rest = line.substr(u);
        for (std::string_view word : {" million", " billion"}) {
          if (!StartsWith(rest, word)) continue;
          std::string swap = word == " million" ? " billion" : " million";
          magnitude.push_back(InPlace(n, u, u + word.size(), swap,
                                      "magnitude " + Quote(std::string(figure) + std::string(word),
                                                           std::string(figure) + swap)));
        }
        if (StartsWith(rest, " percentage points")) {
          points.push_back(InPlace(n, u, u + 18, " percent",
                                   "unit " + Quote(std::string(figure) + " percentage points",
                                                   std::string(figure) + " percent")));
        } else if (StartsWith(rest, " percent")) {
          points.push_back(InPlace(n, u, u + 8, " percentage points",
                                   "unit " + Quote(std::string(figure) + " percent",
                                                   std::string(figure) + " percentage points")));
        }
        if (t.begin >= 3 && line.substr(t.begin - 3, 3) == "RMB") {
          currency.push_back(InPlace(
              n, t.begin - 3, t.begin, "US$",
              "currency " + Quote("RMB" + std::string(figure), "US$" + std::string(figure))));
        }
      }
    }
  }
  b->Emit(Kind::kDigit, digit, kDigitTargets);
  b->Emit(Kind::kYear, year, kYearTargets);
  b->Emit(Kind::kPercent, percent, kPercentTargets);
  b->Emit(Kind::kMagnitude, magnitude, kMagnitudeTargets);
  b->Emit(Kind::kPercentPoints, points, kPercentPointsTargets);
  b->Emit(Kind::kCurrency, currency, kCurrencyTargets);
}

// --- spelled-out numbers ---------------------------------------------------

struct Spelled {
  std::string_view from;
  std::string_view to;
};

// Each number word moves to one its neighbours would not be confused with.
constexpr Spelled kEnglishNumbers[] = {
    {"two", "three"}, {"three", "five"}, {"four", "five"},  {"five", "seven"},
    {"six", "eight"}, {"seven", "nine"}, {"eight", "nine"}, {"nine", "ten"},
};
constexpr Spelled kChineseNumbers[] = {
    {"二", "三"}, {"三", "五"}, {"四", "五"}, {"五", "七"},
    {"六", "八"}, {"七", "九"}, {"八", "九"}, {"九", "十"},
};
// Measure words after which a Chinese numeral counts something. Left out on
// purpose: 两 and 项, which the English here renders by listing the things
// ("Kashgar and Hotan", "old-age, unemployment and injury insurance").
constexpr std::string_view kChineseCounters[] = {"年", "个", "地州", "大", "级", "次", "名"};

void SpelledNumbers(const Doc& doc, Builder* b) {
  std::vector<Candidate> out;
  for (size_t n = doc.body_start; n <= doc.size(); ++n) {
    std::string_view line = doc.line(n);
    if (doc.side == Side::kZh) {
      for (size_t i = 0; i < line.size();) {
        size_t len = 0;
        char32_t c = DecodeAt(line, i, &len);
        const Spelled* hit = nullptr;
        for (const Spelled& s : kChineseNumbers) {
          if (line.substr(i, len) == s.from) hit = &s;
        }
        bool counted = false;
        for (std::string_view counter : kChineseCounters) {
          counted = counted || StartsWith(line.substr(i + len), counter);
        }
        // Not inside a longer numeral (十三五, 十八大), not 第三 (an ordinal).
        size_t prev_begin = 0;
        char32_t prev = i > 0 ? DecodeBefore(line, i, &prev_begin) : 0;
        bool inside = prev == U'第' || CjkDigitValue(prev) > 0;
        size_t next_len = 0;
        char32_t next = i + len < line.size() ? DecodeAt(line, i + len, &next_len) : 0;
        inside = inside || CjkDigitValue(next) > 0;
        if (hit != nullptr && counted && !inside && c != U'一') {
          std::string_view unit = Context(line, i + len, i + len);
          out.push_back(InPlace(
              n, i, i + len, std::string(hit->to),
              "spelled number " + Quote(std::string(hit->from) + std::string(unit.substr(0, 3)),
                                        std::string(hit->to) + std::string(unit.substr(0, 3)))));
        }
        i += len;
      }
      continue;
    }
    for (size_t i = 0; i < line.size(); ++i) {
      if (!IsAsciiLetter(line[i]) ||
          (i > 0 && (IsAsciiLetter(line[i - 1]) || line[i - 1] == '-'))) {
        continue;
      }
      size_t j = i;
      while (j < line.size() && IsAsciiLetter(line[j])) ++j;
      std::string word(line.substr(i, j - i));
      bool capital = IsAsciiUpper(word[0]);
      std::string lower = word;
      lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
      std::string_view rest = line.substr(j);
      // A capital mid-sentence is a name ("13th Five-Year Plan"); "-way",
      // "-thirds" and "five other women" do not count things one to one.
      bool sentence_start = i == 0 || (i >= 2 && (line[i - 2] == '.' || line[i - 2] == ':'));
      bool idiom =
          StartsWith(rest, "-way") || StartsWith(rest, "-thirds") || StartsWith(rest, " other");
      for (const Spelled& s : kEnglishNumbers) {
        if (lower != s.from || (capital && !sentence_start) || idiom) continue;
        std::string to(s.to);
        if (capital) to[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(to[0])));
        size_t tail = std::min(rest.size(), rest.find_first_of(" ,.;", 1));
        std::string after(rest.substr(0, tail));
        out.push_back(InPlace(n, i, j, to, "spelled number " + Quote(word + after, to + after)));
      }
      i = j;
    }
  }
  b->Emit(Kind::kSpelledNumber, out, kAll);
}

// --- sentences, paragraphs, sections --------------------------------------

struct Sentence {
  size_t begin = 0;  // first byte
  size_t end = 0;    // one past the terminal punctuation (and closing quotes)
  bool complete = false;
};

// Splits a line at sentence ends: 。！？ (zh); . ! ? followed by a space or
// the end of the line (en). Closing quotes and brackets stay with their
// sentence. Spaces between sentences belong to neither.
std::vector<Sentence> SplitSentences(Side side, std::string_view line) {
  std::vector<Sentence> out;
  size_t begin = 0;
  size_t i = 0;
  while (i < line.size()) {
    size_t len = 0;
    char32_t c = DecodeAt(line, i, &len);
    bool terminal = side == Side::kZh ? (c == U'。' || c == U'！' || c == U'？')
                                      : (c == U'.' || c == U'!' || c == U'?');
    i += len;
    if (!terminal) continue;
    size_t end = i;
    while (end < line.size()) {
      size_t l2 = 0;
      char32_t q = DecodeAt(line, end, &l2);
      if (q != U'”' && q != U'"' && q != U'’' && q != U')' && q != U'）' && q != U'*') break;
      end += l2;
    }
    if (side == Side::kEn && end < line.size() && line[end] != ' ') continue;
    out.push_back({begin, end, true});
    while (end < line.size() && line[end] == ' ') ++end;
    begin = end;
    i = end;
  }
  if (begin < line.size()) out.push_back({begin, line.size(), false});
  return out;
}

void SentenceDeletions(const Doc& doc, Builder* b) {
  std::vector<Candidate> out;
  for (const Block& block : doc.blocks) {
    if (block.bullet) continue;
    for (size_t n = block.lines.first; n <= block.lines.last; ++n) {
      if (doc.blank(n)) continue;
      std::string_view line = doc.line(n);
      std::vector<Sentence> sentences = SplitSentences(doc.side, line);
      if (sentences.size() < 2) continue;
      for (size_t k = 0; k < sentences.size(); ++k) {
        const Sentence& s = sentences[k];
        // A partial sentence (continued from or onto another line) is left alone.
        if (!s.complete || (k == 0 && n != block.lines.first)) continue;
        std::string_view text = line.substr(s.begin, s.end - s.begin);
        if (!HasFigure(text)) continue;
        size_t begin = s.begin, end = s.end;
        if (k + 1 < sentences.size()) {
          end = sentences[k + 1].begin;
        } else {
          while (begin > 0 && line[begin - 1] == ' ') --begin;
        }
        std::string shown(text.substr(0, std::min<size_t>(text.size(), 60)));
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80)
          shown.pop_back();
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0xC0)
          shown.pop_back();
        out.push_back(InPlace(n, begin, end, "", "sentence deleted \"" + shown + "…\""));
      }
    }
  }
  b->Emit(Kind::kSentenceDeleted, out, kSentenceTargets);
}

// The lines to remove for a block of lines: the block itself and, when it
// stands between blank lines, the blank after it, so that paragraphs stay
// separated by exactly one blank line.
LineRange WithSeparator(const Doc& doc, LineRange lines) {
  if (doc.blank(lines.first - 1) && lines.last + 1 <= doc.size() && doc.blank(lines.last + 1)) {
    return {lines.first, lines.last + 1};
  }
  return lines;
}

void ParagraphDeletions(const Doc& doc, Builder* b) {
  std::vector<Candidate> out;
  for (const Block& block : doc.blocks) {
    if (block.bullet) continue;
    bool figure = false;
    for (size_t n = block.lines.first; n <= block.lines.last; ++n)
      figure = figure || HasFigure(doc.line(n));
    if (!figure) continue;
    out.push_back(Removal(WithSeparator(doc, block.lines),
                          "paragraph deleted (lines " + std::to_string(block.lines.first) + "–" +
                              std::to_string(block.lines.last) + ")"));
  }
  b->Emit(Kind::kParagraphDeleted, out, kParagraphTargets);
}

void SectionDeletions(const Doc& doc, Builder* b) {
  std::vector<Candidate> out;
  for (size_t k = 0; k < doc.headings.size(); ++k) {
    size_t first = doc.headings[k];
    size_t last = k + 1 < doc.headings.size() ? doc.headings[k + 1] - 1 : doc.size();
    // The last section takes the blank line before it, so the file does not
    // end in a blank line it did not have.
    if (k + 1 == doc.headings.size() && doc.blank(first - 1)) --first;
    out.push_back(Removal(
        {first, last}, "section deleted \"" + std::string(Trim(doc.line(doc.headings[k]))) + "\""));
    out.back().line = doc.headings[k];
  }
  b->Emit(Kind::kSectionDeleted, out, kAll);
}

// --- additions -------------------------------------------------------------

// Digits of `text` with separators and spaces removed, for checking that an
// added figure appears nowhere in the pair.
std::string DigitsOnly(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (IsAsciiDigit(c)) {
      out += c;
    } else if (c != ',' && c != '.' && c != ' ') {
      out += ' ';
    }
  }
  return out;
}

std::string WithThousands(uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += ',';
    out += digits[k];
  }
  return out;
}

void NumberAdditions(const Doc& doc, std::string_view all_digits, Builder* b) {
  std::vector<Candidate> out;
  uint64_t step = doc.side == Side::kZh ? 11 : 57;
  for (const Block& block : doc.blocks) {
    if (block.bullet) continue;
    std::string_view line = doc.line(block.lines.last);
    std::string_view trimmed = Trim(line);
    std::string_view stop = doc.side == Side::kZh ? "。" : ".";
    if (trimmed.size() < stop.size() || trimmed.substr(trimmed.size() - stop.size()) != stop) {
      continue;
    }
    // Four significant digits, no trailing zero, found nowhere in the pair.
    std::string digits;
    uint64_t seed = 0;
    do {
      seed = 1000 + (step++ * 4801 + 2357) % 9000;
      digits = std::to_string(seed);
    } while (digits.back() == '0' || all_digits.find(digits) != std::string_view::npos);
    std::string sentence;
    if (doc.side == Side::kZh) {
      sentence =
          "此外，另有" + digits.substr(0, 2) + "." + digits.substr(2) + "万人参加了职业技能培训。";
    } else {
      sentence = " In addition, another " + WithThousands(seed * 100) +
                 " people took part in vocational training.";
    }
    size_t end = line.find_last_not_of(" \t\r") + 1;
    out.push_back(InPlace(block.lines.last, end, end, sentence,
                          "number added \"" + std::string(Trim(sentence)) + "\""));
  }
  b->Emit(Kind::kNumberAdded, out, kNumberAddedTargets);
}

// --- headings and lists ----------------------------------------------------

void HeadingRenumbers(const Doc& doc, Builder* b) {
  std::vector<size_t> lines;
  for (const ContentsEntry& e : doc.entries) lines.push_back(e.lines.first);
  for (size_t h : doc.headings) lines.push_back(h);
  std::sort(lines.begin(), lines.end());
  std::vector<Candidate> out;
  for (size_t n : lines) {
    std::string_view line = doc.line(n);
    std::string_view text = StripListMarker(line);
    size_t offset = static_cast<size_t>(text.data() - line.data());
    size_t length = 0;
    int value = doc.side == Side::kZh ? ParseCjkHeadingNumber(text, &length)
                                      : ParseRomanHeadingNumber(text, &length);
    if (value <= 0) continue;
    std::string from(text.substr(0, length));
    std::string to = doc.side == Side::kZh ? CjkNumber(value + 1) : RomanNumber(value + 1);
    std::string mark = doc.side == Side::kZh ? "、" : ".";
    out.push_back(InPlace(n, offset, offset + length, to,
                          std::string(n < doc.body_start ? "contents entry" : "heading") +
                              " renumbered " + Quote(from + mark, to + mark)));
  }
  b->Emit(Kind::kHeadingRenumbered, out, kAll);
}

void ListItemDrops(const Doc& doc, Builder* b) {
  std::vector<Candidate> out;
  for (const ContentsEntry& e : doc.entries) {
    out.push_back(Removal(WithSeparator(doc, e.lines),
                          "contents entry dropped \"" +
                              std::string(StripListMarker(doc.line(e.lines.first))) + "\""));
  }
  for (const Block& block : doc.blocks) {
    if (!block.bullet) continue;
    std::string_view line = doc.line(block.lines.first);
    std::string shown(line.substr(0, std::min<size_t>(line.size(), 50)));
    out.push_back(Removal(WithSeparator(doc, block.lines), "bullet dropped \"" + shown + "…\""));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.line < b.line; });
  b->Emit(Kind::kListItemDropped, out, kAll);
}

// Same-side lines tied to a change: a heading and its contents entry.
void AddRelated(const Doc& doc, Mutation* m) {
  auto add = [&](size_t original_line) {
    size_t mapped = m->MapLine(original_line);
    if (mapped != 0) m->related.push_back(mapped);
  };
  for (const ContentsEntry& e : doc.entries) {
    if (e.heading == 0) continue;
    bool entry_touched = m->original.Contains(e.lines.first);
    bool heading_touched = m->original.Contains(e.heading);
    if (entry_touched && !heading_touched) add(e.heading);
    if (heading_touched && !entry_touched) add(e.lines.first);
  }
}

}  // namespace

std::string_view SideName(Side side) { return side == Side::kZh ? "zh" : "en"; }

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kDigit:
      return "digit";
    case Kind::kYear:
      return "year";
    case Kind::kPercent:
      return "percent";
    case Kind::kMagnitude:
      return "magnitude";
    case Kind::kPercentPoints:
      return "percent-points";
    case Kind::kCurrency:
      return "currency";
    case Kind::kSpelledNumber:
      return "spelled-number";
    case Kind::kSentenceDeleted:
      return "sentence-deleted";
    case Kind::kParagraphDeleted:
      return "paragraph-deleted";
    case Kind::kSectionDeleted:
      return "section-deleted";
    case Kind::kNumberAdded:
      return "number-added";
    case Kind::kHeadingRenumbered:
      return "heading-renumbered";
    case Kind::kListItemDropped:
      return "list-item-dropped";
  }
  return "?";
}

bool RemovesLines(Kind kind) {
  return kind == Kind::kParagraphDeleted || kind == Kind::kSectionDeleted ||
         kind == Kind::kListItemDropped;
}

size_t Mutation::MapLine(size_t original_line) const {
  if (original_line < original.first) return original_line;
  if (original_line <= original.last) {
    return mutated.empty() ? 0 : mutated.first + (original_line - original.first);
  }
  size_t removed = original.last - original.first + 1;
  size_t added = mutated.empty() ? 0 : mutated.last - mutated.first + 1;
  return original_line - removed + added;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

std::vector<Mutation> InjectDrift(std::string_view zh, std::string_view en) {
  std::string all_digits = DigitsOnly(zh) + " " + DigitsOnly(en);
  std::vector<Mutation> out;
  for (Side side : {Side::kZh, Side::kEn}) {
    Doc doc = Analyze(side, side == Side::kZh ? zh : en);
    std::vector<Mutation> mutations;
    Builder builder(doc, &mutations);
    FigureEdits(doc, &builder);
    SpelledNumbers(doc, &builder);
    SentenceDeletions(doc, &builder);
    ParagraphDeletions(doc, &builder);
    SectionDeletions(doc, &builder);
    NumberAdditions(doc, all_digits, &builder);
    HeadingRenumbers(doc, &builder);
    ListItemDrops(doc, &builder);
    for (Mutation& m : mutations) {
      AddRelated(doc, &m);
      out.push_back(std::move(m));
    }
  }
  // Kind order within a side, as documented; each kind is already in line order.
  std::stable_sort(out.begin(), out.end(), [](const Mutation& a, const Mutation& b) {
    if (a.side != b.side) return a.side == Side::kZh;
    return static_cast<int>(a.kind) < static_cast<int>(b.kind);
  });
  return out;
}

}  // namespace crosscheck::drift
