// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "output.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>

#include "vnextract/json.h"

namespace extract {
namespace {

constexpr std::string_view kColumns[] = {
    "source",    "published", "title",     "section", "label", "value",      "value_min",
    "value_max", "unit",      "qualifier", "period",  "kind",  "compare_to", "surface",
};

void AppendField(std::string& row, std::string_view field, bool first) {
  if (!first) row += ',';
  row += CsvField(field);
}

std::string Optional(const std::optional<double>& value) {
  return value ? FormatNumber(*value) : std::string();
}

}  // namespace

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted;
  quoted.reserve(field.size() + 2);
  quoted += '"';
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string FormatNumber(double value) {
  char buffer[64];
  std::to_chars_result result{};
  if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= 1e15) {
    result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(value));
  } else {
    result = std::to_chars(buffer, buffer + sizeof buffer, value);  // shortest round trip
  }
  return std::string(buffer, result.ptr);
}

std::string CsvHeader() {
  std::string header;
  bool first = true;
  for (std::string_view column : kColumns) {
    AppendField(header, column, first);
    first = false;
  }
  header += '\n';
  return header;
}

std::string CsvRows(const vnextract::Document& doc) {
  std::string rows;
  const std::string source = CsvField(doc.source);
  const std::string published = doc.published ? doc.published->ToString() : std::string();
  const std::string title = CsvField(doc.title.value_or(std::string()));
  for (const vnextract::Indicator& i : doc.indicators) {
    rows += source;
    rows += ',';
    rows += published;
    rows += ',';
    rows += title;
    AppendField(rows, vnextract::SectionName(i.section), false);
    AppendField(rows, i.label, false);
    AppendField(rows, Optional(i.value), false);
    AppendField(rows, Optional(i.value_min), false);
    AppendField(rows, Optional(i.value_max), false);
    AppendField(rows, i.unit, false);
    AppendField(rows, vnextract::QualifierName(i.qualifier), false);
    AppendField(rows, i.period.value_or(std::string()), false);
    AppendField(rows, vnextract::KindName(i.kind), false);
    AppendField(rows, i.compare_to.value_or(std::string()), false);
    AppendField(rows, i.surface, false);
    rows += '\n';
  }
  return rows;
}

std::string FormatDocument(const vnextract::Document& doc, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return vnextract::ToPrettyJson(doc);
    case OutputFormat::kJsonl:
      return vnextract::ToJson(doc) + '\n';
    case OutputFormat::kCsv:
      return CsvRows(doc);
  }
  return {};
}

}  // namespace extract
