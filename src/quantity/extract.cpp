#include "quantity/extract.h"

#include "quantity/extract_en.h"
#include "quantity/extract_zh.h"

namespace crosscheck::quantity {

std::vector<Quantity> Extract(text::Language language, const text::MappedText& analysed) {
  std::vector<Quantity> quantities = language == text::Language::kZh
                                         ? ExtractZh(analysed.text())
                                         : ExtractEn(analysed.text());
  Resolve(analysed, &quantities);
  return quantities;
}

}  // namespace crosscheck::quantity
