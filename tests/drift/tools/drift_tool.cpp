// crosscheck_drift: writes the drift injector's mutated copies to a directory.
//
//   crosscheck_drift ZH EN OUTDIR   write OUTDIR/<id>.<side>.txt and OUTDIR/manifest.tsv
//   crosscheck_drift ZH EN          print the manifest only
//
// Each copy changes one side; the manifest names the pair to compare (the
// untouched side is the original file) and the change:
//   id  side  kind  original_lines  mutated_lines  zh_file  en_file  description
// Lines are "first-last" (1-based); a deletion's mutated range is empty and is
// written "gap N". Exit 0 on success, 2 when a file cannot be read or written.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "drift/drift_injector.h"

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

std::string Range(const crosscheck::drift::LineRange& r) {
  if (r.empty()) return "gap " + std::to_string(r.first);
  return std::to_string(r.first) + "-" + std::to_string(r.last);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: crosscheck_drift ZH EN [OUTDIR]\n";
    return 2;
  }
  const std::string zh_path = argv[1], en_path = argv[2];
  std::string zh, en;
  if (!ReadFile(zh_path, &zh) || !ReadFile(en_path, &en)) {
    std::cerr << "crosscheck_drift: cannot read " << (zh.empty() ? zh_path : en_path) << "\n";
    return 2;
  }
  const std::filesystem::path dir = argc == 4 ? argv[3] : "";
  if (!dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
      std::cerr << "crosscheck_drift: cannot create " << dir.string() << ": " << ec.message()
                << "\n";
      return 2;
    }
  }

  std::ostringstream manifest;
  manifest << "id\tside\tkind\toriginal_lines\tmutated_lines\tzh_file\ten_file\tdescription\n";
  for (const crosscheck::drift::Mutation& m : crosscheck::drift::InjectDrift(zh, en)) {
    const bool zh_side = m.side == crosscheck::drift::Side::kZh;
    std::string file = (dir / (m.id + (zh_side ? ".zh.txt" : ".en.txt"))).string();
    if (!dir.empty()) {
      std::ofstream out(file, std::ios::binary);
      out << m.text;
      if (!out) {
        std::cerr << "crosscheck_drift: cannot write " << file << "\n";
        return 2;
      }
    }
    manifest << m.id << '\t' << crosscheck::drift::SideName(m.side) << '\t'
             << crosscheck::drift::KindName(m.kind) << '\t' << Range(m.original) << '\t'
             << Range(m.mutated) << '\t' << (zh_side ? file : zh_path) << '\t'
             << (zh_side ? en_path : file) << '\t' << m.description << '\n';
  }
  if (dir.empty()) {
    std::cout << manifest.str();
    return 0;
  }
  std::ofstream out(dir / "manifest.tsv", std::ios::binary);
  out << manifest.str();
  if (!out) {
    std::cerr << "crosscheck_drift: cannot write " << (dir / "manifest.tsv").string() << "\n";
    return 2;
  }
  return 0;
}
