// Status: the outcome of an operation that can fail to do its job.
//
// crosscheck keeps two things apart. A *finding* is a disagreement between the
// two documents; it is data and never a Status. A *Status* says the job could
// not be done at all: a file that cannot be read or decoded, a bad flag. The
// command line turns any non-ok Status into exit code 2.
//
// Messages follow `file:line:col: what is wrong, what was expected` where a
// place is known, and are one line.
#ifndef CROSSCHECK_UTIL_STATUS_H_
#define CROSSCHECK_UTIL_STATUS_H_

#include <string>
#include <utility>

namespace crosscheck {

class Status {
 public:
  enum class Code {
    kOk,
    kNotFound,      // a named file does not exist
    kIoError,       // the file exists but cannot be read or written
    kInvalidInput,  // the bytes or text cannot be used (encoding, binary)
    kUsage,         // a flag or argument is wrong
  };

  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status NotFound(std::string message) { return Status(Code::kNotFound, std::move(message)); }
  static Status IoError(std::string message) { return Status(Code::kIoError, std::move(message)); }
  static Status InvalidInput(std::string message) {
    return Status(Code::kInvalidInput, std::move(message));
  }
  static Status Usage(std::string message) { return Status(Code::kUsage, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The one-line message; empty when ok().
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_UTIL_STATUS_H_
