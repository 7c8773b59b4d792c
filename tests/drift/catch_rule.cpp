#include "drift/catch_rule.h"

#include <map>
#include <tuple>

namespace crosscheck::drift {

namespace {

using nlohmann::json;

const char* SideKey(Side side) { return side == Side::kZh ? "zh" : "en"; }
Side Other(Side side) { return side == Side::kZh ? Side::kEn : Side::kZh; }

bool ReadSide(const json& finding, const char* key, size_t* line, std::string* text,
              std::string* error) {
  if (!finding.contains(key) || finding[key].is_null()) return true;
  const json& side = finding[key];
  if (!side.is_object() || !side.contains("line") || !side["line"].is_number_unsigned()) {
    *error = std::string("finding side \"") + key + "\" is not null or {\"line\": n, ...}";
    return false;
  }
  *line = side["line"].get<size_t>();
  if (side.contains("text") && side["text"].is_string()) *text = side["text"].get<std::string>();
  return true;
}

// Reads {"lines": [first, last]} into *range; false when malformed.
bool ReadLines(const json& part, LineRange* range) {
  if (!part.is_object() || !part.contains("lines")) return false;
  const json& lines = part["lines"];
  if (!lines.is_array() || lines.size() != 2 || !lines[0].is_number_unsigned() ||
      !lines[1].is_number_unsigned()) {
    return false;
  }
  *range = {lines[0].get<size_t>(), lines[1].get<size_t>()};
  return true;
}

bool Overlaps(const LineRange& a, const LineRange& b) {
  return !a.empty() && !b.empty() && a.first <= b.last && b.first <= a.last;
}

bool InAny(size_t line, const std::vector<LineRange>& ranges) {
  for (const LineRange& r : ranges) {
    if (r.Contains(line)) return true;
  }
  return false;
}

// The changed lines without the blank separators a deletion takes along, so
// that a removed blank line does not make a neighbouring pair the counterpart.
LineRange Core(const Mutation& m) {
  if (!RemovesLines(m.kind)) return m.original;
  LineRange core = m.original;
  size_t lead = 0;
  while (lead < m.before.size() && m.before[lead] == '\n') ++lead;
  size_t trail = 0;
  while (trail < m.before.size() - lead && m.before[m.before.size() - 1 - trail] == '\n') ++trail;
  core.first += lead;
  core.last -= trail;
  return core;
}

using Key = std::tuple<std::string, size_t, std::string, size_t, std::string>;

}  // namespace

bool ParseFindings(const json& report, std::vector<Finding>* out, std::string* error) {
  out->clear();
  if (!report.is_object() || !report.contains("findings") || !report["findings"].is_array()) {
    *error = "report has no \"findings\" array";
    return false;
  }
  for (const json& f : report["findings"]) {
    if (!f.is_object() || !f.contains("rule") || !f["rule"].is_string() ||
        !f.contains("severity") || !f["severity"].is_string()) {
      *error = "finding without string \"rule\" and \"severity\"";
      return false;
    }
    Finding finding;
    finding.rule = f["rule"].get<std::string>();
    finding.severity = f["severity"].get<std::string>();
    if (f.contains("message") && f["message"].is_string()) {
      finding.message = f["message"].get<std::string>();
    }
    if (!ReadSide(f, "zh", &finding.zh_line, &finding.zh_text, error) ||
        !ReadSide(f, "en", &finding.en_line, &finding.en_text, error)) {
      return false;
    }
    out->push_back(std::move(finding));
  }
  return true;
}

bool RegionFor(const Mutation& m, const json& alignment, CatchRegion* out, std::string* error) {
  *out = CatchRegion();
  std::vector<LineRange>& same = m.side == Side::kZh ? out->zh : out->en;
  std::vector<LineRange>& other = m.side == Side::kZh ? out->en : out->zh;
  same.push_back(m.vicinity);
  if (!m.mutated.empty() && !(m.mutated == m.vicinity)) same.push_back(m.mutated);
  for (size_t line : m.related) same.push_back({line, line});

  if (!alignment.is_object() || !alignment.contains("sections") ||
      !alignment["sections"].is_array()) {
    *error = "alignment has no \"sections\" array";
    return false;
  }
  const char* s = SideKey(m.side);
  const char* o = SideKey(Other(m.side));
  const LineRange core = Core(m);
  const bool section_level = m.kind == Kind::kSectionDeleted || m.kind == Kind::kHeadingRenumbered;
  bool paired = false;
  std::vector<LineRange> section_counterparts;
  for (const json& section : alignment["sections"]) {
    if (!section.is_object() || !section.contains("pairs") || !section["pairs"].is_array()) {
      *error = "alignment section without a \"pairs\" array";
      return false;
    }
    LineRange mine{1, 0}, theirs{1, 0};
    bool has_mine = section.contains(s) && !section[s].is_null();
    bool has_theirs = section.contains(o) && !section[o].is_null();
    if ((has_mine && !ReadLines(section[s], &mine)) ||
        (has_theirs && !ReadLines(section[o], &theirs))) {
      *error = "alignment section side is not null or {\"lines\": [first, last], ...}";
      return false;
    }
    if (has_mine && has_theirs && Overlaps(mine, core)) {
      section_counterparts.push_back(theirs);
    }
    for (const json& pair : section["pairs"]) {
      if (!pair.is_object()) {
        *error = "alignment pair is not an object";
        return false;
      }
      LineRange p_mine{1, 0}, p_theirs{1, 0};
      bool pm = pair.contains(s) && !pair[s].is_null();
      bool pt = pair.contains(o) && !pair[o].is_null();
      if ((pm && !ReadLines(pair[s], &p_mine)) || (pt && !ReadLines(pair[o], &p_theirs))) {
        *error = "alignment pair side is not null or {\"lines\": [first, last]}";
        return false;
      }
      if (pm && Overlaps(p_mine, core)) {
        paired = true;
        if (pt) other.push_back(p_theirs);
      }
    }
  }
  if (section_level || !paired) {
    other.insert(other.end(), section_counterparts.begin(), section_counterparts.end());
  }
  return true;
}

Verdict Judge(const Mutation& m, const json& baseline, const json& mutated, const json& alignment) {
  Verdict v;
  std::vector<Finding> before, after;
  if (!ParseFindings(baseline, &before, &v.error) || !ParseFindings(mutated, &after, &v.error) ||
      !RegionFor(m, alignment, &v.region, &v.error)) {
    return v;
  }
  std::map<Key, int> seen;
  for (const Finding& f : before) {
    size_t zh = f.zh_line, en = f.en_line;
    size_t& moved = m.side == Side::kZh ? zh : en;
    if (moved != 0) {
      moved = m.MapLine(moved);
      if (moved == 0) continue;  // on a removed line: cannot recur
    }
    ++seen[{f.rule, zh, f.zh_text, en, f.en_text}];
  }
  for (const Finding& f : after) {
    int& count = seen[{f.rule, f.zh_line, f.zh_text, f.en_line, f.en_text}];
    if (count > 0) {
      --count;
      continue;
    }
    v.fresh.push_back(f);
    if (f.severity != "error" && f.severity != "warning") continue;
    if ((f.zh_line != 0 && InAny(f.zh_line, v.region.zh)) ||
        (f.en_line != 0 && InAny(f.en_line, v.region.en))) {
      v.catching.push_back(f);
    }
  }
  v.caught = !v.catching.empty();
  return v;
}

}  // namespace crosscheck::drift
