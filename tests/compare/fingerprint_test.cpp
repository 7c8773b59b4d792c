#include "compare/fingerprint.h"

#include <catch2/catch.hpp>

namespace crosscheck::compare {
namespace {

Finding Sample() {
  Finding f;
  f.rule = "number.value";
  f.zh_section = "1";
  f.en_section = "1";
  f.zh = Location{40, 12, "1135.24万人", "count:11352400:person:人数从1135.24万人增加到"};
  f.en = Location{51, 88, "11.85 million", "count:11850000::from 11.85 million to"};
  return f;
}

}  // namespace

TEST_CASE("Fingerprints ignore places and follow content", "[compare][fingerprint]") {
  const std::string base = Fingerprint(Sample());
  CHECK(base.size() == 16);
  CHECK(base.find_first_not_of("0123456789abcdef") == std::string::npos);

  Finding moved = Sample();
  moved.zh->line = 90;
  moved.en->line = 120;
  moved.en->column = 3;
  moved.message = "reworded";
  CHECK(Fingerprint(moved) == base);

  struct Case {
    std::string name;
    void (*change)(Finding*);
  };
  const Case changes[] = {
      {"rule", [](Finding* f) { f->rule = "number.magnitude"; }},
      {"section", [](Finding* f) { f->en_section = "2"; }},
      {"figure", [](Finding* f) { f->en->key = "count:11860000::from 11.86 million to"; }},
      {"one side gone", [](Finding* f) { f->en.reset(); }},
      {"keys shifted between sides",
       [](Finding* f) {
         f->zh->key += f->en->key.substr(0, 5);
         f->en->key.erase(0, 5);
       }},
  };
  for (const Case& c : changes) {
    CAPTURE(c.name);
    Finding f = Sample();
    c.change(&f);
    CHECK(Fingerprint(f) != base);
  }
}

}  // namespace crosscheck::compare
