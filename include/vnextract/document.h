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

// What a diagnostic reports. The JSON and Python name is DiagnosticCodeName().
enum class DiagnosticCode {
  kNoDate,           // "no_date": no publication date found
  kNoTitle,          // "no_title": no article title found
  kNoAuthor,         // "no_author": no byline found
  kNoBody,           // "no_body": no body paragraphs found
  kNoBodyElement,    // "no_body_element": a known layout without its body element
  kNoToolbar,        // "no_toolbar": BanTin view data without its toolbar
  kGenericLayout,    // "generic_layout": no known layout; read by text density
  kReferenceDate,    // "reference_date": periods resolved against Options::reference_date
  kDecodedFrom,      // "decoded_from": the charset the page was converted from
  kCharsetGuessed,   // "charset_guessed": no charset declared; guessed from the bytes
  kCharsetMismatch,  // "charset_mismatch": declared another charset, but was UTF-8
  kReplacedBytes,    // "replaced_bytes": bytes undefined in the charset became U+FFFD
  kParseFailed,      // "parse_failed": the HTML parser returned no tree
  kMarkupFlattened,  // "markup_flattened": excess nesting/attributes read as spaces
  kParagraphsCut,    // "paragraphs_cut": past Options::max_paragraphs
  kIndicatorsCut,    // "indicators_cut": past Options::max_indicators
  kSentenceSplit,    // "sentence_split": a sentence over 2 KB read in pieces
};

// "no_date", "markup_flattened", ... (stable; the JSON "code").
std::string_view DiagnosticCodeName(DiagnosticCode code);

// Something that could not be found or looked doubtful. Content problems are
// reported here, never as errors.
struct Diagnostic {
  DiagnosticCode code;
  std::string message;
};

// Document::layout: which page layout was recognised.
inline constexpr std::string_view kLayoutSharepointBantin = "sharepoint_bantin";
inline constexpr std::string_view kLayoutArticleDescription = "article_description";
inline constexpr std::string_view kLayoutNews = "news";  // national and provincial news sites
// Portal platforms beyond SharePoint's BanTin web parts.
inline constexpr std::string_view kLayoutSharepointPublishing = "sharepoint_publishing";
inline constexpr std::string_view kLayoutLiferay = "liferay";
inline constexpr std::string_view kLayoutVnptEportal = "vnpt_eportal";  // VNPT's Liferay product
inline constexpr std::string_view kLayoutDotNetNuke = "dotnetnuke";
inline constexpr std::string_view kLayoutJoomla = "joomla";
inline constexpr std::string_view kLayoutWordPress = "wordpress";
inline constexpr std::string_view kLayoutNukeViet = "nukeviet";
inline constexpr std::string_view kLayoutDrupal = "drupal";
inline constexpr std::string_view kLayoutCkan = "ckan";  // open-data portals' news pages
inline constexpr std::string_view kLayoutGeneric = "generic";
inline constexpr std::string_view kLayoutText = "text";  // ExtractText

struct Document {
  int schema_version = kSchemaVersion;  // the contract this record follows
  std::string source;                   // path, URL or id as given by the caller
  // One of the kLayout* names above; see Extractor::ExtractHtml.
  std::string layout;
  std::optional<Date> published;
  // The date as written on the page, with its weekday, time and time zone
  // when shown ("Thứ Ba, 02/08/2022 09:15", "2022-08-02T09:15:00+07:00"),
  // without labels ("Cập nhật", "Ngày đăng:") or view counters.
  std::optional<std::string> published_text;
  std::optional<std::string> title;
  std::optional<std::string> lead;
  // The person or people who wrote the article ("Hà Thu", "NHẬT XUÂN - NGHI
  // VŨ", "Nhóm PV", a unit signing a report), never an outlet or a widget's
  // text (docs/DESIGN.md section 9).
  std::optional<std::string> author;
  // The outlet or agency the article is credited to ("Theo TTXVN", "Nguồn:
  // Sở Công Thương", cafef's source line), null when none is named.
  std::optional<std::string> source_outlet;
  std::vector<std::string> paragraphs;  // body, without byline and chrome
  std::vector<Indicator> indicators;    // in document order
  std::vector<Diagnostic> diagnostics;
};

}  // namespace vnextract

#endif  // VNEXTRACT_DOCUMENT_H_
