// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// The progress bar on standard error: files done / total, pages per second,
// ETA, redrawn in place with '\r' at most 10 times a second. Used from one
// thread only (the one that writes the output).
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_PROGRESS_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>

namespace extract {

class ProgressBar {
 public:
  // total: how many files there are, counted while the run goes on;
  // total_known: set once the count is complete. A disabled bar does nothing.
  ProgressBar(bool enabled, const std::atomic<std::size_t>* total,
              const std::atomic<bool>* total_known);

  // Redraws the bar unless it was drawn less than 100 ms ago.
  void Update(std::size_t files_done, std::size_t pages_done);
  // Erases the bar (before other output to the terminal, and at the end).
  void Clear();

  // The bar's text for the given state, without '\r' (exposed for testing).
  static std::string Render(std::size_t files_done, std::size_t total, bool total_known,
                            std::size_t pages_done, double seconds, std::size_t width);

 private:
  bool enabled_;
  const std::atomic<std::size_t>* total_;
  const std::atomic<bool>* total_known_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_once_ = false;
  std::size_t shown_ = 0;  // length of the bar on the terminal now; 0: none
};

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_PROGRESS_H_
