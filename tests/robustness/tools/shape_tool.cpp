// crosscheck_shape: writes one pathological shape of tests/robustness/shapes.h
// as a file pair, for timing the real binary on it (bench/growth.sh).
//
//   crosscheck_shape SHAPE N PREFIX   write PREFIX.zh.txt and PREFIX.en.txt
//
// SHAPE is one of long-line (N bytes), short-lines (N lines), headings,
// nested-list (N lines, depth 100), nested-numbering (N rounds), run-of-yi,
// run-of-digits (N numerals). Exit 0 on success, 2 on a bad argument or a
// file that cannot be written.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "robustness/shapes.h"

namespace {

using crosscheck::testing::ShapePair;

bool Make(const std::string& shape, size_t n, ShapePair* out) {
  using namespace crosscheck::testing;
  if (shape == "long-line") *out = LongLine(n);
  else if (shape == "short-lines") *out = ShortLines(n);
  else if (shape == "headings") *out = Headings(n);
  else if (shape == "nested-list") *out = NestedList(n, 100);
  else if (shape == "nested-numbering") *out = NestedNumbering(n);
  else if (shape == "run-of-yi") *out = {NumeralRun("一", n), "About a hundred people.\n"};
  else if (shape == "run-of-digits") *out = {NumeralRun("1", n), "Many people.\n"};
  else return false;
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
  ShapePair pair;
  if (*argv[2] == '\0' || *end != '\0' || n == 0 || !Make(argv[1], n, &pair)) {
    std::cerr << "crosscheck_shape: unknown shape or bad size: " << argv[1] << " " << argv[2]
              << "\n";
    return 2;
  }
  const std::string prefix = argv[3];
  return Write(prefix + ".zh.txt", pair.zh) && Write(prefix + ".en.txt", pair.en) ? 0 : 2;
}
