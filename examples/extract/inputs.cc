// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

namespace extract {
namespace {

namespace fs = std::filesystem;

std::string ErrnoMessage(int error) { return std::generic_category().message(error); }

// read(2) that retries when interrupted. Returns -1 on error (errno set).
ssize_t ReadSome(int fd, char* data, std::size_t size) {
  for (;;) {
    const ssize_t n = ::read(fd, data, size);
    if (n >= 0 || errno != EINTR) return n;
  }
}

std::string TooLarge(std::optional<std::size_t> size, std::size_t max_bytes) {
  std::string what = size ? std::to_string(*size) + " bytes" : "more than that";
  return "input_too_large: input is " + what + ", over the limit of " + std::to_string(max_bytes) +
         " bytes (raise --max-input-bytes to accept it)";
}

bool IsBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

}  // namespace

std::optional<InputFormat> FormatFromName(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (ext == "html" || ext == "htm" || ext == "aspx") return InputFormat::kHtml;
  if (ext == "txt") return InputFormat::kText;
  if (ext == "jsonl") return InputFormat::kJsonl;
  return std::nullopt;
}

// ---- FolderWalker ------------------------------------------------------------

FolderWalker::FolderWalker(std::string root) : pending_root_(std::move(root)) {}

std::optional<WalkEntry> FolderWalker::Push(const fs::path& dir) {
  std::error_code ec;
  Level level;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    level.entries.push_back(it->path());
  }
  if (ec) {
    return WalkEntry{WalkEntry::Kind::kError, dir.string(),
                     "cannot read folder (" + ec.message() + ")"};
  }
  std::sort(level.entries.begin(), level.entries.end(),
            [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
  stack_.push_back(std::move(level));
  return std::nullopt;
}

std::optional<WalkEntry> FolderWalker::Next() {
  if (pending_root_) {
    const fs::path root(std::move(*pending_root_));
    pending_root_.reset();
    if (auto error = Push(root)) return error;
  }
  while (!stack_.empty()) {
    Level& top = stack_.back();
    if (top.next == top.entries.size()) {
      stack_.pop_back();
      continue;
    }
    const fs::path path = std::move(top.entries[top.next++]);  // `top` dies in Push()
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(path, ec);
    if (!ec && fs::is_directory(link)) {
      if (auto error = Push(path)) return error;
      continue;
    }
    if (!ec && fs::is_symlink(link) && fs::is_directory(fs::status(path, ec))) {
      return WalkEntry{WalkEntry::Kind::kSkipped, path.string(), {}};
    }
    const bool page = FormatFromName(path.native()).has_value();
    return WalkEntry{page ? WalkEntry::Kind::kPage : WalkEntry::Kind::kSkipped, path.string(), {}};
  }
  return std::nullopt;
}

// ---- reading -----------------------------------------------------------------

std::optional<std::string> ReadInput(const std::string& path, std::size_t max_bytes,
                                     std::string* out) {
  out->clear();
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "cannot open file (" + ErrnoMessage(errno) + ")";
  struct Closer {
    int fd;
    bool owned;
    ~Closer() {
      if (owned) ::close(fd);
    }
  } closer{fd, !is_stdin};

  struct stat st {};
  std::optional<std::size_t> known_size;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) return "cannot read file (it is a folder)";
    if (S_ISREG(st.st_mode)) known_size = static_cast<std::size_t>(st.st_size);
  }
  if (known_size && *known_size > max_bytes) return TooLarge(known_size, max_bytes);

  constexpr std::size_t kChunk = std::size_t{1} << 16;
  // A regular file is read whole at once (and one byte more, to see that it
  // did not grow); a pipe in chunks. The buffer grows only when it is full:
  // the read that finds the end of a file goes into the byte kept for it,
  // not into a new chunk (which made the buffer twice the file).
  std::size_t chunk = known_size ? *known_size + 1 : kChunk;
  std::size_t size = 0;
  for (;;) {
    if (size == out->size()) {
      // Read one byte past the limit to know that the input is over it.
      out->resize(size + std::min(chunk, max_bytes + 1 - size));
      chunk = kChunk;
    }
    const ssize_t n = ReadSome(fd, out->data() + size, out->size() - size);
    if (n < 0) {
      const int error = errno;
      out->clear();
      return "read error (" + ErrnoMessage(error) + ")";
    }
    if (n == 0) break;
    size += static_cast<std::size_t>(n);
    if (size > max_bytes) {
      out->clear();
      return TooLarge(known_size && *known_size > max_bytes ? known_size : std::nullopt, max_bytes);
    }
  }
  out->resize(size);
  return std::nullopt;
}

std::unique_ptr<LineReader> LineReader::Open(const std::string& path, std::string* error) {
  if (path == "-") return std::unique_ptr<LineReader>(new LineReader(STDIN_FILENO, false));
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = "cannot open file (" + ErrnoMessage(errno) + ")";
    return nullptr;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    *error = "cannot read file (it is a folder)";
    return nullptr;
  }
  return std::unique_ptr<LineReader>(new LineReader(fd, true));
}

LineReader::~LineReader() {
  if (owned_) ::close(fd_);
}

bool LineReader::Fill() {
  if (eof_) return false;
  const ssize_t n = ReadSome(fd_, buffer_.data(), buffer_.size());
  if (n <= 0) {
    if (n < 0) error_ = "read error (" + ErrnoMessage(errno) + ")";
    eof_ = true;
    return false;
  }
  begin_ = 0;
  end_ = static_cast<std::size_t>(n);
  return true;
}

LineReader::Result LineReader::Next(std::size_t max_bytes, std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;  // read anything of this line (its text or its newline)
  for (;;) {
    if (begin_ == end_ && !Fill()) {
      if (!error_.empty()) return Result::kError;
      if (!any) return Result::kEnd;
      ++line_number_;  // the last line has no newline
      return too_long ? Result::kTooLong : Result::kLine;
    }
    any = true;
    const char* start = buffer_.data() + begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    const std::size_t n = newline ? static_cast<std::size_t>(newline - start) : end_ - begin_;
    if (!too_long) {
      if (line->size() + n > max_bytes + 1) {  // + 1: room for a "\r" before the "\n"
        too_long = true;
        std::string().swap(*line);
      } else {
        line->append(start, n);
      }
    }
    begin_ += n;
    if (newline) {
      ++begin_;
      ++line_number_;
      if (!too_long && !line->empty() && line->back() == '\r') line->pop_back();
      if (!too_long && line->size() > max_bytes) {
        too_long = true;
        line->clear();
      }
      return too_long ? Result::kTooLong : Result::kLine;
    }
  }
}

// ---- TaskSource --------------------------------------------------------------

TaskSource::TaskSource(std::vector<std::string> inputs, std::optional<InputFormat> forced,
                       std::size_t max_line_bytes)
    : inputs_(std::move(inputs)), forced_(forced), max_line_bytes_(max_line_bytes) {}

TaskSource::~TaskSource() = default;

std::optional<Task> TaskSource::StartFile(const std::string& path, InputFormat format) {
  if (format != InputFormat::kJsonl) {
    Task task;
    task.kind = Task::Kind::kDocument;
    task.name = path;
    task.format = format;
    task.ends_file = true;
    return task;
  }
  std::string error;
  jsonl_ = LineReader::Open(path, &error);
  if (!jsonl_) {
    Task task;
    task.kind = Task::Kind::kFailure;
    task.name = path;
    task.payload = std::move(error);
    task.ends_file = true;
    return task;
  }
  jsonl_name_ = path;
  return NextLine();
}

std::optional<Task> TaskSource::NextLine() {
  std::string line;
  for (;;) {
    const LineReader::Result result = jsonl_->Next(max_line_bytes_, &line);
    Task task;
    task.name = jsonl_name_;
    task.format = InputFormat::kJsonl;
    task.line = jsonl_->line_number();
    switch (result) {
      case LineReader::Result::kLine:
        if (task.line == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // BOM
        if (IsBlank(line)) continue;
        task.kind = Task::Kind::kJsonlLine;
        task.payload = std::move(line);
        return task;
      case LineReader::Result::kTooLong:
        task.kind = Task::Kind::kFailure;
        task.payload = "input_too_large: line is longer than " + std::to_string(max_line_bytes_) +
                       " bytes, the limit for one record (raise --max-input-bytes to accept it)";
        return task;
      case LineReader::Result::kError:
        task.kind = Task::Kind::kFailure;
        task.line = 0;
        task.payload = jsonl_->error();
        task.ends_file = true;
        jsonl_.reset();
        return task;
      case LineReader::Result::kEnd:
        task.kind = Task::Kind::kFileEnd;
        task.line = 0;
        task.ends_file = true;
        jsonl_.reset();
        return task;
    }
  }
}

std::optional<Task> TaskSource::Next() {
  for (;;) {
    if (jsonl_) return NextLine();
    if (walker_) {
      std::optional<WalkEntry> entry = walker_->Next();
      if (!entry) {
        walker_.reset();
        continue;
      }
      switch (entry->kind) {
        case WalkEntry::Kind::kSkipped:
          ++skipped_;
          continue;
        case WalkEntry::Kind::kError: {
          Task task;
          task.kind = Task::Kind::kFailure;
          task.name = std::move(entry->path);
          task.payload = std::move(entry->error);
          return task;
        }
        case WalkEntry::Kind::kPage:
          return StartFile(entry->path, forced_.value_or(*FormatFromName(entry->path)));
      }
    }
    if (next_input_ == inputs_.size()) return std::nullopt;
    const std::string& input = inputs_[next_input_++];
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      walker_.emplace(input);
      continue;
    }
    const InputFormat by_name =
        input == "-" ? InputFormat::kHtml : FormatFromName(input).value_or(InputFormat::kHtml);
    return StartFile(input, forced_.value_or(by_name));
  }
}

void CountInputFiles(const std::vector<std::string>& inputs, std::stop_token stop,
                     std::atomic<std::size_t>* count) {
  for (const std::string& input : inputs) {
    if (stop.stop_requested()) return;
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
      count->fetch_add(1, std::memory_order_relaxed);
      continue;
    }
    FolderWalker walker(input);
    while (std::optional<WalkEntry> entry = walker.Next()) {
      if (stop.stop_requested()) return;
      if (entry->kind == WalkEntry::Kind::kPage) count->fetch_add(1, std::memory_order_relaxed);
    }
  }
}

}  // namespace extract
