// Layout recognition. SharePoint BanTin pages (research/markup.md section 0
// and 1): every web part has a chrome title "PublishingPortal - Block_BanTin_X"
// in an element with id WebPartTitleWPQn (SP2013: a span holding
// h2.ms-webpart-titleText; SP2010: td.ms-WPHeaderTd with a title attribute)
// and a body div#WebPartWPQn.ms-WPBody. The toolbar (date, font-size links,
// sometimes title and lead) and the view data (title and lead in the other
// variant, caption, body, byline) are read in that order; every other web
// part (related news "Các tin khác", banners) and the page chrome is skipped.
#include <map>
#include <string>
#include <vector>

#include "html/gumbo_tree.h"
#include "html/html.h"
#include "text/run.h"

namespace vnextract::html {
namespace {

constexpr std::string_view kTitleIdPrefix = "WebPartTitleWPQ";
constexpr std::string_view kBodyIdPrefix = "WebPartWPQ";

// "WebPartWPQ12" -> "12" (digits only), else empty.
std::string_view WpqNumber(std::string_view id, std::string_view prefix) {
  if (id.substr(0, prefix.size()) != prefix || id.size() == prefix.size()) return {};
  const std::string_view n = id.substr(prefix.size());
  for (char c : n) {
    if (c < '0' || c > '9') return {};
  }
  return n;
}

struct WebPart {
  std::string title;
  const GumboNode* body = nullptr;
};

struct Scan {
  std::map<std::string, WebPart, std::less<>> parts;  // by WPQ number
  std::vector<std::string> styles;
  const GumboNode* body = nullptr;
  const GumboNode* h1 = nullptr;
  const GumboNode* title = nullptr;
};

void ScanTree(const GumboNode* root, Scan& scan) {
  std::vector<std::pair<const GumboNode*, int>> stack{{root, 0}};
  while (!stack.empty()) {
    const auto [n, depth] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth) continue;
    const GumboElement& e = n->v.element;
    switch (e.tag) {
      case GUMBO_TAG_STYLE:
        scan.styles.push_back(TextContent(n));
        continue;
      case GUMBO_TAG_BODY:
        scan.body = n;
        break;
      case GUMBO_TAG_H1:
        if (scan.h1 == nullptr) scan.h1 = n;
        break;
      case GUMBO_TAG_TITLE:
        if (scan.title == nullptr) scan.title = n;
        continue;
      default:
        break;
    }
    const std::string_view id = Attribute(n, "id");
    if (const std::string_view num = WpqNumber(id, kTitleIdPrefix); !num.empty()) {
      std::string title(Attribute(n, "title"));
      if (title.empty()) title = TextContent(n);
      scan.parts[std::string(num)].title = std::move(title);
    } else if (const std::string_view num2 = WpqNumber(id, kBodyIdPrefix);
               !num2.empty() && HasClass(n, "ms-WPBody")) {
      scan.parts[std::string(num2)].body = n;
    }
    for (unsigned i = e.children.length; i-- > 0;) {
      stack.emplace_back(static_cast<const GumboNode*>(e.children.data[i]), depth + 1);
    }
  }
}

// Simple selectors that a page's <style> hides: ".a{display:none}", "#b, .c {…}".
HiddenRules ParseHiddenRules(const std::vector<std::string>& styles) {
  HiddenRules rules;
  for (const std::string& css : styles) {
    std::size_t p = 0;
    while (p < css.size()) {
      const std::size_t open = css.find('{', p);
      if (open == std::string::npos) break;
      const std::size_t close = css.find('}', open);
      if (close == std::string::npos) break;
      std::string body;
      for (char c : css.substr(open, close - open)) {
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') body += c;
      }
      if (body.find("display:none") != std::string::npos) {
        std::string_view selectors(css.data() + p, open - p);
        std::size_t s = 0;
        while (s <= selectors.size()) {
          std::size_t comma = selectors.find(',', s);
          if (comma == std::string_view::npos) comma = selectors.size();
          std::string_view sel = selectors.substr(s, comma - s);
          while (!sel.empty() && (sel.front() == ' ' || sel.front() == '\n')) sel.remove_prefix(1);
          while (!sel.empty() && (sel.back() == ' ' || sel.back() == '\n')) sel.remove_suffix(1);
          if (sel.size() > 1 && sel.find_first_of(" >+~:[.#", 1) == std::string_view::npos) {
            if (sel.front() == '.') rules.classes.emplace(sel.substr(1));
            if (sel.front() == '#') rules.ids.emplace(sel.substr(1));
          }
          s = comma + 1;
        }
      }
      p = close + 1;
    }
  }
  return rules;
}

text::TextRun RunOf(const GumboNode* node) {
  // Titles for generic pages: offsets point at the element start.
  text::RunBuilder b;
  const std::string t = TextContent(node);
  const std::size_t at = node->v.element.start_pos.offset;
  b.Append(t, at, at + 1);
  return b.Finish();
}

}  // namespace

PageLines ReadHtml(std::string_view html) {
  PageLines page;
  GumboTree tree(html);
  if (tree.root() == nullptr) {
    page.layout = "generic";
    page.diagnostics.push_back({"parse_failed", "the HTML parser returned no tree"});
    return page;
  }
  Scan scan;
  ScanTree(tree.root(), scan);
  const HiddenRules hidden = ParseHiddenRules(scan.styles);

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
  bool complete = true;
  if (viewdata != nullptr) {
    page.layout = "sharepoint_bantin";
    if (toolbar != nullptr) {
      complete &= CollectLines(tree, toolbar->body, Part::kToolbar, hidden, page.lines);
    } else {
      page.diagnostics.push_back({"no_toolbar", "BanTin view data found without its toolbar"});
    }
    complete &= CollectLines(tree, viewdata->body, Part::kViewData, hidden, page.lines);
  } else {
    // Not a recognised layout: read the whole body; the title is the first
    // heading, else <title>.
    page.layout = "generic";
    page.diagnostics.push_back(
        {"generic_layout", "no known portal layout recognised; read the whole page"});
    if (scan.body != nullptr) {
      complete &= CollectLines(tree, scan.body, Part::kOther, hidden, page.lines);
    }
    if (scan.h1 == nullptr && scan.title != nullptr) {
      page.title_hint = RunOf(scan.title);
    }
  }
  if (!complete) {
    page.diagnostics.push_back(
        {"too_deep", "the page nests elements deeper than vnextract walks; some text was skipped"});
  }
  return page;
}

}  // namespace vnextract::html
