// Longer help for each rule, for reports that carry it (SARIF's
// rules[].help): what the rule means and a Chinese/English example, in
// Markdown and in plain text. docs/rules.md is the full reference.
#ifndef CROSSCHECK_REPORT_RULE_HELP_H_
#define CROSSCHECK_REPORT_RULE_HELP_H_

#include <string>
#include <string_view>

#include "compare/rules.h"

namespace crosscheck::report {

struct RuleHelp {
  std::string_view id;
  std::string_view explanation;  // one or two sentences beyond Rule::summary
  std::string_view zh_example;   // "—" when the Chinese has nothing there
  std::string_view en_example;
};

// The help of rule `id`, or nullptr when it has none.
const RuleHelp* FindRuleHelp(std::string_view id);

// "<summary> <explanation>\n\nExample: Chinese '…', English '…'." as plain
// text, or as Markdown with the example in a table. Falls back to the
// summary alone when the rule has no help entry.
std::string RuleHelpText(const compare::Rule& rule);
std::string RuleHelpMarkdown(const compare::Rule& rule);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_RULE_HELP_H_
