#include "quantity/gold_eval.h"

#include <sys/wait.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "quantity/decimal.h"

namespace crosscheck::quantity::gold {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string Unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char next = s[i + 1];
      if (next == 't' || next == 'n' || next == '\\') {
        out += next == 't' ? '\t' : next == 'n' ? '\n' : '\\';
        ++i;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

bool ParsePositive(std::string_view s, int* out) {
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return error == std::errc() && end == s.data() + s.size() && *out > 0;
}

bool Overlaps(const Item& a, const Item& b) {
  return a.line == b.line && a.column < b.column + b.Width() && b.column < a.column + a.Width();
}

bool ValuesAgree(const std::string& kind, std::string_view gold, std::string_view extracted) {
  Decimal a, b;
  if (!Decimal::Parse(gold, &a) || !Decimal::Parse(extracted, &b)) return gold == extracted;
  if (kind != "fraction") return a == b;
  Decimal difference = a > b ? a - b : b - a;
  return difference <= Decimal(5, -4);
}

bool ByPosition(const Item& a, const Item& b) {
  return a.line != b.line ? a.line < b.line : a.column < b.column;
}

std::string Describe(const Item& item) {
  std::ostringstream out;
  out << item.line << ":" << item.column << " \"" << item.text << "\"";
  if (!item.kind.empty()) {
    out << " " << item.kind << " " << item.value;
    if (!item.unit.empty()) out << " " << item.unit;
    if (!item.hedge.empty() && item.hedge != "exact") out << " " << item.hedge;
  }
  return out.str();
}

std::string Ratio(double ratio, size_t numerator, size_t denominator) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.3f (%zu/%zu)", ratio, numerator, denominator);
  return buffer;
}

double Fraction(size_t numerator, size_t denominator) {
  return denominator == 0 ? 1.0 : static_cast<double>(numerator) / denominator;
}

}  // namespace

int Item::Width() const {
  int width = 0;
  for (unsigned char c : text) {
    if (c == '\n') break;
    if ((c & 0xC0) != 0x80) ++width;
  }
  return std::max(width, 1);
}

Status ParseTsv(std::string_view contents, std::string_view name, std::vector<Item>* items) {
  std::vector<std::string_view> rows = Split(contents, '\n');
  for (size_t i = 0; i < rows.size(); ++i) {
    std::string_view row = rows[i];
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.empty()) continue;
    std::vector<std::string_view> fields = Split(row, '\t');
    if (i == 0 && fields[0] == "line") continue;
    std::string where = std::string(name) + ":" + std::to_string(i + 1) + ": ";
    if (fields.size() < 3) {
      return Status::InvalidInput(where + "expected at least 3 tab-separated fields, got " +
                                  std::to_string(fields.size()));
    }
    Item item;
    if (!ParsePositive(fields[0], &item.line) || !ParsePositive(fields[1], &item.column)) {
      return Status::InvalidInput(where + "expected a positive line and column, got '" +
                                  std::string(fields[0]) + "' and '" + std::string(fields[1]) +
                                  "'");
    }
    item.text = Unescape(fields[2]);
    std::string* rest[] = {&item.kind, &item.value, &item.low,  &item.high,
                           &item.unit, &item.hedge, &item.scale};
    for (size_t f = 3; f < fields.size() && f - 3 < std::size(rest); ++f) {
      *rest[f - 3] = std::string(fields[f]);
    }
    items->push_back(std::move(item));
  }
  return Status::Ok();
}

bool Agrees(const Item& gold, const Item& extracted) {
  if (gold.kind != extracted.kind) return false;
  bool nouns = gold.unit.starts_with("noun:") && extracted.unit.starts_with("noun:");
  if (gold.unit != extracted.unit && !nouns) return false;
  return ValuesAgree(gold.kind, gold.value, extracted.value);
}

double Metrics::Precision() const { return Fraction(matched, extracted); }
double Metrics::Recall() const { return Fraction(matched, gold); }
double Metrics::ValueAccuracy() const { return Fraction(agreeing, matched); }
double Metrics::HedgeAccuracy() const { return Fraction(hedge_agreeing, matched); }

void Metrics::Add(const Metrics& other) {
  gold += other.gold;
  extracted += other.extracted;
  matched += other.matched;
  agreeing += other.agreeing;
  hedge_agreeing += other.hedge_agreeing;
  not_quantity_hits += other.not_quantity_hits;
  missed.insert(missed.end(), other.missed.begin(), other.missed.end());
  spurious.insert(spurious.end(), other.spurious.begin(), other.spurious.end());
  disagreeing.insert(disagreeing.end(), other.disagreeing.begin(), other.disagreeing.end());
  not_quantity.insert(not_quantity.end(), other.not_quantity.begin(), other.not_quantity.end());
}

Metrics Evaluate(const std::vector<Item>& gold_items, const std::vector<Item>& extracted_items,
                 const std::vector<Item>& not_quantities) {
  std::vector<Item> gold = gold_items;
  std::vector<Item> extracted = extracted_items;
  std::stable_sort(gold.begin(), gold.end(), ByPosition);
  std::stable_sort(extracted.begin(), extracted.end(), ByPosition);

  // Gold items of each line, as indices into `gold`; a line holds few items,
  // so scanning a line's list per extracted item is cheap.
  std::map<int, std::vector<size_t>> gold_by_line;
  for (size_t i = 0; i < gold.size(); ++i) gold_by_line[gold[i].line].push_back(i);
  std::vector<bool> gold_matched(gold.size(), false);

  Metrics metrics;
  metrics.gold = gold.size();
  metrics.extracted = extracted.size();
  for (const Item& item : extracted) {
    const Item* match = nullptr;
    auto line = gold_by_line.find(item.line);
    if (line != gold_by_line.end()) {
      for (size_t index : line->second) {
        if (!gold_matched[index] && Overlaps(gold[index], item)) {
          gold_matched[index] = true;
          match = &gold[index];
          break;
        }
      }
    }
    if (match == nullptr) {
      metrics.spurious.push_back(item);
      continue;
    }
    ++metrics.matched;
    if (Agrees(*match, item)) {
      ++metrics.agreeing;
    } else {
      metrics.disagreeing.push_back({*match, item});
    }
    if (match->hedge == item.hedge) ++metrics.hedge_agreeing;
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!gold_matched[i]) metrics.missed.push_back(gold[i]);
  }
  for (const Item& entry : not_quantities) {
    bool hit = std::any_of(extracted.begin(), extracted.end(),
                           [&](const Item& item) { return Overlaps(entry, item); });
    if (hit) {
      ++metrics.not_quantity_hits;
      metrics.not_quantity.push_back(entry);
    }
  }
  return metrics;
}

std::string FormatSummary(std::string_view label, const Metrics& m) {
  return std::string(label) + ": precision " + Ratio(m.Precision(), m.matched, m.extracted) +
         ", recall " + Ratio(m.Recall(), m.matched, m.gold) + ", value accuracy " +
         Ratio(m.ValueAccuracy(), m.agreeing, m.matched) + ", hedge accuracy " +
         Ratio(m.HedgeAccuracy(), m.hedge_agreeing, m.matched) + ", not-quantities hit " +
         std::to_string(m.not_quantity_hits) + "\n";
}

std::string FormatDetails(std::string_view file, const Metrics& m) {
  std::string prefix = file.empty() ? std::string() : std::string(file) + ":";
  std::string out;
  for (const Item& item : m.missed) out += "  missed   " + prefix + Describe(item) + "\n";
  for (const Item& item : m.spurious) out += "  spurious " + prefix + Describe(item) + "\n";
  for (const Pair& pair : m.disagreeing) {
    out += "  differs  " + prefix + Describe(pair.gold) + "  extracted " +
           Describe(pair.extracted) + "\n";
  }
  for (const Item& item : m.not_quantity) {
    out += "  not-quantity hit " + prefix + Describe(item) + "\n";
  }
  return out;
}

Status ParseManifest(std::string_view contents, std::vector<Case>* cases) {
  std::vector<std::string_view> rows = Split(contents, '\n');
  for (size_t i = 0; i < rows.size(); ++i) {
    std::string_view row = rows[i];
    if (row.empty() || row[0] == '#') continue;
    std::vector<std::string_view> fields = Split(row, '\t');
    if (fields[0] == "language") continue;
    if (fields.size() < 3) {
      return Status::InvalidInput("manifest:" + std::to_string(i + 1) +
                                  ": expected language, text, gold[, not_quantities]");
    }
    cases->push_back({std::string(fields[0]), std::string(fields[1]), std::string(fields[2]),
                      fields.size() > 3 ? std::string(fields[3]) : std::string()});
  }
  return Status::Ok();
}

Status EvaluateCases(const std::string& root, const std::vector<Case>& cases,
                     const ExtractFn& extract, std::vector<LanguageResult>* results) {
  for (const Case& c : cases) {
    std::vector<Item> gold, not_quantities, extracted;
    std::string contents;
    Status status = ReadFile(root + "/" + c.gold, &contents);
    if (status.ok()) status = ParseTsv(contents, c.gold, &gold);
    if (status.ok() && !c.not_quantities.empty()) {
      status = ReadFile(root + "/" + c.not_quantities, &contents);
      if (status.ok()) status = ParseTsv(contents, c.not_quantities, &not_quantities);
    }
    if (status.ok()) status = extract(c, &contents);
    if (status.ok()) status = ParseTsv(contents, c.text + " (extracted)", &extracted);
    if (!status.ok()) return status;

    Metrics metrics = Evaluate(gold, extracted, not_quantities);
    auto result = std::find_if(results->begin(), results->end(),
                               [&](const LanguageResult& r) { return r.language == c.language; });
    if (result == results->end()) {
      results->push_back({c.language, Metrics(), std::string()});
      result = results->end() - 1;
    }
    result->metrics.Add(metrics);
    result->details += FormatDetails(c.text, metrics);
  }
  return Status::Ok();
}

ExtractFn BinaryExtractor(const std::string& binary, const std::string& root) {
  return [binary, root](const Case& c, std::string* tsv) {
    return RunCommand(
        ShellQuote(binary) + " extract " + ShellQuote(root + "/" + c.text) + " --format tsv", tsv);
  };
}

Status ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  *contents = buffer.str();
  return Status::Ok();
}

Status RunCommand(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return Status::IoError("cannot start: " + command);
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output->append(buffer, n);
  int status = pclose(pipe);
  if (status != 0) {
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return Status::IoError(command + ": exit status " + std::to_string(code));
  }
  return Status::Ok();
}

std::string ShellQuote(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

}  // namespace crosscheck::quantity::gold
