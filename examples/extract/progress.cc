// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <iostream>

namespace extract {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

std::size_t TerminalWidth() {
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

std::string Fixed(double value, int decimals) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  return std::string(buffer, result.ptr);
}

std::string TwoDigits(long long value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// "1:05", "12:00", "1:02:03".
std::string Duration(double seconds) {
  const auto total = static_cast<long long>(seconds + 0.5);
  const long long h = total / 3600;
  const long long m = total / 60 % 60;
  const long long s = total % 60;
  if (h > 0) return std::to_string(h) + ":" + TwoDigits(m) + ":" + TwoDigits(s);
  return std::to_string(m) + ":" + TwoDigits(s);
}

}  // namespace

ProgressBar::ProgressBar(bool enabled, const std::atomic<std::size_t>* total,
                         const std::atomic<bool>* total_known)
    : enabled_(enabled),
      total_(total),
      total_known_(total_known),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

std::string ProgressBar::Render(std::size_t files_done, std::size_t total, bool total_known,
                                std::size_t pages_done, double seconds, std::size_t width) {
  total = std::max(total, files_done);
  std::string counts = std::to_string(files_done) + "/" + std::to_string(total) +
                       (total_known ? "" : "+") + " files";
  const double rate = seconds > 0 ? static_cast<double>(pages_done) / seconds : 0.0;
  std::string speed = (rate < 10 ? Fixed(rate, 1) : Fixed(rate, 0)) + " pages/s";
  std::string eta = "ETA --:--";
  if (total_known && files_done > 0 && seconds > 0) {
    const double left =
        seconds * static_cast<double>(total - files_done) / static_cast<double>(files_done);
    eta = "ETA " + Duration(left);
  }
  std::string line = counts + "  " + speed + "  " + eta;
  // A bar in front when the terminal has room for it: "[#####-----] ".
  constexpr std::size_t kBar = 24;
  if (line.size() + kBar + 3 <= width) {
    std::size_t filled = 0;
    if (total > 0) filled = kBar * files_done / total;
    line = "[" + std::string(filled, '#') + std::string(kBar - filled, '-') + "] " + line;
  }
  if (line.size() > width) line.resize(width);
  return line;
}

void ProgressBar::Update(std::size_t files_done, std::size_t pages_done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_once_ && now - last_draw_ < kRedrawEvery) return;
  drawn_once_ = true;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const std::size_t width = TerminalWidth();
  std::string line = Render(files_done, total_->load(std::memory_order_relaxed),
                            total_known_->load(std::memory_order_acquire), pages_done, seconds,
                            width > 1 ? width - 1 : 1);
  const std::size_t length = line.size();
  // Overwrite whatever is left of a longer previous bar.
  if (length < shown_) line.append(shown_ - length, ' ');
  std::cerr << '\r' << line << std::flush;
  shown_ = length;
}

void ProgressBar::Clear() {
  if (!enabled_ || shown_ == 0) return;
  std::cerr << '\r' << std::string(shown_, ' ') << '\r' << std::flush;
  shown_ = 0;
}

}  // namespace extract
