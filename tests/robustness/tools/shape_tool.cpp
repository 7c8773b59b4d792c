// crosscheck_shape: writes one pathological shape of tests/robustness/shapes.h
// as a file pair, for timing the real binary on it (bench/growth.sh).
//
//   crosscheck_shape SHAPE N PREFIX   write PREFIX.zh.txt and PREFIX.en.txt
//
// SHAPE is one of long-line (N bytes), short-lines (N lines), headings,
// nested-list (N lines, depth 100), nested-numbering (N rounds), run-of-yi,
// run-of-digits (N numerals), or repeated-pair: the corpus's labor-rights
// pair as one long document of N copies (repeated_pair.h). Exit 0 on
// success, 2 on a bad argument or a file that cannot be read or written.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "robustness/repeated_pair.h"
#include "robustness/shapes.h"

namespace {

using crosscheck::testing::ShapePair;

bool Make(const std::string& shape, size_t n, ShapePair* out) {
  using namespace crosscheck::testing;
  if (shape == "repeated-pair") {
    const crosscheck::Status status = RepeatedCorpusPair(CROSSCHECK_SOURCE_DIR, static_cast<int>(n), out);
    if (!status.ok()) std::cerr << "crosscheck_shape: " << status.message() << "\n";
    return status.ok();
  }
  if (shape == "long-line")
    *out = LongLine(n);
  else if (shape == "short-lines")
    *out = ShortLines(n);
  else if (shape == "headings")
    *out = Headings(n);
  else if (shape == "nested-list")
    *out = NestedList(n, 100);
  else if (shape == "nested-numbering")
    *out = NestedNumbering(n);
  else if (shape == "run-of-yi")
    *out = {NumeralRun("一", n), "About a hundred people.\n"};
  else if (shape == "run-of-digits")
    *out = {NumeralRun("1", n), "Many people.\n"};
  else {
    std::cerr << "crosscheck_shape: unknown shape " << shape << "\n";
    return false;
  }
  return true;
}

bool Write(const std::string& path, const std::string& bytes) {
  std::ofstream file(path, std::ios::binary);
  file << bytes;
  file.close();
  if (file) return true;
  std::cerr << "crosscheck_shape: cannot write " << path << "\n";
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: crosscheck_shape SHAPE N PREFIX\n";
    return 2;
  }
  char* end = nullptr;
  const unsigned long long n = std::strtoull(argv[2], &end, 10);
  if (*argv[2] == '\0' || *end != '\0' || n == 0) {
    std::cerr << "crosscheck_shape: bad size " << argv[2] << " (expected a whole number above 0)\n";
    return 2;
  }
  ShapePair pair;
  if (!Make(argv[1], n, &pair)) return 2;
  const std::string prefix = argv[3];
  return Write(prefix + ".zh.txt", pair.zh) && Write(prefix + ".en.txt", pair.en) ? 0 : 2;
}
