// Plain-text dumps of portal pages, like the project's seed: what a text
// extractor that ignores CSS makes of a SharePoint page. The web-part titles
// survive as lines ("PublishingPortal - Block_BanTin_Toolbar"), so they mark
// the parts exactly as the HTML web parts do.
#include <string_view>

#include "html/blocks.h"

namespace vnextract::html {
namespace {

constexpr std::string_view kWebPartPrefix = "PublishingPortal - ";

constexpr std::string_view kNbsp = "\xC2\xA0";

// Trims spaces, tabs, CR and no-break spaces (the seed dump starts a web-part
// title line with U+00A0).
std::string_view Trim(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
      s.remove_prefix(1), changed = true;
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1), changed = true;
    }
    if (s.substr(0, kNbsp.size()) == kNbsp) s.remove_prefix(kNbsp.size()), changed = true;
    if (s.size() >= kNbsp.size() && s.substr(s.size() - kNbsp.size()) == kNbsp) {
      s.remove_suffix(kNbsp.size()), changed = true;
    }
  }
  return s;
}

}  // namespace

PageLines ReadTextDump(std::string_view text) {
  PageLines page;
  page.layout = kLayoutText;
  Part part = Part::kOther;
  bool seen_bantin = false;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view raw = text.substr(pos, nl - pos);
    const std::string_view line = Trim(raw);
    const std::size_t offset = pos + static_cast<std::size_t>(line.data() - raw.data());
    pos = nl + 1;
    if (line.empty()) continue;
    if (line.substr(0, kWebPartPrefix.size()) == kWebPartPrefix) {
      const std::string_view name = line.substr(kWebPartPrefix.size());
      part = name.find("Block_BanTin_Toolbar") != std::string_view::npos    ? Part::kToolbar
             : name.find("Block_BanTin_ViewData") != std::string_view::npos ? Part::kViewData
                                                                            : Part::kOther;
      seen_bantin = seen_bantin || part != Part::kOther;
      continue;  // a web-part title is chrome, never text
    }
    // Lines under a web part that is neither toolbar nor view data (related
    // news, footers) are chrome once the article's web parts have been seen.
    if (part == Part::kOther && seen_bantin) continue;
    text::RunBuilder builder;
    builder.Append(line, offset, offset + line.size());
    Line l;
    l.run = builder.Finish();
    l.part = part;
    if (!l.run.empty()) page.lines.push_back(std::move(l));
  }
  return page;
}

}  // namespace vnextract::html
