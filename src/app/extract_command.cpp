#include "app/extract_command.h"

#include <algorithm>
#include <tuple>

#include "app/exit_codes.h"
#include "app/load.h"
#include "quantity/extract.h"
#include "report/quantity_report.h"

namespace crosscheck::app {

std::vector<quantity::Quantity> ExtractDocument(const document::Document& doc) {
  std::vector<quantity::Quantity> all;
  auto read = [&](const text::MappedText& analysed) {
    if (analysed.empty()) return;
    std::vector<quantity::Quantity> found = quantity::Extract(doc.language, analysed);
    all.insert(all.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  };
  for (const document::Block& block : doc.front_matter_blocks) read(block.text);
  document::ForEachSection(doc.sections, [&](const document::Section& section) {
    read(section.heading_text);
    if (section.item_body) read(section.item_body->text);
    for (const document::Block& block : section.blocks) read(block.text);
  });
  auto earlier = [](const quantity::Quantity& a, const quantity::Quantity& b) {
    return std::tie(a.position.line, a.position.column) < std::tie(b.position.line, b.position.column);
  };
  // Reading order is nearly always file order already; sorting only when it
  // is not keeps the common case linear.
  if (!std::is_sorted(all.begin(), all.end(), earlier)) {
    std::stable_sort(all.begin(), all.end(), earlier);
  }
  return all;
}

int RunExtract(const ExtractOptions& options, std::ostream& out, std::ostream& err) {
  text::SourceText source;
  document::Document doc;
  if (!LoadDocument(options.file, options.encoding, options.language, err, &source, &doc)) {
    return kExitError;
  }
  std::vector<quantity::Quantity> quantities = ExtractDocument(doc);
  if (options.format == "json") {
    report::PrintQuantitiesJson(options.file, doc.language, quantities, out);
  } else if (options.format == "tsv") {
    report::PrintQuantitiesTsv(quantities, out);
  } else {
    report::PrintQuantitiesText(options.file, quantities, out);
  }
  out.flush();
  return kExitOk;
}

}  // namespace crosscheck::app
