// GB18030 bytes of UTF-8 text, for tests of encoding detection.
#ifndef CROSSCHECK_TESTS_CLI_GB18030_H_
#define CROSSCHECK_TESTS_CLI_GB18030_H_

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>
#include <string>

namespace crosscheck::testing {

// UTF-8 → GB18030 bytes with ICU's converter.
inline std::string Gb18030(const std::string& utf8) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t size = ucnv_convert("GB18030", "UTF-8", nullptr, 0, utf8.data(),
                              static_cast<int32_t>(utf8.size()), &error);
  std::string bytes(static_cast<size_t>(size), '\0');
  error = U_ZERO_ERROR;
  ucnv_convert("GB18030", "UTF-8", bytes.data(), size, utf8.data(),
               static_cast<int32_t>(utf8.size()), &error);
  REQUIRE(U_SUCCESS(error));
  return bytes;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_CLI_GB18030_H_
