// The only place that sees Gumbo: an RAII parse tree and the walk that turns
// an element's visible text into lines. Nothing of <gumbo.h> leaves html/.
#ifndef VNEXTRACT_SRC_HTML_GUMBO_TREE_H_
#define VNEXTRACT_SRC_HTML_GUMBO_TREE_H_

#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "html/blocks.h"

namespace vnextract::html {

// Where a run of the parsed buffer starts, and where those bytes are in the
// page (prepass.h cuts unread bytes out before parsing).
struct ParseSegment {
  std::size_t parsed = 0;
  std::size_t page = 0;
};

// A run of text the pre-pass replaced by kTextPlaceholder before parsing
// (prepass.h): the placeholder is at `parsed` in the parsed buffer, the text
// at [page_begin, page_end) of the page.
struct TextPlaceholder {
  std::size_t parsed = 0;
  std::size_t page_begin = 0;
  std::size_t page_end = 0;
};
// U+E000, a private-use character: Gumbo passes it through like any letter.
inline constexpr std::string_view kTextPlaceholder = "\xEE\x80\x80";

// The value of the numeric character reference "&#..." at s[amp] as the
// HTML spec reads it (any number of digits, decimal or hex, ';' or not),
// saturated at 0x110000; kNotAReference when s[amp] does not start one.
inline constexpr std::uint32_t kNotAReference = 0xFFFFFFFF;
std::uint32_t NumericReferenceAt(std::string_view s, std::size_t amp);

// Owns a GumboOutput; the input buffer must outlive it (nodes point into it).
//
// Gumbo 0.10.1 cannot survive a failed allocation (it dereferences the
// result) and frees its tree recursively, so the tree keeps Gumbo's memory
// itself: small blocks come from chunks the tree owns (reused through free
// lists by size class), large ones from malloc, linked into a list. What the
// tree holds from the system (chunks and large blocks) is counted; when it
// would pass `max_bytes` the allocator does not return: it longjmps out of
// gumbo_parse (a C library: no destructor is skipped) and the parse is
// abandoned — exhausted() is true and root() null. Either way the destructor
// frees the chunks and the list, without recursion and without
// gumbo_destroy_output. Before parsing, the markup guard (markup_guard.h)
// blanks what would make Gumbo quadratic.
//
// Gumbo 0.10.1 reads a numeric character reference into a 32-bit int that
// wraps: "&#x180301EA1;" came out as the lone byte 0xA1 (not UTF-8),
// "&#2147483649;" as U+0001. A reference past U+10FFFF has its digits
// rewritten in the parsed copy to the same number of digits for U+FFFD,
// which is what the spec decodes it to.
class GumboTree {
 public:
  explicit GumboTree(std::string_view html,
                     std::size_t max_bytes = std::numeric_limits<std::size_t>::max());
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;
  ~GumboTree();

  const GumboNode* root() const { return output_ ? output_->root : nullptr; }
  // The text Gumbo parsed: `html`, or a same-length copy with the tags the
  // markup guard blanked and the references past U+10FFFF rewritten.
  // Offsets are the same in both.
  std::string_view input() const { return input_; }
  // When the parsed text is a region of the page, or the page with pieces
  // cut out (prepass.h): the segments, ascending. Empty: offsets are the
  // page's own.
  void SetPageMap(std::vector<ParseSegment> map) { page_map_ = std::move(map); }
  // The page offset of a Gumbo position (start_pos.offset, value_start...).
  // Binary search: a page of thousands of <script>s has thousands of
  // segments, and every text node asks (a linear scan made it quadratic).
  std::size_t PageOffset(std::size_t parsed) const {
    if (page_map_.empty()) return parsed;
    auto it = std::upper_bound(
        page_map_.begin(), page_map_.end(), parsed,
        [](std::size_t offset, const ParseSegment& segment) { return offset < segment.parsed; });
    const ParseSegment& segment = it == page_map_.begin() ? page_map_.front() : *(it - 1);
    return segment.page + (parsed - segment.parsed);
  }
  // Puts the text of `placeholders` (ParseInput::placeholders; `page` is
  // the page they point into) back into the tree: every text node whose
  // source holds placeholders gets its text and source text with the runs
  // in place, as a parse of the unreplaced buffer would have given them.
  // It checks that this is so: the input holds placeholder characters only
  // where the pre-pass put them, so each node must show exactly the
  // placeholders of its own source, and every placeholder must be shown by
  // one text node (not dropped, as a frameset drops text, nor taken into a
  // comment or an attribute). Returns false when a check fails; the tree
  // is then half restored and must be discarded (parse again without
  // placeholders). The restored strings live as long as the tree.
  bool RestoreText(std::string_view page, const std::vector<TextPlaceholder>& placeholders);
  // The parse needed more than `max_bytes`: no tree.
  bool exhausted() const;
  // The most memory the tree held from the system at once for Gumbo: its
  // chunks whole, and its large blocks as malloc sized them.
  std::size_t peak_bytes() const;
  // Tags and over-long attribute lists the markup guard blanked.
  std::size_t blanked_tags() const { return blanked_tags_; }
  std::size_t blanked_attrs() const { return blanked_attrs_; }

  struct Memory;  // the counting allocator's state (gumbo_tree.cc)

 private:
  // The copy Gumbo parses, when the guard or the reference rewrite changed bytes.
  std::string guarded_;
  std::string_view input_;
  std::unique_ptr<Memory> memory_;
  GumboOutput* output_ = nullptr;
  std::size_t blanked_tags_ = 0;
  std::size_t blanked_attrs_ = 0;
  std::vector<ParseSegment> page_map_;
  std::deque<std::string> restored_;  // RestoreText's strings (stable addresses)
};

// Elements a page's own stylesheet hides (".ms-webpart-chrome-title{display:none}").
struct HiddenRules {
  std::unordered_set<std::string> classes;
  std::unordered_set<std::string> ids;
};

// Element helpers.
std::string_view Attribute(const GumboNode* node, const char* name);
bool HasClass(const GumboNode* node, std::string_view cls);
// All text under `node`, whitespace collapsed (for web-part titles, <title>,
// date elements). The text of <script> and <style> elements inside `node`
// is left out: no reader sees it, and the pre-pass (prepass.h) cuts their
// bodies from what Gumbo parses, so reading it would make the fast parse
// and the whole-page parse disagree (fuzz_differential found a date read
// from a script inside <time>). `node` itself may be a <style>.
std::string TextContent(const GumboNode* node);

// Maps each byte of a text node's decoded text to the input offset it came
// from: verbatim bytes exactly, a decoded character reference ("&nbsp;",
// "&agrave;") to its '&', a CR LF (reported as LF) to its CR.
void AlignDecoded(std::string_view original, std::string_view decoded, std::size_t base,
                  std::vector<std::uint32_t>& offsets);

// True for elements that never show text: hidden by an attribute, an inline
// style or one of the page's own rules.
bool IsHidden(const GumboNode* node, const HiddenRules& hidden);
// Block-level elements: a line ends at their boundaries.
bool IsBlock(GumboTag tag);
// Elements whose content a reader never sees as text (script, style, head…).
bool IsSkipped(GumboTag tag);

// Elements a layout leaves out of a walk (page chrome, the title element
// when the body is walked...). Empty: none. Never asked about the root.
using SkipFn = std::function<bool(const GumboNode*)>;

// Appends the visible lines of `node` to `out`, tagged with `part`. The
// walk is iterative: any depth is walked in full (the markup guard, not the
// walk, bounds how deep a tree gets).
// With `tables`, statistical tables (ReadStatisticalTable) go there instead
// of becoming lines, and a unit line just above one ("Đơn vị tính: tỷ
// đồng") becomes its unit.
void CollectLines(const GumboTree& tree, const GumboNode* node, Part part,
                  const HiddenRules& hidden, std::vector<Line>& out, const SkipFn& skip = {},
                  std::vector<TableBlock>* tables = nullptr);

// `table` as a statistical table: at least three columns, a header row and
// two body rows, figures in most value cells, no long text, no nested
// table. nullopt for layout tables and tables of text.
std::optional<TableBlock> ReadStatisticalTable(const GumboTree& tree, const GumboNode* table,
                                               const HiddenRules& hidden);

// A unit line — "Đơn vị tính: tỷ đồng", "(ĐVT: triệu USD)" — becomes its
// unit ("tỷ đồng"), offsets kept; false (run untouched) for other lines.
bool TakeUnit(text::TextRun& run);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_GUMBO_TREE_H_
