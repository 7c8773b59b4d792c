#include "report/junit_report.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "report/finding_place.h"

namespace crosscheck::report {
namespace {

using compare::Finding;

std::string Attr(std::string_view text) { return XmlEscape(text, XmlContext::kAttribute); }
std::string Text(std::string_view text) { return XmlEscape(text, XmlContext::kText); }

// One test case: a section pair, or the findings outside any section.
struct Case {
  std::string name;
  std::vector<const Finding*> failures;
  std::vector<const Finding*> output;
};

std::string CaseName(const ComparisonInput& input, const compare::SectionPairing& p) {
  const compare::SectionView* zh = p.zh ? &input.zh_side->sections[*p.zh] : nullptr;
  const compare::SectionView* en = p.en ? &input.en_side->sections[*p.en] : nullptr;
  std::string label = zh != nullptr ? zh->path : en != nullptr ? en->path : "";
  std::string name =
      "section " + (label.empty() ? std::string("(before the first heading)") : label);
  std::string title = zh != nullptr ? zh->title : "";
  if (en != nullptr && !en->title.empty()) title += (title.empty() ? "" : " / ") + en->title;
  if (!title.empty()) name += " " + title;
  return name;
}

// "zh corpus/a.zh.txt:40:12 1135.24万人" for each side the finding has.
std::string Places(const ComparisonInput& input, const Finding& f) {
  std::string text;
  if (f.zh) text += "zh " + PlaceText(*input.zh, *f.zh) + " " + f.zh->text + "\n";
  if (f.en) text += "en " + PlaceText(*input.en, *f.en) + " " + f.en->text + "\n";
  return text;
}

}  // namespace

std::string XmlEscape(std::string_view text, XmlContext context) {
  std::string out;
  out.reserve(text.size());
  const bool attribute = context == XmlContext::kAttribute;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += attribute ? "&quot;" : "\"";
        continue;
      case '\'':
        out += attribute ? "&apos;" : "'";
        continue;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        continue;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        continue;
      case '\r':
        out += "&#13;";
        continue;  // a parser would drop a bare CR from text too
      default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
      out += "\xEF\xBF\xBD";
      continue;
    }
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      out += "\xEF\xBF\xBD";
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

void PrintCompareJunit(const ComparisonInput& input, std::optional<compare::Severity> fail_level,
                       std::ostream& out) {
  const compare::ComparisonResult& r = *input.result;
  std::vector<Case> cases;
  std::unordered_map<std::string, size_t> by_zh, by_en;  // section path → case
  for (const compare::SectionPairing& p : r.sections) {
    if (p.zh) by_zh.emplace(input.zh_side->sections[*p.zh].path, cases.size());
    if (p.en) by_en.emplace(input.en_side->sections[*p.en].path, cases.size());
    cases.push_back(Case{CaseName(input, p), {}, {}});
  }
  size_t contents = SIZE_MAX;
  for (const Finding& f : r.findings) {
    size_t index = SIZE_MAX;
    if (auto it = by_zh.find(f.zh_section); !f.zh_section.empty() && it != by_zh.end()) {
      index = it->second;
    } else if (auto it = by_en.find(f.en_section); !f.en_section.empty() && it != by_en.end()) {
      index = it->second;
    } else {
      if (contents == SIZE_MAX) {
        contents = cases.size();
        cases.push_back(Case{"contents", {}, {}});
      }
      index = contents;
    }
    bool failure = fail_level && f.severity >= *fail_level;
    (failure ? cases[index].failures : cases[index].output).push_back(&f);
  }

  size_t failing = 0;
  for (const Case& c : cases) failing += !c.failures.empty();
  const std::string classname = "crosscheck." + input.zh->name();
  const std::string counts = " tests=\"" + std::to_string(cases.size()) + "\" failures=\"" +
                             std::to_string(failing) + "\" errors=\"0\"";
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"crosscheck\"" << counts << ">\n";
  out << "  <testsuite name=\"" << Attr(input.zh->name() + " vs " + input.en->name()) << "\""
      << counts << " skipped=\"0\">\n";
  out << "    <properties>\n"
      << "      <property name=\"zh\" value=\"" << Attr(input.zh->name()) << "\"/>\n"
      << "      <property name=\"en\" value=\"" << Attr(input.en->name()) << "\"/>\n"
      << "    </properties>\n";
  for (const Case& c : cases) {
    out << "    <testcase classname=\"" << Attr(classname) << "\" name=\"" << Attr(c.name) << "\"";
    if (c.failures.empty() && c.output.empty()) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    for (const Finding* f : c.failures) {
      out << "      <failure type=\"" << Attr(f->rule) << "\" message=\"" << Attr(f->message)
          << "\">"
          << Text(std::string(compare::SeverityName(f->severity)) + "[" + f->rule +
                  "]: " + f->message + "\n" + Places(input, *f))
          << "</failure>\n";
    }
    if (!c.output.empty()) {
      std::string text;
      for (const Finding* f : c.output) {
        text += std::string(compare::SeverityName(f->severity)) + "[" + f->rule +
                "]: " + f->message + "\n" + Places(input, *f);
      }
      out << "      <system-out>" << Text(text) << "</system-out>\n";
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace crosscheck::report
