#include "report/outline_json.h"

#include <nlohmann/json.hpp>

namespace crosscheck::report {
namespace {

using document::Block;
using document::Section;
using Json = nlohmann::ordered_json;

Json Span(document::LineSpan span) { return Json::array({span.first, span.last}); }

Json BlockJson(const Block& b, bool on_heading_line) {
  Json j;
  j["lines"] = Span(b.lines);
  j["kind"] = document::BlockKindName(b.kind);
  if (on_heading_line) j["on_heading_line"] = true;
  return j;
}

Json SectionJson(const Section& s) {
  Json j;
  j["kind"] = document::SectionKindName(s.kind);
  j["level"] = s.level;
  j["label"] = s.label;
  j["title"] = s.title;
  j["heading_line"] = s.heading_line > 0 ? Json(s.heading_line) : Json(nullptr);
  j["lines"] = Span(s.lines);
  Json paragraphs = Json::array();
  if (s.item_body) paragraphs.push_back(BlockJson(*s.item_body, true));
  for (const Block& b : s.blocks) paragraphs.push_back(BlockJson(b, false));
  j["paragraphs"] = std::move(paragraphs);
  Json children = Json::array();
  for (const Section& c : s.children) children.push_back(SectionJson(c));
  j["children"] = std::move(children);
  return j;
}

}  // namespace

std::string OutlineJson(const document::Document& doc, std::string_view file) {
  Json j;
  j["schema"] = kOutlineSchema;
  j["file"] = file;
  j["language"] = text::LanguageName(doc.language);
  if (doc.front_matter) {
    Json front;
    front["lines"] = Span(*doc.front_matter);
    Json paragraphs = Json::array();
    for (const Block& b : doc.front_matter_blocks) paragraphs.push_back(BlockJson(b, false));
    front["paragraphs"] = std::move(paragraphs);
    j["front_matter"] = std::move(front);
  } else {
    j["front_matter"] = nullptr;
  }
  j["contents_line"] = doc.contents_heading_line ? Json(*doc.contents_heading_line) : Json(nullptr);
  Json contents = Json::array();
  for (const document::ContentsEntry& e : doc.contents) {
    Json entry;
    entry["line"] = e.line;
    entry["last_line"] = e.last_line;
    entry["title"] = e.title;
    entry["kind"] = document::SectionKindName(e.kind);
    entry["level"] = e.level;
    entry["label"] = e.label;
    contents.push_back(std::move(entry));
  }
  j["contents"] = std::move(contents);
  Json sections = Json::array();
  for (const Section& s : doc.sections) sections.push_back(SectionJson(s));
  j["sections"] = std::move(sections);
  Json noise = Json::array();
  for (const document::NoiseLine& n : doc.noise) {
    noise.push_back(Json{{"line", n.line}, {"kind", document::NoiseKindName(n.kind)}});
  }
  j["noise"] = std::move(noise);
  const document::LineCounts& c = doc.counts;
  j["lines"] = Json{{"total", c.total},       {"blank", c.blank},
                    {"noise", c.noise},       {"contents", c.contents},
                    {"front_matter", c.front_matter}, {"body", c.body}};
  // Invalid UTF-8 cannot reach here (the text layer refuses it); replace
  // rather than throw all the same.
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void PrintOutlineJson(const document::Document& doc, std::string_view file, std::ostream& out) {
  out << OutlineJson(doc, file);
}

}  // namespace crosscheck::report
