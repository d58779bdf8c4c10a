// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// How the extract CLI writes documents: pretty JSON, JSON Lines, or CSV with
// one row per indicator. Pure functions, safe from any thread.
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "vnextract/document.h"

namespace extract {

enum class OutputFormat { kJson, kJsonl, kCsv };

// The CSV header line, "source,published,...,surface\n".
std::string CsvHeader();

// One CSV row per indicator of `doc` (nothing for a document without any).
// RFC 4180 quoting (a field with a comma, quote, CR or LF is quoted, quotes
// doubled); rows end with LF; null values are empty cells. With `begin` and
// `end`, the rows of indicators [begin, end) only.
std::string CsvRows(const vnextract::Document& doc);
std::string CsvRows(const vnextract::Document& doc, std::size_t begin, std::size_t end);

// A number as a CSV cell: whole numbers up to 1e15 in magnitude as integers
// ("664000000000", never "6.64e+11" or "664000000000.0"); anything else in the
// shortest form that reads back to the same double ("14.9", "1e+20").
std::string FormatNumber(double value);

// `field` quoted for CSV when it needs to be.
std::string CsvField(std::string_view field);

// The bytes that `doc` contributes to the output: for kJson the pretty JSON
// (no trailing newline; the caller adds separators), for kJsonl one line.
std::string FormatDocument(const vnextract::Document& doc, OutputFormat format);

// Indicators formatted at a time by WriteDocument.
inline constexpr std::size_t kIndicatorsPerPiece = 1024;

// Writes FormatDocument(doc, format) to `out`, byte for byte, without
// holding it as one string: the document without its indicators, then the
// indicators kIndicatorsPerPiece at a time (each piece formatted with the
// library's own ToJson/ToPrettyJson, so every escape and number is theirs).
// A page of 100,000 figures has ~230 MB of JSON (each indicator quotes its
// sentence); held whole, next to the Document, it was most of the CLI's
// memory. Consumes `doc` (its indicators are freed as they are written).
void WriteDocument(vnextract::Document&& doc, OutputFormat format, std::ostream& out);

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_OUTPUT_H_
