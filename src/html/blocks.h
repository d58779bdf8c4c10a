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
};

struct PageLines {
  std::string layout;                       // "sharepoint_bantin", "generic", "text"
  std::vector<Line> lines;                  // visible lines, in reading order
  std::optional<text::TextRun> title_hint;  // generic pages: og:title / h1 / <title>
  std::vector<Diagnostic> diagnostics;
};

struct Blocks {
  std::string layout;
  std::optional<Date> published;
  std::optional<std::string> published_text;
  std::optional<text::TextRun> title;
  std::optional<text::TextRun> lead;
  std::optional<text::TextRun> author;
  std::vector<text::TextRun> captions;
  std::vector<text::TextRun> paragraphs;
  std::vector<Diagnostic> diagnostics;
};

Blocks FindBlocks(PageLines page);

// The first dd/mm/yyyy date in `s` (a real calendar date), with where it is.
struct DateHit {
  Date date;
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::optional<DateHit> FindDayMonthYear(std::string_view s);

// Lines of a plain-text dump of a portal page; web-part titles such as
// "PublishingPortal - Block_BanTin_Toolbar" switch the part.
PageLines ReadTextDump(std::string_view text);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_BLOCKS_H_
