// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Extractor: the entry point. Create one, then call it from any number of
// threads; it is immutable after Create() and holds the compiled lexicons and
// patterns, so creating it once and reusing it is what makes extraction fast.
//
// Errors: nothing here throws. Unusable input (bytes that cannot be decoded,
// input over Options::max_input_bytes, a page whose parse needs more than
// Options::max_parse_bytes) returns an error Status; content problems (no
// date, no title found, a limit that cut the document) are
// Document::diagnostics.
#ifndef VNEXTRACT_EXTRACTOR_H_
#define VNEXTRACT_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "vnextract/decode.h"
#include "vnextract/document.h"
#include "vnextract/indicator.h"
#include "vnextract/status.h"

namespace vnextract {

struct Options {
  // Inputs larger than this are rejected with kInputTooLarge.
  std::size_t max_input_bytes = std::size_t{16} << 20;
  // The date periods ("6 tháng đầu năm") resolve against when a page or text
  // shows no publication date and none is passed to ExtractHtml/ExtractText. It is not
  // copied into Document::published (the page did not say it); the document
  // gets a "reference_date" diagnostic instead. Unset: such periods stay
  // unresolved (null).
  std::optional<Date> reference_date;

  // Resource bounds: every input comes from the open web, so none of these
  // can be switched off (each must be positive; Create() says which is not).
  //
  // The most memory the HTML parser (Gumbo) may hold while parsing one page,
  // counted through its allocator. Ordinary pages need 8-16 bytes per input
  // byte; markup that is almost all tags ("<td>x" repeated) up to about 90,
  // so the default admits any such page up to ~12 MB. A page that would
  // need more stops parsing at the cap and ExtractHtml returns
  // kResourceExhausted saying so; the memory is released and the Extractor
  // stays usable. Each concurrent ExtractHtml call has its own budget.
  std::size_t max_parse_bytes = std::size_t{1} << 30;
  // Body paragraphs read per document. Past it the rest of the body is not
  // read (neither Document::paragraphs nor indicators) and the document gets
  // the diagnostic "paragraphs_cut" saying how many were left out.
  std::size_t max_paragraphs = 50000;
  // Indicators per document. Past it no more are added and the document
  // gets the diagnostic "indicators_cut".
  std::size_t max_indicators = 100000;
};

namespace internal {
struct ExtractorImpl;
}  // namespace internal

class Extractor {
 public:
  // Compiles the lexicons and patterns. Fails with kInvalidArgument when an
  // option is out of range (max_input_bytes, max_parse_bytes,
  // max_paragraphs or max_indicators == 0, an invalid reference_date).
  static Result<Extractor> Create(const Options& options = {});

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;
  ~Extractor();

  // Extracts a page. `html` is the page's bytes in any charset the rule in
  // vnextract/decode.h accepts: UTF-8 (a byte-order mark allowed), a page
  // that declares windows-1258 or another charset in a <meta> element, or
  // one that is plainly windows-1258/1252 without declaring it. Spans are
  // byte offsets into the decoded UTF-8 text — DecodeHtml(html) returns it;
  // for a UTF-8 page it is `html` itself, so spans count from its first byte.
  // A converted page carries the diagnostic "decoded_from" (the source
  // charset). Bytes that cannot be decoded (broken UTF-8, a page declaring
  // UTF-8 that is not, a charset ICU cannot convert) are kInvalidEncoding,
  // naming the offset or the charset. `source` is copied into
  // Document::source. The view need only live for the call.
  //
  // Document::layout names the layout recognised: "sharepoint_bantin"
  // (BanTin web parts, SharePoint 2010 or 2013), "article_description"
  // (divArticleDescription / News_Detail_Title ministry templates), "news"
  // (national news templates: detail-title, article-header__title...) or
  // "generic" (og:title / h1 / <title>, text density, date from <meta>,
  // JSON-LD, <time> or a date line by the title). `published` (e.g. the date
  // a crawler recorded) overrides the date found on the page; the document's
  // published_text is then null. An invalid `published` is kInvalidArgument.
  //
  // Any bytes give a Document or an error, in time and memory linear in
  // their size: markup nested deeper than 256 elements (or with more than 64
  // formatting elements open, or 256 attributes on one tag) has the excess
  // tags read as spaces — their text is kept — and the diagnostic
  // "markup_flattened"; a parse that would hold more than
  // Options::max_parse_bytes is kResourceExhausted. Sentences longer than
  // 2048 bytes are read in pieces (diagnostic "sentence_split"); the
  // paragraph and indicator caps are in Options.
  Result<Document> ExtractHtml(std::string_view html, std::string_view source = {},
                               std::optional<Date> published = {}) const;

  // Extracts a plain-text dump of a page (lines; SharePoint web-part titles
  // such as "PublishingPortal - Block_BanTin_Toolbar" as lines are
  // recognised). `text` must be UTF-8: a dump has no <meta> to name another
  // charset, so nothing is guessed. `published` overrides any date found in
  // the text.
  Result<Document> ExtractText(std::string_view text, std::string_view source = {},
                               std::optional<Date> published = {}) const;

  // Every quantity in `text`, in order: a number with its scale word, unit
  // and qualifier ("hơn 14,9 triệu USD"), a plain number (unit "": "hai mươi
  // ba", "1,2M") or an ordinal (unit "ordinal": "thứ nhất"). Years, dates,
  // codes, phone numbers, names and periods are not quantities. Time is
  // linear in the length of `text`. Text that is not valid UTF-8 is
  // kInvalidEncoding (naming the first bad byte); text over
  // Options::max_input_bytes is kInputTooLarge.
  Result<std::vector<Quantity>> FindQuantities(std::string_view text) const;

  const Options& options() const;

 private:
  explicit Extractor(std::unique_ptr<const internal::ExtractorImpl> impl);
  std::unique_ptr<const internal::ExtractorImpl> impl_;
};

}  // namespace vnextract

#endif  // VNEXTRACT_EXTRACTOR_H_
