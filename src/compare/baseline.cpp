#include "compare/baseline.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "compare/fingerprint.h"
#include "util/read_file.h"

namespace crosscheck::compare {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

bool IsFingerprint(const std::string& s) {
  return s.size() == 16 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// "line:col" of the 1-based byte position nlohmann reports (the last byte it
// read); the column counts code points, as everywhere in crosscheck.
std::string LineColumn(std::string_view text, size_t byte) {
  size_t end = std::min(byte == 0 ? 0 : byte - 1, text.size());
  size_t line = 1, column = 1;
  for (size_t i = 0; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

// nlohmann's message without its id and its own (byte-counted) position.
std::string ParseErrorDetail(const std::string& what) {
  std::string detail = what;
  size_t at = detail.find("parse error");
  if (at != std::string::npos) {
    size_t colon = detail.find(": ", at);
    if (colon != std::string::npos) detail = detail.substr(colon + 2);
  }
  return detail;
}

// The string member `key` of `object` into `*out`. Absent is fine unless
// `required`; present with another type is an error.
Status ReadString(const json& object, const char* key, bool required, const std::string& where,
                  std::string* out) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (!required) return Status::Ok();
    return Status::InvalidInput(where + ": '" + key + "' is missing");
  }
  if (!it->is_string()) return Status::InvalidInput(where + "." + key + ": expected a string");
  *out = it->get<std::string>();
  return Status::Ok();
}

Status ReadEntry(const json& j, const std::string& where, BaselineEntry* entry) {
  if (!j.is_object()) return Status::InvalidInput(where + ": expected an object");
  if (Status s = ReadString(j, "fingerprint", true, where, &entry->fingerprint); !s.ok()) return s;
  if (!IsFingerprint(entry->fingerprint)) {
    return Status::InvalidInput(where + ".fingerprint: '" + entry->fingerprint +
                                "' is not 16 lower-case hex digits");
  }
  if (Status s = ReadString(j, "rule", true, where, &entry->rule); !s.ok()) return s;
  std::string severity = "warning";
  if (Status s = ReadString(j, "severity", false, where, &severity); !s.ok()) return s;
  if (!ParseSeverityName(severity, &entry->severity)) {
    return Status::InvalidInput(where + ".severity: unknown severity '" + severity +
                                "'; expected error, warning or note");
  }
  if (Status s = ReadString(j, "message", false, where, &entry->message); !s.ok()) return s;
  if (auto it = j.find("section"); it != j.end()) {
    if (!it->is_object()) return Status::InvalidInput(where + ".section: expected an object");
    std::string section = where + ".section";
    if (Status s = ReadString(*it, "zh", false, section, &entry->zh_section); !s.ok()) return s;
    if (Status s = ReadString(*it, "en", false, section, &entry->en_section); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Baseline MakeBaseline(const std::vector<Finding>& findings, std::string zh_file,
                      std::string en_file) {
  Baseline baseline;
  baseline.tool_version = CROSSCHECK_VERSION;
  baseline.zh_file = std::move(zh_file);
  baseline.en_file = std::move(en_file);
  baseline.entries.reserve(findings.size());
  for (const Finding& f : findings) {
    baseline.entries.push_back(
        BaselineEntry{Fingerprint(f), f.rule, f.severity, f.message, f.zh_section, f.en_section});
  }
  return baseline;
}

std::string FormatBaseline(const Baseline& baseline) {
  ordered_json entries = ordered_json::array();
  for (const BaselineEntry& e : baseline.entries) {
    entries.push_back({{"fingerprint", e.fingerprint},
                       {"rule", e.rule},
                       {"severity", SeverityName(e.severity)},
                       {"message", e.message},
                       {"section", {{"zh", e.zh_section}, {"en", e.en_section}}}});
  }
  ordered_json j{{"schema", kBaselineSchema},
                 {"tool", {{"name", "crosscheck"}, {"version", baseline.tool_version}}},
                 {"files", {{"zh", baseline.zh_file}, {"en", baseline.en_file}}},
                 {"findings", std::move(entries)}};
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Status ParseBaseline(std::string_view text, const std::string& name, Baseline* out) {
  json j;
  try {
    j = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    return Status::InvalidInput(name + ":" + LineColumn(text, e.byte) +
                                ": not valid JSON: " + ParseErrorDetail(e.what()));
  }
  const std::string expected = "; expected a baseline written by --write-baseline";
  if (!j.is_object()) return Status::InvalidInput(name + ": not a JSON object" + expected);
  auto schema = j.find("schema");
  if (schema == j.end() || !schema->is_string()) {
    return Status::InvalidInput(name + ": no \"schema\"" + expected);
  }
  if (*schema != kBaselineSchema) {
    return Status::InvalidInput(name + ": schema '" + schema->get<std::string>() + "' is not '" +
                                std::string(kBaselineSchema) + "'" + expected);
  }
  Baseline baseline;
  if (auto tool = j.find("tool"); tool != j.end() && tool->is_object()) {
    if (Status s = ReadString(*tool, "version", false, name + ": tool", &baseline.tool_version);
        !s.ok()) {
      return s;
    }
  }
  if (auto files = j.find("files"); files != j.end() && files->is_object()) {
    std::string where = name + ": files";
    if (Status s = ReadString(*files, "zh", false, where, &baseline.zh_file); !s.ok()) return s;
    if (Status s = ReadString(*files, "en", false, where, &baseline.en_file); !s.ok()) return s;
  }
  auto findings = j.find("findings");
  if (findings == j.end() || !findings->is_array()) {
    return Status::InvalidInput(name + ": \"findings\" is missing or not an array" + expected);
  }
  baseline.entries.reserve(findings->size());
  for (size_t i = 0; i < findings->size(); ++i) {
    BaselineEntry entry;
    std::string where = name + ": findings[" + std::to_string(i) + "]";
    if (Status s = ReadEntry((*findings)[i], where, &entry); !s.ok()) return s;
    baseline.entries.push_back(std::move(entry));
  }
  *out = std::move(baseline);
  return Status::Ok();
}

Status LoadBaseline(const std::string& path, Baseline* out) {
  std::string text;
  if (Status s = ReadFile(path, &text); !s.ok()) return s;
  return ParseBaseline(text, path, out);
}

Status SaveBaseline(const std::string& path, const Baseline& baseline) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::IoError(path + ": cannot write the baseline");
  file << FormatBaseline(baseline);
  file.flush();
  if (!file) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

BaselineOutcome ApplyBaseline(const Baseline& baseline, ComparisonResult* result) {
  std::unordered_map<std::string, size_t> listed;  // fingerprint → entries
  for (const BaselineEntry& e : baseline.entries) ++listed[e.fingerprint];
  std::unordered_map<std::string, size_t> used;  // fingerprint → findings suppressed
  BaselineOutcome outcome;
  std::vector<Finding> kept;
  kept.reserve(result->findings.size());
  for (Finding& f : result->findings) {
    std::string fingerprint = Fingerprint(f);
    auto it = listed.find(fingerprint);
    if (it == listed.end() || used[fingerprint] == it->second) {
      kept.push_back(std::move(f));
      continue;
    }
    ++used[fingerprint];
    ++outcome.suppressed;
    size_t& count = f.severity == Severity::kError     ? result->summary.errors
                    : f.severity == Severity::kWarning ? result->summary.warnings
                                                       : result->summary.notes;
    if (count > 0) --count;
  }
  result->findings = std::move(kept);
  // Of the entries of one fingerprint, the first `used` matched; later ones are stale.
  std::unordered_map<std::string, size_t> seen;
  for (const BaselineEntry& e : baseline.entries) {
    if (++seen[e.fingerprint] > used[e.fingerprint]) outcome.stale.push_back(e);
  }
  return outcome;
}

}  // namespace crosscheck::compare
