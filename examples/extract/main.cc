// extract: Vietnamese portal pages in, indicator records out.
//
//   extract [options] FILE...      (FILE may be '-' for standard input)
//
// Exit status: 0 all inputs extracted, 1 some input failed (each failure is
// reported on stderr with the file name and the reason), 2 usage error.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/vnextract.h"

namespace {

constexpr std::string_view kUsage = R"(usage: extract [options] FILE...

Reads Vietnamese government news-portal pages (HTML) or text dumps and prints
every indicator as JSON. FILE may be '-' to read standard input.

options:
  --format json|jsonl      json: pretty JSON (an array for several inputs);
                           jsonl: one document per line      (default: json)
                             e.g. extract --format jsonl a.html b.html
  --input-format html|text how to read the input; default from the file
                           extension (.txt is text, anything else HTML;
                           standard input is HTML)
                             e.g. extract --input-format text dump.txt
  --published YYYY-MM-DD   publication date for text input without one
                             e.g. extract --published 2022-08-02 note.txt
  -h, --help               this help
  --version                print the version

exit status: 0 success, 1 some input failed, 2 usage error
)";

enum class InputFormat { kAuto, kHtml, kText };

int Usage(std::string_view message) {
  std::cerr << "extract: " << message << "\n"
            << "Try 'extract --help' for more information.\n";
  return 2;
}

bool ReadAll(const std::string& path, std::string* out, std::string* error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = std::move(ss).str();
    if (std::cin.bad()) {
      *error = "cannot read standard input";
      return false;
    }
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open file (missing or not readable)";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  *out = std::move(ss).str();
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

int main(int argc, char** argv) {
  std::string format = "json";
  InputFormat input_format = InputFormat::kAuto;
  std::optional<vnextract::Date> published;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string_view name) -> std::optional<std::string> {
      const std::string prefix = std::string(name) + "=";
      if (arg.substr(0, prefix.size()) == prefix) return std::string(arg.substr(prefix.size()));
      if (arg == name && i + 1 < argc) return std::string(argv[++i]);
      return std::nullopt;
    };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (arg == "--version") {
      std::cout << "extract (vnextract) " << vnextract::kVersion << "\n";
      return 0;
    }
    if (arg.substr(0, 8) == "--format") {
      auto v = value("--format");
      if (!v || (*v != "json" && *v != "jsonl")) return Usage("--format takes json or jsonl");
      format = *v;
    } else if (arg.substr(0, 14) == "--input-format") {
      auto v = value("--input-format");
      if (!v || (*v != "html" && *v != "text")) return Usage("--input-format takes html or text");
      input_format = *v == "html" ? InputFormat::kHtml : InputFormat::kText;
    } else if (arg.substr(0, 11) == "--published") {
      auto v = value("--published");
      if (!v) return Usage("--published takes a date YYYY-MM-DD");
      published = vnextract::Date::Parse(*v);
      if (!published) return Usage("--published: '" + *v + "' is not a date YYYY-MM-DD");
    } else if (arg.size() > 1 && arg[0] == '-') {
      return Usage("unknown option '" + std::string(arg) + "'");
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty()) return Usage("no input file (give a FILE, or '-' for standard input)");

  auto extractor = vnextract::Extractor::Create();
  if (!extractor.ok()) {
    std::cerr << "extract: " << extractor.status().ToString() << "\n";
    return 1;
  }
  int failures = 0;
  std::size_t indicators = 0;
  bool first = true;
  const bool array = format == "json" && files.size() > 1;
  if (array) std::cout << "[\n";
  for (const std::string& path : files) {
    std::string data, error;
    if (!ReadAll(path, &data, &error)) {
      std::cerr << "extract: " << path << ": " << error << "\n";
      ++failures;
      continue;
    }
    const bool text = input_format == InputFormat::kText ||
                      (input_format == InputFormat::kAuto && EndsWith(path, ".txt"));
    auto doc =
        text ? extractor->ExtractText(data, path, published) : extractor->ExtractHtml(data, path);
    if (!doc.ok()) {
      std::cerr << "extract: " << path << ": " << doc.status().ToString() << "\n";
      ++failures;
      continue;
    }
    indicators += doc->indicators.size();
    if (format == "jsonl") {
      std::cout << vnextract::ToJson(*doc) << "\n";
    } else {
      if (array && !first) std::cout << ",\n";
      std::cout << vnextract::ToPrettyJson(*doc) << (array ? "" : "\n");
    }
    first = false;
  }
  if (array) std::cout << "\n]\n";
  std::cout.flush();
  if (failures > 0) {
    std::cerr << "extract: " << files.size() << " inputs, " << failures << " failed, " << indicators
              << " indicators\n";
    return 1;
  }
  return 0;
}
