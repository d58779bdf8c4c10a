// What the layout readers share: one scan of the parsed page (web parts,
// <meta>, JSON-LD, every element in document order with its chrome and
// hidden flags and its own text), a small CSS selector matcher for the
// layout table, and the readers themselves. Gumbo types stay inside html/.
#ifndef VNEXTRACT_SRC_HTML_PAGE_H_
#define VNEXTRACT_SRC_HTML_PAGE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "html/blocks.h"
#include "html/gumbo_tree.h"
#include "html/html.h"

namespace vnextract::html {

struct WebPart {
  std::string title;
  const GumboNode* body = nullptr;
};

struct MetaTag {
  std::string key;  // lower-cased name, property or itemprop
  const GumboNode* node = nullptr;
};

struct ElementInfo {
  const GumboNode* node = nullptr;
  int parent = -1;        // index of the parent element
  int block_parent = -1;  // index of the nearest block-level ancestor
  bool chrome = false;    // inside navigation, footer, related news, comments...
  bool hidden = false;    // inside something a reader never sees
  std::size_t text = 0;   // bytes of its own text (not inside nested blocks)
  std::size_t link_text = 0;
  // IndexElements: the visible text of the whole subtree, outside links
  // and inside them (bytes).
  std::uint32_t subtree_text = 0;
  std::uint32_t subtree_links = 0;
};

struct PageScan {
  std::map<std::string, WebPart, std::less<>> parts;  // SharePoint web parts by WPQ number
  std::vector<std::string> styles;
  std::vector<MetaTag> metas;
  std::vector<const GumboNode*> json_ld;  // <script type="application/ld+json">
  std::vector<ElementInfo> elements;      // every element, document order
  std::unordered_map<const GumboNode*, int> index;
  const GumboNode* body = nullptr;
  const GumboNode* title = nullptr;  // <title>
  HiddenRules hidden;
  // IndexElements: every class token, id and attribute name on the page
  // (views into the tree), so that a selector that names one the page lacks
  // is not tried on each element.
  std::unordered_set<std::string_view> class_tokens, ids, attribute_names;
  bool names_indexed = false;

  // IndexElements: containers whose class or id looks like chrome
  // ("sidebar-1") but which hold the article's heading and most of the
  // page's text: the article, not chrome (sorted).
  std::vector<const GumboNode*> article_containers;

  bool IsArticleContainer(const GumboNode* node) const {
    return std::binary_search(article_containers.begin(), article_containers.end(), node);
  }
  // What a walk of the article leaves out as chrome: IsChromeElement, but
  // never an article container. Reads no element list (safe once the
  // elements are released).
  bool IsChrome(const GumboNode* node) const;
  int IndexOf(const GumboNode* node) const {
    const auto it = index.find(node);
    return it == index.end() ? -1 : it->second;
  }

  const ElementInfo* Info(const GumboNode* node) const {
    const auto it = index.find(node);
    return it == index.end() ? nullptr : &elements[static_cast<std::size_t>(it->second)];
  }
  bool Visible(const GumboNode* node) const {
    const ElementInfo* i = Info(node);
    return i != nullptr && !i->hidden && !i->chrome;
  }
  // Lets `elements` and `index` go, once a reader has found the elements it
  // reads: the body walk that follows needs only the tree, and on a page of
  // 200,000 table cells the two took 17 MB next to Gumbo's 73 MB.
  void ReleaseElements() {
    std::vector<ElementInfo>().swap(elements);
    std::unordered_map<const GumboNode*, int>().swap(index);
  }
};

// Collects web parts, styles, <meta>, JSON-LD and the elements with their
// own text. The hidden and chrome flags, the subtree sums, the article
// containers and `index` are left for IndexElements: BanTin pages never
// need them.
PageScan ScanPage(const GumboNode* root);
// Simple selectors that the pages' <style> texts hide: ".a{display:none}",
// "#b, .c {…}" (ScanPage's rules; prepass.h reads them from raw bytes).
HiddenRules ParseHiddenRules(const std::vector<std::string>& styles);
void IndexElements(PageScan& scan);

// Page chrome by the element's own tag, class and id: navigation, menus,
// breadcrumbs, footers, sidebars, related-news and comment boxes, share and
// print tools, banners, view counters.
bool IsChromeElement(const GumboNode* node);

// A comma-separated list of simple CSS selectors: compound selectors (tag,
// #id, .class, [attr=value], [attr^=prefix], [attr$=suffix], [attr*=part])
// joined by descendant combinators. Parsed once; matching never allocates.
class SelectorList {
 public:
  explicit SelectorList(std::string_view css);
  bool Matches(const GumboNode* node) const;
  // The first element matching the first selector that matches anything
  // visible (selectors are in priority order), or nullptr.
  const GumboNode* First(const PageScan& scan) const;
  // The same among the elements after index `after` (document order;
  // -1: all) and before `before` (-1: no bound).
  const GumboNode* FirstBetween(const PageScan& scan, int after, int before) const;
  // The first visible match, page chrome included (a row's date element
  // beside the breadcrumb or the share tools).
  const GumboNode* FirstShown(const PageScan& scan) const;
  // Every visible match, selectors in priority order, each element once.
  std::vector<const GumboNode*> All(const PageScan& scan) const;
  bool empty() const { return selectors_.empty(); }
  std::size_t size() const { return selectors_.size(); }

 private:
  struct Attr {
    std::string name;
    std::string value;
    char op = '=';  // '=' equals, '^' starts with, '$' ends with, '*' contains
  };
  struct Compound {
    bool any_tag = true;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::string id;
    std::vector<std::string> classes;
    std::vector<Attr> attrs;
  };
  using Selector = std::vector<Compound>;
  static bool MatchesCompound(const GumboNode* node, const Compound& c);
  // Whether the page holds every class, id and attribute `c` names.
  static bool MayMatch(const PageScan& scan, const Compound& c);
  static bool MatchesSelector(const GumboNode* node, const Selector& s);
  std::vector<Selector> selectors_;
};

// One row of the layout table (portal_table.h), its selectors parsed.
struct LayoutRow {
  std::string_view name;
  SelectorList detect, title, lead, date, body, author, outlet, drop;
};

// The portal table's selectors, parsed once (html::Layouts, in the Grammar).
struct Layouts::Table {
  std::vector<LayoutRow> rows;
  // The generic selectors every reader falls back on (portal_table.h).
  SelectorList generic_lead, generic_author, generic_outlet, generic_date, article_chrome;
};

// The visible text of `node` as one run (its lines joined by spaces), or
// nullopt when it shows none.
std::optional<text::TextRun> ElementRun(const GumboTree& tree, const GumboNode* node,
                                        const HiddenRules& hidden);

// True when `node` is `ancestor` or inside it.
bool Within(const GumboNode* node, const GumboNode* ancestor);

// Everything after the parse: the layouts in order on `tree` (html.h).
PageLines ReadTree(const GumboTree& tree, const Layouts& layouts);

// The readers. Each fills `page` and returns true when it recognised the page.
bool ReadBanTin(const GumboTree& tree, const PageScan& scan, PageLines& page);
// ReadKnownLayout (when it recognises the page) and ReadGeneric release the
// scan's elements before they walk the body (PageScan::ReleaseElements).
bool ReadKnownLayout(const GumboTree& tree, PageScan& scan, const Layouts& layouts,
                     PageLines& page);
void ReadGeneric(const GumboTree& tree, PageScan& scan, const Layouts& layouts, PageLines& page);
// The article reader behind both (article.cc): the row's selectors (none
// for the generic reader), then the generic finders, for title, body, lead,
// date, byline and outlet; the body walked without the chrome inside it
// (the scan's elements released first).
void ReadArticle(const LayoutRow* row, const GumboTree& tree, PageScan& scan,
                 const Layouts& layouts, PageLines& page);

// Related-news boxes under `root` found by their heading ("TIN LIÊN QUAN",
// "Những tin cũ hơn"): the heading's element climbed to the box that holds
// it and a list of links (sorted).
std::vector<const GumboNode*> RelatedBoxes(const PageScan& scan, const GumboNode* root);

// Generic finders, also the fallbacks of the known layouts.
struct TitleFound {
  text::TextRun run;
  const GumboNode* node = nullptr;  // the element shown, when there is one
};
std::optional<TitleFound> FindGenericTitle(const GumboTree& tree, const PageScan& scan);
struct DateFound {
  PublishedHint hint;
  const GumboNode* node = nullptr;  // a visible element that only shows the date
};
// <meta> tags, JSON-LD datePublished, a date element near `anchor` (the
// title element; `near` the generic date selectors), <time> elements, then
// a visible date line next to `anchor`.
std::optional<DateFound> FindGenericDate(const PageScan& scan, const GumboNode* anchor,
                                         const SelectorList* near = nullptr);
// The value of attribute `name` of `node` as a run (offsets into the page),
// or nullopt when it is missing or empty.
std::optional<text::TextRun> AttributeRun(const GumboTree& tree, const GumboNode* node,
                                          const char* name);
// The first <meta> named `key` (lower case) with a content, or nullptr.
const GumboNode* FindMeta(const PageScan& scan, std::string_view key);
// The element holding the article's text, by text density.
const GumboNode* FindMainBlock(const PageScan& scan);
// Reads a date element's text, else its (or a <time> child's) datetime.
std::optional<PublishedHint> DateOfElement(const GumboNode* node);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_PAGE_H_
