// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// The extract CLI's command line: options, their checks and the help text.
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_OPTIONS_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_OPTIONS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inputs.h"
#include "output.h"
#include "vnextract/document.h"

namespace extract {

struct Config {
  OutputFormat format = OutputFormat::kJson;
  std::optional<InputFormat> input_format;  // --input-format; unset: by file name
  std::optional<vnextract::Date> published;
  std::optional<std::string> output;  // -o FILE; unset: standard output
  std::size_t jobs = 1;
  std::size_t max_input_bytes = std::size_t{16} << 20;
  bool quiet = false;
  bool bom = false;
  bool unique = false;  // --unique: leave out indicators that restate another
  std::vector<std::string> inputs;
};

struct CommandLine {
  enum class Action { kRun, kHelp, kVersion, kUsageError };
  Action action = Action::kRun;
  Config config;
  std::string error;  // kUsageError: what is wrong, for "extract: <error>"
};

// The default for --jobs: the number of hardware threads, at least 1.
std::size_t DefaultJobs();

// Parses argv[1..]. Never exits or prints.
CommandLine ParseCommandLine(const std::vector<std::string_view>& args);

// The --help text.
std::string HelpText();

// "123", "64K", "16M", "1G" (K = 1024); std::nullopt when malformed,
// zero or too big.
std::optional<std::size_t> ParseByteCount(std::string_view text);

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_OPTIONS_H_
