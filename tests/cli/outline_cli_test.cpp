// `crosscheck outline` through the real binary: help, bad flags and bad
// input files give the exit codes and one-line messages of docs/cli.md.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cli/run_binary.h"

namespace crosscheck::testing {
namespace {

const std::string kSourceDir = CROSSCHECK_SOURCE_DIR;

size_t LineCount(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

TEST_CASE("outline --help describes the command and exits 0", "[cli][outline]") {
  RunResult r = RunBinary({"outline", "--help"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("outline") != std::string::npos);
  CHECK(r.out.find("--format") != std::string::npos);
  CHECK(r.err.empty());
}

TEST_CASE("outline prints text and JSON for a corpus file", "[cli][outline]") {
  RunOptions options;
  options.working_directory = kSourceDir;
  RunResult text = RunBinary({"outline", "corpus/labor-rights-2020.en.txt"}, options);
  CHECK(text.exit_code == 0);
  CHECK(text.err.empty());
  CHECK(text.out.rfind("corpus/labor-rights-2020.en.txt (en)\n", 0) == 0);
  RunResult json =
      RunBinary({"outline", "corpus/labor-rights-2020.en.txt", "--format", "json"}, options);
  CHECK(json.exit_code == 0);
  CHECK(json.out.rfind("{\n  \"schema\": \"crosscheck.outline/1\",\n", 0) == 0);
}

TEST_CASE("outline refuses bad flags and bad files with exit 2 and one line", "[cli][outline]") {
  struct Case {
    std::vector<std::string> args;
    std::string expected;  // a part of the first line of stderr
  };
  const std::string dir = kSourceDir + "/corpus";
  const std::string missing = kSourceDir + "/corpus/no-such-file.txt";
  const std::vector<Case> cases = {
      {{"outline", "--frobnicate", dir + "/labor-rights-2020.en.txt"}, "--frobnicate"},
      {{"outline", dir + "/labor-rights-2020.en.txt", "--format", "xml"}, "xml"},
      {{"outline", missing}, missing + ": no such file"},
      {{"outline", dir}, dir + ": is a directory"},
  };
  for (const Case& c : cases) {
    std::string joined;
    for (const std::string& a : c.args) joined += a + " ";
    CAPTURE(joined);
    RunResult r = RunBinary(c.args);
    CAPTURE(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("crosscheck: ", 0) == 0);
    std::string first_line = r.err.substr(0, r.err.find('\n'));
    CHECK(first_line.find(c.expected) != std::string::npos);
  }
}

TEST_CASE("outline errors on a missing file are exactly one line", "[cli][outline]") {
  RunResult r = RunBinary({"outline", "/nonexistent/dir/file.txt"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "crosscheck: /nonexistent/dir/file.txt: no such file\n");
  CHECK(LineCount(r.err) == 1);
}

}  // namespace
}  // namespace crosscheck::testing
