#include "text/source_text.h"

#include <catch2/catch.hpp>

#include "text/mapped_text.h"

namespace crosscheck::text {

TEST_CASE("SourceText splits LF, CRLF and CR line endings", "[text][source]") {
  SourceText source;
  REQUIRE(SourceText::FromBytes("a\nb\r\nc\rd", Encoding::kAuto, "t", &source).ok());
  REQUIRE(source.line_count() == 4);
  CHECK(source.original_line(1) == "a");
  CHECK(source.original_line(2) == "b");
  CHECK(source.original_line(3) == "c");
  CHECK(source.original_line(4) == "d");
  CHECK(source.line_ending(1) == LineEnding::kLf);
  CHECK(source.line_ending(2) == LineEnding::kCrLf);
  CHECK(source.line_ending(3) == LineEnding::kCr);
  CHECK(source.line_ending(4) == LineEnding::kNone);
}

TEST_CASE("SourceText keeps empty lines and a trailing line ending", "[text][source]") {
  SourceText source;
  REQUIRE(SourceText::FromBytes("\n\nx\n", Encoding::kAuto, "t", &source).ok());
  REQUIRE(source.line_count() == 3);
  CHECK(source.original_line(1).empty());
  CHECK(source.original_line(3) == "x");
}

TEST_CASE("SourceText counts each line's code points", "[text][source]") {
  // Lines around the column index's stride of 64, in one- and three-byte
  // characters, empty, and after a BOM (not counted).
  std::string long_zh;
  for (int i = 0; i < 200; ++i) long_zh += "年";
  const std::string bytes = "\xEF\xBB\xBF" "abc\n\n" + std::string(64, 'x') + "\n" +
                            std::string(65, 'y') + "\n" + long_zh + "z\r\n全角１２";
  SourceText source;
  REQUIRE(SourceText::FromBytes(bytes, Encoding::kAuto, "t", &source).ok());
  REQUIRE(source.line_count() == 6);
  CHECK(source.line_length(1) == 3);
  CHECK(source.line_length(2) == 0);
  CHECK(source.line_length(3) == 64);
  CHECK(source.line_length(4) == 65);
  CHECK(source.line_length(5) == 201);
  CHECK(source.line_length(6) == 4);
}

TEST_CASE("Normalized positions map back to original columns", "[text][normalize]") {
  // BOM, CRLF, full-width digits and parentheses, ideographic and no-break
  // spaces, and multi-byte characters all on the way to "123".
  SourceText source;
  std::string bytes =
      "\xEF\xBB\xBF标题\r\n"
      "（一）就业\xE3\x80\x80１２３万人，\xC2\xA0" "8.5 percent\r\n";
  REQUIRE(SourceText::FromBytes(bytes, Encoding::kAuto, "t", &source).ok());
  REQUIRE(source.line_count() == 2);
  const NormalizedLine& line = source.normalized_line(2);
  CHECK(line.text == "(一)就业 123万人, 8.5 percent");
  struct Case {
    std::string needle;
    uint32_t column;
  };
  const Case cases[] = {{"(", 1}, {"一", 2}, {")", 3}, {"就", 4}, {" 123", 6},
                        {"123", 7}, {"万", 10}, {",", 12}, {"8.5", 14}, {"percent", 18}};
  for (const Case& c : cases) {
    CAPTURE(c.needle);
    size_t offset = line.text.find(c.needle);
    REQUIRE(offset != std::string::npos);
    CHECK(line.ColumnAt(offset) == c.column);
  }
  CHECK(line.columns.back() == 25);  // one past the last of 24 original characters
  // Slicing the original by columns gives back the full-width surface.
  CHECK(source.OriginalSlice(2, 7, 11) == "１２３万");
}

TEST_CASE("Normalization folds compatibility forms and keeps Chinese punctuation",
          "[text][normalize]") {
  const std::pair<std::string, std::string> cases[] = {
      {"ＡＢＣ１２３", "ABC123"},
      {"45.4：16.0：38.6", "45.4:16.0:38.6"},
      {"17.2％", "17.2%"},
      {"、。“”《》", "、。“”《》"},
      {"e\xCC\x81", "\xC3\xA9"},  // e + combining acute composes
      {"3\xC2\xA0/\xC2\xA0" "8", "3 / 8"},
      {"\xE2\x80\xAF", " "},  // narrow no-break space
  };
  for (const auto& [input, expected] : cases) {
    CAPTURE(input);
    CHECK(NormalizeLine(input).text == expected);
    CHECK(NormalizeLine(input).columns.size() == expected.size() + 1);
  }
}

TEST_CASE("MappedText joins lines and maps back to each", "[text][mapped]") {
  SourceText source;
  REQUIRE(SourceText::FromBytes("投资７.06\n\n亿元，增长\n", Encoding::kAuto, "t", &source).ok());
  MappedText mapped(&source);
  mapped.AppendLine(1);
  mapped.AppendLine(3);
  CHECK(mapped.text() == "投资7.06亿元,增长");
  size_t yi = mapped.text().find("亿");
  CHECK(mapped.PositionAt(0) == SourcePosition{1, 1});
  CHECK(mapped.PositionAt(mapped.text().find("7.06")) == SourcePosition{1, 3});
  CHECK(mapped.PositionAt(yi) == SourcePosition{3, 1});
  // A span across the break reads as the original, full-width digit included.
  CHECK(mapped.OriginalText(mapped.text().find("7.06"), yi + 6) == "７.06亿元");

  MappedText english(&source);
  english.AppendLine(1);
  english.AppendSynthetic(" ");
  english.AppendLine(3);
  CHECK(english.PositionAt(english.text().find(' ')) == SourcePosition{1, 7});
}

}  // namespace crosscheck::text

namespace crosscheck::text {

// Found by fuzzing (fuzz/regressions/parse/table-row-leading-synthetic-line-1):
// joining text before any line's text mapped to line 1, column 1.
TEST_CASE("MappedText maps leading joining text to the next line's start", "[text][mapped]") {
  SourceText source;
  REQUIRE(SourceText::FromBytes("title\n\n  cell\n", Encoding::kAuto, "t", &source).ok());
  MappedText mapped(&source);
  mapped.AppendSynthetic(" ");
  mapped.AppendLine(3, 2, 6);
  CHECK(mapped.text() == " cell");
  CHECK(mapped.PositionAt(0) == SourcePosition{3, 3});
  CHECK(mapped.PositionAt(1) == SourcePosition{3, 3});
}

}  // namespace crosscheck::text
