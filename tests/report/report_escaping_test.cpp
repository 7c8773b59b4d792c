// The pieces the CI formats are built from: escaping for GitHub workflow
// commands and XML, file paths as URIs, which side a finding points at, the
// rule help, and the XML checker the JUnit tests rely on.
#include <catch2/catch.hpp>
#include <string>

#include "compare/rules.h"
#include "report/finding_place.h"
#include "report/github_report.h"
#include "report/junit_report.h"
#include "report/report_formats.h"
#include "report/rule_help.h"
#include "report/sarif_report.h"
#include "report/xml_check.h"

namespace crosscheck::testing {
namespace {

using report::FileSide;

TEST_CASE("GitHub workflow command escaping", "[report][github]") {
  struct Case {
    std::string text, message, property;
  };
  const Case cases[] = {
      {"plain text", "plain text", "plain text"},         {"50%", "50%25", "50%25"},
      {"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},      {"file:1,2", "file:1,2", "file%3A1%2C2"},
      {"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"}, {"%0A", "%250A", "%250A"},
      {"万人, 亿元", "万人, 亿元", "万人%2C 亿元"},       {"", "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(report::GithubEscapeMessage(c.text) == c.message);
    CHECK(report::GithubEscapeProperty(c.text) == c.property);
  }
}

TEST_CASE("XML escaping for text and attributes", "[report][junit]") {
  struct Case {
    std::string text, in_text, in_attribute;
  };
  const Case cases[] = {
      {"a < b & c > d", "a &lt; b &amp; c &gt; d", "a &lt; b &amp; c &gt; d"},
      {"'x' \"y\"", "'x' \"y\"", "&apos;x&apos; &quot;y&quot;"},
      {"line\nnext\ttab", "line\nnext\ttab", "line&#10;next&#9;tab"},
      {"cr\r", "cr&#13;", "cr&#13;"},
      {std::string("nul\0bell\x07", 9),
       "nul\xEF\xBF\xBD"
       "bell\xEF\xBF\xBD",
       "nul\xEF\xBF\xBD"
       "bell\xEF\xBF\xBD"},
      {"\xEF\xBF\xBE\xEF\xBF\xBF", "\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"1135.24万人 ]]>", "1135.24万人 ]]&gt;", "1135.24万人 ]]&gt;"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(report::XmlEscape(c.text, report::XmlContext::kText) == c.in_text);
    CHECK(report::XmlEscape(c.text, report::XmlContext::kAttribute) == c.in_attribute);
  }
}

TEST_CASE("XML escaping round-trips through the checker", "[report][junit]") {
  const std::string texts[] = {"a < b & c", "'q' \"d\"", "tab\there\nline", "中文 ‘引号’ 50%"};
  for (const std::string& text : texts) {
    CAPTURE(text);
    std::string xml = "<a v=\"" + report::XmlEscape(text, report::XmlContext::kAttribute) + "\">" +
                      report::XmlEscape(text, report::XmlContext::kText) + "</a>";
    XmlElement root;
    std::string error;
    REQUIRE(ParseXml(xml, &root, &error));
    CHECK(*root.Attribute("v") == text);
    CHECK(root.text == text);
  }
}

TEST_CASE("the XML checker rejects what is not well-formed", "[report][junit]") {
  struct Case {
    const char* xml;
    const char* error;  // empty: well-formed
  };
  const Case cases[] = {
      {"<?xml version=\"1.0\"?>\n<a x=\"1\"><b/>t&amp;<c y='2'>&#x4E07;</c></a>\n", ""},
      {"<a><!-- note --></a>", ""},
      {"<a><b></a>", "offset 9: </a> closes <b>"},
      {"<a x=1/>", "offset 5: an unquoted attribute value"},
      {"<a x=\"1\" x=\"2\"/>", "offset 14: repeated attribute x"},
      {"<a>R&D</a>", "offset 4: a bare '&'"},
      {"<a>&nbsp;</a>", "offset 3: an unknown entity '&nbsp;'"},
      {"<a x=\"<\"/>", "offset 6: '<' in an attribute value"},
      {"<a>\x01</a>", "offset 3: a character XML 1.0 does not allow"},
      {"<a>&#1;</a>", "offset 3: a reference to a character XML 1.0 does not allow"},
      {"<a/><b/>", "offset 4: content after the root element"},
      {"<a>", "offset 3: unclosed element a"},
      {"text", "offset 0: expected the root element"},
      {"<a>\xFF</a>", "offset 3: invalid UTF-8"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.xml);
    XmlElement root;
    std::string error;
    bool ok = ParseXml(c.xml, &root, &error);
    CHECK(ok == (std::string(c.error).empty()));
    CHECK(error == c.error);
  }
}

TEST_CASE("file paths as SARIF URI references", "[report][sarif]") {
  struct Case {
    const char* path;
    const char* uri;
  };
  const Case cases[] = {
      {"corpus/labor-rights-2020.zh.txt", "corpus/labor-rights-2020.zh.txt"},
      {"../docs/a_b~c.md", "../docs/a_b~c.md"},
      {"a b.txt", "a%20b.txt"},
      {"年报.txt", "%E5%B9%B4%E6%8A%A5.txt"},
      {"c:d#e?f%g", "c%3Ad%23e%3Ff%25g"},
      {"/tmp/x.txt", "file:///tmp/x.txt"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    CHECK(report::PathToUri(c.path) == c.uri);
  }
}

TEST_CASE("a finding points at the side where the problem shows", "[report]") {
  struct Case {
    const char* rule;
    bool zh, en;
    std::optional<FileSide> side;
  };
  const Case cases[] = {
      {"number.value", true, true, FileSide::kEn},
      {"number.magnitude", true, true, FileSide::kEn},
      {"unit.mismatch", true, true, FileSide::kEn},
      {"hedge.conflict", true, true, FileSide::kEn},
      {"number.extra", false, true, FileSide::kEn},
      {"structure.section-extra", false, true, FileSide::kEn},
      {"structure.paragraph-extra", false, true, FileSide::kEn},
      {"number.missing", true, false, FileSide::kZh},
      {"number.missing", true, true, FileSide::kZh},
      {"structure.section-missing", true, true, FileSide::kZh},
      {"structure.paragraph-missing", true, false, FileSide::kZh},
      {"structure.heading-number", true, true, FileSide::kEn},
      {"structure.toc-mismatch", true, false, FileSide::kZh},
      {"structure.toc-mismatch", false, true, FileSide::kEn},
      {"number.moved", true, true, FileSide::kEn},
      {"structure.abridged", false, false, std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule, c.zh, c.en);
    compare::Finding f;
    f.rule = c.rule;
    if (c.zh) f.zh = compare::Location{3, 5, "35万人", ""};
    if (c.en) f.en = compare::Location{7, 9, "350,000", ""};
    CHECK(report::PrimarySide(f) == c.side);
  }
}

TEST_CASE("every rule has help and no help names an unknown rule", "[report][sarif]") {
  for (const compare::Rule& rule : compare::Rules()) {
    CAPTURE(rule.id);
    const report::RuleHelp* help = report::FindRuleHelp(rule.id);
    REQUIRE(help != nullptr);
    CHECK(!help->explanation.empty());
    std::string markdown = report::RuleHelpMarkdown(rule);
    CHECK(markdown.rfind(std::string(rule.summary), 0) == 0);
    CHECK(markdown.find("| " + std::string(help->zh_example) + " | " +
                        std::string(help->en_example) + " |") != std::string::npos);
  }
  CHECK(report::FindRuleHelp("number.unknown") == nullptr);
}

TEST_CASE("the format table names every compare format once", "[report]") {
  CHECK(report::CompareFormatNames() ==
        std::vector<std::string>{"text", "json", "sarif", "junit", "github"});
  for (const std::string& name : report::CompareFormatNames()) {
    CAPTURE(name);
    const report::CompareFormat* format = report::FindCompareFormat(name);
    REQUIRE(format != nullptr);
    CHECK(format->name == name);
    CHECK(format->print != nullptr);
  }
  CHECK(report::FindCompareFormat("xml") == nullptr);
}

TEST_CASE("end columns stay on the line", "[report]") {
  text::SourceText source;
  REQUIRE(
      text::SourceText::FromBytes("就业35万人。\nabc\n", text::Encoding::kUtf8, "t.txt", &source)
          .ok());
  struct Case {
    uint32_t line, column;
    const char* text;
    uint32_t end;
  };
  const Case cases[] = {
      {1, 3, "35万人", 7},                             // four code points
      {1, 7, "。", 8},       {1, 5, "万人。还有", 8},  // longer than the line: up to its end
      {2, 1, "abc\ndef", 4},                           // only the first line of the text counts
      {2, 2, "", 2},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line, c.column, c.text);
    CHECK(report::EndColumn(source, compare::Location{c.line, c.column, c.text, ""}) == c.end);
  }
}

}  // namespace
}  // namespace crosscheck::testing
