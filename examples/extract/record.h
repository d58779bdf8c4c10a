// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// One JSON Lines input record: {"id": ..., "url": ..., "published":
// "YYYY-MM-DD", "html": ...} or the same with "text".
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_RECORD_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_RECORD_H_

#include <optional>
#include <string>
#include <string_view>

#include "vnextract/document.h"

namespace extract {

struct Record {
  bool is_html = true;  // the content came from "html" (else from "text")
  std::string content;
  std::optional<std::string> id;   // a string, or an integer written in decimal
  std::optional<std::string> url;  // accepted and checked; Document has no field for it
  std::optional<vnextract::Date> published;
};

// Parses one line. On failure returns std::nullopt and sets *error to the
// reason ("malformed JSON: ...", "record has neither 'html' nor 'text'", ...).
std::optional<Record> ParseRecord(std::string_view line, std::string* error);

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_RECORD_H_
