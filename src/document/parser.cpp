// Parse(): the passes over the lines, in order — noise, front matter,
// contents, body lines into headings and blocks, page-break joins, and the
// section tree. Each pass is linear in the number of lines.
#include <string>
#include <utility>

#include "document/chars.h"
#include "document/contents.h"
#include "document/document.h"
#include "document/front_matter.h"
#include "document/heading.h"
#include "document/markdown.h"
#include "document/noise.h"
#include "document/paragraphs.h"

namespace crosscheck::document {
namespace {

// How many text lines past the recognised front matter may stand before a
// table of contents and still be front matter.
constexpr int kFrontMatterLookAhead = 12;

using text::Language;

struct Segment {
  uint32_t line = 0;
  size_t begin = 0;  // bytes of the normalized line
  size_t end = 0;
};

struct RawBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::vector<Segment> segments;
  bool item_body = false;  // the body on an item heading's line
};

struct Event {
  enum class Type { kHeading, kBlock, kMarkup } type = Type::kBlock;
  uint32_t line = 0;
  // kHeading:
  std::optional<HeadingMatch> match;  // nullopt for a titled Markdown heading
  int md_depth = 0;                   // '#' count; 0 for a plain-text heading
  size_t title_begin = 0, title_end = 0;
  // kBlock:
  RawBlock block;
  bool dropped = false;  // merged into an earlier block
};

class Parser {
 public:
  Parser(const text::SourceText& source, Language language, const ParseOptions& options)
      : source_(source), options_(options) {
    doc_.source = &source;
    doc_.language = language == Language::kZh ? Language::kZh : Language::kEn;
    language_ = doc_.language;
  }

  Document Run() {
    const size_t n = source_.line_count();
    text_.resize(n);
    md_.resize(n);
    skip_.assign(n, false);
    for (size_t i = 0; i < n; ++i) {
      text_[i] = source_.normalized_line(i + 1).text;
      md_[i] = ParseMarkdownLine(text_[i]);
    }
    doc_.roles.assign(n, LineRole::kBlank);
    FindNoiseLines();
    size_t i = ReadFrontMatter(0);
    i = ReadContentsAt(i);
    ReadBody(i);
    JoinAcrossBreaks();
    BuildTree();
    Count();
    return std::move(doc_);
  }

 private:
  std::string_view Content(size_t i) const {
    return std::string_view(text_[i]).substr(md_[i].content_begin,
                                             md_[i].content_end - md_[i].content_begin);
  }

  void FindNoiseLines() {
    std::vector<std::string_view> trimmed(text_.size());
    for (size_t i = 0; i < text_.size(); ++i) trimmed[i] = Trim(text_[i]);
    std::vector<std::optional<NoiseKind>> noise = FindNoise(trimmed, options_.noise_patterns);
    for (size_t i = 0; i < text_.size(); ++i) {
      if (trimmed[i].empty()) {
        skip_[i] = true;
      } else if (noise[i]) {
        skip_[i] = true;
        doc_.roles[i] = LineRole::kNoise;
        doc_.noise.push_back(NoiseLine{static_cast<uint32_t>(i + 1), *noise[i]});
      }
    }
  }

  // A line that is a structural heading (ends the front matter).
  bool IsHeadingLine(size_t i) const {
    if (md_[i].kind != MarkdownLineKind::kPlain && md_[i].kind != MarkdownLineKind::kHeading) {
      return false;
    }
    std::optional<HeadingMatch> m = MatchHeading(Content(i), language_);
    return m && !m->list_item;
  }

  size_t NextText(size_t i) const {
    while (i < text_.size() && skip_[i]) ++i;
    return i;
  }

  // Front matter: the leading run of title, issuing body, date, document
  // number and lead-in lines, up to the contents or the first heading.
  size_t ReadFrontMatter(size_t i) {
    const size_t n = text_.size();
    std::vector<size_t> front;
    for (i = NextText(i); i < n; i = NextText(i + 1)) {
      MarkdownLineKind kind = md_[i].kind;
      if (kind != MarkdownLineKind::kPlain && kind != MarkdownLineKind::kHeading) break;
      if (IsContentsMarker(text_[i]) || IsHeadingLine(i)) break;
      FrontLineKind fk = ClassifyFrontLine(Content(i), language_);
      if (fk == FrontLineKind::kNone) break;
      // A short line run straight into body text is that paragraph's first line.
      if (fk == FrontLineKind::kTitle && i + 1 < n && !skip_[i + 1] &&
          md_[i + 1].kind == MarkdownLineKind::kPlain && !IsHeadingLine(i + 1) &&
          ClassifyFrontLine(Content(i + 1), language_) == FrontLineKind::kNone) {
        break;
      }
      front.push_back(i);
    }
    // Whatever stands before a table of contents is front matter too (a
    // publisher's note, an edition line), even when it does not look like
    // a title line. Looked for within the next few lines only.
    if (i < n && !IsContentsMarker(text_[i]) && !IsHeadingLine(i)) {
      std::vector<size_t> more;
      size_t j = i;
      for (int seen = 0; j < n && seen < kFrontMatterLookAhead; j = NextText(j + 1), ++seen) {
        if (IsContentsMarker(text_[j]) || IsHeadingLine(j)) break;
        more.push_back(j);
      }
      if (j < n && IsContentsMarker(text_[j])) {
        front.insert(front.end(), more.begin(), more.end());
        i = j;
      }
    }
    if (front.empty()) return i;
    doc_.front_matter = LineSpan{static_cast<uint32_t>(front.front() + 1),
                                 static_cast<uint32_t>(front.back() + 1)};
    // One block per group of adjacent lines.
    for (size_t k = 0; k < front.size(); ++k) {
      size_t line = front[k];
      doc_.roles[line] = LineRole::kFrontMatter;
      // Adjacent lines are separate items (title, issuing body, date) unless
      // an English line runs on in lower case ("... Office of" + "the People's ...").
      bool joins = k > 0 && front[k - 1] + 1 == line && language_ != Language::kZh &&
                   IsAsciiLower(FirstSignificant(Content(line)));
      if (!joins) {
        doc_.front_matter_blocks.emplace_back();
        doc_.front_matter_blocks.back().text = text::MappedText(&source_);
        doc_.front_matter_blocks.back().lines.first = static_cast<uint32_t>(line + 1);
      }
      Block& b = doc_.front_matter_blocks.back();
      if (joins && language_ != Language::kZh) b.text.AppendSynthetic(" ");
      AppendInline(static_cast<uint32_t>(line + 1), text_[line], md_[line].content_begin,
                   md_[line].content_end, &b.text);
      b.lines.last = static_cast<uint32_t>(line + 1);
      b.text_lines.push_back(static_cast<uint32_t>(line + 1));
    }
    return i;
  }

  size_t ReadContentsAt(size_t i) {
    i = NextText(i);
    if (i >= text_.size() || !IsContentsMarker(text_[i])) return i;
    doc_.contents_heading_line = static_cast<uint32_t>(i + 1);
    doc_.roles[i] = LineRole::kContents;
    ContentsRead read = ReadContents(text_, skip_, i + 1, language_);
    for (const ContentsEntry& e : read.entries) {
      for (uint32_t line = e.line; line <= e.last_line; ++line) {
        if (!skip_[line - 1]) doc_.roles[line - 1] = LineRole::kContents;
      }
    }
    // Text lines among the entries that hold none (a bare Markdown "#")
    // belong to the contents too.
    for (size_t k = i + 1; k < read.end; ++k) {
      if (skip_[k] || doc_.roles[k] == LineRole::kContents) continue;
      doc_.roles[k] = LineRole::kContents;
      doc_.contents_markup_lines.push_back(static_cast<uint32_t>(k + 1));
    }
    doc_.contents = std::move(read.entries);
    return read.end;
  }

  Event& NewBlock(BlockKind kind, size_t i, size_t begin, size_t end) {
    Event e;
    e.type = Event::Type::kBlock;
    e.line = static_cast<uint32_t>(i + 1);
    e.block.kind = kind;
    e.block.segments.push_back(Segment{e.line, begin, end});
    events_.push_back(std::move(e));
    return events_.back();
  }

  void ReadBody(size_t start) {
    const size_t n = text_.size();
    long open = -1;    // the block event that may take the next line
    bool gap = false;  // a blank or noise line since the last text line
    for (size_t i = start; i < n; ++i) {
      if (skip_[i]) {
        gap = true;
        continue;
      }
      const MarkdownLine& ml = md_[i];
      const uint32_t line = static_cast<uint32_t>(i + 1);
      const bool continues_open =
          open >= 0 && !gap && md_[i].kind == MarkdownLineKind::kPlain &&
          ContinuesLine(LastLineOf(events_[open].block), Content(i), language_);
      gap = false;
      switch (ml.kind) {
        case MarkdownLineKind::kFence:
        case MarkdownLineKind::kRule:
        case MarkdownLineKind::kTableDelimiter: {
          Event e;
          e.type = Event::Type::kMarkup;
          e.line = line;
          events_.push_back(std::move(e));
          open = -1;
          continue;
        }
        case MarkdownLineKind::kTableRow:
          NewBlock(BlockKind::kTableRow, i, ml.content_begin, ml.content_end);
          open = -1;
          continue;
        default:
          break;
      }
      std::optional<HeadingMatch> m;
      if (ml.kind != MarkdownLineKind::kListItem) m = MatchHeading(Content(i), language_);
      // "1." that opens a line inside a running paragraph continues it.
      if (m && ml.kind == MarkdownLineKind::kPlain && m->kind == SectionKind::kNumbered &&
          continues_open && !EndsSentence(LastLineOf(events_[open].block))) {
        m.reset();
      }
      if (m && !m->list_item) {
        Event e;
        e.type = Event::Type::kHeading;
        e.line = line;
        e.md_depth = ml.kind == MarkdownLineKind::kHeading ? ml.depth : 0;
        e.title_begin = ml.content_begin + m->title_begin;
        e.title_end = ml.content_begin + m->title_end;
        size_t body = m->body_begin;
        e.match = std::move(m);
        events_.push_back(std::move(e));
        open = -1;
        if (body > 0) {
          NewBlock(BlockKind::kParagraph, i, ml.content_begin + body, ml.content_end)
              .block.item_body = true;
          open = static_cast<long>(events_.size() - 1);
        }
        continue;
      }
      if (ml.kind == MarkdownLineKind::kHeading) {
        Event e;
        e.type = Event::Type::kHeading;
        e.line = line;
        e.md_depth = ml.depth;
        e.title_begin = ml.content_begin;
        e.title_end = ml.content_end;
        if (e.title_begin == e.title_end) e.type = Event::Type::kMarkup;  // a bare "#"
        events_.push_back(std::move(e));
        open = -1;
        continue;
      }
      if (ml.kind == MarkdownLineKind::kListItem || m) {
        size_t begin = m ? ml.content_begin + m->title_begin : ml.content_begin;
        NewBlock(BlockKind::kListItem, i, begin, ml.content_end);
        open = static_cast<long>(events_.size() - 1);
        continue;
      }
      if (continues_open) {
        events_[open].block.segments.push_back(Segment{line, ml.content_begin, ml.content_end});
        continue;
      }
      NewBlock(BlockKind::kParagraph, i, ml.content_begin, ml.content_end);
      open = static_cast<long>(events_.size() - 1);
    }
  }

  std::string_view SegmentText(const Segment& s) const {
    return std::string_view(text_[s.line - 1]).substr(s.begin, s.end - s.begin);
  }
  std::string_view LastLineOf(const RawBlock& b) const { return SegmentText(b.segments.back()); }

  // Joins paragraphs split by a page break: a paragraph or list item that
  // does not end a sentence, followed (after blank or noise lines only) by a
  // paragraph that goes on with it.
  void JoinAcrossBreaks() {
    long into = -1;
    for (size_t k = 0; k < events_.size(); ++k) {
      Event& e = events_[k];
      if (e.type != Event::Type::kBlock) {
        into = -1;
        continue;
      }
      if (into >= 0) {
        RawBlock& b = events_[into].block;
        if (e.block.kind == BlockKind::kParagraph && !e.block.item_body &&
            ContinuesAcrossBreak(Content(b.segments.back().line - 1),
                                 SegmentText(e.block.segments.front()), language_)) {
          b.segments.insert(b.segments.end(), e.block.segments.begin(), e.block.segments.end());
          e.dropped = true;
          continue;
        }
      }
      into = e.block.kind == BlockKind::kTableRow ? -1 : static_cast<long>(k);
    }
  }

  Block MakeBlock(const RawBlock& raw) const {
    Block b;
    b.kind = raw.kind;
    b.text = text::MappedText(&source_);
    b.lines = LineSpan{raw.segments.front().line, raw.segments.back().line};
    for (size_t k = 0; k < raw.segments.size(); ++k) {
      const Segment& s = raw.segments[k];
      if (k > 0 && language_ != Language::kZh) b.text.AppendSynthetic(" ");
      if (raw.kind == BlockKind::kTableRow) {
        AppendTableRow(s.line, text_[s.line - 1], s.begin, s.end, &b.text);
      } else {
        AppendInline(s.line, text_[s.line - 1], s.begin, s.end, &b.text);
      }
      if (b.text_lines.empty() || b.text_lines.back() != s.line) b.text_lines.push_back(s.line);
    }
    return b;
  }

  struct Open {
    Section* section;
    int rank;  // StyleRank of a numbered heading; -1 otherwise
    int md_depth;
    int titled_children = 0;  // kTitled sections among its children so far
  };

  Section* Current() {
    if (stack_.empty()) {
      // Body text before any heading.
      Section s;
      s.kind = SectionKind::kPreamble;
      s.level = 1;
      s.label = "preamble";
      s.heading_text = text::MappedText(&source_);
      doc_.sections.push_back(std::move(s));
      stack_.push_back(Open{&doc_.sections.back(), -1, 0});
    }
    return stack_.back().section;
  }

  void OpenSection(Section section, int rank, int md_depth) {
    std::vector<Section>& siblings = stack_.empty() ? doc_.sections : stack_.back().section->children;
    section.level = stack_.empty() ? 1 : stack_.back().section->level + 1;
    if (section.kind == SectionKind::kTitled) {
      // A section takes children only while it is open, so the count kept
      // with it is the count among its children (not a scan: linear time).
      int& titled = stack_.empty() ? top_titled_ : stack_.back().titled_children;
      section.label = "titled-" + std::to_string(++titled);
    }
    siblings.push_back(std::move(section));
    stack_.push_back(Open{&siblings.back(), rank, md_depth});
  }

  void BuildTree() {
    for (Event& e : events_) {
      if (e.dropped) continue;
      const size_t index = e.line - 1;
      switch (e.type) {
        case Event::Type::kMarkup:
          Current()->markup_lines.push_back(e.line);
          doc_.roles[index] = LineRole::kMarkup;
          break;
        case Event::Type::kBlock: {
          Block b = MakeBlock(e.block);
          for (uint32_t line : b.text_lines) doc_.roles[line - 1] = LineRole::kBody;
          Section* s = Current();
          if (e.block.item_body && !s->item_body && s->heading_line == e.line) {
            doc_.roles[index] = LineRole::kHeading;
            s->item_body = std::move(b);
          } else {
            s->blocks.push_back(std::move(b));
          }
          break;
        }
        case Event::Type::kHeading: {
          doc_.roles[index] = LineRole::kHeading;
          Section s;
          s.heading_line = e.line;
          s.heading_text = text::MappedText(&source_);
          AppendInline(e.line, text_[index], e.title_begin, e.title_end, &s.heading_text);
          s.title = s.heading_text.text();
          int rank = -1;
          if (!e.match) {
            s.kind = SectionKind::kTitled;
            // A titled heading nests only under a numbered Markdown heading of smaller depth.
            while (!stack_.empty() && !(stack_.back().rank >= 0 && stack_.back().md_depth > 0 &&
                                        stack_.back().md_depth < e.md_depth)) {
              stack_.pop_back();
            }
          } else if (e.match->kind != SectionKind::kNumbered) {
            s.kind = e.match->kind;
            s.label = HeadingLabel(*e.match);
            stack_.clear();
          } else {
            s.kind = SectionKind::kNumbered;
            s.label = HeadingLabel(*e.match);
            rank = StyleRank(e.match->style);
            while (!stack_.empty() && (stack_.back().rank < 0 || stack_.back().rank >= rank)) {
              stack_.pop_back();
            }
          }
          OpenSection(std::move(s), rank, e.md_depth);
          break;
        }
      }
    }
    for (Section& s : doc_.sections) ComputeSpan(&s);
  }

  static void Extend(LineSpan* span, LineSpan other) {
    if (other.first == 0) return;
    if (span->first == 0 || other.first < span->first) span->first = other.first;
    if (other.last > span->last) span->last = other.last;
  }

  static void ComputeSpan(Section* s) {
    LineSpan span;
    if (s->heading_line > 0) span = LineSpan{s->heading_line, s->heading_line};
    if (s->item_body) Extend(&span, s->item_body->lines);
    for (const Block& b : s->blocks) Extend(&span, b.lines);
    for (uint32_t line : s->markup_lines) Extend(&span, LineSpan{line, line});
    for (Section& c : s->children) {
      ComputeSpan(&c);
      Extend(&span, c.lines);
    }
    s->lines = span;
  }

  void Count() {
    LineCounts& c = doc_.counts;
    c.total = static_cast<uint32_t>(doc_.roles.size());
    for (LineRole role : doc_.roles) {
      switch (role) {
        case LineRole::kBlank: ++c.blank; break;
        case LineRole::kNoise: ++c.noise; break;
        case LineRole::kFrontMatter: ++c.front_matter; break;
        case LineRole::kContents: ++c.contents; break;
        case LineRole::kHeading:
        case LineRole::kBody:
        case LineRole::kMarkup: ++c.body; break;
      }
    }
  }

  const text::SourceText& source_;
  const ParseOptions& options_;
  Language language_;
  Document doc_;
  std::vector<std::string_view> text_;  // normalized lines, index 0 = line 1
  std::vector<MarkdownLine> md_;
  std::vector<bool> skip_;  // blank or noise
  std::vector<Event> events_;
  std::vector<Open> stack_;
  int top_titled_ = 0;  // kTitled sections among doc_.sections so far
};

}  // namespace

Document Parse(const text::SourceText& source, text::Language language,
               const ParseOptions& options) {
  return Parser(source, language, options).Run();
}

}  // namespace crosscheck::document
