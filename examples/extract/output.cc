// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "output.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

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
  return CsvRows(doc, 0, doc.indicators.size());
}

std::string CsvRows(const vnextract::Document& doc, std::size_t begin, std::size_t end) {
  std::string rows;
  const std::string source = CsvField(doc.source);
  const std::string published = doc.published ? doc.published->ToString() : std::string();
  const std::string title = CsvField(doc.title.value_or(std::string()));
  for (std::size_t k = begin; k < end && k < doc.indicators.size(); ++k) {
    const vnextract::Indicator& i = doc.indicators[k];
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

namespace {

// ToJson or ToPrettyJson.
std::string Json(const vnextract::Document& doc, bool pretty) {
  return pretty ? vnextract::ToPrettyJson(doc) : vnextract::ToJson(doc);
}

// A document's JSON around its indicators. The keys are written in a fixed
// order and a quote inside a string is always escaped, so the key below
// occurs once, and an empty array prints as "[]".
struct Frame {
  std::string text;    // the JSON with "indicators" empty
  std::size_t open;    // just after its '['
  std::string indent;  // pretty: the indentation of the key's line
};

std::optional<Frame> FrameOf(const vnextract::Document& doc, bool pretty) {
  Frame f;
  f.text = Json(doc, pretty);
  const std::string_view key = pretty ? "\"indicators\": [" : "\"indicators\":[";
  const std::size_t at = f.text.find(key);
  if (at == std::string::npos || f.text.compare(at + key.size(), 1, "]") != 0) return std::nullopt;
  f.open = at + key.size();
  if (pretty) {
    const std::size_t line = f.text.rfind('\n', at);
    if (line == std::string::npos) return std::nullopt;
    f.indent = f.text.substr(line + 1, at - line - 1);
  }
  return f;
}

// The elements of the indicators array in `json`, a document that differs
// from `empty` only by them: pretty JSON puts them between "[\n" and
// "\n" + indent + "]", one line JSON between "[" and "]".
std::optional<std::string_view> Elements(std::string_view json, const Frame& empty, bool pretty) {
  const std::string_view before = std::string_view(empty.text).substr(0, empty.open);
  const std::string_view after = std::string_view(empty.text).substr(empty.open);
  const std::string lead = pretty ? "\n" : "";
  const std::string trail = pretty ? "\n" + empty.indent : "";
  if (json.size() < before.size() + lead.size() + trail.size() + after.size() ||
      !json.starts_with(before) || !json.ends_with(after)) {
    return std::nullopt;
  }
  json.remove_prefix(before.size());
  json.remove_suffix(after.size());
  if (!json.starts_with(lead) || !json.ends_with(trail)) return std::nullopt;
  json.remove_prefix(lead.size());
  json.remove_suffix(trail.size());
  return json;
}

}  // namespace

void WriteDocument(vnextract::Document&& doc, OutputFormat format, std::ostream& out) {
  const std::size_t n = doc.indicators.size();
  if (format == OutputFormat::kCsv) {
    for (std::size_t begin = 0; begin < n; begin += kIndicatorsPerPiece) {
      out << CsvRows(doc, begin, std::min(n, begin + kIndicatorsPerPiece));
    }
    return;
  }
  const bool pretty = format == OutputFormat::kJson;
  const std::string_view newline = pretty ? "" : "\n";
  std::vector<vnextract::Indicator> indicators = std::move(doc.indicators);
  doc.indicators.clear();
  std::optional<Frame> frame = FrameOf(doc, pretty);
  const std::optional<Frame> empty = FrameOf(vnextract::Document(), pretty);
  if (!frame || !empty || n == 0) {  // (not the library's JSON as it is known: whole)
    doc.indicators = std::move(indicators);
    out << FormatDocument(doc, format);
    return;
  }
  doc = vnextract::Document();  // the frame holds what is left of it
  out.write(frame->text.data(), static_cast<std::streamsize>(frame->open));
  if (pretty) out << '\n';
  vnextract::Document piece;
  for (std::size_t begin = 0; begin < n; begin += kIndicatorsPerPiece) {
    const std::size_t end = std::min(n, begin + kIndicatorsPerPiece);
    piece.indicators.assign(
        std::make_move_iterator(indicators.begin() + static_cast<std::ptrdiff_t>(begin)),
        std::make_move_iterator(indicators.begin() + static_cast<std::ptrdiff_t>(end)));
    const std::string json = Json(piece, pretty);
    piece.indicators.clear();
    const std::optional<std::string_view> elements = Elements(json, *empty, pretty);
    if (!elements) {  // cannot happen with the library's JSON; say so rather than write a wrong
                      // line
      out.setstate(std::ios::badbit);
      return;
    }
    if (begin > 0) out << (pretty ? ",\n" : ",");
    out << *elements;
  }
  if (pretty) out << '\n' << frame->indent;
  out << std::string_view(frame->text).substr(frame->open) << newline;
}

}  // namespace extract
