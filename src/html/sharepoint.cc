// SharePoint BanTin pages (research/markup.md sections 0 and 1): every web
// part has a chrome title "PublishingPortal - Block_BanTin_X" in an element
// with id WebPartTitleWPQn (SP2013: a span holding h2.ms-webpart-titleText;
// SP2010: td.ms-WPHeaderTd with a title attribute) and a body
// div#WebPartWPQn.ms-WPBody. The toolbar (date, font-size links, sometimes
// title and lead), what stands between the two web parts (title and lead as
// publishing-page fields, the third placement) and the view data (title and
// lead in the other variant, caption, body, byline) are read in that order;
// every other web part (related news "Các tin khác", banners) and the page
// chrome is skipped.
#include <string>
#include <unordered_set>
#include <vector>

#include "html/page.h"

namespace vnextract::html {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Web-part chrome and publishing-field labels, which text dumps show but a
// reader does not: titles (WebPartTitleWPQn, .ms-webpart-chrome-title,
// .ms-WPHeader), other web parts' bodies, and the RichHtmlField labels
// "Page Content", "ArticleBody" (id ctl00_PlaceHolderMain_…_label) even when
// only an external stylesheet hides them.
bool IsSharePointChrome(const GumboNode* node) {
  const std::string_view id = Attribute(node, "id");
  if (StartsWith(id, "WebPartTitleWPQ") || StartsWith(id, "WebPartWPQ") ||
      (StartsWith(id, "ctl00_") && EndsWith(id, "_label"))) {
    return true;
  }
  return HasClass(node, "ms-webpart-chrome-title") || HasClass(node, "ms-WPHeader");
}

class RegionReader {
 public:
  RegionReader(const GumboTree& tree, const PageScan& scan, const GumboNode* toolbar,
               const GumboNode* viewdata, PageLines& page)
      : tree_(tree), scan_(scan), toolbar_(toolbar), viewdata_(viewdata), page_(page) {
    for (const GumboNode* n = toolbar; n != nullptr; n = n->parent) ancestors_.insert(n);
    for (const GumboNode* n = viewdata; n != nullptr; n = n->parent) ancestors_.insert(n);
  }

  // Collects the toolbar, the viewdata and what lies between them, in
  // document order, under `root`: down the two web parts' ancestors with an
  // explicit stack (no recursion however deep they sit).
  void Read(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
    };
    std::vector<Frame> stack;
    if (Visit(root)) stack.push_back({root, 0});
    while (!stack.empty() && !done_) {
      Frame& top = stack.back();
      const GumboVector& c = top.node->v.element.children;
      if (top.next >= c.length) {
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(c.data[top.next++]);
      if (Visit(child)) stack.push_back({child, 0});
    }
  }

 private:
  // Takes `node` in (or leaves it out); true when its children are to be
  // visited (an ancestor of a web part).
  bool Visit(const GumboNode* node) {
    if (node == toolbar_) {
      Collect(node, Part::kToolbar);
      return false;
    }
    if (node == viewdata_) {
      done_ = true;
      Collect(node, Part::kViewData);
      return false;
    }
    if (ancestors_.count(node) != 0) return true;
    if (!seen_toolbar_ || done_) return false;
    if (node->type == GUMBO_NODE_ELEMENT &&
        (IsSharePointChrome(node) || IsHidden(node, scan_.hidden))) {
      return false;
    }
    // Between the two web parts: publishing-page fields (title, lead).
    Collect(node, Part::kToolbar);
    return false;
  }

  void Collect(const GumboNode* node, Part part) {
    if (part == Part::kToolbar) seen_toolbar_ = true;
    const SkipFn skip = [](const GumboNode* n) { return IsSharePointChrome(n); };
    CollectLines(tree_, node, part, scan_.hidden, page_.lines, skip,
                 part == Part::kViewData ? &page_.tables : nullptr);
  }

  const GumboTree& tree_;
  const PageScan& scan_;
  const GumboNode* toolbar_;
  const GumboNode* viewdata_;
  PageLines& page_;
  std::unordered_set<const GumboNode*> ancestors_;
  bool seen_toolbar_ = false;
  bool done_ = false;
};

}  // namespace

bool ReadBanTin(const GumboTree& tree, const PageScan& scan, PageLines& page) {
  const WebPart* toolbar = nullptr;
  const WebPart* viewdata = nullptr;
  for (const auto& [num, part] : scan.parts) {
    if (part.body == nullptr) continue;
    if (toolbar == nullptr && part.title.find("Block_BanTin_Toolbar") != std::string::npos) {
      toolbar = &part;
    }
    if (viewdata == nullptr && part.title.find("Block_BanTin_ViewData") != std::string::npos) {
      viewdata = &part;
    }
  }
  if (viewdata == nullptr) return false;
  page.layout = kLayoutSharepointBantin;
  if (toolbar == nullptr) {
    page.diagnostics.push_back(
        {DiagnosticCode::kNoToolbar, "BanTin view data found without its toolbar"});
    CollectLines(
        tree, viewdata->body, Part::kViewData, scan.hidden, page.lines,
        [](const GumboNode* n) { return IsSharePointChrome(n); }, &page.tables);
    return true;
  }
  const std::size_t toolbar_at = toolbar->body->v.element.start_pos.offset;
  const std::size_t viewdata_at = viewdata->body->v.element.start_pos.offset;
  if (toolbar_at < viewdata_at && tree.root() != nullptr) {
    RegionReader reader(tree, scan, toolbar->body, viewdata->body, page);
    reader.Read(tree.root());
  } else {
    CollectLines(tree, toolbar->body, Part::kToolbar, scan.hidden, page.lines);
    CollectLines(tree, viewdata->body, Part::kViewData, scan.hidden, page.lines, {}, &page.tables);
  }
  return true;
}

}  // namespace vnextract::html
