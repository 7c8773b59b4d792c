// The quality gate of issue 3: extraction by the real binary, scored against
// the gold set (tests/quantity/gold/), must reach per language
// precision ≥ 0.98, recall ≥ 0.97 and value accuracy ≥ 0.97.
// docs/quality.md reports the figures.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "quantity/gold_eval.h"

namespace crosscheck::quantity::gold {
namespace {

constexpr double kMinPrecision = 0.98;
constexpr double kMinRecall = 0.97;
constexpr double kMinValueAccuracy = 0.97;

TEST_CASE("Extraction meets the quality bar on the gold set", "[quality]") {
  std::string root = CROSSCHECK_SOURCE_DIR;
  std::string manifest;
  std::vector<Case> cases;
  REQUIRE(ReadFile(root + "/tests/quantity/gold/manifest.tsv", &manifest).ok());
  REQUIRE(ParseManifest(manifest, &cases).ok());

  std::vector<LanguageResult> results;
  Status status = EvaluateCases(root, cases, BinaryExtractor(CROSSCHECK_BINARY, root), &results);
  CAPTURE(status.message());
  REQUIRE(status.ok());
  REQUIRE(results.size() == 2);
  for (const LanguageResult& r : results) {
    std::string summary = FormatSummary(r.language, r.metrics);
    WARN(summary);
    CAPTURE(summary);
    INFO(r.details);
    CHECK(r.metrics.gold > 0);
    CHECK(r.metrics.Precision() >= kMinPrecision);
    CHECK(r.metrics.Recall() >= kMinRecall);
    CHECK(r.metrics.ValueAccuracy() >= kMinValueAccuracy);
  }
}

}  // namespace
}  // namespace crosscheck::quantity::gold
