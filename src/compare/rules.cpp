#include "compare/rules.h"

#include <array>

namespace crosscheck::compare {
namespace {

constexpr std::array<Rule, 16> kRules = {{
    {"number.value", Severity::kError,
     "A figure whose counterpart is clear from context disagrees beyond its precision."},
    {"number.magnitude", Severity::kError,
     "The two figures differ by a power of ten: a scale word misread (亿 as billion)."},
    {"unit.mismatch", Severity::kError,
     "Same number, different unit: percent vs percentage points, currencies, periods."},
    {"number.missing", Severity::kWarning,
     "A Chinese figure has no counterpart in the English version."},
    {"number.extra", Severity::kWarning,
     "An English figure has no counterpart in the Chinese version."},
    {"hedge.conflict", Severity::kWarning,
     "The figures agree but their hedges point opposite ways (more than vs nearly)."},
    {"structure.section-missing", Severity::kError,
     "A Chinese section has no English counterpart."},
    {"structure.section-extra", Severity::kError,
     "An English section has no Chinese counterpart."},
    {"structure.section-order", Severity::kWarning,
     "A section appears in a different place in the two versions."},
    {"structure.heading-number", Severity::kWarning,
     "Paired sections carry different numbers."},
    {"structure.item-count", Severity::kWarning,
     "Paired sections have a different number of numbered items or list items."},
    {"structure.toc-mismatch", Severity::kWarning,
     "A contents entry disagrees with its heading or with the other version's contents."},
    {"structure.abridged", Severity::kWarning,
     "Most of one side of a section pair has no counterpart: an excerpt or a summary."},
    {"structure.paragraph-missing", Severity::kWarning,
     "A Chinese paragraph has no English counterpart."},
    {"structure.paragraph-extra", Severity::kWarning,
     "An English paragraph has no Chinese counterpart."},
    {"number.moved", Severity::kNote,
     "A figure's counterpart is in a neighbouring paragraph of the same section."},
}};

}  // namespace

std::span<const Rule> Rules() { return kRules; }

const Rule* FindRule(std::string_view id) {
  for (const Rule& rule : kRules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

bool ParseSeverityName(std::string_view name, Severity* severity) {
  if (name == "note") *severity = Severity::kNote;
  else if (name == "warning") *severity = Severity::kWarning;
  else if (name == "error") *severity = Severity::kError;
  else return false;
  return true;
}

}  // namespace crosscheck::compare
