// Bad input and bad flags through the real binary (docs/cli.md): every file
// crosscheck cannot read is refused with exit 2 and exactly one line on
// standard error that starts with "crosscheck: " and names the file; every
// encoding crosscheck accepts gives the same figures at the same places.
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/gb18030.h"
#include "cli/run_binary.h"
#include "cli/temp_dir.h"

namespace crosscheck::testing {
namespace {

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;

// 25 bytes on line 1; line 2 starts with 12 Chinese characters (36 bytes),
// full-width digits among them, before the first Arabic figure.
const std::string kZhText =
    "新疆劳动就业报告\n"
    "２０１９年，城镇新增就业1135.24万人，增长3.5%。\n"
    "\n"
    "农村富余劳动力转移就业276.3万人次。\n";
const std::string kEnText =
    "Employment in Xinjiang\n"
    "In 2019, 11.35 million new urban jobs were created, up 3.5 percent.\n"
    "\n"
    "Surplus rural labor transfers reached 2.76 million person-times.\n";

const std::string kUtf8Hint =
    "; expected UTF-8, UTF-16 with a byte-order mark or GB18030 (see --encoding)";
const std::string kBinaryHint =
    "; if it is UTF-16 text without a byte-order mark, pass --encoding utf-16le or utf-16be";

std::string Joined(const std::vector<std::string>& args) {
  std::string s;
  for (const std::string& a : args) s += (s.empty() ? "" : " ") + a;
  return s;
}

// UTF-8 → UTF-16LE bytes, without a byte-order mark.
std::string Utf16Le(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string bytes;
  for (int32_t i = 0; i < u.length(); ++i) {
    char16_t c = u.charAt(i);
    bytes += static_cast<char>(c & 0xFF);
    bytes += static_cast<char>(c >> 8);
  }
  return bytes;
}


// The text with its line endings replaced one by one by `endings` (cycled).
std::string WithLineEndings(const std::string& text, const std::vector<std::string>& endings) {
  std::string out;
  size_t k = 0;
  for (char c : text) {
    if (c == '\n') {
      out += endings[k++ % endings.size()];
    } else {
      out += c;
    }
  }
  return out;
}

// Exit 2, nothing on standard output, and exactly `line` plus a newline on
// standard error.
void CheckRefused(const RunResult& r, const std::string& line) {
  CAPTURE(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == line + "\n");
}

// The command lines that read one file, `bad`, next to good partners.
std::vector<std::vector<std::string>> CommandsReading(const std::string& bad,
                                                      const std::string& good_zh,
                                                      const std::string& good_en) {
  return {
      {"outline", bad},          {"extract", bad},        {"compare", bad, good_en},
      {"compare", good_zh, bad}, {"align", bad, good_en},
  };
}

TEST_CASE("unreadable, undecodable and binary files exit 2 with one line naming the file",
          "[cli][bad-input]") {
  TempDir dir;
  const std::string zh = dir.Write("good.zh.txt", kZhText);
  const std::string en = dir.Write("good.en.txt", kEnText);
  const std::string line2_start = "新疆劳动就业报告\n２０１９年，城镇新增就业";
  REQUIRE(line2_start.size() == 61);

  struct Case {
    std::string name;
    std::string bytes;  // written to dir/name; unused when `path` is set
    std::string path;   // an existing or missing path to use as is
    std::string message_after_path;
  };
  const std::string missing = dir.File("no-such-file.txt");
  const std::vector<Case> cases = {
      {"missing", "", missing, ": no such file"},
      {"missing-dir", "", dir.File("no-dir/file.txt"), ": no such file"},
      {"directory", "", dir.path(), ": is a directory, expected a file"},
      {"binary.zip", std::string("PK\x03\x04\x14\x00\x00\x00", 8) + "word/document.xml", "",
       ": binary file (NUL byte at offset 5)" + kBinaryHint},
      {"bad-start.txt", "\xff" + kZhText, "",
       ":1:1: invalid UTF-8 (byte 0xff at offset 0)" + kUtf8Hint},
      {"bad-middle.txt", line2_start + "\xff" + kZhText.substr(line2_start.size()), "",
       ":2:13: invalid UTF-8 (byte 0xff at offset 61)" + kUtf8Hint},
      {"bad-lead-byte.txt", line2_start + "\xe5\x8f" + kZhText.substr(line2_start.size()), "",
       ":2:13: invalid UTF-8 (byte 0xe5 at offset 61)" + kUtf8Hint},
      {"truncated.txt", kZhText + "\xe4\xb8", "",
       ":5:1: invalid UTF-8 (byte 0xe4 at offset " + std::to_string(kZhText.size()) +
           ", sequence cut off at end of file)" + kUtf8Hint},
      {"utf16-no-bom.zh.txt", Utf16Le(kZhText), "",
       ": binary file (NUL byte at offset 17)" + kBinaryHint},
      {"utf16-no-bom.en.txt", Utf16Le(kEnText), "",
       ": binary file (NUL byte at offset 1)" + kBinaryHint},
      {"empty.txt", "", "", ": empty file; expected Chinese or English text"},
      {"bom-only.txt", "\xef\xbb\xbf", "", ": empty file; expected Chinese or English text"},
      {"blank.txt", " \n\t\n\r\n\u3000\n", "",
       ": no Chinese or English text found; pass --lang zh or --lang en if this is intended"},
      {"numbers.txt", "2020 / 3.5%\n- 3 -\n", "",
       ": no Chinese or English text found; pass --lang zh or --lang en if this is intended"},
  };
  for (const Case& c : cases) {
    std::string path = c.path.empty() ? dir.Write(c.name, c.bytes) : c.path;
    for (const std::vector<std::string>& args : CommandsReading(path, zh, en)) {
      CAPTURE(c.name, Joined(args));
      CheckRefused(RunBinary(args), "crosscheck: " + path + c.message_after_path);
    }
  }
}

TEST_CASE("a file the user may not read exits 2 with one line naming the file",
          "[cli][bad-input]") {
  TempDir dir;
  const std::string zh = dir.Write("good.zh.txt", kZhText);
  const std::string en = dir.Write("good.en.txt", kEnText);
  const std::string locked = dir.Write("locked.zh.txt", kZhText);
  REQUIRE(::chmod(locked.c_str(), 0) == 0);
  RunOptions options;
  // Root reads a file whatever its mode: run the binary as nobody instead.
  if (::geteuid() == 0) options.uid = 65534;
  for (const std::vector<std::string>& args : CommandsReading(locked, zh, en)) {
    CAPTURE(Joined(args));
    CheckRefused(RunBinary(args, options),
                 "crosscheck: " + locked + ": cannot read: Permission denied");
  }
  // The same user reads the partners: the refusal is about that one file.
  RunResult readable = RunBinary({"extract", zh}, options);
  CHECK(readable.exit_code == 0);
  CHECK(readable.err.empty());
}

TEST_CASE("every accepted encoding and line ending gives the same figures at the same places",
          "[cli][bad-input][encoding]") {
  TempDir dir;
  struct Variant {
    std::string name;
    std::string bytes;
    std::vector<std::string> flags;
  };
  for (const std::string& text : {kZhText, kEnText}) {
    const bool zh = text == kZhText;
    CAPTURE(zh);
    const std::string plain = dir.Write("plain.txt", text);
    RunResult expected = RunBinary({"extract", plain, "--format", "tsv"});
    REQUIRE(expected.exit_code == 0);
    REQUIRE(expected.err.empty());
    // The baseline itself reads the figure after the full-width digits at
    // the right column, so equal output below means equal positions.
    CHECK(expected.out.find(zh ? "\n2\t13\t1135.24万人\tcount\t11352400\t"
                               : "\n2\t10\t11.35 million ") != std::string::npos);
    CHECK(expected.out.find(zh ? "\n4\t12\t276.3万人次\t" : "\n4\t39\t2.76 million ") !=
          std::string::npos);

    std::vector<Variant> variants = {
        {"utf8-bom", "\xef\xbb\xbf" + text, {}},
        {"utf16le-bom", "\xff\xfe" + Utf16Le(text), {}},
        {"utf16le-no-bom", Utf16Le(text), {"--encoding", "utf-16le"}},
        {"crlf", WithLineEndings(text, {"\r\n"}), {}},
        {"cr", WithLineEndings(text, {"\r"}), {}},
        // A CR is never followed by the LF of an empty line here, which
        // would make one CRLF of two endings.
        {"mixed", WithLineEndings(text, {"\r\n", "\r", "\r", "\n"}), {}},
        {"utf8-bom-crlf", "\xef\xbb\xbf" + WithLineEndings(text, {"\r\n"}), {}},
    };
    if (zh) {
      variants.push_back({"gb18030", Gb18030(text), {}});
      variants.push_back({"gb18030-forced", Gb18030(text), {"--encoding", "gbk"}});
      variants.push_back({"gb18030-crlf", Gb18030(WithLineEndings(text, {"\r\n"})), {}});
    }
    for (const Variant& v : variants) {
      CAPTURE(v.name);
      std::string path = dir.Write(v.name + ".txt", v.bytes);
      std::vector<std::string> args = {"extract", path, "--format", "tsv"};
      args.insert(args.end(), v.flags.begin(), v.flags.end());
      RunResult r = RunBinary(args);
      CHECK(r.exit_code == 0);
      CHECK(r.err.empty());
      CHECK(r.out == expected.out);
    }
  }
}

TEST_CASE("a Chinese GB18030 file is read as GB18030, not reported as bad UTF-8",
          "[cli][bad-input][encoding]") {
  TempDir dir;
  const std::string zh = dir.Write("gbk.zh.txt", Gb18030(kZhText));
  const std::string en = dir.Write("plain.en.txt", kEnText);
  RunResult r = RunBinary({"compare", zh, en, "--format", "json", "--fail-on", "never"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("\"zh\": \"" + zh + "\"") != std::string::npos);
  // Forced as UTF-8, the same bytes are refused where the first GBK byte is.
  RunResult forced = RunBinary({"extract", zh, "--encoding", "utf-8"});
  CheckRefused(forced,
               "crosscheck: " + zh + ":1:1: invalid UTF-8 (byte 0xd0 at offset 0)" + kUtf8Hint);
}

TEST_CASE("an empty file is accepted when its language is given", "[cli][bad-input]") {
  TempDir dir;
  const std::string empty = dir.Write("empty.txt", "");
  RunResult r = RunBinary({"extract", empty, "--lang", "zh", "--format", "tsv"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "line\tcolumn\ttext\tkind\tvalue\tlow\thigh\tunit\thedge\tscale\n");
}

TEST_CASE("compare and align need one Chinese and one English file", "[cli][bad-input]") {
  TempDir dir;
  const std::string zh = dir.Write("a.zh.txt", kZhText);
  const std::string zh2 = dir.Write("b.zh.txt", kZhText);
  const std::string en = dir.Write("a.en.txt", kEnText);
  const std::string en2 = dir.Write("b.en.txt", kEnText);
  for (const std::string command : {"compare", "align"}) {
    CAPTURE(command);
    CheckRefused(RunBinary({command, zh, zh2}),
                 "crosscheck: " + zh + " and " + zh2 +
                     ": both files are Chinese; expected one Chinese and one English file");
    CheckRefused(RunBinary({command, en, en2}),
                 "crosscheck: " + en + " and " + en2 +
                     ": both files are English; expected one Chinese and one English file");
  }
}

TEST_CASE("compare takes the two files in either order and says so", "[cli][bad-input]") {
  TempDir dir;
  const std::string zh = dir.Write("a.zh.txt", kZhText);
  const std::string en = dir.Write("a.en.txt", kEnText);
  RunResult straight = RunBinary({"compare", zh, en, "--format", "json", "--fail-on", "never"});
  RunResult swapped = RunBinary({"compare", en, zh, "--format", "json", "--fail-on", "never"});
  REQUIRE(straight.exit_code == 0);
  REQUIRE(swapped.exit_code == 0);
  CHECK(straight.err.empty());
  CHECK(swapped.err.empty());
  CHECK(straight.out.find("\n  \"swapped\": false,\n") != std::string::npos);
  CHECK(swapped.out.find("\n  \"swapped\": true,\n") != std::string::npos);
  // Apart from that flag the reports are the same: files are named by language.
  std::string unswapped = swapped.out;
  unswapped.replace(unswapped.find("\"swapped\": true"), 15, "\"swapped\": false");
  CHECK(unswapped == straight.out);
}

TEST_CASE("an --output that cannot be written exits 2 naming the path", "[cli][bad-input]") {
  TempDir dir;
  const std::string zh = dir.Write("a.zh.txt", kZhText);
  const std::string en = dir.Write("a.en.txt", kEnText);
  const std::vector<std::pair<std::string, std::string>> outputs = {
      {dir.File("no-dir/report.json"), "No such file or directory"},
      {dir.path(), "Is a directory"}};
  for (const std::string command : {"compare", "align"}) {
    for (const auto& [output, reason] : outputs) {
      CAPTURE(command, output);
      RunResult r = RunBinary({command, zh, en, "--output", output});
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());
      CHECK(r.err == "crosscheck: " + output + ": cannot write the report: " + reason + "\n");
    }
  }
}

TEST_CASE("bad flags and values exit 2 with one line naming the flag", "[cli][bad-input]") {
  TempDir dir;
  const std::string zh = dir.Write("a.zh.txt", kZhText);
  const std::string en = dir.Write("a.en.txt", kEnText);
  struct Case {
    std::vector<std::string> args;
    std::string line;
  };
  const std::vector<Case> cases = {
      {{}, "a command is required: outline, extract, compare or align (see 'crosscheck --help')"},
      {{"--frobnicate"},
       "The following argument was not expected: --frobnicate (see 'crosscheck --help')"},
      {{"check"}, "The following argument was not expected: check (see 'crosscheck --help')"},
      {{"outline"}, "file is required (see 'crosscheck outline --help')"},
      {{"compare", zh}, "en is required (see 'crosscheck compare --help')"},
      {{"extract", zh, en},
       "The following argument was not expected: " + en + " (see 'crosscheck extract --help')"},
      {{"compare", zh, en, "--fail-on", "fatal"},
       "--fail-on: fatal not in {error,warning,note,never} (see 'crosscheck compare --help')"},
      {{"compare", zh, en, "--fail-on"},
       "--fail-on: 1 required TEXT:{error,warning,note,never} missing (see 'crosscheck compare "
       "--help')"},
      {{"compare", zh, en, "--format", "html"},
       "--format: html not in {text,json,sarif,junit,github} (see 'crosscheck compare --help')"},
      {{"extract", zh, "--format", "csv"},
       "--format: csv not in {text,json,tsv} (see 'crosscheck extract --help')"},
      {{"outline", zh, "--format", "tsv"},
       "--format: tsv not in {text,json} (see 'crosscheck outline --help')"},
      {{"align", zh, en, "--format", "tsv"},
       "--format: tsv not in {text,json} (see 'crosscheck align --help')"},
      {{"extract", zh, "--lang", "fr"},
       "--lang: fr not in {zh,en,auto} (see 'crosscheck extract --help')"},
      {{"extract", zh, "--encoding", "latin1"},
       "--encoding: unknown encoding 'latin1'; expected auto, utf-8, utf-16le, utf-16be or "
       "gb18030 (see 'crosscheck extract --help')"},
  };
  for (const Case& c : cases) {
    CAPTURE(Joined(c.args));
    CheckRefused(RunBinary(c.args), "crosscheck: " + c.line);
  }
}

TEST_CASE("version and help flags exit 0 on standard output", "[cli]") {
  RunResult version = RunBinary({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.err.empty());
  CHECK(version.out == std::string("crosscheck ") + CROSSCHECK_VERSION + "\n");

  RunResult help = RunBinary({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.err.empty());
  for (const std::string command : {"outline", "extract", "compare", "align"}) {
    CAPTURE(command);
    CHECK(help.out.find("\n  " + command + " ") != std::string::npos);
    RunResult sub = RunBinary({command, "--help"});
    CHECK(sub.exit_code == 0);
    CHECK(sub.err.empty());
    CHECK(sub.out.find("--format") != std::string::npos);
    CHECK(sub.out.find("--encoding") != std::string::npos);
  }
}

}  // namespace
}  // namespace crosscheck::testing
