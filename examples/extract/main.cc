// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// extract: Vietnamese portal pages in, indicator records out.
//
//   extract [options] INPUT...   (INPUT: a file, a folder, or '-' for standard input)
//
// Inputs become tasks in a deterministic order (inputs.h); worker threads
// extract them with one shared vnextract::Extractor; this thread writes the
// results in input order through a bounded window (ordered_pool.h), reports
// failures and draws the progress bar. `extract --help` documents the options.
//
// Exit status: 0 all inputs extracted, 1 some input failed (each failure is
// reported on stderr with the file name and the reason), 2 usage error or the
// output cannot be written.
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "inputs.h"
#include "options.h"
#include "ordered_pool.h"
#include "output.h"
#include "progress.h"
#include "record.h"
#include "vnextract/vnextract.h"

namespace extract {
namespace {

// What one task produced, handed from a worker to the writing thread.
struct Outcome {
  std::string text;  // the output bytes for the document (see FormatDocument)
  // Instead of `text`, for a document of many indicators: the writing
  // thread writes it piece by piece (WriteDocument), so that its output is
  // never held whole next to it.
  std::optional<vnextract::Document> unformatted;
  bool document = false;
  std::size_t indicators = 0;
  std::string error;  // "FILE[:LINE]: reason" when the task failed
  bool ends_file = false;
};

class Processor {
 public:
  Processor(const vnextract::Extractor& extractor, const Config& config)
      : extractor_(extractor), config_(config) {}

  Outcome operator()(Task& task) const {
    Outcome outcome;
    outcome.ends_file = task.ends_file;
    try {
      Process(task, outcome);
    } catch (const std::exception& e) {  // std::bad_alloc, in practice
      Fail(task, std::string("internal error: ") + e.what(), outcome);
    }
    return outcome;
  }

 private:
  void Process(Task& task, Outcome& outcome) const {
    switch (task.kind) {
      case Task::Kind::kFileEnd:
        return;
      case Task::Kind::kFailure:
        return Fail(task, task.payload, outcome);
      case Task::Kind::kDocument: {
        // One read buffer per worker thread, kept from page to page: a fresh
        // 100 KB string per page cost an mmap, page faults and a munmap
        // each time. A buffer a huge input grew is given back after it.
        constexpr std::size_t kKeepBytes = std::size_t{4} << 20;
        thread_local std::string data;
        struct Shrink {
          std::string& buffer;
          ~Shrink() {
            if (buffer.capacity() > kKeepBytes) std::string().swap(buffer);
          }
        } shrink{data};
        if (auto error = ReadInput(task.name, config_.max_input_bytes, &data)) {
          return Fail(task, *error, outcome);
        }
        return Finish(task,
                      task.format == InputFormat::kText
                          ? extractor_.ExtractText(data, task.name, config_.published)
                          : extractor_.ExtractHtml(data, task.name),
                      outcome);
      }
      case Task::Kind::kJsonlLine: {
        std::string error;
        std::optional<Record> record = ParseRecord(task.payload, &error);
        std::string().swap(task.payload);
        if (!record) return Fail(task, error, outcome);
        if (record->content.size() > config_.max_input_bytes) {
          return Fail(task,
                      "input_too_large: the record's " +
                          std::string(record->is_html ? "html" : "text") + " is " +
                          std::to_string(record->content.size()) + " bytes, over the limit of " +
                          std::to_string(config_.max_input_bytes) +
                          " bytes (raise --max-input-bytes to accept it)",
                      outcome);
        }
        const std::string source = record->id.value_or(std::to_string(task.line));
        return Finish(
            task,
            record->is_html
                ? extractor_.ExtractHtml(record->content, source, record->published)
                : extractor_.ExtractText(record->content, source,
                                         record->published ? record->published : config_.published),
            outcome);
      }
    }
  }

  void Finish(const Task& task, vnextract::Result<vnextract::Document>&& doc,
              Outcome& outcome) const {
    if (!doc.ok()) return Fail(task, doc.status().ToString(), outcome);
    outcome.document = true;
    if (config_.unique && HasRestatements(*doc)) {
      vnextract::Document unique = *doc;
      std::erase_if(unique.indicators,
                    [](const vnextract::Indicator& i) { return i.restates.has_value(); });
      outcome.indicators = unique.indicators.size();
      outcome.text = FormatDocument(unique, config_.format);
      return;
    }
    outcome.indicators = doc->indicators.size();
    if (outcome.indicators > kIndicatorsPerPiece) {
      outcome.unformatted = std::move(*doc);
    } else {
      outcome.text = FormatDocument(*doc, config_.format);
    }
  }

  static bool HasRestatements(const vnextract::Document& doc) {
    for (const vnextract::Indicator& i : doc.indicators) {
      if (i.restates) return true;
    }
    return false;
  }

  static void Fail(const Task& task, const std::string& reason, Outcome& outcome) {
    outcome.error = task.name;
    if (task.line > 0) outcome.error += ":" + std::to_string(task.line);
    outcome.error += ": " + reason;
  }

  const vnextract::Extractor& extractor_;
  const Config& config_;
};

// Whether the output is one pretty JSON document rather than an array: one
// input that is a page file (not a folder, not JSON Lines).
bool SingleDocument(const Config& config) {
  if (config.format != OutputFormat::kJson || config.inputs.size() != 1) return false;
  const std::string& input = config.inputs[0];
  std::error_code ec;
  if (input != "-" && std::filesystem::is_directory(input, ec)) return false;
  const InputFormat format = config.input_format.value_or(
      input == "-" ? InputFormat::kHtml : FormatFromName(input).value_or(InputFormat::kHtml));
  return format != InputFormat::kJsonl;
}

int Run(const Config& config) {
  vnextract::Options options;
  options.max_input_bytes = config.max_input_bytes;
  auto extractor = vnextract::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "extract: " << extractor.status().ToString() << "\n";
    return 2;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  const std::string output_name = config.output.value_or("standard output");
  if (config.output) {
    errno = 0;
    file.open(*config.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      const int error = errno;
      std::cerr << "extract: " << *config.output << ": cannot open for writing"
                << (error != 0 ? " (" + std::generic_category().message(error) + ")" : "") << "\n";
      return 2;
    }
    out = &file;
  }

  // The progress bar, with the total counted on the side.
  const bool show_bar = !config.quiet && ::isatty(STDERR_FILENO) == 1;
  const bool output_on_terminal = !config.output && ::isatty(STDOUT_FILENO) == 1;
  std::atomic<std::size_t> total{0};
  std::atomic<bool> total_known{false};
  ProgressBar bar(show_bar, &total, &total_known);
  std::jthread counter;
  if (show_bar) {
    counter = std::jthread([&config, &total, &total_known](std::stop_token stop) {
      CountInputFiles(config.inputs, stop, &total);
      if (!stop.stop_requested()) total_known.store(true, std::memory_order_release);
    });
  }

  const bool single = SingleDocument(config);
  const bool array = config.format == OutputFormat::kJson && !single;
  if (config.bom) *out << "\xEF\xBB\xBF";
  if (config.format == OutputFormat::kCsv) *out << vnextract::CsvHeader();
  if (array) *out << "[\n";

  std::size_t files = 0, documents = 0, indicators = 0, failures = 0;
  bool write_error = !*out;
  int write_errno = 0;  // best effort: why the output stream failed
  const std::size_t max_line_bytes = 6 * config.max_input_bytes + (std::size_t{1} << 20);
  TaskSource source(config.inputs, config.input_format, max_line_bytes);
  const Processor processor(*extractor, config);

  auto consume = [&](Outcome& outcome) {
    if (!outcome.error.empty()) {
      bar.Clear();
      std::cerr << "extract: " << outcome.error << "\n";
      ++failures;
    }
    if (outcome.ends_file) ++files;
    if (outcome.document) {
      errno = 0;
      if (output_on_terminal) bar.Clear();
      if (array && documents > 0) *out << ",\n";
      if (outcome.unformatted) {
        WriteDocument(*outcome.unformatted, config.format, *out);
        outcome.unformatted.reset();
      } else {
        *out << outcome.text;
      }
      if (single) *out << "\n";
      if (output_on_terminal) out->flush();
      ++documents;
      indicators += outcome.indicators;
    }
    if (!*out) {
      write_errno = errno;
      write_error = true;
      return false;
    }
    return true;
  };
  auto tick = [&] { bar.Update(files, documents + failures); };

  if (!write_error) {
    RunOrdered<Task, Outcome>(
        config.jobs, 4 * config.jobs, [&source] { return source.Next(); }, processor, consume, tick,
        std::chrono::milliseconds(100));
  }
  if (counter.joinable()) {
    counter.request_stop();
    counter.join();
  }
  bar.Clear();

  if (!write_error) {
    errno = 0;
    if (array) *out << (documents > 0 ? "\n]\n" : "]\n");
    out->flush();
    if (config.output) file.close();
    write_errno = errno;
    write_error = !*out;
  }
  if (write_error) {
    std::cerr << "extract: " << output_name << ": write error"
              << (write_errno != 0 ? " (" + std::generic_category().message(write_errno) + ")" : "")
              << "\n";
    return 2;
  }
  if (!config.quiet) {
    std::cerr << "extract: " << files << " files, " << documents << " documents, " << indicators
              << " indicators, " << failures << " failed, " << source.skipped() << " skipped\n";
  }
  return failures > 0 ? 1 : 0;
}

}  // namespace
}  // namespace extract

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  const extract::CommandLine cl = extract::ParseCommandLine(args);
  switch (cl.action) {
    case extract::CommandLine::Action::kHelp:
      std::cout << extract::HelpText();
      return std::cout.flush() ? 0 : 2;
    case extract::CommandLine::Action::kVersion:
      std::cout << "extract (vnextract) " << vnextract::kVersion << "\n";
      return std::cout.flush() ? 0 : 2;
    case extract::CommandLine::Action::kUsageError:
      std::cerr << "extract: " << cl.error << "\n"
                << "Try 'extract --help' for more information.\n";
      return 2;
    case extract::CommandLine::Action::kRun:
      break;
  }
  return extract::Run(cl.config);
}
