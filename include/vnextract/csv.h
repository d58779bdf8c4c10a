// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Flat records: one row per indicator, the document's columns (source,
// published, title) followed by the indicator's. The same columns make the
// CSV that `extract --format csv` writes, Python's Document.to_records() and
// vnextract.RECORD_FIELDS; the record contract (DESIGN.md section 2) lists
// them. Pure functions of their arguments: safe to call from any thread.
#ifndef VNEXTRACT_CSV_H_
#define VNEXTRACT_CSV_H_

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract {

// A number as every output writes it: plain positional notation with the
// shortest digits that read back to the same double, so exact for every
// value a record can hold: 664000000000 (never 6.64e+11), 1784800000000000,
// -6.2, 0.00000015; -0 is "0". NaN and infinities are "" (JSON writes null).
std::string FormatNumber(double value);

// The columns of a flat record, in order.
std::span<const std::string_view> RecordColumns();

// One cell of a flat record: null (an absent value), text or a number.
struct RecordCell {
  enum class Type { kNull, kText, kNumber };
  Type type = Type::kNull;
  std::string text;   // for kText: enums as their names, dates as "YYYY-MM-DD"
  double number = 0;  // for kNumber
};

// The row of `indicator` (one of document.indicators, or any indicator read
// as if it were): one cell per RecordColumns() entry.
std::vector<RecordCell> RecordRow(const Document& document, const Indicator& indicator);

// The CSV header line (RecordColumns() joined by ",", then "\n").
std::string CsvHeader();

// The CSV lines of `document`, one per indicator, each ending in "\n"; no
// header. Fields holding , " CR or LF are quoted (RFC 4180), null cells are
// empty, numbers are FormatNumber's.
std::string CsvRows(const Document& document);

// CsvRows(document), handed to `sink` in pieces of about 64 KB (the view is
// valid only during the call), so that it is never held whole.
void WriteCsvRows(const Document& document, const std::function<void(std::string_view)>& sink);

// `field` as a CSV field: quoted, with " doubled, when it holds , " CR or LF.
std::string CsvField(std::string_view field);

}  // namespace vnextract

#endif  // VNEXTRACT_CSV_H_
