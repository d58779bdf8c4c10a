// Layout recognition: SharePoint BanTin web parts first (sharepoint.cc), then
// the rows of the portal table (portal_table.h) in order, then the generic
// reader (generic.cc). Both of the last two read the article with
// ReadArticle (article.cc). Adding a portal is adding a row to the table.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "html/html.h"
#include "html/identity.h"
#include "html/markup_guard.h"
#include "html/page.h"
#include "html/portal_table.h"

namespace vnextract::html {
namespace {

std::size_t Count(const SelectorList& list) { return list.size(); }

}  // namespace

Layouts::Layouts()
    : table_([] {
        auto table = std::make_unique<Table>(Table{{},
                                                   SelectorList(portal::kGenericLead),
                                                   SelectorList(portal::kGenericAuthor),
                                                   SelectorList(portal::kGenericOutlet),
                                                   SelectorList(portal::kGenericDate),
                                                   SelectorList(portal::kArticleChrome)});
        for (const portal::LayoutSpec& s : portal::kLayouts) {
          table->rows.push_back({s.layout, SelectorList(s.detect), SelectorList(s.title),
                                 SelectorList(s.lead), SelectorList(s.date), SelectorList(s.body),
                                 SelectorList(s.author), SelectorList(s.outlet),
                                 SelectorList(s.drop)});
        }
        return table;
      }()) {}
Layouts::~Layouts() = default;

std::size_t Layouts::size() const { return table_->rows.size(); }

std::size_t Layouts::selectors() const {
  std::size_t n = Count(table_->generic_lead) + Count(table_->generic_author) +
                  Count(table_->generic_outlet) + Count(table_->generic_date) +
                  Count(table_->article_chrome);
  for (const LayoutRow& r : table_->rows) {
    n += Count(r.detect) + Count(r.title) + Count(r.lead) + Count(r.date) + Count(r.body) +
         Count(r.author) + Count(r.outlet) + Count(r.drop);
  }
  return n;
}

bool ReadKnownLayout(const GumboTree& tree, PageScan& scan, const Layouts& layouts,
                     PageLines& page) {
  for (const LayoutRow& layout : layouts.table().rows) {
    if (layout.detect.First(scan) != nullptr) {
      ReadArticle(&layout, tree, scan, layouts, page);
      return true;
    }
  }
  return false;
}

PageLines ReadHtmlWhole(std::string_view html, const Layouts& layouts,
                        std::size_t max_parse_bytes) {
  GumboTree tree(html, max_parse_bytes);
  PageLines page = ReadTree(tree, layouts);
  // The portal's names come from the raw bytes, as ReadHtml reads them.
  if (!page.parse_exhausted) page.identity = SiteIdentity(html, ScanRaw(html));
  return page;
}

PageLines ReadTree(const GumboTree& tree, const Layouts& layouts) {
  PageLines page;
  if (tree.exhausted()) {
    page.layout = kLayoutGeneric;
    page.parse_exhausted = true;
    return page;
  }
  if (tree.blanked_tags() + tree.blanked_attrs() > 0) {
    page.diagnostics.push_back(
        {DiagnosticCode::kMarkupFlattened,
         std::to_string(tree.blanked_tags()) + " tags nested deeper than " +
             std::to_string(kMaxNesting) + " levels (or past " +
             std::to_string(kMaxOpenFormatting) + " open formatting elements) and " +
             std::to_string(tree.blanked_attrs()) + " runs of attributes past " +
             std::to_string(kMaxAttributes) +
             " on one tag were read as spaces; the text inside them was kept"});
  }
  if (tree.root() == nullptr) {
    page.layout = kLayoutGeneric;
    page.diagnostics.push_back({DiagnosticCode::kParseFailed, "the HTML parser returned no tree"});
    return page;
  }
  PageScan scan = ScanPage(tree.root());
  if (!ReadBanTin(tree, scan, page)) {
    IndexElements(scan);
    if (!ReadKnownLayout(tree, scan, layouts, page)) ReadGeneric(tree, scan, layouts, page);
  }
  return page;
}
}  // namespace vnextract::html
