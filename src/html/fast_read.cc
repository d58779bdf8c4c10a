// ReadHtml: the pre-pass (prepass.h) decides what Gumbo parses. The region
// parse is taken only when it provably reads like the whole page; anything
// doubtful falls back to the page with unread bytes cut, which differs from
// ReadHtmlWhole only in bytes no reader looks at.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "html/html.h"
#include "html/identity.h"
#include "html/markup_guard.h"
#include "html/page.h"
#include "html/prepass.h"

namespace vnextract::html {
namespace {

thread_local bool whole_page = false;

constexpr std::string_view kToolbarMarker = "Block_BanTin_Toolbar";
constexpr std::string_view kViewDataMarker = "Block_BanTin_ViewData";

// The markup guard rewrites pages past its bounds; a region of such a page
// would be guarded differently from the whole. The raw scan's estimates
// only over-count, and half the bound leaves room for the guard's model.
bool WellWithinGuard(const RawScan& scan) {
  return scan.max_depth < static_cast<int>(kMaxNesting / 2) &&
         scan.max_formatting < static_cast<int>(kMaxOpenFormatting / 2) &&
         scan.max_attributes < kMaxAttributes / 2;
}

// Gumbo on [begin, end) of the page with the scan's cuts made and its long
// text runs replaced by placeholders (prepass.h), the text put back after.
// When the tree cannot be shown to hold every run where the plain parse
// would, the range is parsed again without placeholders.
class RangeParse {
 public:
  RangeParse(std::string_view html, const RawScan& raw, std::size_t begin, std::size_t end,
             std::size_t max_parse_bytes) {
    in_ = MakeParseInput(html, raw.cuts, begin, end, &raw.texts);
    tree_.emplace(in_.text(), max_parse_bytes);
    if (!in_.placeholders.empty() && !tree_->exhausted() &&
        !tree_->RestoreText(html, in_.placeholders)) {
      tree_.reset();
      in_ = MakeParseInput(html, raw.cuts, begin, end);
      tree_.emplace(in_.text(), max_parse_bytes);
    }
    tree_->SetPageMap(std::move(in_.map));
  }
  RangeParse(const RangeParse&) = delete;
  RangeParse& operator=(const RangeParse&) = delete;

  GumboTree& tree() { return *tree_; }

 private:
  ParseInput in_;  // the tree points into its buffer: declared first, freed last
  std::optional<GumboTree> tree_;
};

std::optional<PageLines> ReadRegion(std::string_view html, const RawScan& raw,
                                    const BanTinRegion& region, std::size_t max_parse_bytes) {
  RangeParse parse(html, raw, region.bytes.begin, region.bytes.end, max_parse_bytes);
  GumboTree& tree = parse.tree();
  if (tree.exhausted() || tree.root() == nullptr ||
      tree.blanked_tags() + tree.blanked_attrs() > 0) {
    return std::nullopt;
  }
  PageScan scan = ScanPage(tree.root());
  // The page's stylesheets are outside the region.
  scan.hidden = RawHiddenRules(html, raw);
  // Every part ReadBanTin could take must be whole in the region.
  const WebPart* toolbar = nullptr;
  const WebPart* viewdata = nullptr;
  for (const auto& [num, part] : scan.parts) {
    const bool is_toolbar = part.title.find(kToolbarMarker) != std::string::npos;
    const bool is_viewdata = part.title.find(kViewDataMarker) != std::string::npos;
    if (!is_toolbar && !is_viewdata) continue;
    if (part.body == nullptr) return std::nullopt;
    if (is_toolbar && toolbar == nullptr) toolbar = &part;
    if (is_viewdata && viewdata == nullptr) viewdata = &part;
  }
  if (toolbar == nullptr || viewdata == nullptr ||
      toolbar->body->v.element.start_pos.offset >= viewdata->body->v.element.start_pos.offset) {
    return std::nullopt;
  }
  PageLines page;
  if (!ReadBanTin(tree, scan, page)) return std::nullopt;
  return page;
}

}  // namespace

ScopedWholePageParse::ScopedWholePageParse() { whole_page = true; }
ScopedWholePageParse::~ScopedWholePageParse() { whole_page = false; }
bool WholePageParseForced() { return whole_page; }

PageLines ReadHtml(std::string_view html, const Layouts& layouts, std::size_t max_parse_bytes) {
  // Options::max_parse_bytes caps what Gumbo holds for the page. A page that
  // could come near the cap is parsed whole, so that the cap decides as it
  // would without the shortcuts (ordinary pages need 10-60 bytes a byte).
  constexpr std::size_t kWorstBytesPerByte = 128;
  if (whole_page || html.size() > max_parse_bytes / kWorstBytesPerByte) {
    return ReadHtmlWhole(html, layouts, max_parse_bytes);
  }
  const RawScan raw = ScanRaw(html);
  if (WellWithinGuard(raw)) {
    if (const std::optional<BanTinRegion> region = FindBanTinRegion(html, raw)) {
      if (std::optional<PageLines> page = ReadRegion(html, raw, *region, max_parse_bytes)) {
        page->identity = SiteIdentity(html, raw);
        return std::move(*page);
      }
    }
  }
  if (raw.cuts.empty() && raw.texts.empty()) return ReadHtmlWhole(html, layouts, max_parse_bytes);
  RangeParse parse(html, raw, 0, html.size(), max_parse_bytes);
  PageLines page = ReadTree(parse.tree(), layouts);
  if (!page.parse_exhausted) page.identity = SiteIdentity(html, raw);
  return page;
}

}  // namespace vnextract::html
