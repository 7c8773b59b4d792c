// Running the crosscheck binary from a test and capturing what it prints.
#ifndef CROSSCHECK_TESTS_DRIFT_RUN_BINARY_H_
#define CROSSCHECK_TESTS_DRIFT_RUN_BINARY_H_

#include <string>
#include <vector>

namespace crosscheck::drift {

struct RunResult {
  bool started = false;  // false when the process could not be created
  int exit_code = -1;    // the exit status; 128 + signal when killed by one
  std::string out;       // everything written to stdout
  std::string err;       // everything written to stderr
};

// Runs `program` with `args` (argv[1..]), no shell, stdin closed, and waits
// for it. Both output streams are read as they come, so a large report does
// not block the child.
RunResult RunBinary(const std::string& program, const std::vector<std::string>& args);

}  // namespace crosscheck::drift

#endif  // CROSSCHECK_TESTS_DRIFT_RUN_BINARY_H_
