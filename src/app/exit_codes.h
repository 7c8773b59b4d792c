// Exit codes: a contract with scripts and CI (docs/cli.md).
#ifndef CROSSCHECK_APP_EXIT_CODES_H_
#define CROSSCHECK_APP_EXIT_CODES_H_

namespace crosscheck::app {

constexpr int kExitOk = 0;        // done; no finding at or above the fail level
constexpr int kExitFindings = 1;  // done; at least one finding at or above the fail level
constexpr int kExitError = 2;     // could not be done: bad flags, unreadable or undecodable input

}  // namespace crosscheck::app

#endif  // CROSSCHECK_APP_EXIT_CODES_H_
