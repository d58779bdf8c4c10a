// Writes the benchmark corpus (bench/page_generator.h) to a folder, for
// bench/compare_python.py and the extract CLI:
//
//   gen_pages --out /tmp/pages [--pages 1000] [--seed 20220802] [--bytes 100000]
//
// Recognised (SharePoint BanTin) pages go to OUT/bantin/, the others to
// OUT/generic/. Same options, same bytes.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "page_generator.h"

int main(int argc, char** argv) {
  vnextract_bench::CorpusOptions options;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    if (value == nullptr) {
      std::cerr << "gen_pages: " << arg << " needs a value\n";
      return 2;
    }
    if (arg == "--out") {
      out = value;
    } else if (arg == "--pages") {
      options.pages = std::strtoull(value, nullptr, 10);
    } else if (arg == "--seed") {
      options.seed = std::strtoull(value, nullptr, 10);
    } else if (arg == "--bytes") {
      options.target_bytes = std::strtoull(value, nullptr, 10);
    } else {
      std::cerr << "usage: gen_pages --out DIR [--pages N] [--seed S] [--bytes B]\n";
      return 2;
    }
    ++i;
  }
  if (out.empty()) {
    std::cerr << "usage: gen_pages --out DIR [--pages N] [--seed S] [--bytes B]\n";
    return 2;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const char* sub : {"bantin", "generic"}) {
    fs::create_directories(fs::path(out) / sub, ec);
    if (ec) {
      std::cerr << "gen_pages: cannot create " << (fs::path(out) / sub) << ": " << ec.message()
                << "\n";
      return 1;
    }
  }
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < options.pages; ++i) {
    const vnextract_bench::GeneratedPage page = vnextract_bench::GeneratePage(options, i);
    const fs::path path = fs::path(out) /
                          (vnextract_bench::IsRecognised(page.kind) ? "bantin" : "generic") /
                          page.name;
    std::ofstream file(path, std::ios::binary);
    file.write(page.html.data(), static_cast<std::streamsize>(page.html.size()));
    if (!file) {
      std::cerr << "gen_pages: cannot write " << path << ": " << std::strerror(errno) << "\n";
      return 1;
    }
    bytes += page.html.size();
  }
  std::cout << "gen_pages: " << options.pages << " pages, " << bytes << " bytes in " << out << "\n";
  return 0;
}
