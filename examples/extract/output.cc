// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "output.h"

#include <string_view>

#include "vnextract/csv.h"
#include "vnextract/json.h"

namespace extract {

std::string FormatDocument(const vnextract::Document& doc, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return vnextract::ToPrettyJson(doc);
    case OutputFormat::kJsonl:
      return vnextract::ToJson(doc) + '\n';
    case OutputFormat::kCsv:
      return vnextract::CsvRows(doc);
  }
  return {};
}

void WriteDocument(const vnextract::Document& doc, OutputFormat format, std::ostream& out) {
  const auto sink = [&out](std::string_view piece) {
    out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
  };
  switch (format) {
    case OutputFormat::kJson:
      vnextract::WriteJson(doc, sink, 2);
      return;
    case OutputFormat::kJsonl:
      vnextract::WriteJson(doc, sink);
      out << '\n';
      return;
    case OutputFormat::kCsv:
      vnextract::WriteCsvRows(doc, sink);
      return;
  }
}

}  // namespace extract
