// The only place that sees Gumbo: an RAII parse tree and the walk that turns
// an element's visible text into lines. Nothing of <gumbo.h> leaves html/.
#ifndef VNEXTRACT_SRC_HTML_GUMBO_TREE_H_
#define VNEXTRACT_SRC_HTML_GUMBO_TREE_H_

#include <gumbo.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "html/blocks.h"

namespace vnextract::html {

// Owns a GumboOutput; the input buffer must outlive it (nodes point into it).
class GumboTree {
 public:
  explicit GumboTree(std::string_view html);
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;
  ~GumboTree();

  const GumboNode* root() const { return output_ ? output_->root : nullptr; }
  std::string_view input() const { return input_; }

 private:
  std::string_view input_;
  GumboOutput* output_ = nullptr;
};

// Elements a page's own stylesheet hides (".ms-webpart-chrome-title{display:none}").
struct HiddenRules {
  std::unordered_set<std::string> classes;
  std::unordered_set<std::string> ids;
};

// Element helpers.
std::string_view Attribute(const GumboNode* node, const char* name);
bool HasClass(const GumboNode* node, std::string_view cls);
// All text under `node`, whitespace collapsed (for web-part titles, <title>).
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

// The deepest nesting walked; deeper subtrees are skipped (and reported).
inline constexpr int kMaxDepth = 400;

// Elements a layout leaves out of a walk (page chrome, the title element
// when the body is walked...). Empty: none. Never asked about the root.
using SkipFn = std::function<bool(const GumboNode*)>;

// Appends the visible lines of `node` to `out`, tagged with `part`. Returns
// false when the tree was deeper than kMaxDepth (that subtree is skipped).
// With `tables`, statistical tables (ReadStatisticalTable) go there instead
// of becoming lines, and a unit line just above one ("Đơn vị tính: tỷ
// đồng") becomes its unit.
bool CollectLines(const GumboTree& tree, const GumboNode* node, Part part,
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
