#include "report/quantity_report.h"

#include <nlohmann/json.hpp>

namespace crosscheck::report {
namespace {

std::string Clean(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// Values are JSON numbers when a double holds them exactly enough (up to 15
// significant digits); longer or scientific values are strings, so that no
// reader sees a rounded figure.
nlohmann::ordered_json Number(const quantity::Decimal& d) {
  std::string s = d.ToString();
  size_t digits = 0;
  for (char c : s) digits += c >= '0' && c <= '9';
  if (digits > 15 || s.find('e') != std::string::npos) return s;
  if (s.find('.') == std::string::npos) return std::stoll(s);
  return std::stod(s);
}

}  // namespace

void PrintQuantitiesJson(const std::string& file, text::Language language,
                         const std::vector<quantity::Quantity>& quantities, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const quantity::Quantity& q : quantities) {
    nlohmann::ordered_json j{{"line", q.position.line},
                             {"column", q.position.column},
                             {"text", q.text},
                             {"kind", quantity::KindName(q.kind)},
                             {"value", Number(q.value)},
                             {"low", Number(q.low)},
                             {"high", Number(q.high)},
                             {"unit", q.unit},
                             {"hedge", quantity::HedgeName(q.hedge)},
                             {"scale", q.scale}};
    if (!q.per.empty()) j["per"] = q.per;
    if (q.spelled_out) j["spelled_out"] = true;
    list.push_back(std::move(j));
  }
  nlohmann::ordered_json doc{{"schema", "crosscheck.quantities/1"},
                             {"file", file},
                             {"language", text::LanguageName(language)},
                             {"quantities", std::move(list)}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void PrintQuantitiesTsv(const std::vector<quantity::Quantity>& quantities, std::ostream& out) {
  out << "line\tcolumn\ttext\tkind\tvalue\tlow\thigh\tunit\thedge\tscale\n";
  for (const quantity::Quantity& q : quantities) {
    out << q.position.line << '\t' << q.position.column << '\t' << Clean(q.text) << '\t'
        << quantity::KindName(q.kind) << '\t' << q.value.ToString() << '\t' << q.low.ToString()
        << '\t' << q.high.ToString() << '\t' << q.unit << '\t' << quantity::HedgeName(q.hedge)
        << '\t' << q.scale << '\n';
  }
}

void PrintQuantitiesText(const std::string& file,
                         const std::vector<quantity::Quantity>& quantities, std::ostream& out) {
  for (const quantity::Quantity& q : quantities) {
    out << file << ":" << q.position.line << ":" << q.position.column << ": " << Clean(q.text)
        << "  " << quantity::KindName(q.kind) << " " << q.value.ToString() << " ["
        << q.low.ToString() << ", " << q.high.ToString() << "]";
    if (!q.unit.empty()) out << " " << q.unit;
    if (!q.per.empty()) out << "/" << q.per;
    if (q.hedge != quantity::Hedge::kExact) out << " " << quantity::HedgeName(q.hedge);
    if (!q.scale.empty()) out << " scale=" << q.scale;
    out << "\n";
  }
  out << quantities.size() << " quantities\n";
}

}  // namespace crosscheck::report
