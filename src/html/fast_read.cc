// ReadHtml: the pre-pass (prepass.h) decides what Gumbo parses. The region
// parse is taken only when it provably reads like the whole page; anything
// doubtful falls back to the page with unread bytes cut, which differs from
// ReadHtmlWhole only in bytes no reader looks at.
#include <optional>
#include <string_view>
#include <utility>

#include "html/html.h"
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

std::optional<PageLines> ReadRegion(std::string_view html, const RawScan& raw,
                                    const BanTinRegion& region, std::size_t max_parse_bytes) {
  ParseInput in = MakeParseInput(html, raw.cuts, region.bytes.begin, region.bytes.end);
  GumboTree tree(in.text(), max_parse_bytes);
  if (tree.exhausted() || tree.root() == nullptr ||
      tree.blanked_tags() + tree.blanked_attrs() > 0) {
    return std::nullopt;
  }
  tree.SetPageMap(std::move(in.map));
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
  bool complete = true;
  if (!ReadBanTin(tree, scan, page, &complete) || !complete) return std::nullopt;
  return page;
}

}  // namespace

ScopedWholePageParse::ScopedWholePageParse() { whole_page = true; }
ScopedWholePageParse::~ScopedWholePageParse() { whole_page = false; }

PageLines ReadHtml(std::string_view html, std::size_t max_parse_bytes) {
  // Options::max_parse_bytes caps what Gumbo holds for the page. A page that
  // could come near the cap is parsed whole, so that the cap decides as it
  // would without the shortcuts (ordinary pages need 10-60 bytes a byte).
  constexpr std::size_t kWorstBytesPerByte = 128;
  if (whole_page || html.size() > max_parse_bytes / kWorstBytesPerByte) {
    return ReadHtmlWhole(html, max_parse_bytes);
  }
  const RawScan raw = ScanRaw(html);
  if (WellWithinGuard(raw)) {
    if (const std::optional<BanTinRegion> region = FindBanTinRegion(html, raw)) {
      if (std::optional<PageLines> page = ReadRegion(html, raw, *region, max_parse_bytes)) {
        return std::move(*page);
      }
    }
  }
  if (raw.cuts.empty()) return ReadHtmlWhole(html, max_parse_bytes);
  ParseInput in = MakeParseInput(html, raw.cuts, 0, html.size());
  GumboTree tree(in.text(), max_parse_bytes);
  tree.SetPageMap(std::move(in.map));
  return ReadTree(tree);
}

}  // namespace vnextract::html
