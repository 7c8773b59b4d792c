// libFuzzer entry point for the decode target (fuzz/targets.h).
#include <cstddef>
#include <cstdint>

#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  crosscheck::fuzz::FuzzDecode(data, size);
  return 0;
}
