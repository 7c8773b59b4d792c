#include "text/mapped_text.h"

#include <algorithm>

namespace crosscheck::text {

void MappedText::AppendLine(uint32_t line, size_t begin, size_t end) {
  if (begin >= end) return;
  const NormalizedLine& normalized = source_->normalized_line(line);
  pieces_.push_back(Piece{text_.size(), line, begin});
  text_.append(normalized.text, begin, end - begin);
}

void MappedText::AppendSynthetic(std::string_view s) {
  if (s.empty()) return;
  // Consecutive synthetic text is one piece, so that PositionAt steps back
  // over at most one piece.
  if (!pieces_.empty() && pieces_.back().line == 0) {
    text_.append(s);
    return;
  }
  pieces_.push_back(Piece{text_.size(), 0, 0});
  text_.append(s);
}

const MappedText::Piece& MappedText::PieceAt(size_t offset) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                             [](size_t o, const Piece& p) { return o < p.text_begin; });
  return *(it - 1);
}

SourcePosition MappedText::PositionAt(size_t offset) const {
  const Piece& piece = PieceAt(offset);
  if (piece.line == 0) {
    // Synthetic text: report the end of the previous real piece, or, for
    // text before any (a joining space ahead of a table row's first cell),
    // the start of the next one. Consecutive synthetic text is one piece, so
    // either neighbour is real.
    const size_t k = &piece - pieces_.data();
    if (k > 0) {
      const Piece& before = pieces_[k - 1];
      const NormalizedLine& nl = source_->normalized_line(before.line);
      size_t piece_end = piece.text_begin - before.text_begin + before.line_begin;
      return SourcePosition{before.line, nl.columns[piece_end]};
    }
    if (k + 1 < pieces_.size()) {
      const Piece& after = pieces_[k + 1];
      return SourcePosition{after.line,
                            source_->normalized_line(after.line).columns[after.line_begin]};
    }
    return SourcePosition{1, 1};  // only synthetic text: no line to point at
  }
  const NormalizedLine& nl = source_->normalized_line(piece.line);
  return SourcePosition{piece.line, nl.columns[piece.line_begin + (offset - piece.text_begin)]};
}

std::string MappedText::OriginalText(size_t begin, size_t end) const {
  std::string out;
  if (begin >= end) return out;
  size_t i = &PieceAt(begin) - pieces_.data();
  for (; i < pieces_.size() && pieces_[i].text_begin < end; ++i) {
    const Piece& p = pieces_[i];
    size_t piece_end = i + 1 < pieces_.size() ? pieces_[i + 1].text_begin : text_.size();
    size_t from = std::max(begin, p.text_begin), to = std::min(end, piece_end);
    if (from >= to) continue;
    if (p.line == 0) {
      out.append(text_, from, to - from);
      continue;
    }
    const NormalizedLine& nl = source_->normalized_line(p.line);
    uint32_t c0 = nl.columns[p.line_begin + (from - p.text_begin)];
    // The end column is that of the last byte's character, plus one.
    size_t last = p.line_begin + (to - p.text_begin) - 1;
    uint32_t c1 = nl.columns[last] + 1;
    // A normalized segment can be several characters long; extend to the
    // next segment's first column.
    if (last + 1 < nl.columns.size() && nl.columns[last + 1] > c1) c1 = nl.columns[last + 1];
    out.append(source_->OriginalSlice(p.line, c0, c1));
  }
  return out;
}

}  // namespace crosscheck::text
