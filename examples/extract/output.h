// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// How the extract CLI writes documents: pretty JSON, JSON Lines, or CSV with
// one row per indicator (the library's writers: vnextract/json.h,
// vnextract/csv.h). Pure functions, safe from any thread.
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "vnextract/document.h"

namespace extract {

enum class OutputFormat { kJson, kJsonl, kCsv };

// The bytes that `doc` contributes to the output: for kJson the pretty JSON
// (no trailing newline; the caller adds separators), for kJsonl one line,
// for kCsv its rows (vnextract::CsvRows; the header is vnextract::CsvHeader).
std::string FormatDocument(const vnextract::Document& doc, OutputFormat format);

// A document with more indicators than this is written by WriteDocument
// rather than formatted whole by the worker.
inline constexpr std::size_t kIndicatorsPerPiece = 1024;

// Writes FormatDocument(doc, format) to `out`, byte for byte, without
// holding it as one string (the library's WriteJson / WriteCsvRows hand it
// over in pieces of about 64 KB). A page of 100,000 figures has ~230 MB of
// JSON (each indicator quotes its sentence); held whole next to the
// Document, it was most of the CLI's memory.
void WriteDocument(const vnextract::Document& doc, OutputFormat format, std::ostream& out);

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_
