#include "config/apply.h"

#include <algorithm>
#include <set>

namespace crosscheck::config {
namespace {

bool AnyFinds(const std::vector<text::Pattern>& patterns, std::string_view text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const text::Pattern& p) { return p.Find(text); });
}

void RenameUnits(const std::map<std::string, std::string>& units, bool english,
                 quantity::Quantity* q) {
  if (q->unit.empty()) return;
  std::string_view word = q->unit;
  if (word.substr(0, 5) == "noun:") word.remove_prefix(5);
  auto it = units.find(english ? EnglishUnitKey(word) : std::string(word));
  if (it != units.end()) q->unit = it->second;
}

bool SectionIgnored(const Config& config, const compare::SectionView& s) {
  if (std::find(config.ignore_sections.begin(), config.ignore_sections.end(), s.path) !=
      config.ignore_sections.end()) {
    return true;
  }
  return s.heading_line != 0 && AnyFinds(config.ignore_titles, s.title);
}

size_t QuantitiesIn(const compare::SectionView& s) {
  size_t n = 0;
  for (const compare::BlockView& b : s.blocks) n += b.quantities.size();
  return n;
}

double LengthOf(const compare::SectionView& s) {
  double length = 0;
  for (const compare::BlockView& b : s.blocks) length += b.length;
  return length;
}

}  // namespace

document::ParseOptions ParseOptionsFor(const Config& config) {
  document::ParseOptions options;
  options.noise_patterns = config.noise_patterns;
  return options;
}

SideIgnored ApplyToSide(const Config& config, compare::Side* side) {
  SideIgnored ignored;
  const bool english = side->language == text::Language::kEn;
  const std::map<std::string, std::string>& units = english ? config.en_units : config.zh_units;

  if (!config.ignore_sections.empty() || !config.ignore_titles.empty()) {
    std::vector<compare::SectionView> kept;
    std::set<std::string> dropped_labels;
    std::string dropped_path;  // the subtree being skipped; sections are in pre-order
    for (compare::SectionView& s : side->sections) {
      bool inside = !dropped_path.empty() && s.path.size() > dropped_path.size() &&
                    s.path.compare(0, dropped_path.size() + 1, dropped_path + ".") == 0;
      if (!inside) dropped_path.clear();
      if (inside || SectionIgnored(config, s)) {
        if (!inside) {
          dropped_path = s.path;
          if (s.level == 1 && !s.label.empty()) dropped_labels.insert(s.label);
        }
        ++ignored.sections;
        side->quantity_count -= QuantitiesIn(s);
        side->body_length -= LengthOf(s);
        continue;
      }
      kept.push_back(std::move(s));
    }
    side->sections = std::move(kept);
    std::erase_if(side->contents, [&](const compare::ContentsView& c) {
      return dropped_labels.count(c.label) > 0 || AnyFinds(config.ignore_titles, c.title);
    });
  }

  for (compare::SectionView& s : side->sections) {
    for (compare::BlockView& b : s.blocks) {
      if (!units.empty()) {
        for (quantity::Quantity& q : b.quantities) RenameUnits(units, english, &q);
      }
      if (!config.ignore_quantities.empty()) {
        size_t removed = std::erase_if(b.quantities, [&](const quantity::Quantity& q) {
          return AnyFinds(config.ignore_quantities, q.text);
        });
        ignored.quantities += removed;
        side->quantity_count -= removed;
      }
    }
  }
  return ignored;
}

void ApplyRules(const Config& config, compare::ComparisonResult* result) {
  compare::Summary& summary = result->summary;
  if (!config.rules.empty()) {
    size_t before = result->findings.size();
    std::erase_if(result->findings, [&](compare::Finding& f) {
      auto it = config.rules.find(f.rule);
      if (it == config.rules.end()) return false;
      if (!it->second) return true;
      f.severity = *it->second;
      return false;
    });
    summary.findings_off += before - result->findings.size();
  }
  summary.errors = summary.warnings = summary.notes = 0;
  for (const compare::Finding& f : result->findings) {
    switch (f.severity) {
      case compare::Severity::kError:
        ++summary.errors;
        break;
      case compare::Severity::kWarning:
        ++summary.warnings;
        break;
      case compare::Severity::kNote:
        ++summary.notes;
        break;
    }
  }
}

compare::ComparisonResult CompareConfigured(const Config& config, compare::Side* zh,
                                            compare::Side* en) {
  SideIgnored zh_ignored = ApplyToSide(config, zh);
  SideIgnored en_ignored = ApplyToSide(config, en);
  compare::ComparisonOptions options;
  options.tolerance = config.tolerance;
  compare::ComparisonResult result = compare::CompareSides(*zh, *en, options);
  ApplyRules(config, &result);
  result.summary.ignored_zh = zh_ignored.quantities;
  result.summary.ignored_en = en_ignored.quantities;
  result.summary.ignored_sections_zh = zh_ignored.sections;
  result.summary.ignored_sections_en = en_ignored.sections;
  return result;
}

}  // namespace crosscheck::config
