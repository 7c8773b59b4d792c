#include "report/sarif_report.h"

#include <nlohmann/json.hpp>

#include "compare/fingerprint.h"
#include "compare/rules.h"
#include "report/finding_place.h"
#include "report/rule_help.h"
#include "text/encoding.h"

namespace crosscheck::report {
namespace {

using compare::Finding;
using compare::Location;
using nlohmann::ordered_json;

constexpr std::string_view kFingerprintKey = "crosscheckFingerprint/v1";

std::string_view Level(compare::Severity severity) {
  // SARIF's levels carry the same names as ours.
  return compare::SeverityName(severity);
}

// A sentence: SARIF viewers show messages as prose.
std::string Sentence(std::string text) {
  if (!text.empty() && text.back() != '.') text += '.';
  return text;
}

ordered_json PhysicalLocation(const ComparisonInput& input, FileSide side, const Location& at) {
  const text::SourceText& source = side == FileSide::kZh ? *input.zh : *input.en;
  ordered_json physical{
      {"artifactLocation",
       {{"uri", PathToUri(source.name())}, {"index", side == FileSide::kZh ? 0 : 1}}}};
  if (at.line == 0) return physical;
  ordered_json region{{"startLine", at.line}};
  if (at.column >= 1) {
    uint32_t end = EndColumn(source, at);
    region["startColumn"] = at.column;
    region["endLine"] = at.line;
    region["endColumn"] = end > at.column ? end : at.column + 1;
    if (end > at.column) {
      region["snippet"] = {{"text", std::string(source.OriginalSlice(at.line, at.column, end))}};
    }
  }
  physical["region"] = std::move(region);
  return physical;
}

ordered_json Result(const ComparisonInput& input, const Finding& f, size_t rule_index) {
  ordered_json result{{"ruleId", f.rule}};
  if (rule_index != SIZE_MAX) result["ruleIndex"] = rule_index;
  result["level"] = Level(f.severity);
  result["message"] = {{"text", Sentence(f.message)}};
  std::optional<FileSide> primary = PrimarySide(f);
  if (primary) {
    result["locations"] = ordered_json::array(
        {{{"physicalLocation", PhysicalLocation(input, *primary, *LocationOn(f, *primary))}}});
    FileSide other = OtherSide(*primary);
    if (const Location* counterpart = LocationOn(f, other)) {
      std::string message = other == FileSide::kZh ? "counterpart in the Chinese version"
                                                   : "counterpart in the English version";
      result["relatedLocations"] =
          ordered_json::array({{{"id", 0},
                                {"physicalLocation", PhysicalLocation(input, other, *counterpart)},
                                {"message", {{"text", message}}}}});
    }
  }
  result["partialFingerprints"] = {{kFingerprintKey, compare::Fingerprint(f)}};
  result["properties"] = {{"section", {{"zh", f.zh_section}, {"en", f.en_section}}}};
  return result;
}

ordered_json Artifact(const text::SourceText& source, std::string_view language) {
  return ordered_json{{"location", {{"uri", PathToUri(source.name())}}},
                      {"roles", ordered_json::array({"analysisTarget"})},
                      {"encoding", text::EncodingName(source.encoding())},
                      {"properties", {{"language", language}}}};
}

bool Unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string PathToUri(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (Unreserved(c) || c == '/') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    }
  }
  return uri;
}

void PrintCompareSarif(const ComparisonInput& input, std::ostream& out) {
  ordered_json rules = ordered_json::array();
  for (const compare::Rule& rule : compare::Rules()) {
    rules.push_back({{"id", rule.id},
                     {"shortDescription", {{"text", std::string(rule.summary)}}},
                     {"fullDescription", {{"text", std::string(rule.summary)}}},
                     {"help", {{"text", RuleHelpText(rule)}, {"markdown", RuleHelpMarkdown(rule)}}},
                     {"defaultConfiguration", {{"level", Level(rule.severity)}}}});
  }
  ordered_json results = ordered_json::array();
  for (const Finding& f : input.result->findings) {
    size_t index = SIZE_MAX;
    std::span<const compare::Rule> all = compare::Rules();
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].id == f.rule) index = i;
    }
    results.push_back(Result(input, f, index));
  }
  ordered_json run{
      {"tool",
       {{"driver",
         {{"name", "crosscheck"},
          {"version", CROSSCHECK_VERSION},
          {"semanticVersion", CROSSCHECK_VERSION},
          {"rules", std::move(rules)}}}}},
      {"artifacts", ordered_json::array({Artifact(*input.zh, "zh"), Artifact(*input.en, "en")})},
      {"results", std::move(results)},
      {"columnKind", "unicodeCodePoints"},
  };
  ordered_json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", ordered_json::array({std::move(run)})}};
  out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace crosscheck::report
