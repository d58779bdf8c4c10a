// The portal knowledge table: everything vnextract knows about how
// Vietnamese portals and news sites mark up an article, as data, in one
// place (the way trafilatura keeps its XPath lists in one module). The
// readers (layouts.cc, generic.cc, page.cc, blocks.cc, byline.cc,
// gumbo_tree.cc) hold rules; this file holds the facts the rules read:
//  - the layout rows: per platform or site family, CSS selectors in priority
//    order for detection, title, lead, date, body, byline, source outlet and
//    the chrome inside the body (parsed once into html::Layouts, grammar.h);
//  - the generic selectors every reader falls back on (lead, byline, outlet,
//    visible date, in-article chrome);
//  - word lists: chrome class tokens and parts, hidden classes, caption
//    classes, related-box headings, chrome lines, site-name words, date
//    <meta> names, byline labels, outlets and organisation words.
// Adding a site is one row here plus one fixture in tests/data/pages/
// (docs/DESIGN.md section 9 has the steps; research notes say where each
// fact was seen). Everything is constexpr: nothing is built on a page.
#ifndef VNEXTRACT_SRC_HTML_PORTAL_TABLE_H_
#define VNEXTRACT_SRC_HTML_PORTAL_TABLE_H_

#include <array>
#include <cstddef>
#include <string_view>

#include "vnextract/document.h"

namespace vnextract::html::portal {

// One row: a platform or a site family. Every field is a comma-separated
// list of simple CSS selectors (compound selectors of tag, #id, .class,
// [attr=v], [attr^=v], [attr$=v], [attr*=v], joined by descendant
// combinators), tried in order; an empty field falls back to the generic
// finders. `layout` is what Document::layout reports.
struct LayoutSpec {
  std::string_view layout;
  std::string_view detect;  // any visible match recognises the row
  std::string_view title;
  std::string_view lead;
  std::string_view date;
  std::string_view body;
  std::string_view author;
  std::string_view outlet;  // the source outlet ("Theo TTXVN") when marked apart
  std::string_view drop;    // inside the body, never text
};

// Tried in this order, after SharePoint's BanTin web parts (sharepoint.cc).
// Platform rows come first (their markers are the platform's own), site
// families next, the catch-all news row last.
inline constexpr std::array kLayouts = {
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
        "",
    },
    // NukeViet news module (default and eGovernment themes): h1.title
    // [itemprop=headline], span.h5 date "Thứ tư - 27/07/2022 09:33" then view
    // and comment counts, div.hometext lead, div#news-bodyhtml body, p.h5
    // .text-right "Tác giả:" / "Nguồn tin:", boxes "Những tin mới hơn",
    // "Những tin cũ hơn", schema spans hidden by class "hidden hide d-none".
    LayoutSpec{
        kLayoutNukeViet,
        "#news-bodyhtml, div.news_column div.hometext",
        "div.news_column h1.title, h1[itemprop=headline], div.news_column h1",
        "div.hometext",
        "div.newsdetailmetatop span.h5, div.news_column span.h5",
        "#news-bodyhtml",
        "p.h5.text-right",
        "p.h5.text-right",
        "div.news-download-file, div.other-news, ul.related",
    },
    // Joomla com_content: div.item-page, dl.article-info with dd.published >
    // time[datetime], div[itemprop=articleBody] (J3) or
    // div.com-content-article__body (J4).
    LayoutSpec{
        kLayoutJoomla,
        "div.item-page [itemprop=articleBody], div.com-content-article__body, "
        "div.com-content-article",
        "div.item-page h1, div.item-page [itemprop=headline], div.page-header h2, "
        "div.com-content-article h1",
        "",
        "dd.published, [itemprop=datePublished], dd.create",
        "[itemprop=articleBody], div.com-content-article__body",
        "dd.createdby",
        "",
        "dl.article-info, ul.pager, ul.tags, div.tags",
    },
    // Drupal 8+ article nodes (An Giang's gavias theme): h1.post-title,
    // span.post-created "d/m/Y", div.post-content#text, div.related-posts.
    LayoutSpec{
        kLayoutDrupal,
        "article.node--type-article, div.post-content#text, article.node-detail",
        "h1.post-title, h1.page-title, h1.node__title",
        "",
        "span.post-created, div.node__meta time, div.field--name-created",
        "div.post-content#text, div.node__content, div.field--name-body",
        "span.post-author, div.node__meta .username",
        "",
        "div.related-posts, div.field--name-field-tags, div.post-meta",
    },
    // CKAN open-data portals (VNPT's ckanext-vnpt_theme with ckanext-pages):
    // section.module-content > h1.page-heading, span.muted.date "30 tháng 8,
    // 2024", the body in the bare div after it, no lead and no byline.
    LayoutSpec{
        kLayoutCkan,
        "section.module-content h1.page-heading",
        "section.module-content h1.page-heading",
        "",
        "section.module-content span.date",
        "section.module-content",
        "",
        "",
        "a.btn",
    },
    // VNPT ePortal (on Liferay): portlets named *_WAR_vnpteportal*; the
    // article view div#testabc holds the title h1 and its date line, the
    // lead in p > strong, then the body.
    LayoutSpec{
        kLayoutVnptEportal,
        "#testabc, [id*=_WAR_vnpteportal]",
        "#testabc h1",
        "#testabc p strong",
        "#testabc p",
        "#testabc",
        "",
        "",
        "",
    },
    // Liferay 6/7 asset publisher and web content (bacgiang, bacninh, moit,
    // moh and their clones): div.asset-full-content > div.asset-content >
    // div.journal-content-article; the portlet's own h1.portlet-title is not
    // the article's; customised views put the title in div.asset_title, the
    // date in div.asset-publish-date, the lead in span.assetdesc-text.
    LayoutSpec{
        kLayoutLiferay,
        "div.asset-full-content, div.journal-content-article",
        "div.title-news h1, div.title-detail h1, div.asset_title, h1.header-title, "
        "div.asset-full-content h1, div.asset-full-content h3",
        "span.assetdesc-text, div.asset-abstract, div.asset-summary",
        "div.asset-publish-date, span.publish-date, div.date-news",
        "div.asset-full-content div.journal-content-article, div.journal-content-article, "
        "div.asset-content, #contentnews",
        "",
        "",
        "div.asset-links, div.asset-metadata, div.taglib-social-bookmarks, div.social-icon, "
        "div.asset-ratings, div.lfr-discussion",
    },
    // DotNetNuke: a module is div.DnnModule > … > div#dnn_ctr<n>_ContentPane;
    // the HTML module's text is div#dnn_ctr<n>_HtmlModule_lblContent.Normal
    // (DNN 4/5: …_HtmlModule_HtmlModule_lblContent).
    LayoutSpec{
        kLayoutDotNetNuke,
        "[id^=dnn_ctr][id$=_lblContent], div.DnnModule",
        "[id^=dnn_ctr][id$=_lblTitle], div.DnnModule h1",
        "[id^=dnn_ctr][id$=_lblSummary], [id^=dnn_ctr][id$=_lblDesc]",
        "[id^=dnn_ctr][id$=_lblDate], [id^=dnn_ctr][id$=_lblPublishDate]",
        "[id^=dnn_ctr][id$=_lblContent]",
        "[id^=dnn_ctr][id$=_lblAuthor]",
        "[id^=dnn_ctr][id$=_lblSource]",
        "",
    },
    // SharePoint 2010/2013/2016 publishing pages (ArticleLeft/ArticleRight
    // page layouts): div.article-header > div.date-line (ArticleStartDate)
    // and div.by-line (ArticleByLine), div.article-content > the
    // PublishingPageContent RichHtmlField (div.ms-rtestate-field, id
    // …__ControlWrapper_RichHtmlField); SP2007 layouts use td.dateLine,
    // td.byLine, div.pageContent; the title is h1#pageTitle.
    LayoutSpec{
        kLayoutSharepointPublishing,
        "[id$=__ControlWrapper_RichHtmlField], div.ms-rtestate-field, div.article-header "
        "div.by-line, "
        "div.article-header div.date-line, td.byLine",
        "#pageTitle, h1.ms-core-pageTitle, div.article-header h1, h1.ms-pagetitle",
        "",
        "div.date-line, td.dateLine, #article-date",
        "div.article-content, [id$=__ControlWrapper_RichHtmlField], div.pageContent, "
        "div.ms-rtestate-field",
        "div.by-line, td.byLine, #article-byline",
        "",
        "div.captioned-image div.image",
    },
    // WordPress themes: core themes (article.post > header.entry-header >
    // h1.entry-title, time.entry-date, div.entry-content) and tagDiv
    // Newspaper (div.td-post-content, which ends before
    // div.td-post-source-tags).
    LayoutSpec{
        kLayoutWordPress,
        "div.td-post-content, article.post div.entry-content, div.entry-content",
        "h1.entry-title, h1.td-post-title, div.td-post-title h1",
        "div.td-post-sub-title, p.td-post-sub-title",
        "time.entry-date, span.td-post-date time, span.posted-on time, span.posted-on",
        "div.td-post-content, div.entry-content",
        "div.td-post-author-name, span.author.vcard, span.byline .author",
        "div.td-post-source-tags .td-post-source, span.source",
        "div.td-post-source-tags, div.sharedaddy, div.jp-relatedposts, div.yarpp-related, "
        "footer.entry-footer, div.td-post-sharing, div.entry-tags",
    },
    // VnExpress: the whole article (title, lead, date, body, byline) sits in
    // div.sidebar-1, the right column is div.sidebar-2; the body is
    // article.fck_detail with p.Normal paragraphs, the byline p.author_mail
    // or the last right-aligned p.Normal > strong (with "(tổng hợp)").
    LayoutSpec{
        kLayoutNews,
        "article.fck_detail",
        "h1.title-detail",
        "p.description",
        "div.header-content span.date, span.date",
        "article.fck_detail",
        "p.author_mail, p.author",
        "",
        "[data-component-type=tin_xemthem], div.box-tinlienquanv2",
    },
    // Dân trí: the 2026 template has utility classes only, its hooks are
    // data-slot attributes (container, title, sapo, content) and the date in
    // <time datetime>; the older template is article.singular-container with
    // h1.title-page, h2.singular-sapo, div.singular-content.
    LayoutSpec{
        kLayoutNews,
        "[data-slot=content], div.singular-content, h2.singular-sapo",
        "h1[data-slot=title], h1.title-page",
        "h2[data-slot=sapo], h2.singular-sapo",
        "article[data-slot=container] time, time.author-time",
        "[data-slot=content], div.singular-content",
        "div.author-name",
        "",
        "[data-content-name=article-related], aside[data-module], div.dantri-widget",
    },
    // The VCCorp CMS (tuoitre, nld, baochinhphu, cafef, thanhnien and
    // more): data-role title, sapo, publishdate, content (div.detail-content
    // .afcbc-body), author; inside the body div.VCSortableInPreviewMode boxes
    // are told apart by `type`: RelatedNewsBox, RelatedOneNews, VideoStream
    // and embeds are chrome, type=content boxes are the article's text;
    // cafef opens the body with a "TIN MỚI" box and credits the outlet in
    // p.source[data-field=source].
    LayoutSpec{
        kLayoutNews,
        "div.detail-content.afcbc-body, [data-role=content], h2.detail-sapo, div.detail-time",
        "h1[data-role=title], h1.detail-title, h1.title",
        "h2.detail-sapo, [data-role=sapo], h2.sapo",
        "[data-role=publishdate], div.detail-time, span.pdate",
        "div.detail-content.afcbc-body, [data-role=content], div.detail-cmain",
        "div.detail-author-bot, [data-role=author], p.author, div.author-info .name",
        "[data-field=source], p.source",
        "[type=RelatedNewsBox], [type=RelatedOneNews], [type=VideoStream], "
        "[type=insertembedcode], div.tindnd, #listNewsInContent, div.detail-relate, "
        "div.c-banner, div.admzone",
    },
    // VietNamNet: div.content-detail > h1.content-detail-title, an author
    // box with span.name > a[href*=/tac-gia/], div.publish-date,
    // h2.content-detail-sapo, div#maincontent.maincontent.
    LayoutSpec{
        kLayoutNews,
        "div#maincontent.maincontent, h1.content-detail-title, h2.content-detail-sapo",
        "h1.content-detail-title",
        "h2.content-detail-sapo, div.ArticleLead",
        "div.bread-crumb-detail__time, div.publish-date, .ArticleDate",
        "div#maincontent, div.maincontent",
        "div.article-detail-author span.name",
        "",
        "",
    },
    // Báo Đầu tư: no h1, the title is div.title-detail; a.author.cl_green,
    // span.post-time "- 07/03/2026 08:47", div.sapo_detail, a "TIN LIÊN
    // QUAN" box between lead and body, body div#content_detail_news,
    // captions td.media-caption.
    LayoutSpec{
        kLayoutNews,
        "div#content_detail_news, div.sapo_detail",
        "div.title-detail",
        "div.sapo_detail",
        "span.post-time",
        "div#content_detail_news",
        "a.author",
        "",
        "div.list_news_relation_top, div.news_relate_one",
    },
    // National news templates of other families (thanhnien's older
    // template, vneconomy, vietstock, vietnambiz, bnews,
    // tinnhanhchungkhoan, cand).
    LayoutSpec{
        kLayoutNews,
        "h1.article-header__title, .article-content__lead, h1.details__headline, "
        "div.article__sapo, h1.vnbcb-title, div.vnbcbc-sapo, div.lr-summary-post, "
        ".post-top-entry h1, p.pPublishTimeSource, h1.article__title",
        "h1.article-header__title, h1.details__headline, h1.article__title, h1.article-title, "
        "h1.vnbcb-title, h1.article__header, .post-top-entry h1, div.b-top-details h1, "
        "h1.box-title-detail, h1.title",
        ".article-content__lead, div.news-sapo, div.sapoc, h2.sapo, p.sapo, div.article__sapo, "
        "p.pHead, div.vnbcbc-sapo, div.lr-summary-post",
        "time.article-meta__time, .details__meta time, span.pdate, p.pPublishTimeSource, "
        "span.vnbcba-time, div.article__meta time, .post-top-entry time, div.b-top-details time",
        "#main-detail-body, div.article__body, div.vnbcbc-body, div.post-ct-entry, div.lr-ct, "
        "#vst_detail, div.detail-content-body, div.article-content, main#article-editor",
        "div.lr-author, .author-info, .article__author",
        "",
        "div.detail-relate, div.c-banner, div.admzone, div.box-related",
    },
};

// ---- Generic selectors: what every reader tries after its row's. ----------

// Lead paragraphs (sapo, description, summary) as templates mark them; the
// first visible match after the title is taken.
inline constexpr std::string_view kGenericLead =
    "[data-role=sapo], [data-slot=sapo], [data-field=sapo], h2.sapo, p.sapo, div.sapo, "
    "h2.detail-sapo, h2.singular-sapo, div.sapo_detail, div.content-detail-sapo, "
    "h2.content-detail-sapo, p.description, h2.lead, p.lead, div.lead, .sapo, .article-lead, "
    ".lead, .summary, .article-summary, .entry-summary, .tomtat, .mota, .chapeau, .chappeau, "
    ".excerpt, #show_description, #news-des, p#change_font_size, [id$=_lblDescription], "
    "[id$=_lblSummary], [id$=_lblSapo], [id$=_lblTomTat], [class*=sapo], [class*=Sapo], "
    "[class*=summary], [class*=chapeau], [class*=description]";

// Byline elements (their text goes through the byline rules, byline.cc).
inline constexpr std::string_view kGenericAuthor =
    "[data-role=author], .author-name, .author_name, p.author, p.pAuthor, span.author, "
    "div.author, "
    "a.author, .byline, .by-line, .article-author, .post-author, .entry-author, .tacgia, "
    ".tac-gia, .nguoiviet, [itemprop=author], .author, [id$=_lblAuthor], [id$=_lblTacGia], "
    "[class*=author] .name, [class*=author] a, [class*=author]";

// The outlet an article is credited to, when marked apart from the byline.
inline constexpr std::string_view kGenericOutlet =
    "[data-field=source], p.source, span.source, div.source, .news-source, .article-source, "
    ".source-news, .nguontin, .nguon-tin, [id$=_lblNguonThongTin], [id$=_lblNguon], "
    "[id$=_lblSource], em.cms-source, p.pSource, span.js-source-copy";

// Visible date elements, taken only near the title (within kDateWindow
// elements).
inline constexpr std::string_view kGenericDate =
    "[data-role=publishdate], [itemprop=datePublished], span.post-time, span.post-date, "
    "div.post-date, span.publish-date, div.publish-date, span.date, div.date, p.date, "
    "span.time, div.time, .post-created, .entry-date, .date-time, .datetime, .ngay-dang, "
    ".ngaydang, .news-date, [id$=_lblDate], [id$=_lblNgayDang], [class*=publish], "
    "[class*=date], [class*=time]";
inline constexpr int kDateWindow = 40;

// Chrome inside the article on any site: related-news boxes and players of
// the common CMSs (a box whose heading is a related-news heading is dropped
// by IsRelatedNewsHeading whatever its class).
inline constexpr std::string_view kArticleChrome =
    "[type=RelatedNewsBox], [type=RelatedOneNews], [type=VideoStream], [type=insertembedcode], "
    "[data-content-name=article-related], [data-component-type=tin_xemthem], "
    "[data-module=related-article-in-content], div.tindnd, #listNewsInContent, "
    "div.kbwscwl-relatedbox, div.VCCorpPlayer, div.vcplayer, div.audio-player, div.player, "
    "div.list_news_relation_top, div.box-tinlienquan, div.box-tinlienquanv2";

// href parts of links to an author's page ("/tac-gia/tri-tuc-3617.htm").
inline constexpr std::array<std::string_view, 5> kAuthorHrefs = {
    "/tac-gia/", "/tacgia/", "/author/", "/authors/", "/nguoi-viet/",
};

// ---- Chrome, hidden and caption markers (page.cc, gumbo_tree.cc). ---------

// Whole class tokens (or ids) that name page chrome.
inline constexpr std::array<std::string_view, 28> kChromeTokens = {
    "header", "site-header", "top-header", "logo",        "navbar",    "menu",     "nav",
    "footer", "sidebar",     "breadcrumb", "breadcrumbs", "share",     "social",   "tags",
    "tag",    "print",       "banner",     "ads",         "advert",    "comments", "comment",
    "search", "login",       "pagination", "widget",      "copyright", "hotline",  "advertisement",
};

// Parts of class names and ids (lower-cased, '-', '_' and spaces removed)
// that name page chrome: "detail-relate", "box_tinlienquan", "chan-trang".
inline constexpr std::array<std::string_view, 24> kChromeParts = {
    "breadcrumb", "footer",   "sidebar",       "lienquan",  "tinkhac", "navbar",
    "navigation", "binhluan", "relate",        "comment",   "menu",    "chantrang",
    "banner",     "advert",   "socialshare",   "copyright", "luotxem", "counter",
    "othernews",  "morenews", "cungchuyenmuc", "tinmoi",    "xemthem", "thongtintruycap",
};

// Class tokens that hide an element in the CSS frameworks portals load from
// files we never see (Bootstrap 3 "hidden"/"hide", Bootstrap 4+ "d-none",
// screen-reader text): NukeViet's schema spans, VCCorp's "Đọc tiếp" box.
inline constexpr std::array<std::string_view, 5> kHiddenClasses = {
    "hidden", "hide", "d-none", "sr-only", "visually-hidden",
};

// Parts of class names (lower-cased) that mark an image caption
// ("PhotoCMS_Caption", "media-caption", "wp-caption-text", "lr-caption").
inline constexpr std::array<std::string_view, 3> kCaptionParts = {
    "caption",
    "chuthich",
    "image-desc",
};

// Lines that begin an image caption or credit ("Ảnh: Reuters", "Ảnh minh
// họa"); folded.
inline constexpr std::array<std::string_view, 6> kCaptionStarts = {
    "ảnh:", "ảnh :", "(ảnh:", "ảnh minh họa", "ảnh minh hoạ", "nguồn ảnh:",
};

// ---- Text of chrome (blocks.cc). ------------------------------------------

// Headings of related-news boxes and lists (folded, trailing ':' removed):
// a box that starts with one is dropped; in a page read as flat lines
// nothing after one is the article.
inline constexpr std::array<std::string_view, 24> kRelatedHeadings = {
    "các tin khác",       "tin liên quan",     "tin cùng chuyên mục",
    "bài viết liên quan", "tin bài liên quan", "các tin đã đưa",
    "tin khác",           "xem thêm",          "tin mới hơn",
    "tin cũ hơn",         "những tin mới hơn", "những tin cũ hơn",
    "theo dòng sự kiện",  "tin mới",           "tham khảo thêm",
    "đọc thêm",           "cùng chuyên mục",   "tin nóng",
    "đọc nhiều",          "bài liên quan",     "có thể bạn quan tâm",
    "tin tức liên quan",  "các bài viết khác", "các tin bài khác",
};

// (The counter words that make a short line page furniture are
// text/view_counters.inc, shared with the quantity traps.)
// Lines (up to 200 bytes) that start with these point out of the article
// ("Xem thêm: <another article's title>"); folded.
inline constexpr std::array<std::string_view, 4> kChromeLineStarts = {
    "xem thêm:",
    "đọc thêm:",
    "tham khảo thêm:",
    "xem thêm >>",
};
// Navigation links that stand alone on a line of at most kNavigationLine
// bytes ("Trở lại Kinh doanh", "Quay lại", "Đọc tiếp"); folded. Longer lines
// that start so are sentences ("Trở lại thị trường trong nước, …").
inline constexpr std::array<std::string_view, 6> kNavigationLines = {
    "trở lại", "quay lại", "về trang chủ", "đọc tiếp", "xem tiếp", "lên đầu trang",
};
inline constexpr std::size_t kNavigationLine = 40;

// What stands between a title and a site name in <title> and og:title
// ("Tiêu đề | Cổng thông tin …", "Báo Vùng Cao – Tiêu đề").
inline constexpr std::array<std::string_view, 6> kTitleSeparators = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "};

// Words that make the last part of a <title> a site name, not the title's.
inline constexpr std::array<std::string_view, 11> kSiteWords = {
    "cổng thông tin", "trang thông tin", "báo điện tử", "tạp chí", ".vn",       ".com",
    "ubnd",           "ủy ban nhân dân", "portal",      "website", "trang chủ",
};

// Meta names for the publication date, most specific first.
inline constexpr std::array<std::string_view, 18> kDateMetas = {
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "date",
    "cms-date",
    "parsely-pub-date",
    "sailthru.date",
};

// Meta names for the description, the lead's checked fallback.
inline constexpr std::array<std::string_view, 3> kDescriptionMetas = {
    "og:description",
    "description",
    "twitter:description",
};

// ---- Bylines and outlets (byline.cc; docs/DESIGN.md section 9). ----------

// Meta names that may name the writer (a person only: on most news sites
// they name the outlet, which is then ignored).
inline constexpr std::array<std::string_view, 4> kAuthorMetas = {
    "article:author",
    "author",
    "dc.creator",
    "citation_author",
};

// Labels before a byline's author ("Tác giả: quản trị") and before its
// source ("Nguồn tin: Sở Công Thương"); matched at the start of a line.
inline constexpr std::array<std::string_view, 11> kAuthorLabels = {
    "Tác giả:", "Người viết:", "Tin, ảnh:", "Bài, ảnh:", "Bài và ảnh:", "Tin và ảnh:",
    "Bài:",     "Phóng viên:", "PV:",       "Viết bởi:", "Viết bởi",
};
inline constexpr std::array<std::string_view, 4> kSourceLabels = {
    "Nguồn tin:",
    "Nguồn:",
    "Theo nguồn:",
    "Theo:",
};

// What follows a name in a byline without being part of it (folded).
inline constexpr std::array<std::string_view, 5> kCompiledMarks = {
    "(tổng hợp)", "(th)", "(t/h)", "tổng hợp", "- tổng hợp",
};

// Author widgets' text that is not a name: "NHẬT XUÂN và 1 tác giả khác".
inline constexpr std::string_view kMoreAuthors = "tác giả khác";
// A rating or counter widget in parentheses after a byline ("(1204 bình
// chọn, 8/10 điểm)"): cut with its parentheses.
inline constexpr std::array<std::string_view, 3> kBylineWidgetWords = {"bình chọn", "lượt xem",
                                                                       "lượt đọc"};

// Bylines of a group, which name no person but are authors (folded).
inline constexpr std::array<std::string_view, 6> kGroupAuthors = {
    "nhóm pv", "nhóm phóng viên", "pv", "nhóm tác giả", "nhóm pv kinh tế", "phóng viên",
};

// Accounts a CMS writes as the author, which name nobody (folded).
inline constexpr std::array<std::string_view, 10> kAccountNames = {
    "admin",         "administrator", "quản trị", "quản trị viên", "ban biên tập",
    "biên tập viên", "webmaster",     "btv",      "super user",    "superuser",
};

// "Theo …" starts of sentences, not attributions (folded).
inline constexpr std::array<std::string_view, 12> kTheoNotSource = {
    "theo dõi", "theo đó", "theo ông",     "theo bà",      "theo anh",      "theo chị",
    "theo quy", "theo kế", "theo báo cáo", "theo số liệu", "theo thống kê", "theo tôi",
};

// Words that start an organisation's name: after "Theo" or "Nguồn:" such a
// name is the source, not a writer (folded).
inline constexpr std::array<std::string_view, 34> kOrganisationWords = {
    "báo",       "tạp chí",   "cổng",      "trang",        "đài",     "thông tấn", "kênh",
    "cục",       "sở",        "bộ",        "tổng cục",     "chi cục", "ubnd",      "ủy ban",
    "ban",       "phòng",     "văn phòng", "trung tâm",    "viện",    "hội",       "hiệp hội",
    "công ty",   "tập đoàn",  "ngân hàng", "hãng",         "tổ chức", "quỹ",       "trường",
    "bệnh viện", "liên đoàn", "công an",   "tổng công ty", "vụ",      "trang tin",
};

// Outlets whose names read like a person's (two capitalised words), and
// agencies cited by name (folded; compared whole, spaces as written).
inline constexpr std::array<std::string_view, 40> kOutletNames = {
    "ttxvn",
    "vna",
    "reuters",
    "afp",
    "ap",
    "bloomberg",
    "xinhua",
    "tân hoa xã",
    "kyodo",
    "yonhap",
    "vnexpress",
    "dân trí",
    "tuổi trẻ",
    "thanh niên",
    "người lao động",
    "lao động",
    "tiền phong",
    "nhân dân",
    "pháp luật",
    "đại đoàn kết",
    "quân đội nhân dân",
    "công an nhân dân",
    "sài gòn giải phóng",
    "hà nội mới",
    "kinh tế đô thị",
    "đầu tư",
    "vietnamplus",
    "vietnamnet",
    "vov",
    "vtv",
    "vtc",
    "chinhphu.vn",
    "cafef",
    "znews",
    "zing",
    "dân việt",
    "thời nay",
    "thanh tra",
    "công thương",
    "nông nghiệp việt nam",
};

// Agency tags written bare (not in parentheses) at the start of a lead
// ("BNEWS Kim ngạch…"), as written; a short one with its dash ("TT - " is
// Tuổi Trẻ's, while "TT Huế" opens a sentence).
inline constexpr std::array<std::string_view, 4> kBareAgencyTags = {
    "BNEWS",
    "TTXVN",
    "TT -",
    "TTO -",
};

}  // namespace vnextract::html::portal

#endif  // VNEXTRACT_SRC_HTML_PORTAL_TABLE_H_
