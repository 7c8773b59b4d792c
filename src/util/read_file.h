// Reading a whole input file, with one-line errors that name it.
#ifndef CROSSCHECK_UTIL_READ_FILE_H_
#define CROSSCHECK_UTIL_READ_FILE_H_

#include <string>

#include "util/status.h"

namespace crosscheck {

// Reads `path` into *bytes. Fails with NotFound ("PATH: no such file"),
// IoError ("PATH: is a directory, expected a file", "PATH: cannot read: …",
// "PATH: read failed: …").
Status ReadFile(const std::string& path, std::string* bytes);

}  // namespace crosscheck

#endif  // CROSSCHECK_UTIL_READ_FILE_H_
