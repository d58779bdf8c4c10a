// The block finder: from the visible lines of a page (or of a text dump) to
// the article's blocks — publication date, title, lead, captions, body
// paragraphs and byline. Anchored on what real portals show (research/
// markup.md): web-part titles, the dd/mm/yyyy toolbar date, the font-size
// links, the "./." terminator and the short right-aligned byline — never on
// inner class names, which are unknown for the BanTin web parts.
#ifndef VNEXTRACT_SRC_HTML_BLOCKS_H_
#define VNEXTRACT_SRC_HTML_BLOCKS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/run.h"
#include "vnextract/document.h"

namespace vnextract::html {

// Which web part a line came from.
enum class Part { kToolbar, kViewData, kOther };

struct Line {
  text::TextRun run;
  Part part = Part::kOther;
  bool heading = false;        // inside h1-h3
  bool right_aligned = false;  // text-align:right / align=right
  bool near_image = false;     // a caption: right after an <img>, or a figcaption
  bool bold = false;           // every letter inside <strong>/<b>
  bool italic = false;         // every letter inside <em>/<i>
  // Where a trailing italic part (<em>, <i>) of the line starts, npos when
  // the line does not end in one ("<strong>Hà Thu</strong> <em>(tổng
  // hợp)</em>": the byline rules read the tail apart).
  std::size_t italic_from = std::string::npos;
};

// A statistical table in the article ("Một số chỉ tiêu chủ yếu": numbering,
// indicator, unit, plan, result and ratio columns). Its cells never become
// body paragraphs; turning them into Section::kTable indicators (label from
// the label column, unit and scale from the unit column or `unit`, period
// and kind from the value column's header) is the linker's job.
struct TableBlock {
  enum class Column {
    kIndex,  // row numbering: "TT", "STT" (ignored)
    kLabel,  // what the row measures: "Chỉ tiêu", "Nội dung", "Mặt hàng"
    kUnit,   // "Đơn vị tính", "ĐVT": the row's unit and scale ("Tỷ đồng")
    kValue,  // figures; the header says period and kind ("Thực hiện 6 tháng
             // 2022", "So cùng kỳ (%)", "Kế hoạch năm 2022")
    kOther,  // text columns that are none of these ("Ghi chú")
  };
  std::vector<Column> columns;
  // Per column, the header text; stacked header rows (a "Năm 2022" cell
  // spanning "Kế hoạch" and "Thực hiện") are joined top to bottom.
  std::vector<text::TextRun> headers;
  // Body rows, one run per column (empty for an empty cell; "-" and "x"
  // stay as written: they mean no value).
  std::vector<std::vector<text::TextRun>> rows;
  std::optional<text::TextRun> caption;  // <caption>
  // A table-wide unit stated above the table or in its caption
  // ("Đơn vị tính: tỷ đồng"), label removed.
  std::optional<text::TextRun> unit;
};

// A publication date a layout found outside the lines (a date element, a
// <meta>, JSON-LD), with the text as written.
struct PublishedHint {
  Date date;
  std::string text;
};

struct PageLines {
  // "sharepoint_bantin", "article_description", "news", "generic", "text".
  std::string layout;
  std::vector<Line> lines;  // visible lines, in reading order
  // Set by the layouts that locate the article's elements themselves
  // ("article_description", "news", "generic"): `lines` then hold only the
  // body region, and the title, lead, date and byline are the hints below
  // (a missing hint is a missing block, not a reason to search the body).
  // Unset (BanTin pages, text dumps): every block is found in `lines`.
  bool body_only = false;
  std::optional<text::TextRun> title_hint;
  std::optional<text::TextRun> lead_hint;
  std::optional<text::TextRun> author_hint;
  // The author came from structured data (JSON-LD, <meta>, author links):
  // a signed line under the body does not replace it.
  bool author_structured = false;
  std::optional<text::TextRun> outlet_hint;  // a source line marked apart
  // The page's <meta> description, for the lead's checked fallback: with no
  // lead element, a first body line that the description repeats whole is
  // the lead.
  std::optional<std::string> description;
  std::optional<PublishedHint> published_hint;
  std::vector<TableBlock> tables;  // statistical tables of the body
  // The portal's own names, as its chrome and metadata give them
  // (identity.h): og:site_name, the logo's alt text, the <title>'s site part.
  std::vector<std::string> identity;
  std::vector<Diagnostic> diagnostics;
  // ReadHtml: the parse needed more memory than allowed; nothing was read.
  bool parse_exhausted = false;
};

struct Blocks {
  std::string layout;
  std::optional<Date> published;
  std::optional<std::string> published_text;
  std::optional<text::TextRun> title;
  std::optional<text::TextRun> lead;
  std::optional<text::TextRun> author;
  std::optional<text::TextRun> outlet;
  std::vector<text::TextRun> captions;
  std::vector<text::TextRun> paragraphs;
  // Per paragraph: set off as a heading (inside h1-h3, or every letter in
  // bold).
  std::vector<bool> paragraph_marked;
  std::vector<TableBlock> tables;
  std::vector<std::string> identity;  // PageLines::identity
  std::vector<Diagnostic> diagnostics;
};

Blocks FindBlocks(PageLines page);

// Removes a news agency's tag from the start of a lead: "(Chinhphu.vn) – ",
// "(Mic.gov.vn) - ", "(BNP) – ", "(ĐTCK) ", "(Dân trí) - ", "(NLĐO)-",
// "BNEWS ". Offsets of the rest are kept.
void StripSourceTag(text::TextRun& run);

// Lines that are page furniture wherever they appear: font-size links
// ("Tăng cỡ chữ"), view counters ("Lượt xem: 1.208"), links out of the
// article ("Xem thêm: …", "Trở lại Kinh doanh").
bool IsChromeLine(std::string_view s);

// A heading that starts a related-news box or list ("Các tin khác", "Tin
// liên quan", "TIN MỚI", "Những tin cũ hơn"): portal_table.h.
bool IsRelatedNewsHeading(std::string_view s);

// Whether the page's <meta> description repeats `line` whole (folded,
// spaces collapsed, an agency tag, a trailing ellipsis or " - Site" left
// out): the lead's checked fallback.
bool DescriptionRepeats(std::string_view description, std::string_view line);

// A short line that is an image's caption or credit ("Ảnh: Reuters", "Ảnh
// minh họa", "… (Ảnh: TTXVN)").
bool IsCaptionLine(std::string_view s);

// Lines of a plain-text dump of a portal page; web-part titles such as
// "PublishingPortal - Block_BanTin_Toolbar" switch the part.
PageLines ReadTextDump(std::string_view text);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_BLOCKS_H_
