// Finding: one disagreement between the two versions, pointing at both.
//
// Findings are data, not errors: the command exits 1 when one reaches the
// fail level. Rule ids and their default severities are a public contract
// (rules.h, docs/rules.md).
#ifndef CROSSCHECK_COMPARE_FINDING_H_
#define CROSSCHECK_COMPARE_FINDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::compare {

enum class Severity { kNote, kWarning, kError };

std::string_view SeverityName(Severity severity);  // "note", "warning", "error"
bool ParseSeverityName(std::string_view name, Severity* severity);

// A place in one of the two original files.
struct Location {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in code points
  std::string text;     // the original surface text (a figure, a heading)
  // What is at the place, independent of where it is: a figure's kind,
  // value, unit and the analysed text around it; a heading's title. Stays
  // the same when unrelated text is inserted or moved.
  std::string key;
};

// A quantity listed behind a summary finding (structure.abridged, a missing
// paragraph).
struct ListedQuantity {
  Location location;
  std::string value;
  std::string unit;
};

struct Finding {
  std::string rule;  // e.g. "number.value"
  Severity severity = Severity::kWarning;
  std::string message;
  std::string zh_section;  // canonical label of the section on each side; empty if none
  std::string en_section;
  std::optional<Location> zh;
  std::optional<Location> en;
  std::vector<ListedQuantity> quantities;
};

}  // namespace crosscheck::compare

#endif  // CROSSCHECK_COMPARE_FINDING_H_
