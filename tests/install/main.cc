// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Consumer of the installed vnextract package (see CMakeLists.txt next to
// this file). Exits 0 only when the installed library, linked through
// vnextract::vnextract, finds exactly one quantity, 664000000000 VND, in a
// snippet of the seed article with FindQuantities, ExtractText and ExtractHtml.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "vnextract/vnextract.h"

namespace {

constexpr const char* kSnippet = "Trong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.";
constexpr const char* kHtml =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tin</title></head>"
    "<body><article><h1>Doanh thu khu công nghiệp</h1>"
    "<p>Trong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.</p></article></body></html>";
constexpr double kExpectedValue = 664000000000.0;
constexpr const char* kExpectedUnit = "VND";

bool CheckValue(const char* what, const std::optional<double>& value, const std::string& unit) {
  if (!value || *value != kExpectedValue || unit != kExpectedUnit) {
    std::fprintf(stderr, "%s: expected %.0f %s, got %s %s\n", what, kExpectedValue, kExpectedUnit,
                 value ? std::to_string(*value).c_str() : "null", unit.c_str());
    return false;
  }
  return true;
}

}  // namespace

int main() {
  std::printf("vnextract %s\n", vnextract::kVersion);
  vnextract::Result<vnextract::Extractor> extractor = vnextract::Extractor::Create();
  if (!extractor.ok()) {
    std::fprintf(stderr, "Extractor::Create: %s\n", extractor.status().ToString().c_str());
    return 1;
  }
  int failures = 0;

  vnextract::Result<std::vector<vnextract::Quantity>> found = extractor->FindQuantities(kSnippet);
  if (!found.ok()) {
    std::fprintf(stderr, "FindQuantities: %s\n", found.status().ToString().c_str());
    return 1;
  }
  const std::vector<vnextract::Quantity>& quantities = *found;
  if (quantities.size() != 1) {
    std::fprintf(stderr, "FindQuantities: expected 1 quantity, got %zu\n", quantities.size());
    ++failures;
  } else {
    std::printf("FindQuantities: %s\n", vnextract::ToJson(quantities[0]).c_str());
    if (!CheckValue("FindQuantities", quantities[0].value, quantities[0].unit)) ++failures;
  }

  vnextract::Result<vnextract::Document> text =
      extractor->ExtractText(kSnippet, "inline-text", vnextract::Date{2022, 8, 2});
  if (!text.ok()) {
    std::fprintf(stderr, "ExtractText: %s\n", text.status().ToString().c_str());
    ++failures;
  } else if (text->indicators.size() != 1) {
    std::fprintf(stderr, "ExtractText: expected 1 indicator, got %zu: %s\n",
                 text->indicators.size(), vnextract::ToJson(*text).c_str());
    ++failures;
  } else {
    std::printf("ExtractText: %s\n", vnextract::ToJson(text->indicators[0]).c_str());
    if (!CheckValue("ExtractText", text->indicators[0].value, text->indicators[0].unit)) {
      ++failures;
    }
  }

  // The HTML path pulls Gumbo into the link: a missing link dependency in the
  // exported target shows up here as an undefined reference.
  vnextract::Result<vnextract::Document> page = extractor->ExtractHtml(kHtml, "inline-html");
  if (!page.ok()) {
    std::fprintf(stderr, "ExtractHtml: %s\n", page.status().ToString().c_str());
    ++failures;
  } else if (page->indicators.size() != 1) {
    std::fprintf(stderr, "ExtractHtml: expected 1 indicator, got %zu: %s\n",
                 page->indicators.size(), vnextract::ToJson(*page).c_str());
    ++failures;
  } else {
    std::printf("ExtractHtml: %s\n", vnextract::ToJson(page->indicators[0]).c_str());
    if (!CheckValue("ExtractHtml", page->indicators[0].value, page->indicators[0].unit)) {
      ++failures;
    }
  }

  if (failures != 0) {
    std::fprintf(stderr, "vnextract_consumer: %d check(s) failed\n", failures);
    return 1;
  }
  std::printf("vnextract_consumer: OK\n");
  return 0;
}
