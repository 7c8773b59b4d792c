// Counts the user-space instructions this thread retires, through Linux's
// perf_event_open. Unlike time, the count barely moves when the machine is
// busy, so a test can hold an algorithm to a tight growth bound without
// flaking: cache misses and page faults cost time but not instructions.
//
// Shared by the linear-growth guard (linear_time_test.cpp) and the
// robustness benchmark (bench/robustness_bench.cpp), which reports the count
// beside the time.
#ifndef CROSSCHECK_TESTS_ROBUSTNESS_INSTRUCTION_COUNTER_H_
#define CROSSCHECK_TESTS_ROBUSTNESS_INSTRUCTION_COUNTER_H_

#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

namespace crosscheck::testing {

class InstructionCounter {
 public:
  // Opens the counter; available() says whether that worked. It fails where
  // the kernel forbids it (kernel.perf_event_paranoid 3 and above, some
  // containers) or the CPU is virtualised without a PMU; error() says why.
  InstructionCounter() {
    perf_event_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.type = PERF_TYPE_HARDWARE;
    attr.size = sizeof attr;
    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
    attr.disabled = 1;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    fd_ = static_cast<int>(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
    if (fd_ < 0) error_ = std::string("perf_event_open: ") + std::strerror(errno);
  }
  ~InstructionCounter() {
    if (fd_ >= 0) close(fd_);
  }
  InstructionCounter(const InstructionCounter&) = delete;
  InstructionCounter& operator=(const InstructionCounter&) = delete;

  bool available() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

  // Instructions retired while `work` runs; 0 when the counter is not
  // available or cannot be read.
  template <typename Work>
  uint64_t Count(Work&& work) {
    if (fd_ < 0) {
      work();
      return 0;
    }
    ioctl(fd_, PERF_EVENT_IOC_RESET, 0);
    ioctl(fd_, PERF_EVENT_IOC_ENABLE, 0);
    work();
    ioctl(fd_, PERF_EVENT_IOC_DISABLE, 0);
    uint64_t count = 0;
    if (read(fd_, &count, sizeof count) != static_cast<ssize_t>(sizeof count)) return 0;
    return count;
  }

 private:
  int fd_ = -1;
  std::string error_;
};

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_ROBUSTNESS_INSTRUCTION_COUNTER_H_
