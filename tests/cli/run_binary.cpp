#include "cli/run_binary.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace crosscheck::testing {
namespace {

void CloseIfOpen(int* fd) {
  if (*fd >= 0) ::close(*fd);
  *fd = -1;
}

}  // namespace

RunResult RunBinary(const std::vector<std::string>& args, const RunOptions& options) {
  RunResult result;
  // A child that exits before reading its input must not kill the test run.
  std::signal(SIGPIPE, SIG_IGN);
  int in[2], out[2], err[2];
  if (::pipe(in) != 0 || ::pipe(out) != 0 || ::pipe(err) != 0) {
    result.err = std::string("pipe: ") + std::strerror(errno);
    return result;
  }
  if (options.terminal) {
    // The terminal replaces the output pipe: out[0] the master, out[1] the
    // child's side.
    ::close(out[0]);
    ::close(out[1]);
    out[0] = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (out[0] < 0 || ::grantpt(out[0]) != 0 || ::unlockpt(out[0]) != 0 ||
        (out[1] = ::open(::ptsname(out[0]), O_RDWR | O_NOCTTY)) < 0) {
      result.err = std::string("pseudo-terminal: ") + std::strerror(errno);
      return result;
    }
  }
  std::vector<std::string> argv_strings;
  argv_strings.push_back(options.binary);
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  pid_t pid = ::fork();
  if (pid < 0) {
    result.err = std::string("fork: ") + std::strerror(errno);
    return result;
  }
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) ::close(fd);
    if (!options.working_directory.empty() && ::chdir(options.working_directory.c_str()) != 0) {
      ::_exit(127);
    }
    for (const auto& [name, value] : options.environment) {
      if (value) {
        ::setenv(name.c_str(), value->c_str(), 1);
      } else {
        ::unsetenv(name.c_str());
      }
    }
    if (options.uid) {
      // Groups first: once the user is dropped, they can no longer be changed.
      if (::setgroups(0, nullptr) != 0 || ::setgid(static_cast<gid_t>(*options.uid)) != 0 ||
          ::setuid(*options.uid) != 0) {
        ::_exit(127);
      }
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  int write_fd = in[1];
  if (options.input.empty()) CloseIfOpen(&write_fd);
  int read_out = out[0], read_err = err[0];
  size_t written = 0;
  char buffer[65536];
  while (read_out >= 0 || read_err >= 0) {
    pollfd fds[3];
    int n = 0;
    if (read_out >= 0) fds[n++] = {read_out, POLLIN, 0};
    if (read_err >= 0) fds[n++] = {read_err, POLLIN, 0};
    if (write_fd >= 0) fds[n++] = {write_fd, POLLOUT, 0};
    if (::poll(fds, n, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int k = 0; k < n; ++k) {
      if (fds[k].revents == 0) continue;
      if (fds[k].fd == write_fd) {
        ssize_t w =
            ::write(write_fd, options.input.data() + written, options.input.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        if (w < 0 || written == options.input.size()) CloseIfOpen(&write_fd);
        continue;
      }
      ssize_t r = ::read(fds[k].fd, buffer, sizeof buffer);
      if (r > 0) {
        (fds[k].fd == read_out ? result.out : result.err).append(buffer, static_cast<size_t>(r));
      } else if (r == 0 || errno != EINTR) {
        CloseIfOpen(fds[k].fd == read_out ? &read_out : &read_err);
      }
    }
  }
  CloseIfOpen(&write_fd);
  int status = 0;
  struct rusage usage {};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  result.peak_kb = usage.ru_maxrss;
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.exit_code = 128 + WTERMSIG(status);
  }
  return result;
}

}  // namespace crosscheck::testing
