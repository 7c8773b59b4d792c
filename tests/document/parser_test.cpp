#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "document/document.h"
#include "text/source_text.h"

namespace crosscheck::document {
namespace {

using text::Language;

const std::string kCorpus = std::string(CROSSCHECK_SOURCE_DIR) + "/corpus/";

text::SourceText LoadCorpus(const std::string& name) {
  text::SourceText source;
  REQUIRE(text::SourceText::Load(kCorpus + name, text::Encoding::kAuto, &source).ok());
  return source;
}

text::SourceText FromString(const std::string& s) {
  text::SourceText source;
  REQUIRE(text::SourceText::FromBytes(s, text::Encoding::kUtf8, "t.txt", &source).ok());
  return source;
}

// "kind level label title" of the top-level sections, children in brackets.
std::string Tree(const std::vector<Section>& sections) {
  std::string out;
  for (const Section& s : sections) {
    if (!out.empty()) out += "; ";
    out += std::string(SectionKindName(s.kind)) + " " + std::to_string(s.level) + " " + s.label;
    if (!s.children.empty()) out += " [" + Tree(s.children) + "]";
  }
  return out;
}

std::vector<std::string> Labels(const std::vector<Section>& sections) {
  std::vector<std::string> out;
  for (const Section& s : sections) out.push_back(s.label);
  return out;
}

const Block* BlockAt(const Document& doc, uint32_t first_line) {
  const Block* found = nullptr;
  ForEachBlock(doc.sections, [&](const Section&, const Block& b) {
    if (b.lines.first == first_line) found = &b;
  });
  return found;
}

// Every line is in exactly one place, and the per-line roles agree with the tree.
void CheckNothingLost(const Document& doc) {
  const size_t n = doc.source->line_count();
  REQUIRE(doc.roles.size() == n);
  std::vector<int> claims(n + 1, 0);
  std::vector<LineRole> claimed_as(n + 1, LineRole::kBlank);
  auto claim = [&](uint32_t line, LineRole role) {
    REQUIRE(line >= 1);
    REQUIRE(line <= n);
    ++claims[line];
    claimed_as[line] = role;
  };
  for (size_t line = 1; line <= n; ++line) {
    bool blank = doc.source->normalized_line(line).text.find_first_not_of(" \t") ==
                 std::string::npos;
    if (blank) claim(static_cast<uint32_t>(line), LineRole::kBlank);
  }
  for (const NoiseLine& noise : doc.noise) claim(noise.line, LineRole::kNoise);
  for (const Block& b : doc.front_matter_blocks) {
    for (uint32_t line : b.text_lines) claim(line, LineRole::kFrontMatter);
  }
  if (doc.contents_heading_line) claim(*doc.contents_heading_line, LineRole::kContents);
  for (const ContentsEntry& e : doc.contents) {
    for (uint32_t line = e.line; line <= e.last_line; ++line) {
      if (doc.roles[line - 1] != LineRole::kBlank) claim(line, LineRole::kContents);
    }
  }
  ForEachSection(doc.sections, [&](const Section& s) {
    if (s.heading_line > 0) claim(s.heading_line, LineRole::kHeading);
    for (uint32_t line : s.markup_lines) claim(line, LineRole::kMarkup);
    if (s.item_body) {
      REQUIRE(s.item_body->text_lines.front() == s.heading_line);
      for (size_t k = 1; k < s.item_body->text_lines.size(); ++k) {
        claim(s.item_body->text_lines[k], LineRole::kBody);
      }
    }
    for (const Block& b : s.blocks) {
      for (uint32_t line : b.text_lines) claim(line, LineRole::kBody);
    }
  });
  for (size_t line = 1; line <= n; ++line) {
    CAPTURE(line);
    CHECK(claims[line] == 1);
    CHECK(claimed_as[line] == doc.roles[line - 1]);
  }
  const LineCounts& c = doc.counts;
  CHECK(c.total == n);
  CHECK(c.blank + c.noise + c.contents + c.front_matter + c.body == c.total);
}

TEST_CASE("nothing is lost in any corpus file", "[document][parser][corpus]") {
  for (const char* name :
       {"labor-rights-2020.zh.txt", "labor-rights-2020.en.txt", "labor-rights-2020.en-abridged.txt",
        "employment-plan-2021.zh.md", "employment-opinions-2025.zh.txt"}) {
    CAPTURE(name);
    text::SourceText source = LoadCorpus(name);
    Document doc = Parse(source, text::DetectLanguage(source));
    CheckNothingLost(doc);
  }
}

TEST_CASE("the Chinese white paper", "[document][parser][corpus]") {
  text::SourceText source = LoadCorpus("labor-rights-2020.zh.txt");
  Document doc = Parse(source, Language::kZh);
  REQUIRE(doc.front_matter.has_value());
  CHECK(*doc.front_matter == LineSpan{3, 8});  // news lead-in, title, issuing body, date
  REQUIRE(doc.front_matter_blocks.size() == 5);
  CHECK(doc.front_matter_blocks[0].text.text().find("全文如下") != std::string::npos);
  CHECK(doc.front_matter_blocks[1].text.text() == "新疆的劳动就业保障");
  CHECK(doc.contents_heading_line == 10u);
  REQUIRE(doc.contents.size() == 8);
  CHECK(doc.contents.front().title == "前言");
  CHECK(doc.contents[6].title == "积极践行国际劳工和人权标准");
  CHECK(doc.contents.back().label == "conclusion");
  CHECK(Tree(doc.sections) ==
        "preface 1 preface; numbered 1 1; numbered 1 2; numbered 1 3; numbered 1 4; "
        "numbered 1 5; numbered 1 6; conclusion 1 conclusion");
  CHECK(doc.sections[0].heading_line == 22);
  CHECK(doc.sections[1].title == "新疆劳动就业的基本状况");
  CHECK(doc.sections[7].lines == LineSpan{134, 144});
  CHECK(doc.noise.empty());
  // Paragraphs split by a page break: the number is never cut in two.
  const Block* b = BlockAt(doc, 66);
  REQUIRE(b != nullptr);
  CHECK(b->lines == LineSpan{66, 68});
  CHECK(b->text.text().find("缓缴困难企业社会保险费7.06亿元,惠及 1237 家企业") != std::string::npos);
  for (auto [first, last] : std::vector<std::pair<uint32_t, uint32_t>>{
           {32, 34}, {56, 58}, {66, 68}, {104, 106}, {114, 116}, {126, 128}, {140, 142}}) {
    CAPTURE(first);
    const Block* joined = BlockAt(doc, first);
    REQUIRE(joined != nullptr);
    CHECK(joined->lines.last == last);
    CHECK(BlockAt(doc, last) == nullptr);
  }
}

TEST_CASE("the English white paper", "[document][parser][corpus]") {
  text::SourceText source = LoadCorpus("labor-rights-2020.en.txt");
  Document doc = Parse(source, Language::kEn);
  CHECK(doc.front_matter == LineSpan{2, 7});
  CHECK(doc.front_matter_blocks[0].text.text() == "Employment and Labor Rights in Xinjiang");
  CHECK(doc.front_matter_blocks[1].text.text() ==
        "The State Council Information Office of the People's Republic of China");
  CHECK(doc.contents_heading_line == 9u);
  REQUIRE(doc.contents.size() == 8);
  CHECK(doc.contents[6].line == 23);
  CHECK(doc.contents[6].last_line == 25);
  CHECK(doc.contents[6].title == "Application of International Labor and Human Rights Standards");
  CHECK(Tree(doc.sections) ==
        "preface 1 preface; numbered 1 1; numbered 1 2; numbered 1 3; numbered 1 4; "
        "numbered 1 5; numbered 1 6; conclusion 1 conclusion");
  CHECK(doc.sections[2].title == "Implementation of Proactive Policies on Employment");
  // "8.5" | "percent);" across a break, inside a list item.
  const Block* item = BlockAt(doc, 67);
  REQUIRE(item != nullptr);
  CHECK(item->kind == BlockKind::kListItem);
  CHECK(item->lines == LineSpan{67, 69});
  CHECK(item->text.text().find("growth of 8.5 percent);") != std::string::npos);
  CHECK(item->text.text().rfind("urban residents in areas", 0) == 0);  // no "- "
  // Emphasis is stripped, and positions still map to the original.
  const Block* law = BlockAt(doc, 163);
  REQUIRE(law != nullptr);
  CHECK(law->lines == LineSpan{163, 165});
  size_t at = law->text.text().find("Criminal Law, Labor Law");
  REQUIRE(at != std::string::npos);
  CHECK(law->text.PositionAt(at).line == 163);
  size_t next = law->text.text().find("Public Security");
  REQUIRE(next != std::string::npos);
  CHECK(law->text.PositionAt(next) == text::SourcePosition{165, 1});
  size_t joins = 0;
  ForEachBlock(doc.sections, [&](const Section&, const Block& b) {
    joins += b.text_lines.size() - 1;
  });
  CHECK(joins == 33);
}

TEST_CASE("the abridged English excerpt", "[document][parser][corpus]") {
  text::SourceText source = LoadCorpus("labor-rights-2020.en-abridged.txt");
  Document doc = Parse(source, Language::kEn);
  CHECK(Tree(doc.sections) ==
        "numbered 1 1; numbered 1 2; numbered 1 3; numbered 1 4; numbered 1 5; numbered 1 6");
  CHECK(doc.front_matter == LineSpan{1, 3});
  CHECK(doc.front_matter_blocks[0].text.text() == "Employment and Labor Rights in Xinjiang");
  size_t headers = 0, markers = 0;
  for (const NoiseLine& n : doc.noise) {
    if (n.kind == NoiseKind::kRunningHeader) {
      ++headers;
      CHECK(source.normalized_line(n.line).text == "Employment and Labor Rights in Xinjiang");
    } else {
      ++markers;
    }
  }
  CHECK(headers == 7);  // lines 5, 11, 19, 27, 35, 43, 51; line 1 is the title
  CHECK(markers == 6);
  CHECK(doc.counts.noise == 13);
  CHECK(doc.contents.empty());
}

TEST_CASE("the 2021 Markdown plan", "[document][parser][corpus]") {
  text::SourceText source = LoadCorpus("employment-plan-2021.zh.md");
  Document doc = Parse(source, Language::kZh);
  CHECK(doc.front_matter == LineSpan{3, 7});  // issuing body, number, notice title
  REQUIRE(doc.front_matter_blocks.size() == 3);
  CHECK(doc.front_matter_blocks[0].text.text() == "新疆维吾尔自治区 就业工作领导小组文件");
  CHECK(doc.front_matter_blocks[1].text.text() == "新就发〔2021〕2号");
  const std::vector<std::string> ten = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
  REQUIRE(doc.sections.size() == 6);
  CHECK(doc.sections[0].kind == SectionKind::kPreamble);
  CHECK(doc.sections[1].kind == SectionKind::kTitled);
  CHECK(doc.sections[1].title == "自治区扩大就业惠民工程实施方案");
  CHECK(doc.sections[1].label == "titled-1");
  CHECK(doc.sections[2].title == "总体要求");
  CHECK(Labels(doc.sections[2].children) == std::vector<std::string>{"1", "2"});
  CHECK(doc.sections[3].title == "实施“十大行动”");
  CHECK(Labels(doc.sections[3].children) == ten);
  CHECK(doc.sections[4].title == "实施“十大计划”");
  CHECK(Labels(doc.sections[4].children) == ten);
  CHECK(Labels(doc.sections[5].children) == std::vector<std::string>{"1", "2", "3"});
  for (const Section& item : doc.sections[3].children) CHECK(item.level == 2);
  // An item heading with its body on the same line.
  const Section& third = doc.sections[3].children[2];
  CHECK(third.title == "实施建筑领域技术工种3年20万人职业技能培训就业行动");
  REQUIRE(third.item_body.has_value());
  CHECK(third.item_body->text.text().rfind("整合住房城乡建设", 0) == 0);
  CHECK(third.item_body->text.text().find("(三)") == std::string::npos);
  // Bold labels are stripped and the lead unit is its own paragraph.
  REQUIRE(third.blocks.size() == 2);
  CHECK(third.blocks[0].text.text() == "牵头单位:自治区住房和城乡建设厅");
  CHECK(third.blocks[1].lines == LineSpan{51, 53});
  // "围绕实施" on the heading line goes on after the blank line.
  const Section& second = doc.sections[3].children[1];
  REQUIRE(second.item_body.has_value());
  CHECK(second.item_body->lines == LineSpan{39, 41});
  CHECK(second.item_body->text.text().rfind("围绕实施脱贫地区乡村产业提升行动", 0) == 0);
}

TEST_CASE("the 2025 opinions", "[document][parser][corpus]") {
  text::SourceText source = LoadCorpus("employment-opinions-2025.zh.txt");
  Document doc = Parse(source, Language::kZh);
  CHECK(doc.front_matter == LineSpan{1, 2});
  REQUIRE(doc.sections.size() == 6);
  CHECK(doc.sections[0].kind == SectionKind::kPreamble);
  CHECK(doc.sections[0].lines == LineSpan{3, 3});
  std::vector<std::string> parts, items;
  for (size_t i = 1; i < doc.sections.size(); ++i) {
    parts.push_back(doc.sections[i].label);
    for (const Section& item : doc.sections[i].children) {
      items.push_back(item.label);
      CHECK(item.level == 2);
      CHECK(item.item_body.has_value());
      CHECK(item.blocks.empty());
    }
  }
  CHECK(parts == std::vector<std::string>{"1", "2", "3", "4", "5"});
  std::vector<std::string> twenty;
  for (int i = 1; i <= 20; ++i) twenty.push_back(std::to_string(i));
  CHECK(items == twenty);
  CHECK(doc.sections[1].title == "强化经济社会发展与就业促进协调联动,促进就业提质扩容");
  CHECK(doc.sections[5].children.back().title == "凝聚促进高质量充分就业的工作合力");
}

TEST_CASE("small documents", "[document][parser]") {
  struct Case {
    std::string name;
    std::string text;
    Language language;
    std::string tree;
  };
  const std::vector<Case> cases = {
      {"empty", "", Language::kEn, ""},
      {"only blank lines", "\n\n  \n", Language::kZh, ""},
      {"one paragraph", "Just one sentence here.\n", Language::kEn, "preamble 1 preamble"},
      {"levels nest by style", "一、甲\n(一)乙\n1.丙\n(1)丁\n二、戊\n", Language::kZh,
       "numbered 1 1 [numbered 2 1 [numbered 3 1 [numbered 4 1]]]; numbered 1 2"},
      {"English levels", "I. One\n\n1. Sub\n\n(a) Leaf\n\nII. Two\n", Language::kEn,
       "numbered 1 1 [numbered 2 1 [numbered 3 1]]; numbered 1 2"},
      {"chapters and articles", "第一章 总则\n第一条 为了。\n第二条 本法。\n第二章 就业\n第三条 国家。\n",
       Language::kZh,
       "numbered 1 1 [numbered 2 1; numbered 2 2]; numbered 1 2 [numbered 2 3]"},
      {"1. continuing a paragraph is not a heading",
       "一、总则\n\n今年城镇新增就业人数达到\n1.5万人以上,比上年增长\n2.同比。\n", Language::kZh,
       "numbered 1 1"},
      {"English numbered list items stay in the section",
       "I. Rules\n\n1. Workers are paid on time.\n2. Wages are never withheld.\n", Language::kEn,
       "numbered 1 1"},
      {"Markdown titled headings", "# Title\n\nLead text that is long enough to be a paragraph, ok.\n\n"
       "## Background\n\nText.\n\n## 1. Scope\n\n### Details\n\nMore.\n", Language::kEn,
       "preamble 1 preamble; titled 1 titled-1; numbered 1 1 [titled 2 titled-1]"},
      {"a year is not a heading", "前言\n\n2020 年 9 月,新疆发布。\n", Language::kZh,
       "preface 1 preface"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    text::SourceText source = FromString(c.text);
    Document doc = Parse(source, c.language);
    CHECK(Tree(doc.sections) == c.tree);
    CheckNothingLost(doc);
  }
}

TEST_CASE("a page break inside a paragraph with a running header and marker", "[document][parser]") {
  const std::string text =
      "Report Title\n\nI. Part\n\nThe total rose to 8.5\n\nReport Title\n\n- 3 -\n\n"
      "percent in 2020.\n\nReport Title\n\n- 4 -\n\nReport Title\n\nPage 5 of 8\n";
  text::SourceText source = FromString(text);
  Document doc = Parse(source, Language::kEn);
  REQUIRE(doc.sections.size() == 1);
  REQUIRE(doc.sections[0].blocks.size() == 1);
  const Block& b = doc.sections[0].blocks[0];
  CHECK(b.text.text() == "The total rose to 8.5 percent in 2020.");
  CHECK(b.lines == LineSpan{5, 11});
  CHECK(b.text_lines == std::vector<uint32_t>{5, 11});
  CHECK(doc.counts.noise == 6);
  CheckNothingLost(doc);
}

TEST_CASE("Markdown tables and lists", "[document][parser]") {
  const std::string text =
      "## 一、数据\n\n| 年份 | 人数 |\n|---|---|\n| 2020 | **7.06** 万 |\n\n- 第一项\n- 第二项\n";
  text::SourceText source = FromString(text);
  Document doc = Parse(source, Language::kZh);
  REQUIRE(doc.sections.size() == 1);
  const Section& s = doc.sections[0];
  REQUIRE(s.blocks.size() == 4);
  CHECK(s.blocks[0].kind == BlockKind::kTableRow);
  CHECK(s.blocks[1].text.text() == "2020 7.06 万");
  CHECK(s.blocks[2].kind == BlockKind::kListItem);
  CHECK(s.blocks[3].text.text() == "第二项");
  CHECK(s.markup_lines == std::vector<uint32_t>{4});
  CheckNothingLost(doc);
}

TEST_CASE("parsing is linear: 1 MB in well under a second", "[document][parser][perf]") {
  text::SourceText pair = LoadCorpus("labor-rights-2020.en.txt");
  std::string big;
  while (big.size() < (1u << 20)) {
    for (size_t line = 1; line <= pair.line_count(); ++line) {
      big.append(pair.original_line(line));
      big.push_back('\n');
    }
  }
  text::SourceText source = FromString(big);
  auto start = std::chrono::steady_clock::now();
  Document doc = Parse(source, Language::kEn);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CAPTURE(seconds);
  CHECK(seconds < 0.5);
  CHECK(doc.counts.total == source.line_count());
}

}  // namespace
}  // namespace crosscheck::document
