#include "config/config.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

// toml++ as Debian builds it reports syntax errors by throwing
// toml::parse_error (only the exceptions-enabled ABI is in the shared
// library); ParseConfig catches it at this seam.
#include <toml++/toml.h>

#include "compare/rules.h"
#include "config/suggest.h"
#include "quantity/en_lexicon.h"

namespace crosscheck::config {
namespace {

using compare::Severity;

// Keys of each table, in documentation order (docs/config.md).
constexpr std::array<std::string_view, 5> kTables = {"rules", "tolerance", "units", "ignore",
                                                     "noise"};
constexpr std::array<std::string_view, 2> kToleranceKeys = {"relative", "hedges"};
constexpr std::array<std::string_view, 2> kUnitLanguages = {"zh", "en"};
constexpr std::array<std::string_view, 3> kIgnoreKeys = {"quantities", "sections",
                                                         "section-titles"};
constexpr std::array<std::string_view, 1> kNoiseKeys = {"patterns"};
constexpr std::array<std::string_view, 4> kSeverities = {"error", "warning", "note", "off"};

std::string_view TypeName(toml::node_type type) {
  switch (type) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

// "a, b or c"
std::string OneOf(std::span<const std::string_view> names, std::string_view before = "",
                  std::string_view after = "") {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) s += i + 1 == names.size() ? " or " : ", ";
    s += std::string(before) + std::string(names[i]) + std::string(after);
  }
  return s;
}

// Checks one file; the first error wins.
class Parser {
 public:
  Parser(std::string_view name, Config* config) : name_(name), config_(config) {}

  Status Run(const toml::table& root) {
    for (auto&& [key, node] : root) {
      std::string_view k = key.str();
      if (k == "rules") {
        if (!Table(node, "", k)) return error_;
        RulesTable(*node.as_table(), "");
      } else if (k == "tolerance") {
        if (!Table(node, "", k)) return error_;
        ToleranceTable(*node.as_table());
      } else if (k == "units") {
        if (!Table(node, "", k)) return error_;
        UnitsTable(*node.as_table());
      } else if (k == "ignore") {
        if (!Table(node, "", k)) return error_;
        IgnoreTable(*node.as_table());
      } else if (k == "noise") {
        if (!Table(node, "", k)) return error_;
        NoiseTable(*node.as_table());
      } else {
        std::string near = Suggest(k, kTables);
        Fail(key.source(), "unknown table [" + std::string(k) + "]" +
                               (near.empty() ? "; expected " + OneOf(kTables, "[", "]")
                                             : "; did you mean [" + near + "]?"));
      }
      if (!error_.ok()) return error_;
    }
    return error_;
  }

 private:
  void Fail(const toml::source_region& where, const std::string& what) {
    if (!error_.ok()) return;
    error_ = Status::InvalidInput(name_ + ":" + std::to_string(where.begin.line) + ":" +
                                  std::to_string(where.begin.column) + ": " + what);
  }

  void UnknownKey(const toml::key& key, std::string_view table,
                  std::span<const std::string_view> expected) {
    std::string near = Suggest(key.str(), expected);
    Fail(key.source(),
         "unknown key '" + std::string(key.str()) + "' in [" + std::string(table) + "]" +
             (near.empty() ? "; expected " + OneOf(expected) : "; did you mean '" + near + "'?"));
  }

  void WrongType(const toml::node& node, std::string_view key, std::string_view table,
                 std::string_view expected) {
    Fail(node.source(),
         "'" + std::string(key) + "'" + (table.empty() ? "" : " in [" + std::string(table) + "]") +
             " must be " + std::string(expected) + ", not " + std::string(TypeName(node.type())));
  }

  // True when `node` is a table; reports it otherwise.
  bool Table(const toml::node& node, std::string_view table, std::string_view key) {
    if (node.is_table()) return true;
    WrongType(node, key, table, "a table");
    return false;
  }

  // [rules]: "rule.id" = "severity". A dotted key written without quotes
  // (number.extra = "off") arrives as nested tables; it names the same rule.
  void RulesTable(const toml::table& table, const std::string& prefix) {
    for (auto&& [key, node] : table) {
      if (!error_.ok()) return;
      std::string id = prefix + std::string(key.str());
      if (const toml::table* nested = node.as_table()) {
        RulesTable(*nested, id + ".");
        continue;
      }
      if (!compare::FindRule(id)) {
        std::vector<std::string_view> ids;
        for (const compare::Rule& rule : compare::Rules()) ids.push_back(rule.id);
        std::string near = Suggest(id, ids);
        Fail(key.source(), "unknown rule '" + id + "' in [rules]" +
                               (near.empty() ? "; see docs/rules.md for the rule ids"
                                             : "; did you mean '" + near + "'?"));
        return;
      }
      const toml::value<std::string>* value = node.as_string();
      if (!value) {
        WrongType(node, id, "rules", "a string (" + OneOf(kSeverities) + ")");
        return;
      }
      const std::string& name = value->get();
      Severity severity;
      if (name == "off") {
        config_->rules[id] = std::nullopt;
      } else if (compare::ParseSeverityName(name, &severity)) {
        config_->rules[id] = severity;
      } else {
        std::string near = Suggest(name, kSeverities);
        Fail(node.source(), "unknown severity '" + name + "' for '" + id + "' in [rules]" +
                                (near.empty() ? "; expected " + OneOf(kSeverities)
                                              : "; did you mean '" + near + "'?"));
        return;
      }
    }
  }

  void ToleranceTable(const toml::table& table) {
    for (auto&& [key, node] : table) {
      if (!error_.ok()) return;
      std::string_view k = key.str();
      if (k == "relative") {
        Relative(node);
      } else if (k == "hedges") {
        if (const toml::value<bool>* b = node.as_boolean()) {
          config_->tolerance.hedges = b->get();
        } else {
          WrongType(node, k, "tolerance", "true or false");
        }
      } else {
        UnknownKey(key, "tolerance", kToleranceKeys);
      }
    }
  }

  // A share from 0 to just under 1, kept exact: the float TOML gives is
  // written with 15 significant digits (enough for any share a person
  // types) and read back as a Decimal.
  void Relative(const toml::node& node) {
    std::string text;
    if (const toml::value<int64_t>* i = node.as_integer()) {
      text = std::to_string(i->get());
    } else if (const toml::value<double>* d = node.as_floating_point()) {
      std::ostringstream s;
      s.precision(15);
      s << std::fixed << d->get();
      text = s.str();
      if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
      }
    } else {
      WrongType(node, "relative", "tolerance", "a number");
      return;
    }
    quantity::Decimal value;
    if (!quantity::Decimal::Parse(text, &value) || value >= quantity::Decimal(1)) {
      Fail(node.source(), "'relative' in [tolerance] must be at least 0 and below 1, not " + text);
      return;
    }
    config_->tolerance.relative = value;
  }

  void UnitsTable(const toml::table& table) {
    for (auto&& [key, node] : table) {
      if (!error_.ok()) return;
      std::string_view k = key.str();
      if (k != "zh" && k != "en") {
        UnknownKey(key, "units", kUnitLanguages);
        return;
      }
      std::string where = "units." + std::string(k);
      if (!Table(node, "units", k)) return;
      std::map<std::string, std::string>& units = k == "zh" ? config_->zh_units : config_->en_units;
      for (auto&& [word, value] : *node.as_table()) {
        const toml::value<std::string>* id = value.as_string();
        if (!id) {
          WrongType(value, word.str(), where, "a string (a unit id)");
          return;
        }
        std::string_view w = word.str();
        if (w.substr(0, 5) == "noun:") w.remove_prefix(5);
        if (w.empty() || id->get().empty() || id->get().find_first_of(" \t") != std::string::npos) {
          Fail(value.source(), "'" + std::string(word.str()) + "' in [" + where +
                                   "] must map a word to a unit id such as \"person\" or "
                                   "\"noun:batch\", not \"" +
                                   id->get() + "\"");
          return;
        }
        units[k == "en" ? EnglishUnitKey(w) : std::string(w)] = id->get();
      }
    }
  }

  void IgnoreTable(const toml::table& table) {
    for (auto&& [key, node] : table) {
      if (!error_.ok()) return;
      std::string_view k = key.str();
      if (k == "quantities") {
        Patterns(node, k, "ignore", &config_->ignore_quantities);
      } else if (k == "section-titles") {
        Patterns(node, k, "ignore", &config_->ignore_titles);
      } else if (k == "sections") {
        Strings(node, k, "ignore", [&](const toml::node&, const std::string& s) {
          config_->ignore_sections.push_back(s);
        });
      } else {
        UnknownKey(key, "ignore", kIgnoreKeys);
      }
    }
  }

  void NoiseTable(const toml::table& table) {
    for (auto&& [key, node] : table) {
      if (!error_.ok()) return;
      if (key.str() == "patterns") {
        Patterns(node, key.str(), "noise", &config_->noise_patterns);
      } else {
        UnknownKey(key, "noise", kNoiseKeys);
      }
    }
  }

  // An array of strings, each passed to `take` with its node.
  template <typename Take>
  void Strings(const toml::node& node, std::string_view key, std::string_view table, Take take) {
    const toml::array* array = node.as_array();
    if (!array) {
      WrongType(node, key, table, "an array of strings");
      return;
    }
    for (const toml::node& element : *array) {
      if (!error_.ok()) return;
      const toml::value<std::string>* s = element.as_string();
      if (!s) {
        Fail(element.source(), "each of '" + std::string(key) + "' in [" + std::string(table) +
                                   "] must be a string, not " +
                                   std::string(TypeName(element.type())));
        return;
      }
      take(element, s->get());
    }
  }

  void Patterns(const toml::node& node, std::string_view key, std::string_view table,
                std::vector<text::Pattern>* out) {
    Strings(node, key, table, [&](const toml::node& element, const std::string& expression) {
      text::Pattern pattern;
      std::string reason;
      if (!text::Pattern::Compile(expression, &pattern, &reason)) {
        Fail(element.source(), "bad regular expression '" + expression + "' for '" +
                                   std::string(key) + "' in [" + std::string(table) +
                                   "]: " + reason);
        return;
      }
      out->push_back(std::move(pattern));
    });
  }

  std::string name_;
  Config* config_;
  Status error_;
};

}  // namespace

// As the English extractor singularizes the nouns it finds.
std::string EnglishUnitKey(std::string_view word) { return quantity::en::Singular(word); }

Status ParseConfig(std::string_view text, std::string_view name, Config* config) {
  *config = Config();
  config->path = std::string(name);
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    // "Error while parsing ..." reads as the rest of our messages in lower case.
    std::string what(e.description());
    if (!what.empty() && what[0] >= 'A' && what[0] <= 'Z')
      what[0] = static_cast<char>(what[0] + 32);
    return Status::InvalidInput(std::string(name) + ":" + std::to_string(e.source().begin.line) +
                                ":" + std::to_string(e.source().begin.column) + ": " + what);
  }
  return Parser(name, config).Run(root);
}

Status LoadConfig(const std::string& path, Config* config) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
  if (std::filesystem::is_directory(path, ec)) {
    return Status::IoError(path + ": is a directory, not a configuration file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read the configuration file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  return ParseConfig(bytes.str(), path, config);
}

Status FindConfig(const std::string& start_dir, std::string* path) {
  namespace fs = std::filesystem;
  path->clear();
  std::error_code ec;
  fs::path start = start_dir.empty() ? fs::path(".") : fs::path(start_dir);
  fs::path here = (start / kConfigFileName).lexically_normal();
  if (fs::exists(here, ec)) {
    *path = here.string();
    return Status::Ok();
  }
  if (ec) return Status::IoError(here.string() + ": " + ec.message());
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (ec) return Status::IoError(start_dir + ": " + ec.message());
  if (!dir.has_filename()) dir = dir.parent_path();  // "/a/b/" → "/a/b"
  while (true) {
    // `.git` is a directory in a clone and a file in a worktree.
    if (fs::exists(dir / ".git", ec)) {
      fs::path candidate = dir / kConfigFileName;
      if (fs::exists(candidate, ec)) *path = candidate.string();
      return Status::Ok();
    }
    if (dir == dir.parent_path()) return Status::Ok();
    dir = dir.parent_path();
  }
}

}  // namespace crosscheck::config
