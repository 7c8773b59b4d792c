// Chinese quantity extraction: a single left-to-right scan.
//
// The scan stops only at candidate characters — ASCII digits and the numeral
// characters of zh_numerals.h, 几, 数 and 半 — and steps over everything else
// a character at a time, so time is linear and most of the text costs one
// table lookup per character. At a candidate it reads the figure (digits or
// numeral, 多/余, scale word), looks back for a hedge (约, 近, 超过, 不足, 第)
// and forward for a unit (zh_units.h), a suffix hedge (以上, 左右, 以下), a
// month and day after a year, and a second figure after a range connector
// (至, 到, —, ~).
//
// Choices a reader of the output should know:
//  - Ranges (2014年至2019年, 3至5万人, 18至45岁) are one quantity with hedge
//    kRange: value is the low end, low/high are the ends widened by their
//    precision. A bare first end takes the unit and scale of the second.
//  - Years are 4-digit integers 1900–2100 before 年 (or bare), and numerals
//    written digit by digit (二〇二〇年); other figures before 年 are
//    durations. Dates are kDate yyyymmdd with 00 for what is not written:
//    2018年3月 → 20180300, 9月10日 → 910, 17日 → 17.
//  - Ordinals: 第N (第三次, 第一批), N届, N中全会, N次全会, N大 for N ≥ 11
//    (十八大), and 十三五/十四五/十五五. An ordinal has no unit: it ranks,
//    and "18th" carries none in English either.
//  - Rates: money followed by /月, /天, /人, /小时, or preceded in its clause
//    by 月薪, 月收入, 日薪, ... → kRate with `per`. Annual figures (年收入,
//    年均工资, 人均可支配收入, 元/年) are kMoney: a year is the default period
//    of such statistics, and the English states it elsewhere or not at all.
//  - Units from head nouns: a generic classifier (个, 家) takes the unit of
//    the noun after it (22个深度贫困县 → county, 两个地区 → prefecture) or
//    of 企业/岗位 just before the figure (企业210家 → enterprise); a figure
//    with no classifier takes a noun right after it (10.33万农牧民 → person).
//  - A range from a year to a date (2018年至2020年6月) is a range of years.
//  - 多/余 after a figure and the approximate numerals (十几, 几十, 数百) are
//    kMoreThan with an explicit interval up to the next unit of the last
//    written digit: 200多 → [200, 300], 8万余 → [80000, 90000],
//    十几 → [10, 20], 数百 → [100, 1000].
//  - Not quantities: numerals inside words (the stop list below, and any
//    other word ICU's dictionary segmentation finds around a numeral that no
//    unit follows); a lone 一 before a classifier, which reads as the article
//    "a" (一家企业, 一项任务) — kept before time units and with hedges
//    (一年以上); enumeration words (一是, 二是); heading numbers (一、, (二));
//    numerals inside short quoted names (“六稳”, “十大行动”, “三支一扶”);
//    fixed terms 第三产业, 三次产业; a year naming an agenda
//    (联合国2030年可持续发展议程).
#include "quantity/extract_zh.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <string>
#include <unordered_map>

#include "quantity/zh_numerals.h"
#include "quantity/zh_units.h"

namespace crosscheck::quantity {
namespace {

bool StartsAt(std::string_view text, size_t pos, std::string_view word) {
  return pos <= text.size() && text.size() - pos >= word.size() &&
         text.compare(pos, word.size(), word) == 0;
}

bool EndsAt(std::string_view text, size_t pos, std::string_view word) {
  return pos >= word.size() && pos <= text.size() &&
         text.compare(pos - word.size(), word.size(), word) == 0;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Skips at most four whitespace bytes ("7.06 亿元", a wrapped line "  \n").
size_t SkipSpaces(std::string_view text, size_t pos) {
  size_t limit = pos + 4;
  while (pos < text.size() && pos < limit && IsSpace(text[pos])) ++pos;
  return pos;
}

size_t SkipSpacesBack(std::string_view text, size_t pos) {
  size_t limit = pos >= 2 ? pos - 2 : 0;
  while (pos > limit && text[pos - 1] == ' ') --pos;
  return pos;
}

char32_t CharAt(std::string_view text, size_t pos, size_t* length) {
  return DecodeUtf8At(text, pos, length);
}

char32_t CharAt(std::string_view text, size_t pos) {
  size_t length = 0;
  return DecodeUtf8At(text, pos, &length);
}

// The character ending at `pos`, for 3-byte characters (all Chinese text).
char32_t CharBefore(std::string_view text, size_t pos) {
  if (pos < 3) return 0;
  size_t length = 0;
  char32_t c = DecodeUtf8At(text, pos - 3, &length);
  return length == 3 ? c : 0;
}

bool IsCjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

bool IsNumeralChar(char32_t c) { return ZhDigitValue(c) >= 0 || ZhMultiplierPower(c) > 0; }

// One bit per BMP code point: the characters where the scan stops.
class CandidateSet {
 public:
  CandidateSet() {
    bits_.fill(0);
    for (char32_t c : std::u32string_view(U"〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟几数半")) {
      bits_[c >> 6] |= uint64_t{1} << (c & 63);
    }
  }
  bool Contains(char32_t c) const { return c < 0x10000 && (bits_[c >> 6] >> (c & 63)) & 1; }

 private:
  std::array<uint64_t, 1024> bits_;
};

// Words that contain numeral characters but are not quantities. Matched
// around each candidate numeral character; the scan skips the whole word.
constexpr std::string_view kStopWords[] = {
    "一些", "一定", "一般", "统一", "一体", "一致", "进一步", "一道", "一批", "一方面",
    "唯一", "万一", "十分", "千方百计", "一带一路", "一起", "一直", "一切", "之一", "同一",
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    "三支一扶", "六稳", "六保", "十大行动", "十大计划", "十大产业", "一产", "二产", "三产",
    "一二三产业", "三次产业", "第一产业", "第二产业", "第三产业", "四位一体", "四维一体",
    "百日千万", "亿万", "千万不", "一线", "一系列", "一样", "一同", "一旦", "一贯", "一律",
    "一再", "一概", "一向", "一经", "一一", "一站式", "一网办", "一窗办", "一把手", "一次性",
    "一揽子", "一公开", "七个一批", "三张清单", "五大战略定位", "八级工", "零就业", "零工",
    "清零", "零售", "零星", "一流", "一手", "一家人", "亲如一家", "焕然一新", "千家万户",
    "五湖四海", "三番五次", "一心一意", "一目了然", "十足", "百姓", "百货", "一举", "一环",
    "九江", "三亚", "万象", "一带", "一路", "一番", "一如既往", "不一", "万众", "一视同仁",
    "数一数二", "一门心思", "双随机", "百分百", "一对一", "千千万万", "万千", "一时",
};

struct StopEntry {
  std::string_view word;
  size_t offset;  // byte offset of the numeral character inside word
};

// Stop words are filed under the numeral character and its neighbour (the
// character after it, or before it when the numeral ends the word), so a
// candidate looks at a handful of entries, not the whole list.
class StopList {
 public:
  StopList() {
    for (std::string_view word : kStopWords) {
      size_t pos = 0;
      while (pos < word.size()) {
        size_t length = 0;
        char32_t c = DecodeUtf8At(word, pos, &length);
        if (IsNumeralChar(c)) {
          size_t next_length = 0;
          char32_t next = DecodeUtf8At(word, pos + length, &next_length);
          if (next != 0) {
            after_[Key(c, next)].push_back({word, pos});
          } else {
            before_[Key(c, CharBeforeIn(word, pos))].push_back({word, pos});
          }
        }
        pos += length;
      }
    }
  }
  // Returns the end of a stop word covering the numeral character at `pos`,
  // or 0 when none does.
  size_t Match(std::string_view text, size_t pos, char32_t c) const {
    size_t length = 0;
    char32_t next = DecodeUtf8At(text, pos + 3, &length);
    if (size_t end = Find(after_, Key(c, next), text, pos); end != 0) return end;
    if (pos >= 3) return Find(before_, Key(c, CharBeforeIn(text, pos)), text, pos);
    return 0;
  }

 private:
  using Map = std::unordered_map<uint64_t, std::vector<StopEntry>>;
  static uint64_t Key(char32_t a, char32_t b) { return (uint64_t{a} << 32) | b; }
  static char32_t CharBeforeIn(std::string_view text, size_t pos) {
    if (pos < 3) return 0;
    size_t length = 0;
    return DecodeUtf8At(text, pos - 3, &length);
  }
  static size_t Find(const Map& map, uint64_t key, std::string_view text, size_t pos) {
    auto it = map.find(key);
    if (it == map.end()) return 0;
    for (const StopEntry& e : it->second) {
      if (pos >= e.offset && StartsAt(text, pos - e.offset, e.word)) {
        return pos - e.offset + e.word.size();
      }
    }
    return 0;
  }

  Map after_;
  Map before_;
};

const CandidateSet& Candidates() {
  static const CandidateSet set;
  return set;
}

const StopList& Stops() {
  static const StopList list;
  return list;
}

// Asks ICU's dictionary word segmentation, over a window of a few characters
// only, whether the numeral [begin, end) is a word of its own before a noun
// of two characters or more (三 in 三兄弟姐妹) rather than part of a word (九
// in 九江) or of an abbreviated name (三农). On success sets *noun to the
// word that follows it.
bool StandsAlone(std::string_view text, size_t begin, size_t end, std::string* noun) {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  if (!iterator) return false;
  // The window holds only 3-byte (BMP, one UTF-16 unit) characters, so byte
  // offsets divide by three into UTF-16 offsets.
  size_t window_begin = begin, window_end = end;
  for (int k = 0; k < 3 && IsCjk(CharBefore(text, window_begin)); ++k) window_begin -= 3;
  for (int k = 0; k < 4; ++k) {
    size_t length = 0;
    char32_t c = CharAt(text, window_end, &length);
    if (length != 3 || !IsCjk(c)) break;
    window_end += 3;
  }
  if (window_end == end) return false;
  for (size_t p = begin; p < end; p += 3) {
    size_t length = 0;
    CharAt(text, p, &length);
    if (length != 3) return false;
  }
  icu::UnicodeString window = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data() + window_begin, static_cast<int32_t>(window_end - window_begin)));
  iterator->setText(window);
  int32_t start16 = static_cast<int32_t>((begin - window_begin) / 3);
  int32_t end16 = static_cast<int32_t>((end - window_begin) / 3);
  if (!iterator->isBoundary(start16) || !iterator->isBoundary(end16)) return false;
  int32_t next = iterator->following(end16);
  // A one-character word after a numeral is most often an abbreviated name
  // (三农, 四化, 五湖), not a counted noun.
  if (next == icu::BreakIterator::DONE || next < end16 + 2) return false;
  *noun = std::string(text.substr(end, static_cast<size_t>(next - end16) * 3));
  return true;
}

// A figure: digits or a numeral, with 多/余 and a scale word.
struct Figure {
  size_t begin = 0;
  size_t end = 0;
  Decimal value;
  bool explicit_interval = false;  // 多/余, 十几: low/high below are set
  Decimal low, high;
  bool spelled = false;
  bool integer = false;    // no decimal point, no scale, no approximation
  int64_t int_value = 0;   // when integer
  int arabic_digits = 0;   // digits written, for years
  bool positional = false;
  bool lone_one = false;   // 一 alone
  bool lone_zero = false;  // 零 or 〇 alone
  bool leading_multiplier = false;
  std::string scale;
  int scale_power = 0;
};

// Power of ten of the last non-zero digit of an ASCII decimal ("4800" → 2,
// "2172.84" → -2).
int LastNonZeroPower(std::string_view digits) {
  size_t point = digits.find('.');
  size_t integer_digits = point == std::string_view::npos ? digits.size() : point;
  int power = 0;
  bool found = false;
  int position = static_cast<int>(integer_digits) - 1;
  for (char c : digits) {
    if (c == '.') continue;
    if (c != '0') {
      power = position;
      found = true;
    }
    --position;
  }
  return found ? power : 0;
}

bool ReadFigure(std::string_view text, size_t pos, Figure* out) {
  Figure f;
  f.begin = pos;
  size_t p = pos;
  int many_power = 0;  // power of ten of the last written digit, for 多/余
  if (IsAsciiDigit(text[p])) {
    std::string digits;
    bool point = false;
    int run = 0;  // digits since the start or the last comma
    while (p < text.size()) {
      char c = text[p];
      if (IsAsciiDigit(c)) {
        digits.push_back(c);
        ++run;
        ++p;
      } else if (c == ',' && !point && run >= 1 && run <= 3 && p + 3 < text.size() + 0 &&
                 IsAsciiDigit(text[p + 1]) && IsAsciiDigit(text[p + 2]) &&
                 IsAsciiDigit(text[p + 3]) && (p + 4 >= text.size() || !IsAsciiDigit(text[p + 4]))) {
        run = 0;
        ++p;
      } else if (c == '.' && !point && p + 1 < text.size() && IsAsciiDigit(text[p + 1])) {
        digits.push_back('.');
        point = true;
        ++p;
      } else {
        break;
      }
      if (digits.size() > 40) return false;
    }
    if (p < text.size() && IsAsciiLetter(text[p])) return false;  // 5G, 2A
    if (!Decimal::Parse(digits, &f.value)) return false;
    f.arabic_digits = static_cast<int>(point ? digits.find('.') : digits.size());
    if (!point && digits.size() <= 15) {
      f.integer = true;
      f.int_value = std::stoll(digits);
    }
    many_power = LastNonZeroPower(digits);
  } else {
    ZhNumeral n;
    if (!ReadZhNumeral(text, pos, &n)) {
      // 万名, 万户: a bare scale word counts ten thousand people or
      // households; before anything else (亿元 cut off by a page break) it
      // is no figure.
      size_t length = 0;
      if (MatchZhScale(text, pos, false, &length) != 4) return false;
      const ZhUnit* unit = MatchZhUnit(text, pos + length);
      if (!unit || (unit->unit != "person" && unit->unit != "household")) return false;
      n.value = n.low = n.high = 1;
      n.characters = 1;
      n.end = pos;
    }
    f.spelled = true;
    f.value = Decimal(n.value);
    f.positional = n.positional;
    f.leading_multiplier = n.leading_multiplier;
    f.lone_one = n.characters == 1 && n.value == 1;
    f.lone_zero = n.characters == 1 && n.value == 0;
    if (n.approximate) {
      f.explicit_interval = true;
      f.low = Decimal(n.low);
      f.high = Decimal(n.high);
    } else {
      f.integer = true;
      f.int_value = n.value;
      for (int64_t v = n.value; v != 0 && v % 10 == 0; v /= 10) ++many_power;
    }
    p = n.end;
  }
  bool many = false;
  if (!f.explicit_interval && (StartsAt(text, p, "多") || StartsAt(text, p, "余"))) {
    many = true;
    p += 3;
  }
  size_t q = SkipSpaces(text, p);
  size_t scale_length = 0;
  if (int power = MatchZhScale(text, q, !f.spelled, &scale_length); power > 0) {
    f.scale = std::string(text.substr(q, scale_length));
    f.scale_power = power;
    p = q + scale_length;
    if (!many && !f.explicit_interval && (StartsAt(text, p, "多") || StartsAt(text, p, "余"))) {
      many = true;
      p += 3;
    }
  }
  if (many) {
    f.explicit_interval = true;
    f.low = f.value;
    f.high = f.value + Decimal(1, many_power);
  }
  if (f.scale_power > 0 || many || f.explicit_interval) f.integer = f.integer && false;
  f.value = f.value.Scaled(f.scale_power);
  f.low = f.low.Scaled(f.scale_power);
  f.high = f.high.Scaled(f.scale_power);
  f.end = p;
  *out = f;
  return true;
}

struct PrefixHedge {
  std::string_view written;
  Hedge hedge;
};

constexpr PrefixHedge kPrefixHedges[] = {
    {"将近", Hedge::kNearly},   {"接近", Hedge::kNearly},     {"不少于", Hedge::kAtLeast},
    {"不低于", Hedge::kAtLeast}, {"至少", Hedge::kAtLeast},   {"不超过", Hedge::kAtMost},
    {"最多", Hedge::kAtMost},   {"不足", Hedge::kLessThan},  {"不到", Hedge::kLessThan},
    {"低于", Hedge::kLessThan}, {"少于", Hedge::kLessThan},  {"超过", Hedge::kMoreThan},
    {"高于", Hedge::kMoreThan}, {"多于", Hedge::kMoreThan},  {"逾", Hedge::kMoreThan},
    {"大约", Hedge::kAbout},    {"约", Hedge::kAbout},       {"近", Hedge::kNearly},
};

// Finds a hedge word ending just before `begin`; returns its start or begin.
size_t FindPrefixHedge(std::string_view text, size_t begin, const Figure& f, Hedge* hedge) {
  size_t at = SkipSpacesBack(text, begin);
  for (const PrefixHedge& h : kPrefixHedges) {
    if (!EndsAt(text, at, h.written)) continue;
    size_t start = at - h.written.size();
    char32_t before = CharBefore(text, start);
    if (h.written == "近" && std::u32string_view(U"最附邻靠亲").find(before) != std::u32string_view::npos) {
      continue;
    }
    if (h.written == "约" &&
        std::u32string_view(U"制节签预契公条合相特").find(before) != std::u32string_view::npos) {
      continue;
    }
    *hedge = h.hedge;
    return start;
  }
  // 上千, 上万, 上百: upwards of; the interval is set by the caller.
  if (f.spelled && f.leading_multiplier && EndsAt(text, begin, "上")) {
    *hedge = Hedge::kMoreThan;
    return begin - 3;
  }
  // 人民币500元: the currency before the figure belongs to the span.
  if (EndsAt(text, at, "人民币")) return at - 9;
  return begin;
}

struct SuffixHedge {
  std::string_view written;
  Hedge hedge;
};

constexpr SuffixHedge kSuffixHedges[] = {
    {"以上", Hedge::kMoreThan}, {"以下", Hedge::kLessThan}, {"以内", Hedge::kAtMost},
    {"之内", Hedge::kAtMost},   {"左右", Hedge::kAbout},
};

// Rate markers: a money figure in the same clause after one of these is an
// amount per period.
struct RateMarker {
  std::string_view written;
  std::string_view per;
};

// Annual figures (年收入, 年均工资, 人均可支配收入, 元/年) are money, not
// rates: a year is the default period of such statistics, and the English
// often states it in another paragraph or not at all.
constexpr RateMarker kRateMarkers[] = {
    {"月薪", "month"},     {"月收入", "month"}, {"月工资", "month"},
    {"月均收入", "month"}, {"日薪", "day"},     {"时薪", "hour"},
};

std::string_view FindRateMarker(std::string_view text, size_t begin) {
  // Back to the start of the clause, at most 60 bytes.
  size_t limit = begin > 60 ? begin - 60 : 0;
  size_t clause = begin;
  while (clause > limit) {
    char c = text[clause - 1];
    if (c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' || c == '!' ||
        c == '?')
      break;
    char32_t cjk = CharBefore(text, clause);
    if (cjk == U'。' || cjk == U'、' || cjk == U'“' || cjk == U'”') break;
    --clause;
  }
  std::string_view window = text.substr(clause, begin - clause);
  for (const RateMarker& m : kRateMarkers) {
    size_t found = window.find(m.written);
    if (found == std::string_view::npos) continue;
    return m.per;
  }
  return {};
}

// Head nouns that give a count its unit when the figure carries only a
// generic classifier (个, 家) or none: after the classifier and a few
// modifiers (22个深度贫困县, 3 个村, 318家企事业单位), right after the figure
// (10.33万农牧民), or just before it (企业210家, 就业岗位 14.5 万余个).
// Longer words first where one starts another (村民 before 村).
struct HeadNoun {
  std::string_view written;
  std::string_view unit;
};

constexpr HeadNoun kHeadNouns[] = {
    {"企事业单位", "enterprise"}, {"企业", "enterprise"}, {"公司", "enterprise"},
    {"岗位", "job"},              {"地州", "prefecture"}, {"地区", "prefecture"},
    {"县城", ""},                 {"县", "county"},       {"村民", "person"},
    {"村", "village"},            {"农牧民", "person"},   {"劳动力", "person"},
    {"群众", "person"},           {"人员", "person"},     {"职工", "person"},
};

const HeadNoun* HeadNounAt(std::string_view text, size_t pos) {
  for (const HeadNoun& h : kHeadNouns) {
    if (StartsAt(text, pos, h.written)) return &h;
  }
  return nullptr;
}

// The head noun within a few CJK characters after `pos` (stops at
// punctuation, digits, 的 and numerals); sets *end past it.
std::string_view HeadNounAfter(std::string_view text, size_t pos, size_t* end) {
  for (int k = 0; k < 6 && pos < text.size(); ++k) {
    if (const HeadNoun* h = HeadNounAt(text, pos)) {
      *end = pos + h->written.size();
      return h->unit;
    }
    size_t length = 0;
    char32_t c = CharAt(text, pos, &length);
    if (length != 3 || !IsCjk(c) || c == U'的' || IsNumeralChar(c)) break;
    pos += length;
  }
  return {};
}

// The enterprise or job noun written just before the figure at `begin`.
std::string_view HeadNounBefore(std::string_view text, size_t begin) {
  size_t p = SkipSpacesBack(text, begin);
  for (std::string_view w : {"企事业单位", "企业", "公司", "岗位"}) {
    if (EndsAt(text, p, w)) return HeadNounAt(text, p - w.size())->unit;
  }
  return {};
}

// True when [begin, end) lies inside a short quotation: “六稳”, “十大行动”.
bool InShortQuote(std::string_view text, size_t begin, size_t end) {
  constexpr size_t kReach = 30;
  bool open = false;
  for (size_t p = begin; p + kReach >= begin && p >= 3;) {
    if (EndsAt(text, p, "“")) {
      open = true;
      break;
    }
    if (EndsAt(text, p, "”") || EndsAt(text, p, "。")) break;
    if (begin - p >= kReach) break;
    --p;
  }
  if (!open) return false;
  for (size_t p = end; p < text.size() && p - end < kReach; ++p) {
    if (StartsAt(text, p, "”")) return true;
    if (StartsAt(text, p, "“") || StartsAt(text, p, "。")) return false;
  }
  return false;
}

// Range connectors between two figures.
size_t MatchConnector(std::string_view text, size_t pos) {
  for (std::string_view c : {"——", "至", "到", "—", "–", "〜", "~", "-"}) {
    if (StartsAt(text, pos, c)) return c.size();
  }
  return 0;
}

struct Reader {
  std::string_view text;

  // Reads the quantity whose figure starts at `pos`. Returns false when the
  // figure is not a quantity; *resume is where the scan goes on either way.
  bool Read(size_t pos, Quantity* q, size_t* resume) const;
  // Reads a month (and day) after a year ending at `pos`; extends q.
  void ReadMonthDay(size_t pos, Quantity* q, bool have_month) const;
  bool ReadRange(Quantity* a, size_t* resume) const;
};

void FinishInterval(const Figure& f, Quantity* q) {
  if (f.explicit_interval && (q->hedge == Hedge::kExact || q->hedge == Hedge::kMoreThan)) {
    q->hedge = Hedge::kMoreThan;
    q->low = f.low;
    q->high = f.high;
  } else {
    SetInterval(q);
  }
}

void Reader::ReadMonthDay(size_t pos, Quantity* q, bool have_month) const {
  for (int part = have_month ? 1 : 0; part < 2; ++part) {
    size_t p = SkipSpaces(text, pos);
    if (p >= text.size()) return;
    if (!IsAsciiDigit(text[p]) && !IsNumeralChar(CharAt(text, p))) return;
    Figure f;
    if (!ReadFigure(text, p, &f) || !f.integer || !f.scale.empty()) return;
    size_t u = f.spelled ? f.end : SkipSpaces(text, f.end);
    int64_t v = f.int_value;
    if (part == 0) {
      if (!StartsAt(text, u, "月") || v < 1 || v > 12) return;
      q->value = q->value * Decimal(10000) + Decimal(v * 100);
    } else {
      bool day = StartsAt(text, u, "日") || StartsAt(text, u, "号");
      if (!day || v < 1 || v > 31) return;
      q->value = q->value + Decimal(v);
    }
    q->kind = Kind::kDate;
    q->end = pos = u + 3;
  }
}

bool Reader::Read(size_t pos, Quantity* q, size_t* resume) const {
  Figure f;
  if (!ReadFigure(text, pos, &f)) {
    size_t length = 0;
    CharAt(text, pos, &length);
    *resume = pos + (length == 0 ? 1 : length);
    if (IsAsciiDigit(text[pos])) {
      while (*resume < text.size() && (IsAsciiDigit(text[*resume]) || IsAsciiLetter(text[*resume])))
        ++*resume;
    }
    return false;
  }
  *resume = f.end;
  Quantity r;
  r.value = f.value;
  r.spelled_out = f.spelled;
  r.scale = f.scale;
  r.begin = f.begin;
  r.end = f.end;

  // Hedge or ordinal marker before the figure.
  bool ordinal = EndsAt(text, f.begin, "第");
  if (ordinal) {
    r.begin = f.begin - 3;
  } else {
    r.begin = FindPrefixHedge(text, f.begin, f, &r.hedge);
    if (r.hedge == Hedge::kMoreThan && r.begin + 3 == f.begin && EndsAt(text, f.begin, "上")) {
      f.explicit_interval = true;  // 上千: [1000, 10000]
      f.low = f.value;
      f.high = f.value * Decimal(10);
    }
  }

  // Fractions: 三分之二.
  if (f.scale.empty() && !f.explicit_interval && StartsAt(text, f.end, "分之")) {
    Figure numerator;
    size_t p = f.end + 6;
    if (p < text.size() && ReadFigure(text, p, &numerator) && !f.value.is_zero() &&
        numerator.scale.empty()) {
      r.kind = Kind::kFraction;
      r.value = numerator.value.DividedBy(f.value);
      r.end = *resume = numerator.end;
      r.spelled_out = f.spelled || numerator.spelled;
      for (const SuffixHedge& h : kSuffixHedges) {
        size_t s = SkipSpaces(text, r.end);
        if (StartsAt(text, s, h.written)) {
          if (r.hedge == Hedge::kExact) r.hedge = h.hedge;
          r.end = *resume = s + h.written.size();
          break;
        }
      }
      SetInterval(&r);
      *q = r;
      return true;
    }
  }

  size_t u = f.spelled ? f.end : SkipSpaces(text, f.end);
  const ZhUnit* unit = MatchZhUnit(text, u);
  // 一半: half.
  if (f.lone_one && StartsAt(text, f.end, "半") && !MatchZhUnit(text, f.end + 3)) {
    r.kind = Kind::kFraction;
    r.value = Decimal(5, -1);
    r.end = *resume = f.end + 3;
    SetInterval(&r);
    *q = r;
    return true;
  }
  // N成: 五成 is 50%.
  if (!unit && f.spelled && f.integer && f.int_value >= 1 && f.int_value <= 9 &&
      StartsAt(text, f.end, "成")) {
    char32_t after = CharAt(text, f.end + 3);
    if (std::u32string_view(U"为立长功本果就员熟效绩年人").find(after) ==
        std::u32string_view::npos) {
      r.kind = Kind::kPercent;
      r.value = Decimal(f.int_value * 10);
      r.end = f.end + 3;
      unit = nullptr;
      u = r.end;
      goto suffix;
    }
  }
  // 零 alone is a word (零工, 零售) except before 个: 新增岗位零个.
  if (f.lone_zero && !StartsAt(text, f.end, "个")) return false;
  if (f.positional && !(unit && unit->unit_class == ZhUnitClass::kYear)) return false;

  if (!unit && EndsAt(text, r.begin, "人民币") == false && r.begin + 9 <= f.begin &&
      StartsAt(text, r.begin, "人民币")) {
    r.kind = Kind::kMoney;
    r.unit = "CNY";
  }
  if (!unit && !f.spelled && !ordinal) {
    // 10.33万农牧民: a head noun right after the figure.
    if (const HeadNoun* h = HeadNounAt(text, u); h && !h->unit.empty()) {
      r.unit = std::string(h->unit);
      r.end = u + h->written.size();
    }
  }
  if (unit) {
    r.end = u + unit->written.size();
    r.unit = std::string(unit->unit);
    switch (unit->unit_class) {
      case ZhUnitClass::kCount:
        r.kind = Kind::kCount;
        if (r.unit == "noun:个" || r.unit == "noun:家") {
          size_t noun_end = 0;
          std::string_view head = HeadNounAfter(text, r.end, &noun_end);
          if (head.empty()) head = HeadNounBefore(text, r.begin);
          if (!head.empty()) r.unit = std::string(head);
        }
        break;
      case ZhUnitClass::kMoney:
        r.kind = Kind::kMoney;
        if (StartsAt(text, r.end, "/")) {
          size_t p = r.end + 1;
          std::string_view per;
          if (StartsAt(text, p, "月")) per = "month";
          else if (StartsAt(text, p, "年")) per = "year";
          else if (StartsAt(text, p, "天") || StartsAt(text, p, "日")) per = "day";
          else if (StartsAt(text, p, "人")) per = "person";
          if (per == "year") {
            r.end = p + 3;  // 元/年: money, see kRateMarkers
          } else if (!per.empty()) {
            r.kind = Kind::kRate;
            r.per = std::string(per);
            r.end = p + 3;
          } else if (StartsAt(text, p, "小时")) {
            r.kind = Kind::kRate;
            r.per = "hour";
            r.end = p + 6;
          }
        }
        if (r.kind == Kind::kMoney) {
          std::string_view per = FindRateMarker(text, r.begin);
          if (!per.empty()) {
            r.kind = Kind::kRate;
            r.per = std::string(per);
          }
        }
        break;
      case ZhUnitClass::kPercent:
        r.kind = Kind::kPercent;
        break;
      case ZhUnitClass::kPoints:
        r.kind = Kind::kPercentagePoints;
        break;
      case ZhUnitClass::kYear: {
        bool year = f.integer && f.scale.empty() && !ordinal &&
                    ((!f.spelled && f.arabic_digits == 4) || f.positional ||
                     (f.spelled && f.int_value >= 1900)) &&
                    f.int_value >= 1900 && f.int_value <= 2100;
        if (f.positional && !year) return false;
        if (year) {
          // 联合国2030年可持续发展议程: the year names the agenda.
          if (StartsAt(text, SkipSpaces(text, r.end), "可持续发展议程")) {
            *resume = r.end;
            return false;
          }
          r.kind = Kind::kYear;
          r.unit.clear();
          r.value = Decimal(f.int_value);
          r.hedge = Hedge::kExact;
          r.begin = f.begin;
          ReadMonthDay(r.end, &r, false);
          SetInterval(&r);
          *resume = r.end;
          *q = r;
          return true;
        }
        r.kind = Kind::kDuration;
        if (StartsAt(text, r.end, "半")) {  // 一年半
          r.value = r.value + Decimal(5, -1);
          r.end += 3;
        }
        break;
      }
      case ZhUnitClass::kMonth:
        if (f.integer && f.int_value >= 1 && f.int_value <= 12 && !ordinal) {
          r.kind = Kind::kDate;
          r.unit.clear();
          r.value = Decimal(f.int_value * 100);
          ReadMonthDay(r.end, &r, true);
        } else {
          r.kind = Kind::kDuration;
        }
        break;
      case ZhUnitClass::kDay:
        if (f.integer && f.int_value >= 1 && f.int_value <= 31 && !ordinal) {
          r.kind = Kind::kDate;
          r.unit.clear();
        } else {
          r.kind = Kind::kDuration;
        }
        break;
      case ZhUnitClass::kDuration:
        r.kind = Kind::kDuration;
        if (StartsAt(text, r.end, "半")) {  // 两个半小时 is rare; 3天半
          r.value = r.value + Decimal(5, -1);
          r.end += 3;
        }
        break;
      case ZhUnitClass::kAge:
        r.kind = Kind::kCount;
        break;
      case ZhUnitClass::kSession:
        ordinal = true;
        break;
      case ZhUnitClass::kTimes: {
        r.kind = Kind::kCount;
        // 十次、十一次全会: an ordinal when 全会 closes the list.
        size_t p = r.end;
        for (int k = 0; k < 8 && p < text.size(); ++k) {
          size_t length = 0;
          char32_t c = CharAt(text, p, &length);
          if (!(IsNumeralChar(c) || c == U'、' || c == U'次')) break;
          p += length;
        }
        if (StartsAt(text, p, "全会")) {
          ordinal = true;
        }
        break;
      }
      case ZhUnitClass::kGreat:
        if (!f.integer) return false;
        if (f.int_value >= 11 && f.int_value <= 30 && !ordinal) {
          ordinal = true;
        } else {
          r.kind = Kind::kCount;
          r.unit = "noun:大";
        }
        break;
    }
  } else if (f.spelled && f.scale.empty()) {
    // A numeral no unit follows: a word of its own before a noun (四 in
    // 四地州 without the table entry), or part of a word (九 in 九江).
    std::string noun;
    if (f.lone_one || ordinal || !StandsAlone(text, f.begin, f.end, &noun)) {
      if (!ordinal) return false;
    } else {
      r.unit = "noun:" + noun;
      r.end = f.end + noun.size();
    }
  } else if (!f.spelled && f.integer && f.scale.empty() && f.arabic_digits == 4 && r.unit.empty() &&
             f.int_value >= 1900 && f.int_value <= 2100 && r.hedge == Hedge::kExact && !ordinal) {
    r.kind = Kind::kYear;
  }

  if (ordinal) {
    if (!f.integer) return false;
    r.kind = Kind::kOrdinal;
    r.hedge = Hedge::kExact;
    if (EndsAt(text, f.begin, "第")) r.begin = f.begin - 3;
    r.unit.clear();  // an ordinal ranks; 大, 届, 次 name what is ranked, not a unit
    r.value = Decimal(f.int_value);
    r.low = r.high = r.value;
    *resume = r.end;
    *q = r;
    return true;
  }

  // A lone 一 before a classifier is the article "a".
  if (f.lone_one && r.hedge == Hedge::kExact && f.scale.empty()) {
    bool keep = r.kind == Kind::kDuration || r.kind == Kind::kDate || r.kind == Kind::kPercent ||
                r.kind == Kind::kPercentagePoints || r.unit == "noun:倍";
    // Kept with a suffix hedge too (一年以上), checked below.
    bool suffix_hedge = false;
    for (const SuffixHedge& h : kSuffixHedges) {
      suffix_hedge |= StartsAt(text, SkipSpaces(text, r.end), h.written);
    }
    if (!keep && !suffix_hedge) return false;
  }
  if (f.spelled && r.kind != Kind::kDuration && InShortQuote(text, f.begin, f.end)) return false;

suffix:
  {
    size_t s = SkipSpaces(text, r.end);
    for (const SuffixHedge& h : kSuffixHedges) {
      if (StartsAt(text, s, h.written)) {
        if (r.hedge == Hedge::kExact) r.hedge = h.hedge;
        r.end = s + h.written.size();
        break;
      }
    }
  }
  FinishInterval(f, &r);
  *resume = r.end;
  *q = r;
  return true;
}

bool SameScaleFamily(const Quantity& a, const Quantity& b) {
  return a.kind == b.kind && a.unit == b.unit;
}

// Joins a quantity and a second figure after 至/到/—/~ into one range.
bool Reader::ReadRange(Quantity* a, size_t* resume) const {
  if (a->hedge != Hedge::kExact) return false;
  if (a->kind == Kind::kOrdinal || a->kind == Kind::kRatio || a->kind == Kind::kFraction) {
    return false;
  }
  size_t p = SkipSpaces(text, a->end);
  size_t connector = MatchConnector(text, p);
  if (connector == 0) return false;
  p = SkipSpaces(text, p + connector);
  if (p >= text.size() || !(IsAsciiDigit(text[p]) || IsNumeralChar(CharAt(text, p)))) return false;
  Quantity b;
  size_t b_resume = 0;
  if (!Reader{text}.Read(p, &b, &b_resume)) return false;
  if (b.begin != p || b.hedge != Hedge::kExact) return false;
  Quantity r = *a;
  bool bare_a = a->unit.empty() && a->kind == Kind::kCount;
  if (a->kind == Kind::kDate && b.kind == Kind::kDate && b.value < Decimal(100)) {
    // 9月10日至12日: the second end gives only its day, in the first's month.
    const int64_t first = static_cast<int64_t>(a->value.ToDouble());
    const int64_t day = static_cast<int64_t>(b.value.ToDouble());
    if (first % 100 == 0 || day <= first % 100 || day > 31) return false;
    const Decimal last(first - first % 100 + day);
    r.high = last + last.HalfUnit();
    r.hedge = Hedge::kRange;
    r.end = b.end;
    *a = r;
    *resume = b_resume;
    return true;
  }
  if (a->kind == Kind::kYear && b.kind == Kind::kDate) {
    // 2018年至2020年6月: a range of years, to the end of the second's year.
    if (b.value < Decimal(10000000)) return false;
    Decimal end_year(static_cast<int64_t>(b.value.ToDouble()) / 10000);
    if (end_year < a->value) return false;
    r.high = end_year + end_year.HalfUnit();
    r.hedge = Hedge::kRange;
    r.end = b.end;
    *a = r;
    *resume = b_resume;
    return true;
  } else if (bare_a && a->scale.empty() && !b.scale.empty()) {
    // 3至5万人: the first end takes the second's scale and unit.
    int power = 0;
    size_t length = 0;
    power = MatchZhScale(b.scale, 0, true, &length);
    r.value = a->value.Scaled(power);
    r.low = r.value - r.value.HalfUnit();
    r.kind = b.kind;
    r.unit = b.unit;
    r.scale = b.scale;
    r.per = b.per;
  } else if (bare_a || (a->kind == Kind::kYear && b.kind == Kind::kYear)) {
    r.kind = b.kind;
    r.unit = b.unit;
    r.scale = b.scale;
    r.per = b.per;
  } else if (!SameScaleFamily(*a, b)) {
    return false;
  }
  if (b.value < r.value) return false;
  r.hedge = Hedge::kRange;
  r.high = b.high;
  r.end = b.end;
  r.spelled_out = a->spelled_out || b.spelled_out;
  *a = r;
  *resume = b_resume;
  return true;
}

}  // namespace

std::vector<Quantity> ExtractZh(std::string_view text) {
  std::vector<Quantity> out;
  const CandidateSet& candidates = Candidates();
  const StopList& stops = Stops();
  Reader reader{text};
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = bytes[i];
    char32_t cp;
    if (c < 0x80) {
      if (c < '0' || c > '9') {
        ++i;
        continue;
      }
      // Digits inside a Latin token (Covid-19, 5G) are not figures.
      if (i > 0 && (IsAsciiLetter(text[i - 1]) ||
                    ((text[i - 1] == '-' || text[i - 1] == '.') && i > 1 &&
                     (IsAsciiLetter(text[i - 2]) || IsAsciiDigit(text[i - 2]))))) {
        while (i < n && (IsAsciiDigit(text[i]) || IsAsciiLetter(text[i]))) ++i;
        continue;
      }
      cp = c;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < n) {
      cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{bytes[i + 1] & 0x3Fu} << 6) |
           (bytes[i + 2] & 0x3Fu);
      if (!candidates.Contains(cp)) {
        i += 3;
        continue;
      }
    } else {
      i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      continue;
    }

    if (cp >= 0x80) {
      // 第一批 is an ordinal ("the first batch"); 一批 alone is "a batch".
      bool first_batch = EndsAt(text, i, "第") && StartsAt(text, i, "一批");
      if (size_t stop = first_batch ? 0 : stops.Match(text, i, cp); stop != 0) {
        i = stop;
        continue;
      }
      // 半年, 半个月, 半天, 半小时: half a time unit; not 上半年, 下半年, the
      // halves of a year.
      if (cp == U'半') {
        const ZhUnit* unit = MatchZhUnit(text, i + 3);
        if (unit && (unit->unit_class == ZhUnitClass::kYear ||
                     unit->unit_class == ZhUnitClass::kDuration) &&
            !EndsAt(text, i, "一") && !EndsAt(text, i, "上") && !EndsAt(text, i, "下")) {
          Quantity q;
          q.kind = Kind::kDuration;
          q.value = Decimal(5, -1);
          q.unit = std::string(unit->unit);
          q.spelled_out = true;
          q.begin = i;
          q.end = i + 3 + unit->written.size();
          size_t s = SkipSpaces(text, q.end);
          for (const SuffixHedge& h : kSuffixHedges) {
            if (StartsAt(text, s, h.written)) {
              q.hedge = h.hedge;
              q.end = s + h.written.size();
              break;
            }
          }
          SetInterval(&q);
          out.push_back(q);
          i = q.end;
          continue;
        }
        i += 3;
        continue;
      }
      // 百分之十七: percent.
      if (cp == U'百' && StartsAt(text, i, "百分之")) {
        Figure f;
        size_t p = i + 9;
        if (p < n && ReadFigure(text, p, &f) && f.scale.empty()) {
          Quantity q;
          q.kind = Kind::kPercent;
          q.value = f.value;
          q.spelled_out = f.spelled;
          q.begin = i;
          q.end = f.end;
          size_t s = SkipSpaces(text, q.end);
          for (const SuffixHedge& h : kSuffixHedges) {
            if (StartsAt(text, s, h.written)) {
              q.hedge = h.hedge;
              q.end = s + h.written.size();
              break;
            }
          }
          FinishInterval(f, &q);
          out.push_back(q);
          i = q.end;
          continue;
        }
        i += 9;
        continue;
      }
      // 十三五, 十四五, 十五五: the Five-Year Plans.
      if (cp == U'十') {
        size_t length = 0;
        int d = ZhDigitValue(CharAt(text, i + 3, &length));
        // 期 counts phases (五期 "five phases"), but 期间 is "the period of".
        if (d >= 1 && d <= 5 && StartsAt(text, i + 6, "五") &&
            !IsNumeralChar(CharAt(text, i + 9)) &&
            (!MatchZhUnit(text, i + 9) || StartsAt(text, i + 9, "期间"))) {
          Quantity q;
          q.kind = Kind::kOrdinal;
          q.value = q.low = q.high = Decimal(10 + d);
          q.spelled_out = true;
          q.begin = i;
          q.end = i + 9;
          out.push_back(q);
          i = q.end;
          continue;
        }
      }
    }

    // 2/3: a fraction written with a slash, a smaller whole number over 2 to
    // 100 (not 24/7, not a date or page counter such as 9/10/2020 or 3/8/...).
    if (cp < 0x80) {
      Figure top, bottom;
      if (ReadFigure(text, i, &top) && top.integer && top.end + 1 < n && text[top.end] == '/' &&
          IsAsciiDigit(text[top.end + 1]) && ReadFigure(text, top.end + 1, &bottom) &&
          bottom.integer && bottom.int_value >= 2 && bottom.int_value <= 100 &&
          top.int_value >= 1 && top.int_value < bottom.int_value &&
          !EndsAt(text, top.begin, "第") && !StartsAt(text, bottom.end, "页") &&
          !(bottom.end < n && (text[bottom.end] == '/' || text[bottom.end] == '.' ||
                               IsAsciiDigit(text[bottom.end])))) {
        Quantity q;
        q.kind = Kind::kFraction;
        q.value = Decimal(top.int_value).DividedBy(Decimal(bottom.int_value));
        q.begin = FindPrefixHedge(text, top.begin, top, &q.hedge);
        q.end = bottom.end;
        SetInterval(&q);
        out.push_back(q);
        i = q.end;
        continue;
      }
    }

    // 45.4:16.0:38.6: each term a ratio.
    if (cp < 0x80) {
      Figure first;
      if (ReadFigure(text, i, &first) && first.scale.empty() && !first.explicit_interval &&
          first.end + 1 < n && text[first.end] == ':' && IsAsciiDigit(text[first.end + 1])) {
        size_t p = i;
        Figure f = first;
        while (true) {
          Quantity q;
          q.kind = Kind::kRatio;
          q.value = f.value;
          q.begin = f.begin;
          q.end = f.end;
          SetInterval(&q);
          out.push_back(q);
          p = f.end;
          if (!(p + 1 < n && text[p] == ':' && IsAsciiDigit(text[p + 1]))) break;
          if (!ReadFigure(text, p + 1, &f) || !f.scale.empty()) break;
        }
        i = p;
        continue;
      }
    }

    Quantity q;
    size_t resume = i;
    if (reader.Read(i, &q, &resume)) {
      size_t range_resume = 0;
      if (reader.ReadRange(&q, &range_resume)) resume = range_resume;
      out.push_back(q);
    }
    i = resume > i ? resume : i + 1;
  }
  return out;
}

}  // namespace crosscheck::quantity
