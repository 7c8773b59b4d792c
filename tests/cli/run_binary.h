// Runs the crosscheck executable for the tests of the command line: its
// exit code and everything it wrote, as the user would see it.
#ifndef CROSSCHECK_TESTS_CLI_RUN_BINARY_H_
#define CROSSCHECK_TESTS_CLI_RUN_BINARY_H_

#include <sys/types.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace crosscheck::testing {

struct RunResult {
  int exit_code = -1;  // 128 + signal number when the process was killed by a signal
  std::string out;     // standard output
  std::string err;     // standard error
  long peak_kb = 0;    // the process's peak resident memory (getrusage's ru_maxrss)
};

struct RunOptions {
  std::string binary = CROSSCHECK_BINARY;
  std::string working_directory;  // empty: the current one
  std::string input;              // written to the process's standard input
  // Set (name, value) or, with no value, removed from the child's environment.
  std::vector<std::pair<std::string, std::optional<std::string>>> environment;
  // When set, the child drops to this user (and the group of the same number)
  // before exec; the test process must be root. Used to test unreadable files,
  // which root can read whatever their mode.
  std::optional<uid_t> uid;
  // When true, standard output is a terminal (a pseudo-terminal whose output
  // lands in `out`, with the terminal's CRLF line ends) instead of a pipe.
  bool terminal = false;
};

// Runs `binary args...` (no shell) and waits for it. Returns exit_code -1
// with a message in `err` when the process cannot be started; exit code 127
// when exec, chdir or dropping to `uid` failed in the child.
RunResult RunBinary(const std::vector<std::string>& args, const RunOptions& options = {});

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_CLI_RUN_BINARY_H_
