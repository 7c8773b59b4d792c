#include "fuzz/targets.h"

#include <utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <string>

#include "compare/comparer.h"
#include "compare/side_builder.h"
#include "document/chars.h"
#include "document/document.h"
#include "quantity/extract_en.h"
#include "quantity/extract_zh.h"
#include "quantity/quantity.h"
#include "text/encoding.h"
#include "text/language.h"
#include "text/mapped_text.h"
#include "text/source_text.h"

namespace crosscheck::fuzz {
namespace {

using document::LineRole;
using text::Language;

// Reports a broken invariant and aborts: libFuzzer then saves the input.
[[noreturn]] void Fail(std::string_view target, std::string_view what) {
  std::fprintf(stderr, "fuzz %.*s: invariant broken: %.*s\n", static_cast<int>(target.size()),
               target.data(), static_cast<int>(what.size()), what.data());
  std::abort();
}

#define FUZZ_CHECK(target, condition)           \
  do {                                          \
    if (!(condition)) Fail(target, #condition); \
  } while (0)

// A bug that fuzzing finds and that cannot be fixed at once keeps its
// reproducer under fuzz/pending/<target>/ and may relax the check it trips,
// guarded by CROSSCHECK_FUZZ_STRICT (unset: relaxed) so that scripts/fuzz.sh
// can replay it strictly (docs/robustness.md). None is open now.
std::string_view Bytes(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

bool IsValidUtf8(std::string_view s) { return utf8::find_invalid(s.begin(), s.end()) == s.end(); }

bool IsBoundary(std::string_view s, size_t offset) {
  return offset == s.size() || (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t EndingSize(text::LineEnding ending) {
  switch (ending) {
    case text::LineEnding::kNone:
      return 0;
    case text::LineEnding::kLf:
    case text::LineEnding::kCr:
      return 1;
    case text::LineEnding::kCrLf:
      return 2;
  }
  return 0;
}

// Lines, their endings and their normalized forms: the lines and endings
// make up the whole decoded text; each normalized line is valid UTF-8 with
// one nondecreasing column per byte, ending one past the original's last.
void CheckSource(std::string_view target, const text::SourceText& source) {
  size_t bytes = 0;
  for (size_t line = 1; line <= source.line_count(); ++line) {
    std::string_view original = source.original_line(line);
    FUZZ_CHECK(target, IsValidUtf8(original));
    FUZZ_CHECK(target, original.find_first_of("\r\n") == std::string_view::npos);
    FUZZ_CHECK(target,
               line == source.line_count() || source.line_ending(line) != text::LineEnding::kNone);
    bytes += original.size() + EndingSize(source.line_ending(line));
    const text::NormalizedLine& normalized = source.normalized_line(line);
    FUZZ_CHECK(target, IsValidUtf8(normalized.text));
    FUZZ_CHECK(target, normalized.columns.size() == normalized.text.size() + 1);
    const uint32_t last = CodePoints(original) + 1;
    FUZZ_CHECK(target, normalized.columns.back() == last);
    uint32_t previous = 1;
    for (uint32_t column : normalized.columns) {
      FUZZ_CHECK(target, column >= previous && column <= last);
      previous = column;
    }
  }
  FUZZ_CHECK(target, bytes == source.byte_size());
}

// Every analysed character maps to a line of `allowed` (ascending; synthetic
// joins map to where the previous piece ended) and a column inside that line.
void CheckMapped(std::string_view target, const text::SourceText& source,
                 const text::MappedText& mapped, const std::vector<uint32_t>& allowed) {
  const std::string& s = mapped.text();
  FUZZ_CHECK(target, IsValidUtf8(s));
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsBoundary(s, i)) continue;
    text::SourcePosition p = mapped.PositionAt(i);
    FUZZ_CHECK(target, p.line >= 1 && p.line <= source.line_count());
    if (!std::binary_search(allowed.begin(), allowed.end(), p.line)) {
      Fail(target, "analysed byte " + std::to_string(i) + " of '" + s + "' maps to line " +
                       std::to_string(p.line) + ", not to one of its " +
                       std::to_string(allowed.size()) + " lines from " +
                       (allowed.empty() ? "-" : std::to_string(allowed.front())));
    }
    FUZZ_CHECK(target, p.column >= 1 && p.column <= CodePoints(source.original_line(p.line)) + 1);
  }
}

void CheckQuantities(std::string_view target, std::string_view text,
                     const std::vector<quantity::Quantity>& quantities) {
  size_t previous_begin = 0;
  for (const quantity::Quantity& q : quantities) {
    FUZZ_CHECK(target, q.begin < q.end && q.end <= text.size());
    FUZZ_CHECK(target, q.begin >= previous_begin);
    FUZZ_CHECK(target, IsBoundary(text, q.begin) && IsBoundary(text, q.end));
    FUZZ_CHECK(target, q.low <= q.high);
    previous_begin = q.begin;
  }
}

// Lines of `text` with invalid UTF-8 replaced and NUL bytes dropped, so that
// any input reaches the extractor as text a decoded file could hold.
std::string AsText(std::string_view bytes) {
  std::string valid;
  utf8::replace_invalid(bytes.begin(), bytes.end(), std::back_inserter(valid));
  std::string out;
  out.reserve(valid.size());
  for (char c : valid) {
    if (c != '\0') out.push_back(c);
  }
  return out;
}

void FuzzExtract(std::string_view target, Language language, const uint8_t* data, size_t size) {
  text::SourceText source;
  Status s = text::SourceText::FromBytes(AsText(Bytes(data, size)), text::Encoding::kUtf8,
                                         "fuzz.txt", &source);
  FUZZ_CHECK(target, s.ok());
  text::MappedText paragraph(&source);
  std::vector<uint32_t> lines;
  for (uint32_t line = 1; line <= source.line_count(); ++line) {
    if (line > 1 && language == Language::kEn) paragraph.AppendSynthetic(" ");
    paragraph.AppendLine(line);
    lines.push_back(line);
  }
  const std::string& analysed = paragraph.text();
  std::vector<quantity::Quantity> quantities =
      language == Language::kZh ? quantity::ExtractZh(analysed) : quantity::ExtractEn(analysed);
  CheckQuantities(target, analysed, quantities);
  if (paragraph.empty()) return;
  quantity::Resolve(paragraph, &quantities);
  for (const quantity::Quantity& q : quantities) {
    FUZZ_CHECK(target, q.position.line >= 1 && q.position.line <= source.line_count());
    FUZZ_CHECK(target, IsValidUtf8(q.text) && IsValidUtf8(q.context));
  }
}

void CheckBlock(std::string_view target, const text::SourceText& source,
                const document::Block& block, LineRole role, std::vector<LineRole>* claimed,
                std::vector<int>* claims) {
  FUZZ_CHECK(target, block.lines.first >= 1 && block.lines.first <= block.lines.last &&
                         block.lines.last <= source.line_count());
  uint32_t previous = 0;
  for (uint32_t line : block.text_lines) {
    FUZZ_CHECK(target, line > previous && line >= block.lines.first && line <= block.lines.last);
    previous = line;
    (*claimed)[line - 1] = role;
    ++(*claims)[line - 1];
  }
  CheckMapped(target, source, block.text, block.text_lines);
}

// The document model against its contract: every line is in exactly one
// place and `roles` and `counts` say which; spans nest and lie in the file.
void CheckDocument(std::string_view target, const text::SourceText& source,
                   const document::Document& doc) {
  const size_t n = source.line_count();
  FUZZ_CHECK(target, doc.roles.size() == n);
  FUZZ_CHECK(target, doc.counts.total == n);
  FUZZ_CHECK(target, doc.counts.blank + doc.counts.noise + doc.counts.contents +
                             doc.counts.front_matter + doc.counts.body ==
                         doc.counts.total);
  document::LineCounts tally;
  for (LineRole role : doc.roles) {
    switch (role) {
      case LineRole::kBlank:
        ++tally.blank;
        break;
      case LineRole::kNoise:
        ++tally.noise;
        break;
      case LineRole::kFrontMatter:
        ++tally.front_matter;
        break;
      case LineRole::kContents:
        ++tally.contents;
        break;
      case LineRole::kHeading:
      case LineRole::kBody:
      case LineRole::kMarkup:
        ++tally.body;
        break;
    }
  }
  FUZZ_CHECK(target, tally.blank == doc.counts.blank && tally.noise == doc.counts.noise &&
                         tally.front_matter == doc.counts.front_matter &&
                         tally.contents == doc.counts.contents && tally.body == doc.counts.body);

  // Claim each line from the model itself, then compare with `roles`.
  std::vector<LineRole> claimed(n, LineRole::kBlank);
  std::vector<int> claims(n, 0);
  auto claim = [&](uint32_t line, LineRole role) {
    FUZZ_CHECK(target, line >= 1 && line <= n);
    claimed[line - 1] = role;
    ++claims[line - 1];
  };
  for (const document::NoiseLine& noise : doc.noise) claim(noise.line, LineRole::kNoise);
  for (const document::Block& b : doc.front_matter_blocks) {
    CheckBlock(target, source, b, LineRole::kFrontMatter, &claimed, &claims);
  }
  if (doc.contents_heading_line) claim(*doc.contents_heading_line, LineRole::kContents);
  for (const document::ContentsEntry& e : doc.contents) {
    FUZZ_CHECK(target, e.line >= 1 && e.line <= e.last_line && e.last_line <= n);
    for (uint32_t line = e.line; line <= e.last_line; ++line) {
      // An entry wrapped over a page break steps over blank and noise lines.
      if (doc.roles[line - 1] == LineRole::kNoise) continue;
      if (document::Trim(source.normalized_line(line).text).empty()) continue;
      claim(line, LineRole::kContents);
    }
  }
  for (uint32_t line : doc.contents_markup_lines) claim(line, LineRole::kContents);
  uint32_t previous_heading = 0;
  std::function<void(const document::Section&, const document::LineSpan*)> visit =
      [&](const document::Section& s, const document::LineSpan* parent) {
        if (s.heading_line > 0) {
          FUZZ_CHECK(target, s.heading_line > previous_heading);
          previous_heading = s.heading_line;
          claim(s.heading_line, LineRole::kHeading);
          CheckMapped(target, source, s.heading_text, {s.heading_line});
        }
        if (s.lines.first != 0) {
          FUZZ_CHECK(target, s.lines.first <= s.lines.last && s.lines.last <= n);
          if (parent != nullptr) {
            FUZZ_CHECK(target, parent->first <= s.lines.first && s.lines.last <= parent->last);
          }
        }
        if (s.item_body) {
          FUZZ_CHECK(target, s.item_body->lines.first == s.heading_line &&
                                 !s.item_body->text_lines.empty() &&
                                 s.item_body->text_lines.front() == s.heading_line);
          CheckBlock(target, source, *s.item_body, LineRole::kBody, &claimed, &claims);
          // The heading line holds both the title and the start of the body.
          claimed[s.heading_line - 1] = LineRole::kHeading;
          --claims[s.heading_line - 1];
        }
        for (const document::Block& b : s.blocks) {
          CheckBlock(target, source, b, LineRole::kBody, &claimed, &claims);
        }
        for (uint32_t line : s.markup_lines) claim(line, LineRole::kMarkup);
        for (const document::Section& child : s.children) visit(child, &s.lines);
      };
  for (const document::Section& s : doc.sections) visit(s, nullptr);

  for (size_t i = 0; i < n; ++i) {
    const bool blank = document::Trim(source.normalized_line(i + 1).text).empty();
    if (blank) {
      FUZZ_CHECK(target, doc.roles[i] == LineRole::kBlank && claims[i] == 0);
    } else {
      FUZZ_CHECK(target, claims[i] == 1);
      FUZZ_CHECK(target, doc.roles[i] == claimed[i]);
    }
  }
}

void Split(std::string_view bytes, std::string_view* first, std::string_view* second) {
  size_t cut = bytes.find('\0');
  if (cut == std::string_view::npos) {
    *first = bytes.substr(0, bytes.size() / 2);
    *second = bytes.substr(bytes.size() / 2);
  } else {
    *first = bytes.substr(0, cut);
    *second = bytes.substr(cut + 1);
  }
}

void CheckSummary(std::string_view target, const compare::Side& zh, const compare::Side& en,
                  const compare::ComparisonResult& result) {
  const compare::Summary& s = result.summary;
  FUZZ_CHECK(target, s.zh_quantities == zh.quantity_count);
  FUZZ_CHECK(target, s.en_quantities == en.quantity_count);
  FUZZ_CHECK(target, s.matched + s.paired_with_finding + s.range_ends_zh + s.unmatched_zh ==
                         s.zh_quantities);
  FUZZ_CHECK(target, s.matched + s.paired_with_finding + s.range_ends_en + s.unmatched_en ==
                         s.en_quantities);
  FUZZ_CHECK(target, s.moved <= s.matched);
  FUZZ_CHECK(target, s.zh_sections == zh.sections.size() && s.en_sections == en.sections.size());
  FUZZ_CHECK(target, s.errors + s.warnings + s.notes == result.findings.size());
  for (const compare::SectionPairing& p : result.sections) {
    FUZZ_CHECK(target, !p.zh || *p.zh < zh.sections.size());
    FUZZ_CHECK(target, !p.en || *p.en < en.sections.size());
  }
}

}  // namespace

void FuzzDecode(const uint8_t* data, size_t size) {
  constexpr std::string_view kTarget = "decode";
  if (size == 0) return;
  static constexpr text::Encoding kEncodings[] = {
      text::Encoding::kAuto, text::Encoding::kUtf8, text::Encoding::kUtf16Le,
      text::Encoding::kUtf16Be, text::Encoding::kGb18030};
  const text::Encoding requested = kEncodings[data[0] % 5];
  std::string_view bytes = Bytes(data + 1, size - 1);

  text::Decoded decoded;
  Status decode = text::Decode(bytes, requested, "fuzz.txt", &decoded);
  if (decode.ok()) {
    FUZZ_CHECK(kTarget, IsValidUtf8(decoded.utf8));
    FUZZ_CHECK(kTarget, decoded.utf8.find('\0') == std::string::npos);
    FUZZ_CHECK(kTarget, requested == text::Encoding::kAuto || decoded.encoding == requested);
  } else {
    FUZZ_CHECK(kTarget, !decode.message().empty());
    FUZZ_CHECK(kTarget, decode.message().find('\n') == std::string::npos);
    FUZZ_CHECK(kTarget, decode.message().rfind("fuzz.txt", 0) == 0);
  }

  text::SourceText source;
  Status load = text::SourceText::FromBytes(bytes, requested, "fuzz.txt", &source);
  FUZZ_CHECK(kTarget, load.ok() == decode.ok());
  if (!load.ok()) {
    FUZZ_CHECK(kTarget, load.message() == decode.message());
    return;
  }
  FUZZ_CHECK(kTarget, source.byte_size() == decoded.utf8.size());
  FUZZ_CHECK(kTarget, source.encoding() == decoded.encoding);
  CheckSource(kTarget, source);
  text::DetectLanguage(source);
}

void FuzzParse(const uint8_t* data, size_t size) {
  constexpr std::string_view kTarget = "parse";
  if (size == 0) return;
  const Language language = data[0] % 2 == 0 ? Language::kZh : Language::kEn;
  text::SourceText source;
  if (!text::SourceText::FromBytes(Bytes(data + 1, size - 1), text::Encoding::kAuto, "fuzz.txt",
                                   &source)
           .ok()) {
    return;
  }
  document::Document doc = document::Parse(source, language);
  FUZZ_CHECK(kTarget, doc.source == &source && doc.language == language);
  CheckDocument(kTarget, source, doc);
}

void FuzzExtractZh(const uint8_t* data, size_t size) {
  FuzzExtract("extract_zh", Language::kZh, data, size);
}

void FuzzExtractEn(const uint8_t* data, size_t size) {
  FuzzExtract("extract_en", Language::kEn, data, size);
}

void FuzzCompare(const uint8_t* data, size_t size) {
  constexpr std::string_view kTarget = "compare";
  std::string_view zh_bytes, en_bytes;
  Split(Bytes(data, size), &zh_bytes, &en_bytes);
  text::SourceText zh, en;
  if (!text::SourceText::FromBytes(zh_bytes, text::Encoding::kAuto, "zh.txt", &zh).ok() ||
      !text::SourceText::FromBytes(en_bytes, text::Encoding::kAuto, "en.txt", &en).ok()) {
    return;
  }
  // As compare_command.cpp: parse, build each side, compare.
  document::Document zh_doc = document::Parse(zh, Language::kZh);
  document::Document en_doc = document::Parse(en, Language::kEn);
  compare::Side zh_side = compare::BuildSide(zh_doc);
  compare::Side en_side = compare::BuildSide(en_doc);
  compare::ComparisonResult result = compare::CompareSides(zh_side, en_side);
  CheckSummary(kTarget, zh_side, en_side, result);
  for (const compare::Finding& f : result.findings) {
    FUZZ_CHECK(kTarget, !f.rule.empty() && !f.message.empty());
    const bool zh_bad = f.zh && (f.zh->line < 1 || f.zh->line > zh.line_count());
    const bool en_bad = f.en && (f.en->line < 1 || f.en->line > en.line_count());
    if (zh_bad || en_bad) {
      Fail(kTarget, "finding " + f.rule + " points outside its file (zh line " +
                        (f.zh ? std::to_string(f.zh->line) : "-") + " of " +
                        std::to_string(zh.line_count()) + ", en line " +
                        (f.en ? std::to_string(f.en->line) : "-") + " of " +
                        std::to_string(en.line_count()) + "): " + f.message);
    }
  }
}

const std::vector<Target>& Targets() {
  static const std::vector<Target> targets = {
      {"decode", FuzzDecode},        {"parse", FuzzParse},     {"extract_zh", FuzzExtractZh},
      {"extract_en", FuzzExtractEn}, {"compare", FuzzCompare},
  };
  return targets;
}

}  // namespace crosscheck::fuzz
