#include "report/compare_report.h"

#include <map>
#include <nlohmann/json.hpp>

#include "compare/rules.h"
#include "util/counted.h"

namespace crosscheck::report {
namespace {

using compare::Finding;
using compare::Location;
using nlohmann::ordered_json;

ordered_json LocationJson(const std::optional<Location>& location) {
  if (!location) return nullptr;
  return ordered_json{{"line", location->line}, {"column", location->column},
                      {"text", location->text}};
}

ordered_json LineCountsJson(const document::LineCounts& c) {
  return ordered_json{{"total", c.total},
                      {"blank", c.blank},
                      {"noise", c.noise},
                      {"contents", c.contents},
                      {"front_matter", c.front_matter},
                      {"body", c.body}};
}

ordered_json SummaryJson(const ComparisonInput& input) {
  const compare::Summary& s = input.result->summary;
  ordered_json summary{
      {"sections", {{"zh", s.zh_sections}, {"en", s.en_sections}, {"paired", s.sections_paired}}},
      {"quantities",
       {{"zh", s.zh_quantities},
        {"en", s.en_quantities},
        {"matched", s.matched},
        {"moved", s.moved},
        {"paired_with_finding", s.paired_with_finding},
        {"range_ends_zh", s.range_ends_zh},
        {"range_ends_en", s.range_ends_en},
        {"unmatched_zh", s.unmatched_zh},
        {"unmatched_en", s.unmatched_en}}},
      {"findings", {{"error", s.errors}, {"warning", s.warnings}, {"note", s.notes}}},
      {"ignored",
       {{"quantities", {{"zh", s.ignored_zh}, {"en", s.ignored_en}}},
        {"sections", {{"zh", s.ignored_sections_zh}, {"en", s.ignored_sections_en}}},
        {"findings", s.findings_off}}},
  };
  if (input.zh_lines && input.en_lines) {
    summary["lines"] = {{"zh", LineCountsJson(*input.zh_lines)},
                        {"en", LineCountsJson(*input.en_lines)}};
  }
  if (input.baseline) {
    summary["baseline"] = {{"suppressed", input.baseline->suppressed},
                           {"stale", input.baseline->stale.size()}};
  }
  return summary;
}

ordered_json SectionRef(const compare::Side& side, const std::optional<size_t>& index) {
  if (!index) return nullptr;
  const compare::SectionView& s = side.sections[*index];
  return ordered_json{{"label", s.path}, {"title", s.title}, {"lines", {s.lines.first, s.lines.last}}};
}

ordered_json LinesRef(const std::optional<compare::Lines>& lines) {
  if (!lines) return nullptr;
  return ordered_json{{"lines", {lines->first, lines->last}}};
}

// Up to `radius` code points either side of the column span, the span
// bracketed: "…就业 [1135.24万人] ，比…".
std::string Excerpt(const text::SourceText& source, const Location& at, bool color) {
  if (at.line == 0 || at.line > source.line_count()) return "";
  // Slices by column only (indexed), so a long line with many findings is
  // not walked from its start for each.
  uint32_t length = 0;
  for (unsigned char c : at.text) length += (c & 0xC0) != 0x80;
  const uint32_t radius = 24;
  uint32_t begin = at.column > radius ? at.column - radius : 1;
  uint32_t end = at.column + length + radius;
  std::string before(source.OriginalSlice(at.line, begin, at.column));
  std::string mark(source.OriginalSlice(at.line, at.column, at.column + length));
  std::string after(source.OriginalSlice(at.line, at.column + length, end));
  bool more = !source.OriginalSlice(at.line, end, end + 1).empty();
  std::string open = color ? "\033[1;4m" : "[", close = color ? "\033[0m" : "]";
  return (begin > 1 ? "…" : "") + before + open + mark + close + after + (more ? "…" : "");
}

}  // namespace

void PrintCompareJson(const ComparisonInput& input, std::ostream& out) {
  ordered_json findings = ordered_json::array();
  for (const Finding& f : input.result->findings) {
    ordered_json j{{"rule", f.rule},
                   {"severity", compare::SeverityName(f.severity)},
                   {"message", f.message},
                   {"section", {{"zh", f.zh_section}, {"en", f.en_section}}},
                   {"zh", LocationJson(f.zh)},
                   {"en", LocationJson(f.en)}};
    if (!f.quantities.empty()) {
      ordered_json listed = ordered_json::array();
      for (const compare::ListedQuantity& q : f.quantities) {
        listed.push_back({{"line", q.location.line},
                          {"column", q.location.column},
                          {"text", q.location.text},
                          {"value", q.value},
                          {"unit", q.unit}});
      }
      j["quantities"] = std::move(listed);
    }
    findings.push_back(std::move(j));
  }
  ordered_json report{
      {"schema", "crosscheck.report/1"},
      {"tool", {{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}}},
      {"files", {{"zh", input.zh->name()}, {"en", input.en->name()}}},
      {"swapped", input.swapped},
      {"summary", SummaryJson(input)},
      {"findings", std::move(findings)},
  };
  if (input.baseline) {
    ordered_json stale = ordered_json::array();
    for (const compare::BaselineEntry& e : input.baseline->stale) {
      stale.push_back({{"fingerprint", e.fingerprint}, {"rule", e.rule}, {"message", e.message}});
    }
    report["stale_baseline"] = std::move(stale);
  }
  out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void PrintCompareText(const ComparisonInput& input, bool color, std::ostream& out) {
  const compare::ComparisonResult& r = *input.result;
  if (input.swapped) {
    out << "note: the English file was given first; read " << input.zh->name()
        << " as Chinese and " << input.en->name() << " as English\n\n";
  }
  auto severity_text = [&](compare::Severity s) {
    std::string name(compare::SeverityName(s));
    if (!color) return name;
    const char* code = s == compare::Severity::kError ? "\033[1;31m"
                       : s == compare::Severity::kWarning ? "\033[1;33m" : "\033[1;36m";
    return code + name + "\033[0m";
  };
  std::string current_section = "\x01";
  for (const Finding& f : r.findings) {
    std::string section = f.zh_section + "|" + f.en_section;
    if (section != current_section) {
      current_section = section;
      out << "== section " << (f.zh_section.empty() ? "-" : f.zh_section) << " / "
          << (f.en_section.empty() ? "-" : f.en_section) << "\n";
    }
    out << severity_text(f.severity) << "[" << f.rule << "]: " << f.message << "\n";
    if (f.zh) {
      out << "  zh " << input.zh->name() << ":" << f.zh->line << ":" << f.zh->column << "  "
          << Excerpt(*input.zh, *f.zh, color) << "\n";
    }
    if (f.en) {
      out << "  en " << input.en->name() << ":" << f.en->line << ":" << f.en->column << "  "
          << Excerpt(*input.en, *f.en, color) << "\n";
    }
  }
  if (input.baseline) {
    for (const compare::BaselineEntry& e : input.baseline->stale) {
      out << "stale baseline entry " << e.fingerprint << " [" << e.rule << "]: " << e.message
          << "\n";
    }
  }
  const compare::Summary& s = r.summary;
  bool listed = !r.findings.empty() || (input.baseline && !input.baseline->stale.empty());
  out << (listed ? "\n" : "") << "summary: " << s.sections_paired
      << " section pairs (zh " << s.zh_sections << ", en " << s.en_sections << "); quantities zh "
      << s.zh_quantities << ", en " << s.en_quantities << ", matched " << s.matched << " ("
      << s.moved << " moved); findings: " << Counted(s.errors, "error") << ", "
      << Counted(s.warnings, "warning") << ", " << Counted(s.notes, "note");
  if (input.baseline) {
    out << "; baseline: " << input.baseline->suppressed << " suppressed, "
        << input.baseline->stale.size() << " stale";
  }
  out << "\n";
  // Only when crosscheck.toml left something out, so that it is never a surprise.
  if (s.ignored_zh + s.ignored_en + s.ignored_sections_zh + s.ignored_sections_en +
          s.findings_off >
      0) {
    out << "ignored by configuration: quantities zh " << s.ignored_zh << ", en " << s.ignored_en
        << "; sections zh " << s.ignored_sections_zh << ", en " << s.ignored_sections_en
        << "; findings of rules set to off " << s.findings_off << "\n";
  }
}

void PrintAlignmentJson(const ComparisonInput& input, std::ostream& out) {
  ordered_json sections = ordered_json::array();
  for (const compare::SectionPairing& p : input.result->sections) {
    ordered_json pairs = ordered_json::array();
    for (const compare::BlockPair& b : p.blocks) {
      pairs.push_back({{"zh", LinesRef(b.zh)}, {"en", LinesRef(b.en)}, {"score", b.score}});
    }
    sections.push_back({{"zh", SectionRef(*input.zh_side, p.zh)},
                        {"en", SectionRef(*input.en_side, p.en)},
                        {"renumbered", p.renumbered},
                        {"pairs", std::move(pairs)}});
  }
  ordered_json alignment{{"schema", "crosscheck.alignment/1"},
                         {"files", {{"zh", input.zh->name()}, {"en", input.en->name()}}},
                         {"length_ratio", input.result->length_ratio},
                         {"sections", std::move(sections)}};
  out << alignment.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void PrintAlignmentText(const ComparisonInput& input, std::ostream& out) {
  auto lines = [](const std::optional<compare::Lines>& l) {
    if (!l) return std::string("-");
    return std::to_string(l->first) + (l->last != l->first ? "-" + std::to_string(l->last) : "");
  };
  for (const compare::SectionPairing& p : input.result->sections) {
    auto title = [](const compare::Side& side, const std::optional<size_t>& i) {
      if (!i) return std::string("(none)");
      const compare::SectionView& s = side.sections[*i];
      return s.path + " " + s.title;
    };
    out << title(*input.zh_side, p.zh) << "  <->  " << title(*input.en_side, p.en)
        << (p.renumbered ? "  (renumbered)" : "") << "\n";
    for (const compare::BlockPair& b : p.blocks) {
      char score[16];
      std::snprintf(score, sizeof score, "%.2f", b.score);
      out << "    zh " << lines(b.zh) << "  en " << lines(b.en) << "  " << score << "\n";
    }
  }
}

}  // namespace crosscheck::report
