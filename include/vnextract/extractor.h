// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Extractor: the entry point. Create one, then call it from any number of
// threads; it is immutable after Create() and holds the compiled lexicons and
// patterns, so creating it once and reusing it is what makes extraction fast.
//
// Errors: nothing here throws. Unusable input (bytes that are not UTF-8, input
// over Options::max_input_bytes) returns an error Status; content problems
// (no date, no title found) are Document::diagnostics.
#ifndef VNEXTRACT_EXTRACTOR_H_
#define VNEXTRACT_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "vnextract/document.h"
#include "vnextract/indicator.h"
#include "vnextract/status.h"

namespace vnextract {

struct Options {
  // Inputs larger than this are rejected with kInputTooLarge.
  std::size_t max_input_bytes = std::size_t{16} << 20;
  // Publication date assumed for text input when none is found in the text
  // and none is passed to ExtractText. Periods ("6 tháng đầu năm") resolve
  // against it. Unset: such periods stay unresolved (null).
  std::optional<Date> reference_date;
};

namespace internal {
struct ExtractorImpl;
}  // namespace internal

class Extractor {
 public:
  // Compiles the lexicons and patterns. Fails with kInvalidArgument when an
  // option is out of range (max_input_bytes == 0, an invalid reference_date).
  static Result<Extractor> Create(const Options& options = {});

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;
  ~Extractor();

  // Extracts a page. `html` must be UTF-8 (a UTF-8 BOM is allowed and
  // skipped; spans still count from the first byte of `html`). `source` is
  // copied into Document::source. The view need only live for the call.
  Result<Document> ExtractHtml(std::string_view html, std::string_view source = {}) const;

  // Extracts a plain-text dump of a page (lines; SharePoint web-part titles
  // such as "PublishingPortal - Block_BanTin_Toolbar" as lines are
  // recognised). `published` overrides any date found in the text.
  Result<Document> ExtractText(std::string_view text, std::string_view source = {},
                               std::optional<Date> published = {}) const;

  // Every quantity in `text`, in order: a number with its scale word, unit
  // and qualifier ("hơn 14,9 triệu USD"), a plain number (unit "": "hai mươi
  // ba", "1,2M") or an ordinal (unit "ordinal": "thứ nhất"). Years, dates,
  // codes, phone numbers, names and periods are not quantities. Time is
  // linear in the length of `text`. Invalid UTF-8 or oversized text yields
  // an empty vector.
  std::vector<Quantity> FindQuantities(std::string_view text) const;

  const Options& options() const;

 private:
  explicit Extractor(std::unique_ptr<const internal::ExtractorImpl> impl);
  std::unique_ptr<const internal::ExtractorImpl> impl_;
};

}  // namespace vnextract

#endif  // VNEXTRACT_EXTRACTOR_H_
