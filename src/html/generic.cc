// The generic reader: a page of no known layout. The title is og:title, the
// heading that repeats it, the first <h1> or <title>, with the site's name
// cut off; the date comes from <meta> tags, JSON-LD, <time> elements or a
// date line beside the title; the body is the element with the most
// paragraph text (text density, as readability does), with page chrome
// (menus, related news, footers, counters) left out.
#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>

#include "html/page.h"
#include "html/portal_table.h"
#include "text/utf8.h"
#include "time/dates.h"

namespace vnextract::html {
namespace {

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// A run for a string the parser decoded from `original` (the source bytes
// at `base`): an attribute value, the text of <title>.
text::TextRun DecodedRun(std::string_view original, std::string_view decoded, std::size_t base) {
  text::RunBuilder b;
  if (original == decoded) {
    b.Append(decoded, base, base + decoded.size());
  } else {
    std::vector<std::uint32_t> offsets;
    AlignDecoded(original, decoded, base, offsets);
    b.AppendMapped(decoded, offsets);
  }
  return b.Finish();
}

// The text of an element the walker never reads (<title>).
std::optional<text::TextRun> RawTextRun(const GumboTree& tree, const GumboNode* node) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return std::nullopt;
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(c.data[i]);
    if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_WHITESPACE) continue;
    const GumboText& t = child->v.text;
    text::TextRun run = DecodedRun(std::string_view(t.original_text.data, t.original_text.length),
                                   t.text, tree.PageOffset(t.start_pos.offset));
    if (!run.empty()) return run;
  }
  return std::nullopt;
}

// "Tiêu đề - Cổng thông tin điện tử tỉnh" -> "Tiêu đề".
void CutSiteName(text::TextRun& run, std::string_view site_name) {
  for (int round = 0; round < 2; ++round) {
    std::size_t best = std::string::npos;
    std::string_view best_sep;
    for (std::string_view sep : portal::kTitleSeparators) {
      const std::size_t p = run.text.rfind(sep);
      if (p != std::string::npos && p > 0 && (best == std::string::npos || p > best)) {
        best = p;
        best_sep = sep;
      }
    }
    if (best == std::string::npos) return;
    const std::string_view suffix = std::string_view(run.text).substr(best + best_sep.size());
    const std::string folded = text::FoldCaseKeepOffsets(suffix);
    bool site = best_sep == " | " || best_sep == " :: " || best_sep == " \xC2\xBB ";
    if (!site_name.empty() && (suffix.find(site_name) != std::string_view::npos ||
                               site_name.find(suffix) != std::string_view::npos)) {
      site = true;
    }
    for (std::string_view w : portal::kSiteWords)
      site = site || folded.find(w) != std::string::npos;
    if (!site) return;
    run.text.resize(best);
    run.map.resize(best);
  }
}

// The element that shows `text` as the title: an h1 or h2, else an element
// whose class names a title ("div.title-detail" on a page with no h1), else
// the first block that shows the text alone.
const GumboNode* HeadingWithText(const PageScan& scan, std::string_view text) {
  const GumboNode* titled = nullptr;
  const GumboNode* block = nullptr;
  int compared = 0;  // each comparison walks a subtree: a bounded number
  for (const ElementInfo& info : scan.elements) {
    if (info.hidden || info.chrome || compared >= 512) continue;
    const GumboTag tag = info.node->v.element.tag;
    const bool heading = tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2;
    // A block with about the title's own text and no link.
    const bool candidate = !heading && (titled == nullptr || block == nullptr) &&
                           info.text + 8 >= text.size() && info.text <= text.size() + 8 &&
                           info.link_text == 0;
    if (!heading && !candidate) continue;
    ++compared;
    if (TextContent(info.node) != text) continue;
    if (heading) return info.node;
    if (Attribute(info.node, "class").find("title") != std::string_view::npos) {
      if (titled == nullptr) titled = info.node;
    } else if (block == nullptr) {
      block = info.node;
    }
  }
  return titled != nullptr ? titled : block;
}

// The element that shows the part of `title` after its first separator
// (" – ", " - ", " | " …), when that part is a heading shown on the page:
// the part before is then a site name. nullptr otherwise.
const GumboNode* HeadingAfterSitePrefix(const PageScan& scan, std::string_view title) {
  std::size_t best = std::string_view::npos;
  std::size_t best_size = 0;
  for (std::string_view sep : portal::kTitleSeparators) {
    const std::size_t p = title.find(sep);
    if (p != std::string_view::npos && p > 0 && p < best) {
      best = p;
      best_size = sep.size();
    }
  }
  if (best == std::string_view::npos) return nullptr;
  std::string_view rest = title.substr(best + best_size);
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  if (rest.size() < 8) return nullptr;
  const GumboNode* h = HeadingWithText(scan, rest);
  if (h == nullptr) return nullptr;
  const GumboTag tag = h->v.element.tag;
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 ||
                 Attribute(h, "class").find("title") != std::string_view::npos
             ? h
             : nullptr;
}

// Whether two titles share at least half their words (folded).
bool SimilarWords(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    const std::string folded = text::FoldCaseKeepOffsets(s);
    std::size_t p = 0;
    while (p < folded.size()) {
      while (p < folded.size() && folded[p] == ' ') ++p;
      std::size_t e = p;
      while (e < folded.size() && folded[e] != ' ') ++e;
      if (e > p) out.push_back(folded.substr(p, e - p));
      p = e;
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::string> wa = words(a);
  const std::vector<std::string> wb = words(b);
  if (wa.size() < 3 || wb.size() < 3) return false;
  std::vector<std::string> common;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
  return common.size() * 2 >= std::max(wa.size(), wb.size());
}

const GumboNode* FirstHeading(const PageScan& scan) {
  for (const ElementInfo& info : scan.elements) {
    if (info.node->v.element.tag == GUMBO_TAG_H1 && !info.hidden && !info.chrome &&
        !TextContent(info.node).empty()) {
      return info.node;
    }
  }
  return nullptr;
}

bool EndsSentence(std::string_view s) {
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// A machine-written date (<meta>, JSON-LD, datetime): its day in Vietnam
// when a time zone other than +07:00 is written.
std::optional<PublishedHint> HintFrom(std::string_view s) {
  const std::optional<time::DateMatch> m = time::FindDate(s);
  if (!m) return std::nullopt;
  return PublishedHint{VietnamDay(*m), std::string(s.substr(m->begin, m->end - m->begin))};
}

// "datePublished": "2022-08-02T09:15:00+07:00" in a JSON-LD block.
std::optional<PublishedHint> JsonLdDate(const GumboNode* script) {
  const GumboVector& c = script->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(c.data[i]);
    if (child->type != GUMBO_NODE_TEXT) continue;
    const std::string_view json(child->v.text.text);
    const std::size_t key = json.find("\"datePublished\"");
    if (key == std::string_view::npos) continue;
    std::size_t p = key + std::string_view("\"datePublished\"").size();
    while (p < json.size() && (json[p] == ' ' || json[p] == '\n' || json[p] == '\t')) ++p;
    if (p >= json.size() || json[p] != ':') continue;
    ++p;
    while (p < json.size() && (json[p] == ' ' || json[p] == '\n' || json[p] == '\t')) ++p;
    if (p >= json.size() || json[p] != '"') continue;
    const std::size_t end = json.find('"', p + 1);
    if (end == std::string_view::npos) continue;
    if (auto hint = HintFrom(json.substr(p + 1, end - p - 1))) return hint;
  }
  return std::nullopt;
}

// A visible line that is a date and little else ("Cập nhật, 15:58, Thứ Ba,
// 29/10/2019 (GMT+7)", "Thứ tư - 27/07/2022 09:33 252 0"), not a sentence
// that starts with a date.
std::optional<PublishedHint> DateLine(const GumboNode* node) {
  const std::string t = TextContent(node);
  if (t.empty() || t.size() > 160 || EndsSentence(t)) return std::nullopt;
  const std::optional<time::DateMatch> m = time::FindDate(t);
  if (!m || t.size() - (m->end - m->begin) > 60) return std::nullopt;
  return PublishedHint{m->date, t.substr(m->begin, m->end - m->begin)};
}

// Holds text of its own: a text child, not only nested elements.
bool HasDirectText(const GumboNode* node) {
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    if (static_cast<const GumboNode*>(c.data[i])->type == GUMBO_NODE_TEXT) return true;
  }
  return false;
}

}  // namespace

std::optional<text::TextRun> AttributeRun(const GumboTree& tree, const GumboNode* node,
                                          const char* name) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return std::nullopt;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  if (a == nullptr) return std::nullopt;
  std::string_view original(a->original_value.data, a->original_value.length);
  std::size_t base = tree.PageOffset(a->value_start.offset);
  if (!original.empty() && (original.front() == '"' || original.front() == '\'')) {
    original.remove_prefix(1);
    base += 1;
    if (!original.empty() && (original.back() == '"' || original.back() == '\'')) {
      original.remove_suffix(1);
    }
  }
  text::TextRun run = DecodedRun(original, a->value, base);
  if (run.empty()) return std::nullopt;
  return run;
}

const GumboNode* FindMeta(const PageScan& scan, std::string_view key) {
  for (const MetaTag& m : scan.metas) {
    if (m.key == key && !Attribute(m.node, "content").empty()) return m.node;
  }
  return nullptr;
}

std::optional<PublishedHint> DateOfElement(const GumboNode* node) {
  if (node == nullptr) return std::nullopt;
  if (auto hint = HintFrom(TextContent(node))) return hint;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (auto hint = HintFrom(Attribute(n, "datetime"))) return hint;
    const GumboVector& c = n->v.element.children;
    for (unsigned i = c.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
  }
  return std::nullopt;
}

std::optional<TitleFound> FindGenericTitle(const GumboTree& tree, const PageScan& scan) {
  const std::string_view site_name = Attribute(FindMeta(scan, "og:site_name"), "content");
  if (std::optional<text::TextRun> og = AttributeRun(tree, FindMeta(scan, "og:title"), "content")) {
    CutSiteName(*og, site_name);
    if (const GumboNode* h = HeadingWithText(scan, og->text)) {
      if (auto run = ElementRun(tree, h, scan.hidden)) return TitleFound{std::move(*run), h};
    }
    // A site name before the title ("Báo Vùng Cao – Sản lượng …") with no
    // og:site_name to say so: the heading shown is the rest.
    if (const GumboNode* h = HeadingAfterSitePrefix(scan, og->text)) {
      if (auto run = ElementRun(tree, h, scan.hidden)) return TitleFound{std::move(*run), h};
    }
    // An og:title reworded for sharing: the page's h1 that says much the
    // same is the title shown.
    if (const GumboNode* h = FirstHeading(scan)) {
      if (auto run = ElementRun(tree, h, scan.hidden); run && SimilarWords(run->text, og->text)) {
        return TitleFound{std::move(*run), h};
      }
    }
    if (!og->empty()) return TitleFound{std::move(*og), nullptr};
  }
  std::optional<text::TextRun> title = RawTextRun(tree, scan.title);
  if (title) {
    CutSiteName(*title, site_name);
    if (const GumboNode* h = HeadingWithText(scan, title->text)) {
      if (auto run = ElementRun(tree, h, scan.hidden)) return TitleFound{std::move(*run), h};
    }
  }
  if (const GumboNode* h = FirstHeading(scan)) {
    if (auto run = ElementRun(tree, h, scan.hidden)) return TitleFound{std::move(*run), h};
  }
  if (title && !title->empty()) return TitleFound{std::move(*title), nullptr};
  return std::nullopt;
}

// "4/7/2026": a date written with slashes whose day and month could be read
// either way. Pages in Vietnamese put the day first; a meta written by a US
// locale (.NET's "M/d/yyyy h:mm:ss tt") puts the month first.
bool EitherWayRound(const PublishedHint& h) {
  return h.date.day <= 12 && h.date.month <= 12 && h.date.day != h.date.month &&
         h.text.find('/') != std::string::npos;
}

bool SwappedDays(const Date& a, const Date& b) {
  return a.year == b.year && a.month == b.day && a.day == b.month;
}

std::optional<DateFound> FindGenericDate(const PageScan& scan, const GumboNode* anchor,
                                         const SelectorList* near) {
  std::optional<PublishedHint> from_meta;
  std::size_t meta_key = 0;
  for (; meta_key < portal::kDateMetas.size() && !from_meta; ++meta_key) {
    if (const GumboNode* meta = FindMeta(scan, portal::kDateMetas[meta_key])) {
      from_meta = HintFrom(Attribute(meta, "content"));
    }
  }
  if (from_meta && EitherWayRound(*from_meta)) {
    // Another date of the page's metadata that cannot be read two ways
    // ("2026-04-07T09:42:05+07:00" in JSON-LD) and is the other reading:
    // the meta was month first.
    std::vector<PublishedHint> others;
    for (std::size_t k = meta_key; k < portal::kDateMetas.size(); ++k) {
      if (const GumboNode* meta = FindMeta(scan, portal::kDateMetas[k])) {
        if (auto hint = HintFrom(Attribute(meta, "content"))) others.push_back(std::move(*hint));
      }
    }
    for (const GumboNode* script : scan.json_ld) {
      if (auto hint = JsonLdDate(script)) others.push_back(std::move(*hint));
    }
    for (PublishedHint& other : others) {
      if (!EitherWayRound(other) && SwappedDays(other.date, from_meta->date)) {
        return DateFound{std::move(other), nullptr};
      }
    }
  }
  if (from_meta) return DateFound{std::move(*from_meta), nullptr};
  for (const GumboNode* script : scan.json_ld) {
    if (auto hint = JsonLdDate(script)) return DateFound{std::move(*hint), nullptr};
  }
  // A date element of the article's header ("span.post-time", ".date"):
  // near the title only, where no list of dated headlines is. After the
  // title first: a header's clock line before it ("Thứ hai Ngày 04 Tháng 03
  // Năm 2026, 01:53:59", div.date-time) shows today, not the article's day.
  if (near != nullptr && anchor != nullptr) {
    const int at = scan.IndexOf(anchor);
    if (at >= 0) {
      const int from = std::max(-1, at - portal::kDateWindow);
      const int to = at + portal::kDateWindow;
      for (const auto& [after, before] : {std::pair{at, to}, std::pair{from, at}}) {
        if (const GumboNode* n = near->FirstBetween(scan, after, before)) {
          if (auto hint = DateOfElement(n)) return DateFound{std::move(*hint), n};
        }
      }
    }
  }
  for (const ElementInfo& info : scan.elements) {
    if (info.node->v.element.tag != GUMBO_TAG_TIME || info.hidden || info.chrome) continue;
    if (auto hint = DateOfElement(info.node)) return DateFound{std::move(*hint), info.node};
  }
  if (anchor == nullptr) return std::nullopt;
  const auto at = scan.index.find(anchor);
  if (at == scan.index.end()) return std::nullopt;
  const auto start = static_cast<std::size_t>(at->second);
  // After the title (the usual place), then before it (toolbar style).
  int seen = 0;
  for (std::size_t k = start + 1; k < scan.elements.size() && seen < 6; ++k) {
    const ElementInfo& info = scan.elements[k];
    if (info.hidden || info.chrome || !HasDirectText(info.node) || Within(info.node, anchor)) {
      continue;
    }
    ++seen;
    if (auto hint = DateLine(info.node)) return DateFound{std::move(*hint), info.node};
  }
  seen = 0;
  for (std::size_t k = start; k-- > 0 && seen < 3;) {
    const ElementInfo& info = scan.elements[k];
    if (info.hidden || info.chrome || !HasDirectText(info.node) || Within(anchor, info.node)) {
      continue;
    }
    ++seen;
    if (auto hint = DateLine(info.node)) return DateFound{std::move(*hint), info.node};
  }
  return std::nullopt;
}

const GumboNode* FindMainBlock(const PageScan& scan) {
  std::vector<double> score(scan.elements.size(), 0.0);
  for (std::size_t i = 0; i < scan.elements.size(); ++i) {
    const ElementInfo& info = scan.elements[i];
    if (info.hidden || info.chrome || info.text < 25 || info.link_text * 2 > info.text) continue;
    const GumboTag tag = info.node->v.element.tag;
    if (IsHeading(tag)) continue;
    const auto t = static_cast<double>(info.text - info.link_text);
    if (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_SECTION ||
        tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
      score[i] += t;  // text straight in a container, lines split by <br>
    }
    const int parent = info.block_parent;
    if (parent < 0) continue;
    score[static_cast<std::size_t>(parent)] += t;
    const int grand = scan.elements[static_cast<std::size_t>(parent)].block_parent;
    if (grand < 0) continue;
    score[static_cast<std::size_t>(grand)] += t / 2;
    // (Readability's weights further up: a body whose paragraphs each sit
    // in a wrapper of their own, "div.edittor-content > div > div > p",
    // still collects them.)
    const int great = scan.elements[static_cast<std::size_t>(grand)].block_parent;
    if (great >= 0) score[static_cast<std::size_t>(great)] += t / 6;
  }
  std::size_t best = scan.elements.size();
  for (std::size_t i = 0; i < scan.elements.size(); ++i) {
    const ElementInfo& info = scan.elements[i];
    if (score[i] <= 0 || info.hidden || info.chrome) continue;
    if (best == scan.elements.size() || score[i] >= score[best]) best = i;
  }
  return best < scan.elements.size() ? scan.elements[best].node : scan.body;
}

void ReadGeneric(const GumboTree& tree, PageScan& scan, const Layouts& layouts, PageLines& page) {
  ReadArticle(nullptr, tree, scan, layouts, page);
}

}  // namespace vnextract::html
