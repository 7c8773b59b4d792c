// Runs the crosscheck executable for the tests of the command line: its
// exit code and everything it wrote, as the user would see it.
#ifndef CROSSCHECK_TESTS_CLI_RUN_BINARY_H_
#define CROSSCHECK_TESTS_CLI_RUN_BINARY_H_

#include <string>
#include <vector>

namespace crosscheck::testing {

struct RunResult {
  int exit_code = -1;  // 128 + signal number when the process was killed by a signal
  std::string out;     // standard output
  std::string err;     // standard error
};

struct RunOptions {
  std::string binary = CROSSCHECK_BINARY;
  std::string working_directory;  // empty: the current one
  std::string input;              // written to the process's standard input
};

// Runs `binary args...` (no shell) and waits for it. Returns exit_code -1
// with a message in `err` when the process cannot be started.
RunResult RunBinary(const std::vector<std::string>& args, const RunOptions& options = {});

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_CLI_RUN_BINARY_H_
