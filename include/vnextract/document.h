// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Document: everything vnextract read from one page or text. A plain value that
// owns its data; copy and move it across threads freely.
#ifndef VNEXTRACT_DOCUMENT_H_
#define VNEXTRACT_DOCUMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/indicator.h"

namespace vnextract {

// The version of the record contract (JSON "schema_version"). Bumped, with a
// CHANGELOG line, whenever a field changes meaning or disappears.
inline constexpr int kSchemaVersion = 1;

// A calendar date (proleptic Gregorian). Valid() checks the day exists.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool Valid() const;
  // "YYYY-MM-DD".
  std::string ToString() const;
  // Parses "YYYY-MM-DD"; std::nullopt when malformed or not a real date.
  static std::optional<Date> Parse(std::string_view iso);
  friend bool operator==(const Date&, const Date&) = default;
};

// Something that could not be found or looked doubtful ("no_date",
// "no_title", ...). Content problems are reported here, never as errors.
struct Diagnostic {
  std::string code;
  std::string message;
};

struct Document {
  std::string source;  // path, URL or id as given by the caller
  // "sharepoint_bantin", "article_description", "news", "generic" (HTML) or
  // "text" (ExtractText); see Extractor::ExtractHtml.
  std::string layout;
  std::optional<Date> published;
  // The date as written on the page, with its weekday, time and time zone
  // when shown ("Thứ Ba, 02/08/2022 09:15", "2022-08-02T09:15:00+07:00"),
  // without labels ("Cập nhật", "Ngày đăng:") or view counters.
  std::optional<std::string> published_text;
  std::optional<std::string> title;
  std::optional<std::string> lead;
  std::optional<std::string> author;
  std::vector<std::string> paragraphs;  // body, without byline and chrome
  std::vector<Indicator> indicators;    // in document order
  std::vector<Diagnostic> diagnostics;
};

}  // namespace vnextract

#endif  // VNEXTRACT_DOCUMENT_H_
