// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// The extract CLI's inputs: which paths are pages, the lazy sorted walk of a
// folder tree, bounded reading of files and standard input, JSON Lines
// reading, and TaskSource, which turns the command line's inputs into a
// stream of tasks in a deterministic order. The functions may be called from
// any thread; an object of the classes from one thread at a time (the
// pipeline calls TaskSource::Next() under its own lock).
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_INPUTS_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_INPUTS_H_

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace extract {

enum class InputFormat { kHtml, kText, kJsonl };

// The format a file name implies: .html .htm .aspx -> HTML, .txt -> text,
// .jsonl -> JSON Lines (case-insensitive); std::nullopt for anything else
// (such files are skipped inside folders).
std::optional<InputFormat> FormatFromName(std::string_view path);

// One entry of a folder walk.
struct WalkEntry {
  enum class Kind { kPage, kSkipped, kError };
  Kind kind = Kind::kPage;
  std::string path;
  std::string error;  // kError: why a folder could not be read
};

// Walks a folder tree lazily, depth first, each folder's entries sorted by
// name (bytewise), so the order never depends on the file system. Holds only
// the listings of the folders on the current path. Symbolic links to files
// are followed; links to folders are not (they count as skipped), so a link
// cycle cannot trap the walk.
class FolderWalker {
 public:
  explicit FolderWalker(std::string root);
  // The next page, skipped file or unreadable folder; std::nullopt at the end.
  std::optional<WalkEntry> Next();

 private:
  struct Level {
    std::vector<std::filesystem::path> entries;
    std::size_t next = 0;
  };
  std::optional<WalkEntry> Push(const std::filesystem::path& dir);

  std::optional<std::string> pending_root_;
  std::vector<Level> stack_;
};

// Reads a whole file ("-": standard input) into *out, at most max_bytes.
// Returns the reason on failure: cannot open, read error, or
// "input_too_large: ..." when the input is longer than max_bytes (without
// reading all of it).
std::optional<std::string> ReadInput(const std::string& path, std::size_t max_bytes,
                                     std::string* out);

// Reads lines from a file or standard input with a bounded line length.
class LineReader {
 public:
  enum class Result { kLine, kTooLong, kEnd, kError };
  // "-" reads standard input. nullptr, with *error set, when it cannot open.
  static std::unique_ptr<LineReader> Open(const std::string& path, std::string* error);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its "\n" or "\r\n". kTooLong: the line had more
  // than max_bytes bytes; it was skipped and *line is empty. kError: a read
  // error (reason in error()).
  Result Next(std::size_t max_bytes, std::string* line);
  std::size_t line_number() const { return line_number_; }
  const std::string& error() const { return error_; }

 private:
  LineReader(int fd, bool owned) : fd_(fd), owned_(owned) {}
  bool Fill();

  int fd_;
  bool owned_;
  std::vector<char> buffer_ = std::vector<char>(std::size_t{1} << 16);
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::size_t line_number_ = 0;
  std::string error_;
};

// A unit of work, in input order.
struct Task {
  enum class Kind {
    kDocument,   // read `name` whole and extract it as `format`
    kJsonlLine,  // `payload` is line `line` of JSON Lines file `name`
    kFailure,    // report `payload` as the reason `name`[:`line`] failed
    kFileEnd,    // nothing to do but count the file (end of a JSON Lines file)
  };
  Kind kind = Kind::kDocument;
  std::string name;  // the file as the user named it (or as found in a folder)
  InputFormat format = InputFormat::kHtml;
  std::size_t line = 0;  // 1-based; 0 when not about a line
  std::string payload;
  bool ends_file = false;  // this task completes one input file
};

// Turns the command line's inputs (files, folders, "-") into tasks: one per
// page file, one per non-blank JSON Lines line plus a kFileEnd per JSON
// Lines file, and a kFailure for what cannot be opened. JSON Lines files are
// read line by line as Next() is called, so memory stays bounded.
class TaskSource {
 public:
  // forced: --input-format, or std::nullopt to go by the file name (and HTML
  // for standard input and unknown extensions given by name).
  // max_line_bytes: longer JSON Lines lines are reported, not read.
  TaskSource(std::vector<std::string> inputs, std::optional<InputFormat> forced,
             std::size_t max_line_bytes);
  ~TaskSource();
  TaskSource(const TaskSource&) = delete;
  TaskSource& operator=(const TaskSource&) = delete;

  std::optional<Task> Next();
  // Files inside folders that are not pages, so far.
  std::size_t skipped() const { return skipped_; }

 private:
  std::optional<Task> StartFile(const std::string& path, InputFormat format);
  std::optional<Task> NextLine();

  std::vector<std::string> inputs_;
  std::optional<InputFormat> forced_;
  std::size_t max_line_bytes_;
  std::size_t next_input_ = 0;
  std::optional<FolderWalker> walker_;
  std::unique_ptr<LineReader> jsonl_;
  std::string jsonl_name_;
  std::size_t skipped_ = 0;
};

// How many input files the inputs hold (what TaskSource counts as files):
// for the progress bar's total. Adds to *count as it goes, so a reader sees
// the count grow; returns early when stop is requested.
void CountInputFiles(const std::vector<std::string>& inputs, std::stop_token stop,
                     std::atomic<std::size_t>* count);

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_INPUTS_H_
