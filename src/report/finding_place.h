// Where a finding shows: the side a CI annotation or a SARIF result points
// at, the other side being its counterpart.
//
// The English file for a figure that is wrong or extra there (number.value,
// number.magnitude, unit.mismatch, number.extra, hedge.conflict,
// structure.*-extra); the Chinese file for what the English lacks
// (number.missing, structure.section-missing, structure.paragraph-missing).
// Other rules point at the English side when they have one. A finding with a
// place on one side only points there.
#ifndef CROSSCHECK_REPORT_FINDING_PLACE_H_
#define CROSSCHECK_REPORT_FINDING_PLACE_H_

#include <optional>
#include <string>
#include <string_view>

#include "compare/finding.h"
#include "text/source_text.h"

namespace crosscheck::report {

enum class FileSide { kZh, kEn };

// The side where `finding` shows, or nullopt when it has no place on either.
std::optional<FileSide> PrimarySide(const compare::Finding& finding);

// The finding's location on `side`, or nullptr.
const compare::Location* LocationOn(const compare::Finding& finding, FileSide side);

FileSide OtherSide(FileSide side);

// Code points of `text` up to its first line break: how many columns it
// covers on the line where it starts.
uint32_t CodePointsOnFirstLine(std::string_view text);

// Code points of line `line` of `source`; 0 when there is no such line.
uint32_t LineLength(const text::SourceText& source, uint32_t line);

// The exclusive end column of `at` on its line: its column plus the code
// points of its text, kept within the line (at most its length + 1). Equals
// the start column for an empty text. REQUIRES: at.column >= 1.
uint32_t EndColumn(const text::SourceText& source, const compare::Location& at);

// "file:line:col" for messages.
std::string PlaceText(const text::SourceText& source, const compare::Location& at);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_FINDING_PLACE_H_
