// Hostile and huge inputs through the real binary: every command finishes,
// in bounded time, with the exit code docs/cli.md gives and, when it refuses
// a file, one line that names the file and the place. The small bad inputs
// (each bad encoding, a directory, a missing file, ...) are in
// tests/cli/bad_input_cli_test.cpp; here are the shapes that only go wrong
// at size, and the same refusals deep inside large files.
//
// Each run is killed after kHangSeconds: a hang detector, not a timing
// assertion (tests/robustness/linear_time_test.cpp and the benchmarks
// measure growth). Under AddressSanitizer, which makes the binary several
// times slower, the large shapes are scaled down by kScale; their shape is
// unchanged. Each large shape is a test case of its own, so ctest runs them
// side by side and times each out alone.
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/gb18030.h"
#include "cli/run_binary.h"
#include "cli/temp_dir.h"
#include "robustness/shapes.h"

namespace crosscheck::testing {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kScale = 10;
#else
constexpr size_t kScale = 1;
#endif
constexpr int kHangSeconds = 120;

const std::string kUtf8Hint =
    "; expected UTF-8, UTF-16 with a byte-order mark or GB18030 (see --encoding)";
const std::string kBinaryHint =
    "; if it is UTF-16 text without a byte-order mark, pass --encoding utf-16le or utf-16be";

// Runs crosscheck under timeout(1), which exits 124 when it had to stop it:
// no exit-code check below accepts that.
RunResult Run(std::vector<std::string> args, RunOptions options = {}) {
  args.insert(args.begin(), {std::to_string(kHangSeconds), options.binary});
  options.binary = "/usr/bin/timeout";
  return RunBinary(args, options);
}

std::string Joined(const std::vector<std::string>& args) {
  std::string s;
  for (const std::string& a : args) s += (s.empty() ? "" : " ") + a;
  return s;
}

size_t CountLines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// The "lines:" line of `crosscheck outline`.
std::string OutlineLines(size_t total, size_t blank, size_t body) {
  return "lines: " + std::to_string(total) + " total, " + std::to_string(blank) +
         " blank, 0 noise, 0 contents, 0 front matter, " + std::to_string(body) + " body\n";
}

struct Shape {
  std::string name;
  std::string zh;                    // written as <name>.zh.<ext>
  std::string en;                    // the partner for compare
  std::string ext;                   // "txt" or "md"
  size_t lines = 0;                  // lines of the Chinese file
  size_t blank = 0;                  // of which blank
  std::optional<size_t> quantities;  // Chinese quantities, where they are certain
};

// Files that are small but odd: one of each.
std::vector<Shape> SmallShapes() {
  std::vector<Shape> shapes;
  const std::string zh_line = "2019年新增就业1135.24万人。\n";
  const std::string en_line = "In 2019, 11.3524 million new jobs were added.\n";
  shapes.push_back({"only-headings", "一、总体情况\n二、主要指标\n三、下一步\n",
                    "I. Overview\nII. Main Figures\nIII. Next Steps\n", "txt", 3, 0, 0});
  shapes.push_back(
      {"no-headings", zh_line + "\n" + zh_line, en_line + "\n" + en_line, "txt", 3, 1, 4});
  {
    // One item 10,000 levels deep, and blockquotes as deep.
    std::string zh, en;
    for (size_t depth : {size_t{1}, size_t{10'000}}) {
      zh += std::string(2 * depth, ' ') + "- 第" + std::to_string(depth) + "层有3人\n";
      en += std::string(2 * depth, ' ') + "- level " + std::to_string(depth) + " has 3 people\n";
    }
    std::string quote;
    for (size_t k = 0; k < 10'000; ++k) quote += "> ";
    zh += quote + "引文有5人。\n";
    en += quote + "The quote has 5 people.\n";
    shapes.push_back({"deep-list", zh, en, "md", 3, 0, std::nullopt});
  }
  shapes.push_back({"run-of-yi", NumeralRun("一", 100'000), "About a hundred people.\n", "txt", 1,
                    0, std::nullopt});
  shapes.push_back(
      {"run-of-digits", NumeralRun("1", 100'000), "Many people.\n", "txt", 1, 0, std::nullopt});
  shapes.push_back({"ten-to-the-400", "就业1" + std::string(400, '0') + "元。\n",
                    "A 1 followed by 400 zeros yuan.\n", "txt", 1, 0, std::nullopt});
  shapes.push_back({"wan-overflow", "共有9999999999999999999999万人。\n",
                    "There are 99,999,999,999,999,999,999,990,000 people.\n", "txt", 1, 0, 1});
  return shapes;
}

// Runs outline, extract and compare on `shape` and checks that each reads
// the whole file: exit 0, nothing on stderr, every line and quantity counted.
void CheckShape(const Shape& shape) {
  CAPTURE(shape.name);
  TempDir dir;
  const std::string zh = dir.Write(shape.name + ".zh." + shape.ext, shape.zh);
  const std::string en = dir.Write(shape.name + ".en." + shape.ext, shape.en);

  RunResult outline = Run({"outline", zh, "--lang", "zh"});
  CHECK(outline.exit_code == 0);
  CHECK(outline.err.empty());
  CHECK(outline.out.find(OutlineLines(shape.lines, shape.blank, shape.lines - shape.blank)) !=
        std::string::npos);

  RunResult extract = Run({"extract", zh, "--lang", "zh", "--format", "tsv"});
  CHECK(extract.exit_code == 0);
  CHECK(extract.err.empty());
  if (shape.quantities) CHECK(CountLines(extract.out) == 1 + *shape.quantities);

  RunResult compare = Run({"compare", zh, en, "--format", "json", "--fail-on", "never"});
  CHECK(compare.exit_code == 0);
  CHECK(compare.err.empty());
  if (compare.exit_code != 0) return;
  nlohmann::json summary = nlohmann::json::parse(compare.out)["summary"];
  const nlohmann::json& lines = summary["lines"]["zh"];
  CHECK(lines["total"] == shape.lines);
  CHECK(lines["blank"] == shape.blank);
  CHECK(lines["body"] == shape.lines - shape.blank);
  // Every quantity of both sides is in exactly one count.
  const nlohmann::json& q = summary["quantities"];
  for (const std::string side : {"zh", "en"}) {
    CAPTURE(side);
    CHECK(q["matched"].get<size_t>() + q["paired_with_finding"].get<size_t>() +
              q["range_ends_" + side].get<size_t>() + q["unmatched_" + side].get<size_t>() ==
          q[side].get<size_t>());
  }
  if (shape.quantities) CHECK(q["zh"] == *shape.quantities);
}

TEST_CASE("small odd files are read whole", "[robustness]") {
  for (const Shape& shape : SmallShapes()) CheckShape(shape);
}

TEST_CASE("a 10 MB line is read and compared whole, in bounded time", "[robustness]") {
  ShapePair p = LongLine(10'000'000 / kScale);
  size_t clauses = 0;
  for (size_t at = p.zh.find("项"); at != std::string::npos; at = p.zh.find("项", at + 1)) {
    ++clauses;
  }
  // Each clause holds an ordinal (第3项) and a count (3.5万人).
  CheckShape({"long-line", p.zh, p.en, "txt", 1, 0, 2 * clauses});
}

TEST_CASE("a million short lines are read and compared whole, in bounded time", "[robustness]") {
  const size_t n = 1'000'000 / kScale;
  ShapePair p = ShortLines(n);
  CheckShape({"short-lines", p.zh, p.en, "txt", n, 0, n});
}

TEST_CASE("100,000 headings are read and compared whole, in bounded time", "[robustness]") {
  const size_t n = 100'000 / kScale;
  ShapePair p = Headings(n);
  CheckShape({"headings", p.zh, p.en, "md", n, 0, std::nullopt});
}

TEST_CASE("100,000 nested list items are read and compared whole, in bounded time",
          "[robustness]") {
  const size_t n = 100'000 / kScale;
  ShapePair p = NestedList(n, 100);
  CheckShape({"nested-list", p.zh, p.en, "md", n, 0, std::nullopt});
}

TEST_CASE("10,000 rounds of nested numbering are read and compared whole", "[robustness]") {
  const size_t n = 10'000 / kScale;
  ShapePair p = NestedNumbering(n);
  CheckShape({"nested-numbering", p.zh, p.en, "txt", 4 * n, 0, std::nullopt});
}

TEST_CASE("a 9999999999999999999999万 figure keeps every digit", "[robustness]") {
  TempDir dir;
  const std::string zh = dir.Write("wan.zh.txt", "共有9999999999999999999999万人。\n");
  RunResult r = Run({"extract", zh, "--format", "tsv"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("\n1\t3\t9999999999999999999999万人\tcount\t99999999999999999999990000\t") !=
        std::string::npos);
}


TEST_CASE("a bad byte deep in a large file is refused at its line and column", "[robustness]") {
  TempDir dir;
  const size_t n = 1'000'000 / kScale;
  const std::string good = ShortLines(n).zh;
  const std::string en = dir.Write("good.en.txt", "Added 1 people.\n");
  // Line k (1-based) is "新增k人。\n": 2 × 3 + digits + 3 × 2 + 1 bytes.
  const size_t half = n / 2;
  size_t offset = 0;
  for (size_t k = 1; k <= half; ++k) offset += 13 + std::to_string(k).size();
  const std::string middle = good.substr(0, offset + 6) + "\xff" + good.substr(offset + 6);
  const std::string line = std::to_string(half + 1);

  struct Case {
    std::string name;
    std::string bytes;
    std::string message_after_path;
  };
  const std::vector<Case> cases = {
      {"bad-middle.txt", middle,
       ":" + line + ":3: invalid UTF-8 (byte 0xff at offset " + std::to_string(offset + 6) + ")" +
           kUtf8Hint},
      {"truncated.txt", good + "\xe4\xb8",
       ":" + std::to_string(n + 1) + ":1: invalid UTF-8 (byte 0xe4 at offset " +
           std::to_string(good.size()) + ", sequence cut off at end of file)" + kUtf8Hint},
      {"nul-at-end.txt", good + std::string(1, '\0'),
       ": binary file (NUL byte at offset " + std::to_string(good.size()) + ")" + kBinaryHint},
  };
  for (const Case& c : cases) {
    const std::string path = dir.Write(c.name, c.bytes);
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"outline", path}, {"extract", path}, {"compare", path, en}}) {
      CAPTURE(c.name, Joined(args));
      RunResult r = Run(args);
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());
      CHECK(r.err == "crosscheck: " + path + c.message_after_path + "\n");
    }
  }
}

TEST_CASE("a large GB18030 file and a million mixed line endings are read whole", "[robustness]") {
  TempDir dir;
  const size_t n = 1'000'000 / kScale;
  const std::string text = ShortLines(n).zh;
  std::string mixed;
  mixed.reserve(text.size() + n);
  size_t k = 0;
  for (char c : text) {
    if (c != '\n') {
      mixed += c;
      continue;
    }
    // CR, LF and CRLF in turn; a CR is never followed by a LF of its own.
    static const char* const kEndings[] = {"\r\n", "\n", "\r"};
    mixed += kEndings[k++ % 3];
  }
  for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"gb18030.txt", Gb18030(text)}, {"mixed-endings.txt", mixed}}) {
    CAPTURE(name);
    const std::string path = dir.Write(name, bytes);
    RunResult outline = Run({"outline", path});
    CHECK(outline.exit_code == 0);
    CHECK(outline.err.empty());
    CHECK(outline.out.find(OutlineLines(n, 0, n)) != std::string::npos);
    RunResult extract = Run({"extract", path, "--format", "tsv"});
    CHECK(extract.exit_code == 0);
    CHECK(extract.err.empty());
    CHECK(CountLines(extract.out) == 1 + n);
    // The last figure is on the last line, after "新增".
    CHECK(extract.out.find("\n" + std::to_string(n) + "\t3\t" + std::to_string(n) + "人\t") !=
          std::string::npos);
  }
}

TEST_CASE("the same file on both sides is refused, naming it twice", "[robustness]") {
  TempDir dir;
  const std::string zh = dir.Write("same.zh.txt", ShortLines(1000).zh);
  RunResult r = Run({"compare", zh, zh});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "crosscheck: " + zh + " and " + zh +
                     ": both files are Chinese; expected one Chinese and one English file\n");
}

TEST_CASE("an unreadable file and an unwritable report exit 2 naming the path", "[robustness]") {
  TempDir dir;
  ShapePair p = ShortLines(10'000);
  const std::string zh = dir.Write("lines.zh.txt", p.zh);
  const std::string en = dir.Write("lines.en.txt", p.en);
  const std::string locked = dir.Write("locked.zh.txt", p.zh);
  REQUIRE(::chmod(locked.c_str(), 0) == 0);
  // Root writes and reads whatever the mode: run as nobody instead.
  RunOptions nobody;
  if (::geteuid() == 0) nobody.uid = 65534;
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"outline", locked}, {"extract", locked}, {"compare", locked, en}}) {
    CAPTURE(Joined(args));
    RunResult r = Run(args, nobody);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "crosscheck: " + locked + ": cannot read: Permission denied\n");
  }
  // A directory the user may not write into: the whole comparison runs, then
  // the report has nowhere to go.
  const std::string sealed = dir.File("sealed");
  REQUIRE(::mkdir(sealed.c_str(), 0555) == 0);
  const std::string output = sealed + "/report.json";
  RunResult r = Run({"compare", zh, en, "--format", "json", "--output", output}, nobody);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "crosscheck: " + output + ": cannot write the report: Permission denied\n");
}

}  // namespace
}  // namespace crosscheck::testing
