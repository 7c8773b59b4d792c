#include "document/noise.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace crosscheck::document {
namespace {

TEST_CASE("IsPageMarker", "[document][noise]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"3 / 8", true},      {"3/8", true},          {"- 3 -", true},       {"—3—", true},
      {"– 12 –", true},     {"第 3 页", true},      {"第3页", true},       {"第3页 共8页", true},
      {"Page 3", true},     {"Page 3 of 8", true},  {"page 3 / 8", true},  {"  4 / 8  ", true},
      {"3 / 8 percent", false}, {"1/2 of workers", false}, {"- item", false}, {"第三页", false},
      {"Page three", false}, {"2020", false},       {"", false},           {"第 3 章", false},
  };
  for (const auto& [line, expected] : cases) {
    CAPTURE(line);
    CHECK(IsPageMarker(line) == expected);
  }
}

std::vector<std::optional<NoiseKind>> Noise(const std::vector<std::string>& lines) {
  std::vector<std::string_view> views(lines.begin(), lines.end());
  return FindNoise(views);
}

TEST_CASE("FindNoise removes running titles next to page markers, keeps the title",
          "[document][noise]") {
  const std::vector<std::string> lines = {
      "Title of the Paper", "", "Body text one.", "", "Title of the Paper", "", "3 / 8", "",
      "Body text two.", "", "Title of the Paper", "", "4 / 8", "", "Title of the Paper", "5 / 8"};
  std::vector<std::optional<NoiseKind>> noise = Noise(lines);
  const std::vector<std::optional<NoiseKind>> expected = {
      std::nullopt, std::nullopt, std::nullopt, std::nullopt, NoiseKind::kRunningHeader,
      std::nullopt, NoiseKind::kPageMarker, std::nullopt, std::nullopt, std::nullopt,
      NoiseKind::kRunningHeader, std::nullopt, NoiseKind::kPageMarker, std::nullopt,
      NoiseKind::kRunningHeader, NoiseKind::kPageMarker};
  for (size_t i = 0; i < lines.size(); ++i) {
    CAPTURE(i + 1, lines[i]);
    CHECK(noise[i] == expected[i]);
  }
}

TEST_CASE("FindNoise keeps repeated lines that are content", "[document][noise]") {
  // Repeated labels in a plan ("牵头单位：…") are not next to page markers.
  const std::vector<std::string> lines = {
      "方案", "(一)行动。正文。", "**牵头单位:**自治区人力资源和社会保障厅", "(二)行动。正文。",
      "**牵头单位:**自治区人力资源和社会保障厅", "(三)行动。正文。",
      "**牵头单位:**自治区人力资源和社会保障厅"};
  for (const auto& n : Noise(lines)) CHECK_FALSE(n.has_value());
}

}  // namespace
}  // namespace crosscheck::document
