#include "util/read_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace crosscheck {

Status ReadFile(const std::string& path, std::string* bytes) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) return Status::IoError(path + ": is a directory, expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  bytes->clear();
  if (S_ISREG(info.st_mode)) bytes->reserve(static_cast<size_t>(info.st_size));
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path + ": read failed: " + std::strerror(errno));
  return Status::Ok();
}

}  // namespace crosscheck
