// libFuzzer entry point for the parse target (fuzz/targets.h).
#include <cstddef>
#include <cstdint>

#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  crosscheck::fuzz::FuzzParse(data, size);
  return 0;
}
