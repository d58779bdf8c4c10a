// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Quantity and Indicator: the typed records vnextract returns. Field names are
// the JSON keys and the Python attribute names (see DESIGN.md, "the record
// contract"). All strings are UTF-8 in Unicode NFC. These are plain values:
// they own their data and may be copied and moved across threads freely.
#ifndef VNEXTRACT_INDICATOR_H_
#define VNEXTRACT_INDICATOR_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vnextract {

// Byte offsets [begin, end) into the decoded UTF-8 input that was passed to
// ExtractHtml / ExtractText / FindQuantities.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

// Where in the article a figure was found.
enum class Section { kTitle, kLead, kBody, kCaption, kTable };

// How the text hedges the value: "hơn 64.000" is kMoreThan, "gần 410" kNearly.
enum class Qualifier {
  kExact,
  kMoreThan,
  kLessThan,
  kNearly,
  kApprox,
  kAtLeast,
  kAtMost,
  kRange,
};

// What the figure is: a result, an estimate, a target, a change or a ratio.
enum class Kind { kActual, kEstimate, kTarget, kChange, kRatio };

// Stable lower-case names, as in JSON: "body", "more_than", "target", ...
std::string_view SectionName(Section section);
std::string_view QualifierName(Qualifier qualifier);
std::string_view KindName(Kind kind);

// A number with its unit, as FindQuantities reports it: no label, period or kind.
struct Quantity {
  std::optional<double> value;      // null only for ranges
  std::optional<double> value_min;  // set only when qualifier == kRange
  std::optional<double> value_max;  // set only when qualifier == kRange
  std::optional<double> value_of;   // the whole a part is counted out of: "4.120/6.300 xã" is
                                    // value 4120 of 6300, "xếp thứ 9/63" rank 9 of 63
  std::string unit;                 // canonical unit: "VND", "USD", "m3", "tonne", "percent", ...;
                                    // "count" for any other counted noun; "" for a plain
                                    // number, "ordinal" for an ordinal
  std::string unit_text;  // the unit as written, NFC and lower case, without the number and
                          // its scale word: "cổ phiếu", "đồng/lượng", "%", "usd"; "" when none
  Qualifier qualifier = Qualifier::kExact;
  std::string surface;  // the number with its scale word and unit, as written
  Span span;            // where `surface` is in the input
};

// One mention of an indicator in a document: a Quantity (its value, unit,
// qualifier, surface and span) read in context.
struct Indicator : Quantity {
  Section section = Section::kBody;
  std::string label;                  // what is measured, as written: "sản lượng gỗ dán"
  std::optional<std::string> period;  // "2022", "2022-H1", "2022-Q3", "2022-07", ...
  // Where the period came from, so that a reader can filter on how sure it
  // is: "stated" (in the figure's own clause), "carried" (an earlier clause
  // or sentence of the block), "heading" (a lead, section heading, list
  // introduction or table caption), "title", "published" (an as-of figure —
  // "hiện có", "đến nay", a price quoted with no date — dated by the
  // publication date); null when `period` is null.
  std::optional<std::string> period_basis;
  Kind kind = Kind::kActual;
  std::optional<std::string>
      compare_to;        // for kChange / kRatio: "plan", "same_period_last_year", ...
  std::string sentence;  // the sentence the figure came from
  // What was measured, an identifier of the project's vocabulary
  // ("export_value", "cpi", "rice_output"; docs/DESIGN.md lists them), set
  // only when the label, unit and kind fit one. The JSON key and the Python
  // attribute are `concept` (a C++20 keyword, hence `concept_id` here).
  std::optional<std::string> concept_id;
  std::optional<std::string> concept_label;  // its Vietnamese name: "Kim ngạch xuất khẩu"
  // The place the figure describes, as the text names it, normalised:
  // "tỉnh Bắc Kạn", "Thành phố Hồ Chí Minh", "huyện Chợ Mới", "KCN Thanh
  // Bình", "cả nước"; with its level: "national", "region", "province",
  // "district", "commune", "industrial_zone", "economic_zone",
  // "industrial_cluster" or "other".
  std::optional<std::string> area;
  std::optional<std::string> area_level;
  // For a title, lead or caption figure that repeats a figure further down
  // (same value, unit, period and kind): the index of that indicator in
  // Document::indicators. Dropping the indicators that have one counts each
  // fact once.
  std::optional<std::size_t> restates;
};

}  // namespace vnextract

#endif  // VNEXTRACT_INDICATOR_H_
