// The article reader behind the portal table's rows and the generic reader
// (page.h: ReadArticle). For each block the row's selectors come first,
// then what any page may show:
//  - title: the row's element, else og:title / <title> matched to a
//    heading, else the first h1 (generic.cc);
//  - body: the row's element, else the densest text block (generic.cc);
//  - lead: the row's element, else a sapo/description element after the
//    title, else the page's <meta> description when it repeats a block
//    between title and body or the body's first line whole (blocks.cc);
//  - date: the row's element, else <meta>, JSON-LD, a date element near
//    the title, <time>, a date line beside the title (generic.cc);
//  - byline: structured data first (JSON-LD author, <meta> author, rel=
//    author and /tac-gia/ links) when it names a person and not the site,
//    then the row's and the generic byline elements, then a signed line
//    under the body (blocks.cc); the source outlet from source elements
//    and the byline rules (byline.h);
//  - the body is walked without chrome: the row's drop list, the generic
//    in-article chrome, related-news boxes found by their heading, and the
//    blocks read above.
#include <algorithm>
#include <string>
#include <vector>

#include "html/byline.h"
#include "html/page.h"
#include "html/portal_table.h"
#include "text/run.h"
#include "text/utf8.h"
#include "time/dates.h"

namespace vnextract::html {
namespace {

using text::TextRun;

bool Valid(char32_t cp) { return cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF); }

// Character references left in raw text (JSON-LD strings on vneconomy and
// baochinhphu: "Ph&#7841;m", "&#x2B;07:00"), decoded; others kept.
std::string DecodeReferences(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '&' && i + 2 < s.size() && s[i + 1] == '#') {
      std::size_t k = i + 2;
      const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
      if (hex) ++k;
      char32_t cp = 0;
      const std::size_t start = k;
      while (k < s.size() && k - start < 7) {
        const char c = s[k];
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0) break;
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
        ++k;
      }
      if (k > start && k < s.size() && s[k] == ';' && Valid(cp)) {
        text::AppendUtf8(cp, out);
        i = k + 1;
        continue;
      }
    }
    bool named = false;
    for (const auto& [ref, ch] : {std::pair<std::string_view, char>{"&amp;", '&'},
                                  {"&quot;", '"'},
                                  {"&apos;", '\''},
                                  {"&lt;", '<'},
                                  {"&gt;", '>'}}) {
      if (s.substr(i, ref.size()) == ref) {
        out += ch;
        i += ref.size();
        named = true;
        break;
      }
    }
    if (!named) out += s[i++];
  }
  return out;
}

// ---- JSON-LD: the names under "author". ---------------------------------

class JsonAuthors {
 public:
  explicit JsonAuthors(std::string_view s) : s_(s) {}

  std::vector<std::string> Names() {
    std::vector<std::string> names;
    constexpr std::string_view kKey = "\"author\"";
    int keys = 0;  // a graph names its article's author once or twice
    for (std::size_t at = s_.find(kKey); at != std::string_view::npos && keys++ < 16;
         at = s_.find(kKey, at + kKey.size())) {
      p_ = at + kKey.size();
      Spaces();
      if (p_ >= s_.size() || s_[p_] != ':') continue;
      ++p_;
      Value(names, 0);
    }
    return names;
  }

 private:
  void Spaces() {
    while (p_ < s_.size() &&
           (s_[p_] == ' ' || s_[p_] == '\n' || s_[p_] == '\r' || s_[p_] == '\t')) {
      ++p_;
    }
  }

  bool String(std::string* out) {
    if (p_ >= s_.size() || s_[p_] != '"') return false;
    ++p_;
    while (p_ < s_.size()) {
      const char c = s_[p_++];
      if (c == '"') return true;
      if (c != '\\') {
        *out += c;
        continue;
      }
      if (p_ >= s_.size()) return false;
      const char e = s_[p_++];
      if (e == 'u') {
        char32_t cp = 0;
        if (!Hex4(&cp)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(p_, 2) == "\\u") {
          p_ += 2;
          char32_t low = 0;
          if (!Hex4(&low)) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (Valid(cp)) text::AppendUtf8(cp, *out);
      } else {
        *out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
      }
    }
    return false;
  }

  bool Hex4(char32_t* cp) {
    if (p_ + 4 > s_.size()) return false;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[p_++];
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return false;
      }
      *cp = *cp * 16 + static_cast<char32_t>(d);
    }
    return true;
  }

  // Skips a value of any kind (strings respected); false when malformed.
  bool Skip() {
    Spaces();
    if (p_ >= s_.size()) return false;
    if (s_[p_] == '"') {
      std::string ignored;
      return String(&ignored);
    }
    if (s_[p_] == '{' || s_[p_] == '[') {
      int depth = 0;
      while (p_ < s_.size()) {
        const char c = s_[p_];
        if (c == '"') {
          std::string ignored;
          if (!String(&ignored)) return false;
          continue;
        }
        ++p_;
        if (c == '{' || c == '[') ++depth;
        if (c == '}' || c == ']') {
          if (--depth == 0) return true;
        }
      }
      return false;
    }
    while (p_ < s_.size() && s_[p_] != ',' && s_[p_] != '}' && s_[p_] != ']') ++p_;
    return true;
  }

  // An author value: a name, a Person object, or an array of them.
  void Value(std::vector<std::string>& names, int depth) {
    Spaces();
    if (p_ >= s_.size() || depth > 4) return;
    if (s_[p_] == '"') {
      std::string name;
      if (String(&name)) names.push_back(std::move(name));
      return;
    }
    if (s_[p_] == '[') {
      ++p_;
      while (true) {
        Spaces();
        if (p_ >= s_.size() || s_[p_] == ']') return;
        const std::size_t before = p_;
        Value(names, depth + 1);
        Spaces();
        if (p_ < s_.size() && s_[p_] == ',') ++p_;
        if (p_ == before) return;  // no progress: malformed
      }
    }
    if (s_[p_] != '{') {
      Skip();
      return;
    }
    ++p_;
    std::string name, type;
    while (true) {
      Spaces();
      if (p_ >= s_.size()) return;
      if (s_[p_] == '}') {
        ++p_;
        break;
      }
      std::string key;
      if (!String(&key)) return;
      Spaces();
      if (p_ >= s_.size() || s_[p_] != ':') return;
      ++p_;
      Spaces();
      if ((key == "name" || key == "@type") && p_ < s_.size() && s_[p_] == '"') {
        if (!String(key == "name" ? &name : &type)) return;
      } else if (!Skip()) {
        return;
      }
      Spaces();
      if (p_ < s_.size() && s_[p_] == ',') ++p_;
    }
    if (!name.empty() && type.find("Organization") == std::string::npos) {
      names.push_back(std::move(name));
    }
  }

  std::string_view s_;
  std::size_t p_ = 0;
};

// A run for text that is not on the page as such (a decoded JSON string):
// every byte maps to `offset`.
TextRun PlainRun(std::string text, std::size_t offset) {
  TextRun run;
  run.text = text::IsNfc(text) ? std::move(text) : text::ToNfc(text);
  run.map.assign(run.text.size(), static_cast<std::uint32_t>(offset));
  return run;
}

// ---- The site's own names. ---------------------------------------------

std::vector<std::string> SiteNames(const PageScan& scan) {
  std::vector<std::string> names;
  for (std::string_view key : {"og:site_name", "application-name", "apple-mobile-web-app-title",
                               "twitter:site", "copyright", "og:url"}) {
    std::string_view v = Attribute(FindMeta(scan, key), "content");
    if (v.empty()) continue;
    if (key == "og:url") {
      const std::size_t scheme = v.find("://");
      if (scheme == std::string_view::npos) continue;
      v = v.substr(scheme + 3);
      v = v.substr(0, v.find('/'));
    }
    if (!v.empty() && v.front() == '@') v.remove_prefix(1);
    names.emplace_back(v);
  }
  return names;
}

bool NamesTheSite(std::string_view s, const std::vector<std::string>& sites) {
  for (const std::string& site : sites) {
    if (SameSite(s, site)) return true;
  }
  return false;
}

// A person's name that is neither an outlet nor the site itself.
bool IsWriter(std::string_view s, const std::vector<std::string>& sites) {
  return IsPersonName(s) && !IsOutletName(s) && !NamesTheSite(s, sites);
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += " - ";
    out += n;
  }
  return out;
}

// Whether `text` shows `names` in order with only separators between them
// ("A - B", "A, B", "A và B").
bool OnlyNames(std::string_view text, const std::vector<std::string>& names) {
  std::string rest;
  std::size_t p = 0;
  for (const std::string& n : names) {
    const std::size_t at = text.find(n, p);
    if (at == std::string_view::npos) return false;
    rest.append(text.substr(p, at - p));
    rest += ' ';
    p = at + n.size();
  }
  rest.append(text.substr(p));
  // What is left: separators and the joining words, nothing else.
  constexpr std::string_view kSeparators = " -,&";
  constexpr std::string_view kJoins[] = {"và", "\xE2\x80\x93"};  // and, en dash
  for (std::size_t i = 0; i < rest.size();) {
    if (kSeparators.find(rest[i]) != std::string_view::npos) {
      ++i;
      continue;
    }
    const auto join = std::find_if(std::begin(kJoins), std::end(kJoins), [&](std::string_view w) {
      return std::string_view(rest).substr(i).starts_with(w);
    });
    if (join == std::end(kJoins)) return false;
    i += join->size();
  }
  return true;
}

struct BylineHints {
  std::optional<TextRun> author;
  bool structured = false;
  std::optional<TextRun> outlet;
  std::vector<const GumboNode*> nodes;  // byline elements to leave out of the body
};

// The index just past `node`'s last descendant.
int SubtreeEnd(const PageScan& scan, int at) {
  if (at < 0) return -1;
  const GumboNode* node = scan.elements[static_cast<std::size_t>(at)].node;
  std::size_t k = static_cast<std::size_t>(at) + 1;
  while (k < scan.elements.size() && Within(scan.elements[k].node, node)) ++k;
  return static_cast<int>(k);
}

// Structured bylines: JSON-LD, <meta>, rel=author, author-page links.
void StructuredAuthor(const GumboTree& tree, const PageScan& scan,
                      const std::vector<std::string>& sites, int before, BylineHints& out) {
  for (const GumboNode* script : scan.json_ld) {
    const GumboVector& c = script->v.element.children;
    for (unsigned i = 0; i < c.length && !out.author; ++i) {
      const auto* child = static_cast<const GumboNode*>(c.data[i]);
      if (child->type != GUMBO_NODE_TEXT) continue;
      std::vector<std::string> names;
      for (std::string& raw : JsonAuthors(child->v.text.text).Names()) {
        std::string name = DecodeReferences(raw);
        TextRun run = PlainRun(std::move(name), tree.PageOffset(child->v.text.start_pos.offset));
        if (std::optional<Byline> b = ReadByline(run); b && b->author) {
          if (IsWriter(b->author->text, sites) &&
              std::find(names.begin(), names.end(), b->author->text) == names.end()) {
            names.push_back(b->author->text);
          }
        }
      }
      if (!names.empty()) {
        out.author = PlainRun(JoinNames(names), tree.PageOffset(child->v.text.start_pos.offset));
      }
    }
    if (out.author) break;
  }
  for (std::size_t k = 0; k < portal::kAuthorMetas.size() && !out.author; ++k) {
    const GumboNode* meta = FindMeta(scan, portal::kAuthorMetas[k]);
    const std::string_view content = Attribute(meta, "content");
    if (content.find("://") != std::string_view::npos || content.find('/') == 0) continue;
    if (std::optional<TextRun> run = AttributeRun(tree, meta, "content")) {
      if (std::optional<Byline> b = ReadByline(*run); b && b->author) {
        if (IsWriter(b->author->text, sites)) out.author = std::move(b->author);
      }
    }
  }
  if (!out.author) {
    // rel=author and links to the author's page, in the article's part of
    // the page: the distinct names, as the element that lists them all
    // shows them ("NHẬT XUÂN - NGHI VŨ") or joined.
    std::vector<std::string> names;
    std::vector<const GumboNode*> last;  // the last link of each name
    const std::size_t end = before < 0
                                ? scan.elements.size()
                                : std::min(scan.elements.size(), static_cast<std::size_t>(before));
    for (std::size_t i = 0; i < end; ++i) {
      const ElementInfo& info = scan.elements[i];
      if (info.node->v.element.tag != GUMBO_TAG_A || info.hidden || info.chrome) continue;
      const std::string_view href = Attribute(info.node, "href");
      bool author_link = Attribute(info.node, "rel") == "author";
      for (std::string_view part : portal::kAuthorHrefs) {
        author_link = author_link || href.find(part) != std::string_view::npos;
      }
      if (!author_link) continue;
      const std::string name = TextContent(info.node);
      if (name.empty() || name.size() > 100 || !IsWriter(name, sites)) continue;
      const auto at = std::find(names.begin(), names.end(), name);
      if (at == names.end()) {
        if (names.size() == 8) continue;  // no byline names more
        names.push_back(name);
        last.push_back(info.node);
      } else {
        last[static_cast<std::size_t>(at - names.begin())] = info.node;
      }
    }
    if (!last.empty()) {  // (one last link per name)
      // The lowest element holding the last link of every name.
      const GumboNode* common = last.front();
      for (const GumboNode* n : last) {
        while (common != nullptr && !Within(n, common)) common = common->parent;
      }
      if (common != nullptr && names.size() > 1 && OnlyNames(TextContent(common), names)) {
        out.author = ElementRun(tree, common, scan.hidden);
      } else if (names.size() == 1) {
        out.author = ElementRun(tree, last.front(), scan.hidden);
      } else {
        out.author =
            PlainRun(JoinNames(names), tree.PageOffset(last.front()->v.element.start_pos.offset));
      }
    }
  }
  out.structured = out.author.has_value();
}

// Byline elements read at most per list: a byline is among the first few
// matches, and each is walked (a page of nested "author" blocks stays linear).
constexpr std::size_t kMaxCandidates = 24;

// Byline and source elements: the row's (each read by the byline rules),
// then the generic ones (a person's name only) inside [from, to).
void MarkedByline(const GumboTree& tree, const PageScan& scan, const LayoutRow* row,
                  const Layouts::Table& table, const std::vector<std::string>& sites, int from,
                  int to, BylineHints& out) {
  const auto in_window = [&](const GumboNode* n) {
    const int at = scan.IndexOf(n);
    return at >= from && (to < 0 || at < to);
  };
  if (row != nullptr) {
    for (const SelectorList* list : {&row->author, &row->outlet}) {
      const bool source = list == &row->outlet;
      std::size_t tried = 0;
      for (const GumboNode* n : list->All(scan)) {
        if (std::find(out.nodes.begin(), out.nodes.end(), n) != out.nodes.end()) continue;
        if (++tried > kMaxCandidates) break;
        std::optional<TextRun> run = ElementRun(tree, n, scan.hidden);
        if (!run) continue;
        std::optional<Byline> b = ReadByline(*run);
        if (!b) continue;
        // A source element's bare name is the outlet's.
        if (source && b->author && !b->outlet && !IsPersonName(b->author->text)) {
          b->outlet = std::move(b->author);
          b->author.reset();
        }
        if (b->author && !out.author && !NamesTheSite(b->author->text, sites)) {
          out.author = std::move(b->author);
        }
        if (b->outlet && !out.outlet && !NamesTheSite(b->outlet->text, sites)) {
          out.outlet = std::move(b->outlet);
        }
        out.nodes.push_back(n);  // read: not body text, whatever it named
      }
    }
  }
  if (!out.author) {
    std::size_t tried = 0;
    for (const GumboNode* n : table.generic_author.All(scan)) {
      if (!in_window(n)) continue;
      if (++tried > kMaxCandidates) break;
      std::optional<TextRun> run = ElementRun(tree, n, scan.hidden);
      if (!run || run->text.size() > 120) continue;
      std::optional<Byline> b = ReadByline(*run);
      if (!b || !b->author || !IsWriter(b->author->text, sites)) continue;
      out.author = std::move(b->author);
      if (b->outlet && !out.outlet) out.outlet = std::move(b->outlet);
      out.nodes.push_back(n);
      break;
    }
  }
  if (!out.outlet) {
    std::size_t tried = 0;
    for (const GumboNode* n : table.generic_outlet.All(scan)) {
      if (!in_window(n)) continue;
      if (++tried > kMaxCandidates) break;
      std::optional<TextRun> run = ElementRun(tree, n, scan.hidden);
      if (!run || run->text.size() > 80 || run->text.find("://") != std::string::npos) continue;
      std::optional<Byline> b = ReadByline(*run);
      if (!b) continue;
      std::optional<TextRun> outlet = b->outlet ? std::move(b->outlet) : std::move(b->author);
      if (!outlet || NamesTheSite(outlet->text, sites)) continue;
      out.outlet = std::move(outlet);
      out.nodes.push_back(n);
      break;
    }
  }
}

bool HasDirectText(const GumboNode* node) {
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(c.data[i]);
    if (child->type == GUMBO_NODE_TEXT) return true;
  }
  return false;
}

// A lead element's text: a sentence or two, not a label.
bool PlausibleLead(const std::optional<TextRun>& run) {
  if (!run || run->text.size() < 30 || run->text.size() > 3000) return false;
  return std::count(run->text.begin(), run->text.end(), ' ') >= 5;
}

// A block that reads as a lead: fifteen words or more ending a sentence.
bool IsSentenceBlock(std::string_view s) {
  if (s.size() < 60 || s.size() > 2000 || std::count(s.begin(), s.end(), ' ') < 14) return false;
  std::size_t e = s.size();
  while (e > 0 && (s[e - 1] == '"' || s[e - 1] == ')' || s[e - 1] == ' ')) --e;
  if (e >= 3 && (s.substr(e - 3) == "\xE2\x80\x9D" || s.substr(e - 3) == "\xE2\x80\xA6")) {
    return true;  // a closing quotation mark, an ellipsis
  }
  return e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?');
}

// A lead stands before the body, or first in it: no text of the body comes
// before it (a caption's "description" further down is no lead).
// A short line of an article's header: a category label, "Tác giả •
// 07/04/2026 - 09:42", a "Cập nhật" line (a body paragraph is longer).
bool HeaderLine(const ElementInfo& info) {
  constexpr std::size_t kHeaderLineBytes = 80;
  return info.text <= kHeaderLineBytes;
}

// A lead element inside the body container must come before the body's
// text: only the title, and short header lines (category, byline and date)
// of a template that puts its header inside the article container, may come
// first.
bool LeadsTheBody(const PageScan& scan, const GumboNode* lead, const GumboNode* body,
                  const GumboNode* title) {
  if (body == nullptr || !Within(lead, body)) return true;
  const int body_at = scan.IndexOf(body);
  const int lead_at = scan.IndexOf(lead);
  for (int k = body_at + 1; k < lead_at; ++k) {
    const ElementInfo& info = scan.elements[static_cast<std::size_t>(k)];
    if (info.hidden || info.chrome || info.text == 0 || Within(lead, info.node)) continue;
    if (title != nullptr && (info.node == title || Within(info.node, title))) continue;
    if (title != nullptr && HeaderLine(info)) continue;
    return false;
  }
  return true;
}

}  // namespace

void ReadArticle(const LayoutRow* row, const GumboTree& tree, PageScan& scan,
                 const Layouts& layouts, PageLines& page) {
  const Layouts::Table& table = layouts.table();
  page.body_only = true;
  if (row != nullptr) {
    page.layout = std::string(row->name);
  } else {
    page.layout = kLayoutGeneric;
    page.diagnostics.push_back(
        {DiagnosticCode::kGenericLayout,
         "no known portal layout recognised; read the page by text density"});
  }
  // Title.
  const GumboNode* title = row != nullptr ? row->title.First(scan) : nullptr;
  if (title != nullptr) page.title_hint = ElementRun(tree, title, scan.hidden);
  if (!page.title_hint) {
    title = nullptr;
    if (std::optional<TitleFound> found = FindGenericTitle(tree, scan)) {
      page.title_hint = std::move(found->run);
      title = found->node;
    }
  }
  // Body.
  const GumboNode* body = row != nullptr ? row->body.First(scan) : nullptr;
  if (body == nullptr) {
    body = FindMainBlock(scan);
    if (row != nullptr) {
      page.diagnostics.push_back(
          {DiagnosticCode::kNoBodyElement, "the " + page.layout +
                                               " layout's body element is missing; "
                                               "the body was found by text density"});
    }
  }
  const int title_at = title != nullptr ? scan.IndexOf(title) : -1;
  const int body_at = body != nullptr ? scan.IndexOf(body) : -1;
  const int body_end = SubtreeEnd(scan, body_at);

  // Lead.
  const GumboNode* lead = row != nullptr ? row->lead.First(scan) : nullptr;
  std::optional<TextRun> lead_run;
  if (lead != nullptr) lead_run = ElementRun(tree, lead, scan.hidden);
  if (lead == nullptr || !lead_run) {
    lead = table.generic_lead.FirstBetween(scan, title_at, body_end);
    lead_run = lead != nullptr ? ElementRun(tree, lead, scan.hidden) : std::nullopt;
    if (lead != nullptr && (!PlausibleLead(lead_run) || !LeadsTheBody(scan, lead, body, title))) {
      lead = nullptr;
    }
  }
  // A lead element that holds the whole article (molisa) is not a lead.
  if (lead != nullptr && body != nullptr && Within(body, lead)) lead = nullptr;
  if (lead == title) lead = nullptr;
  // Date, next to the title (or the first h1, or the body).
  const GumboNode* anchor = title;
  for (std::size_t k = 0; anchor == nullptr && k < scan.elements.size(); ++k) {
    const ElementInfo& info = scan.elements[k];
    if (info.node->v.element.tag == GUMBO_TAG_H1 && !info.hidden && !info.chrome &&
        info.subtree_text + info.subtree_links > 0) {
      anchor = info.node;
    }
  }
  if (anchor == nullptr) anchor = body;
  const GumboNode* date = row != nullptr ? row->date.FirstShown(scan) : nullptr;
  if (date != nullptr) page.published_hint = DateOfElement(date);
  if (!page.published_hint) {
    date = nullptr;
    if (std::optional<DateFound> found = FindGenericDate(scan, anchor, &table.generic_date)) {
      page.published_hint = std::move(found->hint);
      date = found->node;
    }
  }
  // Byline and outlet.
  const std::vector<std::string> sites = SiteNames(scan);
  BylineHints byline;
  const int window_end = body_end < 0 ? -1 : body_end + 60;
  StructuredAuthor(tree, scan, sites, window_end, byline);
  MarkedByline(tree, scan, row, table, sites, std::max(0, title_at - 15), window_end, byline);
  page.author_hint = std::move(byline.author);
  page.author_structured = byline.structured;
  page.outlet_hint = std::move(byline.outlet);
  std::sort(byline.nodes.begin(), byline.nodes.end());
  // No lead element: the description, when it repeats a block between the
  // title and the body (or the body's first line, blocks.cc).
  if (lead == nullptr) {
    for (std::string_view key : portal::kDescriptionMetas) {
      const std::string_view d = Attribute(FindMeta(scan, key), "content");
      if (!d.empty()) {
        page.description = std::string(d);
        break;
      }
    }
    // Between the title and the body, a block the description repeats is
    // the lead; failing that, the first block there that is a sentence of
    // fifteen words or more (the sapo of a template we do not know).
    if (title_at >= 0 && body_at > title_at) {
      const GumboNode* sentence = nullptr;
      std::optional<TextRun> sentence_run;
      for (int k = title_at + 1; k < body_at && k < title_at + 200; ++k) {
        const ElementInfo& info = scan.elements[static_cast<std::size_t>(k)];
        if (info.hidden || info.chrome || !HasDirectText(info.node) || info.node == date ||
            Within(body, info.node) || Within(info.node, title)) {
          continue;
        }
        std::optional<TextRun> run = ElementRun(tree, info.node, scan.hidden);
        if (!run) continue;
        if (page.description && DescriptionRepeats(*page.description, run->text)) {
          lead = info.node;
          lead_run = std::move(run);
          break;
        }
        if (sentence == nullptr && IsSentenceBlock(run->text)) {
          sentence = info.node;
          sentence_run = std::move(run);
        }
      }
      if (lead == nullptr && sentence != nullptr) {
        lead = sentence;
        lead_run = std::move(sentence_run);
      }
    }
  }
  if (lead != nullptr) {
    if (!lead_run) lead_run = ElementRun(tree, lead, scan.hidden);
    page.lead_hint = std::move(lead_run);
    page.description.reset();
  }
  if (body == nullptr) return;

  // A template that puts its header inside the article container (a
  // category label, the title, "Tác giả • 07/04/2026 - 09:42", then the
  // lead): what comes before the lead there is the header, not the body.
  std::vector<const GumboNode*> header;
  if (lead != nullptr && Within(lead, body) && LeadsTheBody(scan, lead, body, title)) {
    const int lead_at = scan.IndexOf(lead);
    for (int k = body_at + 1; k < lead_at; ++k) {
      const GumboNode* n = scan.elements[static_cast<std::size_t>(k)].node;
      if (!Within(lead, n)) header.push_back(n);
    }
    std::sort(header.begin(), header.end());
  }

  // The body, without the chrome inside it.
  const std::vector<const GumboNode*> boxes = RelatedBoxes(scan, body);
  const SkipFn skip = [&](const GumboNode* n) {
    return n == title || n == lead || n == date || scan.IsChrome(n) ||
           std::binary_search(header.begin(), header.end(), n) ||
           (row != nullptr && row->drop.Matches(n)) || table.article_chrome.Matches(n) ||
           std::binary_search(boxes.begin(), boxes.end(), n) ||
           std::binary_search(byline.nodes.begin(), byline.nodes.end(), n);
  };
  // (The skip reads no element list: the list goes before the walk.)
  scan.ReleaseElements();
  CollectLines(tree, body, Part::kOther, scan.hidden, page.lines, skip, &page.tables);
}

}  // namespace vnextract::html
