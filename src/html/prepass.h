// The byte-level pre-pass (DESIGN.md section 7): before Gumbo sees a page,
// one memchr-driven scan over the raw bytes follows the HTML tokenizer far
// enough to know where tags, comments and raw-text elements are. It finds
//  - what nobody reads: <script> bodies (not JSON-LD), <style> bodies with no
//    display:none rule, the __VIEWSTATE value. Gumbo costs the same per byte
//    whatever the byte is (blanking with spaces does not make it faster), so
//    these are cut out of the buffer Gumbo parses and an offset map
//    (ParseSegment) takes every position back to the page: spans still slice
//    the input exactly;
//  - for SharePoint BanTin pages, the region from the toolbar web part's
//    title to the end of the view-data web part's body, which alone is
//    parsed, when the page is plain enough that the region's tree reads as
//    the whole page's would (FindBanTinRegion lists the conditions);
//  - the runs of text between tags. Gumbo spends ~400 instructions on every
//    byte of text and the characters of a run change nothing in the tree
//    but its text, so MakeParseInput can replace each long run by one
//    placeholder character and GumboTree::RestoreText puts the text back
//    (gumbo_tree.h says when it may, and when it must refuse).
// Anything the scan does not model (foreign content, <plaintext>, a script
// with an escaped <script> inside) ends it: what is after is left whole.
#ifndef VNEXTRACT_SRC_HTML_PREPASS_H_
#define VNEXTRACT_SRC_HTML_PREPASS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html/gumbo_tree.h"

namespace vnextract::html {

struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// A WebPartTitleWPQn element or a div#WebPartWPQn.ms-WPBody start tag.
struct WebPartTag {
  std::size_t at = 0;            // its '<'
  std::size_t number = 0;        // n
  std::string_view name;         // tag name as written
  bool table_cell = false;       // a td/th/tr (SharePoint 2010 chrome)
  std::size_t table_at = 0;      // the enclosing <table>'s '<' (table_cell only)
  bool has_table = false;        // an enclosing <table> was seen
  bool formatting_open = false;  // <b>, <a>, <font>… open before it
};

// Text runs shorter than this are not worth a placeholder (three bytes and
// an entry in the offset map).
inline constexpr std::size_t kMinTextRun = 12;

struct RawScan {
  bool complete = true;         // false: the scan stopped early (see above)
  std::vector<ByteRange> cuts;  // ascending, disjoint
  // Bytes between markup in the tokenizer's data state (not raw text, not a
  // tag, comment or doctype), kMinTextRun bytes or more; ascending, disjoint
  // from the cuts.
  std::vector<ByteRange> texts;
  std::vector<ByteRange> styles;  // every <style> body, cut or not
  std::vector<WebPartTag> titles;
  std::vector<WebPartTag> bodies;
  // <div> and <table> start/end tags and elements that limit an end tag's
  // scope (object, marquee, template, applet...), for the region's end.
  struct Event {
    std::size_t at = 0;   // '<'
    std::size_t end = 0;  // after '>'
    enum Kind { kDivOpen, kDivClose, kTableOpen, kTableClose, kScoping } kind = kDivOpen;
  };
  std::vector<Event> events;
  int max_depth = 0;                // of the open-element estimate over the whole page
  int max_formatting = 0;           // formatting elements open at once (an upper bound)
  std::size_t max_attributes = 0;   // on one tag
  bool entity_in_web_part = false;  // a character reference in a web part's id, class or title
  // Where the page names its portal (identity.h), raw bytes, in page order:
  // the first <title>'s text, og:site_name's content, a logo's alt text.
  struct IdentityPart {
    ByteRange bytes;
    enum Kind { kTitle, kSiteName, kLogo } kind = kTitle;
  };
  std::vector<IdentityPart> identity;
};

// Linear in page.size(). The result points into `page` (tag names): it must
// not outlive it. Pure: safe on any thread.
RawScan ScanRaw(std::string_view page);

// The buffer Gumbo parses: `page` (or its [begin, end) region) without the
// cuts inside it, and the map back to page offsets. `view` points into
// `page`; `buffer` is a copy, made only when something was cut or replaced.
//
// With `texts` (RawScan::texts), each text run inside the range whose
// characters Gumbo passes through unchanged (no character reference, NUL,
// CR, '>', control character or noncharacter; valid UTF-8) keeps its leading
// and trailing whitespace and has what lies between replaced by
// kTextPlaceholder — only when the range holds no placeholder character of
// its own and no character reference that decodes to one. The tree must
// then go through GumboTree::RestoreText before anything reads its text.
struct ParseInput {
  std::string_view view;  // the page's own bytes, when nothing was cut
  std::string buffer;     // the bytes left, when something was
  bool cut = false;
  std::vector<ParseSegment> map;
  std::vector<TextPlaceholder> placeholders;  // ascending
  std::string_view text() const { return cut ? std::string_view(buffer) : view; }
};
ParseInput MakeParseInput(std::string_view page, const std::vector<ByteRange>& cuts,
                          std::size_t begin, std::size_t end,
                          const std::vector<ByteRange>* texts = nullptr);

// True when a style text may hide something: it holds "display:none" once
// every byte <= 0x20 or >= 0x80 is left out (a superset of the rules
// ParseHiddenRules keeps after whitespace collapsing). Exposed for tests.
bool MayHide(std::string_view css);

// The hidden-element rules of every <style> of the page, read from the raw
// bodies exactly as ScanPage reads them from a parsed page.
HiddenRules RawHiddenRules(std::string_view page, const RawScan& scan);

struct BanTinRegion {
  ByteRange bytes;
  std::size_t toolbar = 0;  // WPQ numbers
  std::size_t viewdata = 0;
};

// The toolbar-through-view-data region of a BanTin page, or nullopt when the
// markers are missing or the region could read differently from the whole
// page: the scan stopped early; a "Block_BanTin_Toolbar"/"_ViewData" marker
// outside the region (another part, a title elsewhere); a web part titled
// in the region with a title or body tag (a repeated id) outside it; the view data's body not
// closed by a balanced </div> with its tables closed; an element that limits end-tag scope inside
// it; formatting elements left open before it. (The caller checks the markup guard's bounds,
// markup_guard.h.)
std::optional<BanTinRegion> FindBanTinRegion(std::string_view page, const RawScan& scan);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_PREPASS_H_
