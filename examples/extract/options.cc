// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "options.h"

#include <algorithm>
#include <charconv>
#include <thread>

namespace extract {
namespace {

constexpr std::size_t kMaxJobs = 1024;

std::optional<std::size_t> ParseUnsigned(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

}  // namespace

std::size_t DefaultJobs() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

std::optional<std::size_t> ParseByteCount(std::string_view text) {
  std::size_t scale = 1;
  if (!text.empty()) {
    switch (text.back()) {
      case 'k':
      case 'K':
        scale = std::size_t{1} << 10;
        break;
      case 'm':
      case 'M':
        scale = std::size_t{1} << 20;
        break;
      case 'g':
      case 'G':
        scale = std::size_t{1} << 30;
        break;
      default:
        break;
    }
    if (scale != 1) text.remove_suffix(1);
  }
  const std::optional<std::size_t> value = ParseUnsigned(text);
  if (!value || *value == 0) return std::nullopt;
  // Far above any page; keeps 6 * N + 1 MiB (a JSON Lines line) from overflowing.
  constexpr std::size_t kLimit = std::size_t{1} << 40;
  if (*value > kLimit / scale) return std::nullopt;
  return *value * scale;
}

std::string HelpText() {
  return R"(usage: extract [options] INPUT...

Extracts the economic indicators of Vietnamese government news-portal pages
and writes them as JSON, JSON Lines, or CSV with one row per indicator.

INPUT is a file, a folder, or '-' for standard input; give as many as you
like. Folders are read recursively, in sorted order: .html .htm .aspx files as
HTML, .txt as text dumps, .jsonl as JSON Lines; other files are skipped and
counted in the summary (so are links to folders). A file named on the command
line is always read: as HTML unless it ends in .txt or .jsonl.
  e.g. extract --format csv saved-pages/ extra.html > indicators.csv

input options:
  --input-format html|text|jsonl
                      read every input this way instead of by its name
                        e.g. extract --input-format text dumps/
                      jsonl: one JSON object per line, with "html" or "text"
                      (not both) and optionally "id" (a string or integer;
                      becomes the document's source; default: the line
                      number), "url" (checked, not used) and "published"
                      (YYYY-MM-DD; overrides the date on an HTML page or in
                      a text record; for text records it replaces
                      --published). Blank lines are ignored; a
                      malformed line is reported as FILE:LINE and skipped.
                        e.g. crawl | extract --input-format jsonl --format csv -
  --published YYYY-MM-DD
                      publication date of text input (files, standard input,
                      JSON Lines text records without "published"); it
                      overrides a date found in the text, and periods such
                      as "6 tháng đầu năm" resolve against it
                        e.g. extract --published 2022-08-02 note.txt
  --max-input-bytes N reject inputs (a file, or a JSON Lines record's html or
                      text) over N bytes; K, M, G multiply by 1024
                      (default: 16M)
                        e.g. extract --max-input-bytes 2M saved-pages/

output options:
  --format json|jsonl|csv
                      json: pretty JSON, an array unless there is one input
                      file; jsonl: one document per line; csv: one row per
                      indicator (none for a document without indicators)
                      with the columns source, published, title, section,
                      label, value, value_min, value_max, unit, qualifier,
                      period, period_basis, kind, compare_to, surface,
                      concept, area, area_level, restates: UTF-8, RFC 4180
                      quoting, rows end with LF, an empty cell for null;
                      whole numbers up to 1e15 as integers (664000000000),
                      others in the shortest exact form (14.9, 2e+15)
                                                          (default: json)
                        e.g. extract --format jsonl a.html b.html > docs.jsonl
  -o, --output FILE   write to FILE instead of standard output
                        e.g. extract --format csv -o indicators.csv saved-pages/
  --unique            leave out the indicators that restate another (a title
                      or lead figure repeated further down: the indicator's
                      "restates" is set), so that each fact is counted once
                        e.g. extract --unique --format csv saved-pages/ > t.csv
  --bom               begin the CSV with a UTF-8 byte-order mark, so that
                      Excel shows the Vietnamese text right
                        e.g. extract --format csv --bom -o t.csv saved-pages/

other options:
  -j, --jobs N        extract N inputs at a time (default: the number of
                      processors, )" +
         std::to_string(DefaultJobs()) + R"( here); the output is the same for every N
                        e.g. extract --jobs 4 --format csv saved-pages/ > t.csv
  -q, --quiet         no progress bar and no summary; errors still show
                        e.g. extract -q --format jsonl saved-pages/ > docs.jsonl
  -h, --help          this help
                        e.g. extract --help
  --version           print the version
                        e.g. extract --version
  --                  what follows is an input even if it begins with '-'
                        e.g. extract -- -odd-name.html

Output is written in input order. While standard error is a terminal, a
progress bar shows files done / total, pages per second and the time left.
An input that fails (missing, unreadable, over --max-input-bytes, not UTF-8,
a malformed JSON Lines line) is reported on standard error as
  extract: FILE[:LINE]: reason
and skipped; the rest are still processed. A summary ends the run:
  extract: 12 files, 13 documents, 201 indicators, 2 failed, 1 skipped
(files: input files, a JSON Lines file counting once however many records it
holds; documents: extracted; failed: failures reported above; skipped:
non-page files and links to folders found in folders).

exit status:
  0  every input was extracted
  1  some input failed (reported on standard error; the rest were written)
  2  usage error (unknown option, bad value, no input), or the output could
     not be written
)";
}

CommandLine ParseCommandLine(const std::vector<std::string_view>& args) {
  CommandLine cl;
  Config& config = cl.config;
  config.jobs = DefaultJobs();
  auto usage = [&cl](std::string message) {
    cl.action = CommandLine::Action::kUsageError;
    cl.error = std::move(message);
    return cl;
  };
  bool only_inputs = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (only_inputs || arg == "-" || arg.empty() || arg[0] != '-') {
      config.inputs.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      only_inputs = true;
      continue;
    }
    // Split "--name=value"; short options take "-j4" or "-j 4".
    std::string_view name = arg;
    std::optional<std::string_view> inline_value;
    if (arg.starts_with("--")) {
      if (const std::size_t eq = arg.find('='); eq != std::string_view::npos) {
        name = arg.substr(0, eq);
        inline_value = arg.substr(eq + 1);
      }
    } else if (arg.size() > 2 && (arg.starts_with("-j") || arg.starts_with("-o"))) {
      name = arg.substr(0, 2);
      inline_value = arg.substr(2);
    }
    bool missing_value = false;
    auto value = [&]() -> std::string_view {
      if (inline_value) return *inline_value;
      if (i + 1 < args.size()) return args[++i];
      missing_value = true;
      return {};
    };
    auto flag = [&](CommandLine::Action action) {
      if (inline_value) return usage("option " + Quoted(name) + " takes no value");
      cl.action = action;
      return cl;
    };

    if (name == "-h" || name == "--help") return flag(CommandLine::Action::kHelp);
    if (name == "--version") return flag(CommandLine::Action::kVersion);
    if (name == "-q" || name == "--quiet" || name == "--bom" || name == "--unique") {
      if (inline_value) return usage("option " + Quoted(name) + " takes no value");
      (name == "--bom" ? config.bom : name == "--unique" ? config.unique : config.quiet) = true;
      continue;
    }
    if (name != "--format" && name != "--input-format" && name != "--published" && name != "-o" &&
        name != "--output" && name != "-j" && name != "--jobs" && name != "--max-input-bytes") {
      return usage("unknown option " + Quoted(arg));
    }
    const std::string_view v = value();
    if (missing_value) return usage("option " + Quoted(name) + " needs a value");
    if (name == "--format") {
      if (v == "json") {
        config.format = OutputFormat::kJson;
      } else if (v == "jsonl") {
        config.format = OutputFormat::kJsonl;
      } else if (v == "csv") {
        config.format = OutputFormat::kCsv;
      } else {
        return usage("--format takes json, jsonl or csv, not " + Quoted(v));
      }
    } else if (name == "--input-format") {
      if (v == "html") {
        config.input_format = InputFormat::kHtml;
      } else if (v == "text") {
        config.input_format = InputFormat::kText;
      } else if (v == "jsonl") {
        config.input_format = InputFormat::kJsonl;
      } else {
        return usage("--input-format takes html, text or jsonl, not " + Quoted(v));
      }
    } else if (name == "--published") {
      config.published = vnextract::Date::Parse(v);
      if (!config.published) {
        return usage("--published takes a date YYYY-MM-DD, not " + Quoted(v));
      }
    } else if (name == "-o" || name == "--output") {
      if (v.empty()) return usage("option " + Quoted(name) + " needs a file name");
      config.output = std::string(v);
    } else if (name == "-j" || name == "--jobs") {
      const std::optional<std::size_t> jobs = ParseUnsigned(v);
      if (!jobs || *jobs == 0 || *jobs > kMaxJobs) {
        return usage("--jobs takes a number from 1 to " + std::to_string(kMaxJobs) + ", not " +
                     Quoted(v));
      }
      config.jobs = *jobs;
    } else if (name == "--max-input-bytes") {
      const std::optional<std::size_t> bytes = ParseByteCount(v);
      if (!bytes) {
        return usage("--max-input-bytes takes a positive size such as 1000, 64K or 16M, not " +
                     Quoted(v));
      }
      config.max_input_bytes = *bytes;
    }
  }
  if (config.bom && config.format != OutputFormat::kCsv) {
    return usage("--bom is for --format csv only");
  }
  if (config.inputs.empty()) {
    return usage("no input (give files or folders, or '-' for standard input)");
  }
  if (std::count(config.inputs.begin(), config.inputs.end(), "-") > 1)
    return usage("'-' (standard input) can be given only once");
  return cl;
}

}  // namespace extract
