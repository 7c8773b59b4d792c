// Front matter: what stands before the body — the title, the issuing body,
// date lines, document numbers (新就发〔2021〕2号) and a news lead-in
// (国务院新闻办公室 17 日发表…全文如下：).
#ifndef CROSSCHECK_DOCUMENT_FRONT_MATTER_H_
#define CROSSCHECK_DOCUMENT_FRONT_MATTER_H_

#include <string_view>

#include "text/language.h"

namespace crosscheck::document {

enum class FrontLineKind {
  kNone,            // body text
  kTitle,           // a short line that does not end in punctuation (title, issuing body)
  kDate,            // 2020 年 9 月, (2025年9月10日), September 2020, (September 2020)
  kDocumentNumber,  // 新就发〔2021〕2号, 国发[2020]12号
  kLeadIn,          // a line that ends introducing the text: "…全文如下：", "… as follows:"
};

// Classifies one trimmed, normalized line (Markdown heading marks removed).
FrontLineKind ClassifyFrontLine(std::string_view line, text::Language language);

}  // namespace crosscheck::document

#endif  // CROSSCHECK_DOCUMENT_FRONT_MATTER_H_
