#include "report/rule_help.h"

#include <array>

namespace crosscheck::report {
namespace {

constexpr std::array<RuleHelp, 16> kHelp = {{
    {"number.value",
     "The figures are paired by their place and context; their intervals (written precision and "
     "hedges) do not overlap.",
     "城镇新增就业1135.24万人", "11.85 million new urban jobs"},
    {"number.magnitude",
     "The values differ by a power of ten; the message names the likely slip (亿 read as billion, "
     "万 as thousand, ×10, ×100, ×1000, ×10⁴).",
     "投入资金75.53亿元", "RMB75.53 billion"},
    {"unit.mismatch",
     "The numbers agree but the units do not: percent against percentage points, kilometres "
     "against miles, different currencies, a per-month figure rendered per year.",
     "提高10.9个百分点", "rose by 10.9 percent"},
    {"number.missing",
     "No figure in the aligned English paragraphs or elsewhere in the section agrees with it.",
     "培训47.12万人次", "—"},
    {"number.extra",
     "No figure in the aligned Chinese paragraphs or elsewhere in the section agrees with it.", "—",
     "about 30,000 workers"},
    {"hedge.conflict", "One side says more than, the other nearly or less than (or the reverse).",
     "逾200万", "nearly 2 million"},
    {"structure.section-missing", "The section and the figures in it are absent from the English.",
     "结束语", "—"},
    {"structure.section-extra", "The English has a section the Chinese does not.", "—",
     "VII. Appendix"},
    {"structure.section-order", "Paired sections come in a different order.", "三、… then 四、…",
     "IV. … then III. …"},
    {"structure.heading-number", "The sections were paired by title or content, not by number.",
     "二、大力实施积极的就业政策", "III. Proactive Employment Policies"},
    {"structure.item-count", "Numbered items (（一）, (1)) or list items were added or dropped.",
     "（一）…（五）", "(1)…(4)"},
    {"structure.toc-mismatch",
     "A contents entry differs from the heading it names, or from the other version's contents.",
     "—",
     "Contents: II. Proactive Employment Policies; heading: II. Implementation of Proactive "
     "Policies on Employment"},
    {"structure.abridged",
     "Reported once per section with counts instead of one finding per missing figure.",
     "一、 with 20 paragraphs", "I. with 1 paragraph"},
    {"structure.paragraph-missing",
     "A whole paragraph, with its figures, is absent from the English.", "a paragraph", "—"},
    {"structure.paragraph-extra", "The English has a paragraph the Chinese does not.", "—",
     "a paragraph"},
    {"number.moved",
     "The figure agrees with one in a neighbouring paragraph: the translation moved it.",
     "a figure in paragraph 2", "the same figure in paragraph 3"},
}};

}  // namespace

const RuleHelp* FindRuleHelp(std::string_view id) {
  for (const RuleHelp& help : kHelp) {
    if (help.id == id) return &help;
  }
  return nullptr;
}

std::string RuleHelpText(const compare::Rule& rule) {
  std::string text(rule.summary);
  const RuleHelp* help = FindRuleHelp(rule.id);
  if (help == nullptr) return text;
  text += " ";
  text += help->explanation;
  text += "\n\nExample: Chinese '";
  text += help->zh_example;
  text += "', English '";
  text += help->en_example;
  text += "'.";
  return text;
}

std::string RuleHelpMarkdown(const compare::Rule& rule) {
  std::string text(rule.summary);
  const RuleHelp* help = FindRuleHelp(rule.id);
  if (help == nullptr) return text;
  text += " ";
  text += help->explanation;
  text += "\n\n| Chinese | English |\n| --- | --- |\n| ";
  text += help->zh_example;
  text += " | ";
  text += help->en_example;
  text += " |\n\nDefault severity: ";
  text += compare::SeverityName(rule.severity);
  text += ". See docs/rules.md.";
  return text;
}

}  // namespace crosscheck::report
