// Applying a Config (config.h) to a comparison run: noise patterns to the
// parser, unit words and [ignore] to the sides before comparison, the
// tolerance to the comparison, and [rules] to the findings after it.
//
// The extractors and rules stay unaware of configuration: unit words are
// renamed on quantities already extracted, and severities are set on
// findings already made.
#ifndef CROSSCHECK_CONFIG_APPLY_H_
#define CROSSCHECK_CONFIG_APPLY_H_

#include "compare/comparer.h"
#include "compare/side.h"
#include "config/config.h"
#include "document/document.h"

namespace crosscheck::config {

// What was left out of one side.
struct SideIgnored {
  size_t quantities = 0;  // matched an [ignore] quantities pattern
  size_t sections = 0;    // in [ignore] sections or matched section-titles
};

// The parser options for the configured [noise] patterns.
document::ParseOptions ParseOptionsFor(const Config& config);

// Applies [units.<lang>] (by side->language) and [ignore] to a side built
// by compare::BuildSide: renames configured unit words, removes ignored
// sections with everything under them (and contents entries that name
// them), then quantities whose surface text an ignore pattern finds a
// match in. Keeps quantity_count and body_length in step. Returns what it
// removed.
SideIgnored ApplyToSide(const Config& config, compare::Side* side);

// Applies [rules]: removes findings of rules set to "off", sets the
// configured severity on the others, and recounts summary.errors,
// warnings, notes and findings_off. Order is unchanged.
void ApplyRules(const Config& config, compare::ComparisonResult* result);

// The whole comparison as configured: ApplyToSide on both sides,
// compare::CompareSides with the configured tolerance, ApplyRules, and the
// ignored counts in the summary. With a default Config it equals
// compare::CompareSides(*zh, *en).
compare::ComparisonResult CompareConfigured(const Config& config, compare::Side* zh,
                                            compare::Side* en);

}  // namespace crosscheck::config

#endif  // CROSSCHECK_CONFIG_APPLY_H_
