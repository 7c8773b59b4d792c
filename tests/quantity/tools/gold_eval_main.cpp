// crosscheck_gold_eval: scores quantity extraction against the gold set.
//
//   crosscheck_gold_eval --binary build/crosscheck [--root DIR] [--details]
//       runs `crosscheck extract TEXT --format tsv` on every text of the
//       manifest (tests/quantity/gold/manifest.tsv under --root, default the
//       current directory);
//   crosscheck_gold_eval --extracted-dir DIR [--root DIR] [--details]
//       reads the output for TEXT from DIR/<file name of TEXT>.tsv instead
//       (how the Recognizers-Text comparison in tests/quantity/recognizers/ is
//       scored).
// Prints one summary line per language, then with --details every missed,
// spurious and disagreeing item. Exit status 0, or 2 when a file cannot be
// read or parsed or the extractor fails.
#include <cstdio>
#include <string>
#include <vector>

#include "quantity/gold_eval.h"

namespace gold = crosscheck::quantity::gold;

int main(int argc, char** argv) {
  std::string binary, extracted_dir, root = ".";
  bool details = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--details") {
      details = true;
    } else if ((arg == "--binary" || arg == "--extracted-dir" || arg == "--root") && i + 1 < argc) {
      std::string* target = arg == "--binary" ? &binary : arg == "--root" ? &root : &extracted_dir;
      *target = argv[++i];
    } else {
      std::fprintf(stderr, "crosscheck_gold_eval: unexpected argument '%s'\n", arg.c_str());
      return 2;
    }
  }
  if (binary.empty() == extracted_dir.empty()) {
    std::fprintf(stderr,
                 "usage: crosscheck_gold_eval (--binary PATH | --extracted-dir DIR) "
                 "[--root DIR] [--details]\n");
    return 2;
  }
  std::string manifest;
  std::vector<gold::Case> cases;
  crosscheck::Status status = gold::ReadFile(root + "/tests/quantity/gold/manifest.tsv", &manifest);
  if (status.ok()) status = gold::ParseManifest(manifest, &cases);

  gold::ExtractFn extract = gold::BinaryExtractor(binary, root);
  if (!extracted_dir.empty()) {
    extract = [&](const gold::Case& c, std::string* tsv) {
      std::string name = c.text.substr(c.text.find_last_of('/') + 1);
      return gold::ReadFile(extracted_dir + "/" + name + ".tsv", tsv);
    };
  }
  std::vector<gold::LanguageResult> results;
  if (status.ok()) status = gold::EvaluateCases(root, cases, extract, &results);
  if (!status.ok()) {
    std::fprintf(stderr, "crosscheck_gold_eval: %s\n", status.message().c_str());
    return 2;
  }
  for (const gold::LanguageResult& r : results) {
    std::fputs(gold::FormatSummary(r.language, r.metrics).c_str(), stdout);
  }
  if (details) {
    for (const gold::LanguageResult& r : results) std::fputs(r.details.c_str(), stdout);
  }
  return 0;
}
