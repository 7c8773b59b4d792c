// A scratch directory for the tests of the command line, removed with
// everything in it when the object goes away.
#ifndef CROSSCHECK_TESTS_CLI_TEMP_DIR_H_
#define CROSSCHECK_TESTS_CLI_TEMP_DIR_H_

#include <string>
#include <string_view>

namespace crosscheck::testing {

class TempDir {
 public:
  // Creates a fresh directory under the system's temporary directory, with
  // mode 0755 so that a child running as another user can traverse it.
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // path() + "/" + name.
  std::string File(std::string_view name) const;
  // Writes `bytes` to File(name), replacing it; returns its path.
  std::string Write(std::string_view name, std::string_view bytes) const;

 private:
  std::string path_;
};

// The whole content of `path`, or an empty string when it cannot be read.
std::string ReadFileBytes(const std::string& path);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_CLI_TEMP_DIR_H_
