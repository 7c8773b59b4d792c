#include "util/counted.h"
#include "report/github_report.h"

#include "report/finding_place.h"

namespace crosscheck::report {
namespace {

std::string Escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view Command(compare::Severity severity) {
  switch (severity) {
    case compare::Severity::kError:
      return "error";
    case compare::Severity::kWarning:
      return "warning";
    case compare::Severity::kNote:
      return "notice";
  }
  return "warning";
}

}  // namespace

std::string GithubEscapeMessage(std::string_view text) { return Escape(text, false); }
std::string GithubEscapeProperty(std::string_view text) { return Escape(text, true); }

void PrintCompareGithub(const ComparisonInput& input, std::ostream& out) {
  const compare::ComparisonResult& r = *input.result;
  for (const compare::Finding& f : r.findings) {
    std::string properties;
    std::string message = f.message;
    if (std::optional<FileSide> side = PrimarySide(f)) {
      const text::SourceText& source = *side == FileSide::kZh ? *input.zh : *input.en;
      const compare::Location& at = *LocationOn(f, *side);
      properties = "file=" + GithubEscapeProperty(source.name());
      if (at.line >= 1) {
        properties += ",line=" + std::to_string(at.line);
        if (at.column >= 1) {
          properties += ",col=" + std::to_string(at.column);
          uint32_t end = EndColumn(source, at);
          if (end > at.column) properties += ",endColumn=" + std::to_string(end);
        }
      }
      FileSide other = OtherSide(*side);
      if (const compare::Location* counterpart = LocationOn(f, other)) {
        const text::SourceText& other_source = other == FileSide::kZh ? *input.zh : *input.en;
        message += " (counterpart: " + PlaceText(other_source, *counterpart) + ")";
      }
      properties += ",";
    }
    properties += "title=" + GithubEscapeProperty(f.rule);
    out << "::" << Command(f.severity) << " " << properties << "::" << GithubEscapeMessage(message)
        << "\n";
  }
  const compare::Summary& s = r.summary;
  out << "::notice::"
      << GithubEscapeMessage("crosscheck: " + Counted(s.errors, "error") + ", " +
                             Counted(s.warnings, "warning") + ", " + Counted(s.notes, "note") +
                             "; " + std::to_string(s.sections_paired) + " section pairs, " +
                             std::to_string(s.matched) + " quantities matched (zh " +
                             std::to_string(s.zh_quantities) + ", en " +
                             std::to_string(s.en_quantities) + ")")
      << "\n";
}

}  // namespace crosscheck::report
