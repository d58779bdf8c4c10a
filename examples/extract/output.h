// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// How the extract CLI writes documents: pretty JSON, JSON Lines, or CSV with
// one row per indicator (the library's vnextract/csv.h). Pure functions,
// safe from any thread.
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_

#include <string>

#include "vnextract/document.h"

namespace extract {

enum class OutputFormat { kJson, kJsonl, kCsv };

// The bytes that `doc` contributes to the output: for kJson the pretty JSON
// (no trailing newline; the caller adds separators), for kJsonl one line,
// for kCsv its rows (vnextract::CsvRows; the header is vnextract::CsvHeader).
std::string FormatDocument(const vnextract::Document& doc, OutputFormat format);

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_
