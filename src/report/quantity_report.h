// Printers for `crosscheck extract`: text for people, TSV for evaluation
// scripts, JSON as documented in docs/quantities-format.md.
#ifndef CROSSCHECK_REPORT_QUANTITY_REPORT_H_
#define CROSSCHECK_REPORT_QUANTITY_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "quantity/quantity.h"
#include "text/language.h"

namespace crosscheck::report {

void PrintQuantitiesJson(const std::string& file, text::Language language,
                         const std::vector<quantity::Quantity>& quantities, std::ostream& out);
// Header `line column text kind value low high unit hedge scale`, then one
// row per quantity; tabs and newlines in text are replaced by spaces.
void PrintQuantitiesTsv(const std::vector<quantity::Quantity>& quantities, std::ostream& out);
void PrintQuantitiesText(const std::string& file,
                         const std::vector<quantity::Quantity>& quantities, std::ostream& out);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_REPORT_QUANTITY_REPORT_H_
