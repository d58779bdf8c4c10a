// Layout recognition: SharePoint BanTin web parts first (sharepoint.cc), then
// the templates of the table below, then the generic reader (generic.cc).
// Each row names, as CSS selectors in priority order, where a family of
// portals puts the article's title, lead, date, body and byline
// (research/markup.md sections 2 and 3), and what inside the body is not the
// article. Adding a portal is adding selectors to a row.
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "html/html.h"
#include "html/identity.h"
#include "html/markup_guard.h"
#include "html/page.h"

namespace vnextract::html {
namespace {

struct LayoutSpec {
  std::string_view name;
  std::string_view detect;  // any visible match recognises the layout
  std::string_view title;
  std::string_view lead;
  std::string_view date;
  std::string_view body;
  std::string_view author;
  std::string_view drop;  // inside the body, never text
};

constexpr std::array kLayouts = {
    // SharePoint-era ministry and provincial portals (mic, mt, most, moc,
    // mard, molisa, vjst and their clones): divArticleDescription* holds the
    // lead (and on some sites the body), divArticleContent the body.
    LayoutSpec{
        kLayoutArticleDescription,
        "[id^=divArticleDescription], #divArticleContent, h1.News_Detail_Title, "
        "span.News_Time_Post",
        "h1.News_Detail_Title, #divArticleDescription3 h1, div.title_news h1, #news_content h1, "
        "#txtTitle, #news-title, div.Around_News_Detail h1",
        "#divArticleDescription1, #divArticleDescription, #news-des",
        "span.News_Time_Post, div.date-detail, #txtDateString, div.Around_News_Detail .date",
        "#divArticleContent, #divArticleDescription2, #news-detail, div.Around_News_Content",
        "div.Author_Write_TG, #pnNguontin",
        "",
    },
    // National news templates (baochinhphu, nld, thanhnien, tuoitre,
    // vneconomy, cafef, vietstock, vietnambiz, bnews, tinnhanhchungkhoan).
    LayoutSpec{
        kLayoutNews,
        "h1.detail-title, h2.detail-sapo, div.detail-time, h1.article-header__title, "
        ".article-content__lead, h1.details__headline, div.article__sapo, h1.vnbcb-title, "
        "div.vnbcbc-sapo, div.lr-summary-post, .post-top-entry h1, p.pPublishTimeSource, "
        "h1.article__title",
        "h1.detail-title, h1.article-header__title, h1.details__headline, h1.article__title, "
        "h1.article-title, h1.vnbcb-title, h1.article__header, .post-top-entry h1, "
        "h1.box-title-detail, h1.title",
        "h2.detail-sapo, .article-content__lead, div.news-sapo, div.sapoc, h2.sapo, p.sapo, "
        "div.article__sapo, p.pHead, div.vnbcbc-sapo, div.lr-summary-post",
        "div.detail-time, time.article-meta__time, .details__meta time, span.pdate, "
        "p.pPublishTimeSource, span.vnbcba-time, div.article__meta time, .post-top-entry time",
        "div.detail-content, div.detail-cmain, #main-detail-body, div.article__body, "
        "div.vnbcbc-body, div.post-ct-entry, div.lr-ct, #vst_detail, div.detail-content-body, "
        "div.article-content, main#article-editor",
        "p.detail-author, div.detail-author, .author-info, .article__author",
        "div.VCSortableInPreviewMode[type=RelatedNewsBox], div.detail-relate, div.c-banner, "
        "div.admzone, div.box-related",
    },
};

// Lead paragraphs as news templates mark them (the generic reader's).
constexpr std::string_view kGenericLead =
    "h2.sapo, p.sapo, div.sapo, .sapo, .lead, .article-lead, .summary, .article-summary, "
    ".entry-summary, .tomtat, .mota, .chapeau, .excerpt";

std::size_t Count(const SelectorList& list) { return list.size(); }

void ReadLayout(const LayoutRow& layout, const GumboTree& tree, const PageScan& scan,
                PageLines& page, bool* complete) {
  page.layout = std::string(layout.name);
  page.body_only = true;
  const GumboNode* title = layout.title.First(scan);
  const GumboNode* lead = layout.lead.First(scan);
  const GumboNode* date = layout.date.First(scan);
  const GumboNode* author = layout.author.First(scan);
  const GumboNode* body = layout.body.First(scan);
  if (body == nullptr) {
    body = FindMainBlock(scan);
    page.diagnostics.push_back(
        {DiagnosticCode::kNoBodyElement, "the " + page.layout +
                                             " layout's body element is missing; "
                                             "the body was found by text density"});
  }
  // A lead element that holds the whole article (molisa) is not a lead.
  if (lead != nullptr && body != nullptr && Within(body, lead)) lead = nullptr;

  if (title != nullptr) {
    page.title_hint = ElementRun(tree, title, scan.hidden);
  } else if (std::optional<TitleFound> found = FindGenericTitle(tree, scan)) {
    page.title_hint = std::move(found->run);
    title = found->node;
  }
  if (lead != nullptr) page.lead_hint = ElementRun(tree, lead, scan.hidden);
  if (author != nullptr) page.author_hint = ElementRun(tree, author, scan.hidden);
  if (date != nullptr) {
    page.published_hint = DateOfElement(date);
  }
  if (!page.published_hint) {
    if (std::optional<DateFound> found = FindGenericDate(scan, title)) {
      page.published_hint = std::move(found->hint);
      if (found->node != nullptr) date = found->node;
    }
  }
  if (body == nullptr) return;
  const SkipFn skip = [&](const GumboNode* n) {
    return n == title || n == lead || n == date || n == author || IsChromeElement(n) ||
           layout.drop.Matches(n);
  };
  *complete &= CollectLines(tree, body, Part::kOther, scan.hidden, page.lines, skip, &page.tables);
}

}  // namespace

Layouts::Layouts()
    : table_([] {
        auto table = std::make_unique<Table>(Table{{}, SelectorList(kGenericLead)});
        for (const LayoutSpec& s : kLayouts) {
          table->rows.push_back({s.name, SelectorList(s.detect), SelectorList(s.title),
                                 SelectorList(s.lead), SelectorList(s.date), SelectorList(s.body),
                                 SelectorList(s.author), SelectorList(s.drop)});
        }
        return table;
      }()) {}
Layouts::~Layouts() = default;

std::size_t Layouts::size() const { return table_->rows.size(); }

std::size_t Layouts::selectors() const {
  std::size_t n = Count(table_->generic_lead);
  for (const LayoutRow& r : table_->rows) {
    n += Count(r.detect) + Count(r.title) + Count(r.lead) + Count(r.date) + Count(r.body) +
         Count(r.author) + Count(r.drop);
  }
  return n;
}

bool ReadKnownLayout(const GumboTree& tree, const PageScan& scan, const Layouts& layouts,
                     PageLines& page, bool* complete) {
  for (const LayoutRow& layout : layouts.table().rows) {
    if (layout.detect.First(scan) != nullptr) {
      ReadLayout(layout, tree, scan, page, complete);
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
  bool complete = true;
  if (!ReadBanTin(tree, scan, page, &complete)) {
    IndexElements(scan);
    if (!ReadKnownLayout(tree, scan, layouts, page, &complete)) {
      ReadGeneric(tree, scan, layouts, page, &complete);
    }
  }
  (void)complete;  // walks are iterative: nothing cuts them (issue 16 removes the flag)
  return page;
}
}  // namespace vnextract::html
