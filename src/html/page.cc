#include "html/page.h"

#include <algorithm>
#include <array>
#include <utility>

#include "html/portal_table.h"

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

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

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

bool IsChromeElement(const GumboNode* node) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE) return true;
  const std::string cls = Lower(Attribute(node, "class"));
  const std::string id = Lower(Attribute(node, "id"));
  if (cls.empty() && id.empty()) return false;
  for (std::string_view t : portal::kChromeTokens) {
    if (id == t) return true;
  }
  std::size_t p = 0;
  while (p < cls.size()) {
    while (p < cls.size() && IsSpace(cls[p])) ++p;
    std::size_t e = p;
    while (e < cls.size() && !IsSpace(cls[e])) ++e;
    const std::string_view token = std::string_view(cls).substr(p, e - p);
    for (std::string_view t : portal::kChromeTokens) {
      if (token == t) return true;
    }
    p = e;
  }
  std::string compact;
  for (char c : cls + " " + id) {
    if (c != '-' && c != '_' && !IsSpace(c)) compact += c;
  }
  for (std::string_view part : portal::kChromeParts) {
    if (compact.find(part) != std::string::npos) return true;
  }
  return false;
}

PageScan ScanPage(const GumboNode* root) {
  PageScan scan;
  struct Item {
    const GumboNode* node;
    int parent;
    int block;
    bool in_link;
    bool skipped;
    int depth;
  };
  std::vector<Item> stack{{root, -1, -1, false, false, 0}};
  while (!stack.empty()) {
    const Item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      if (it.skipped || it.block < 0) continue;
      std::string_view t(n->v.text.text);
      while (!t.empty() && IsSpace(t.front())) t.remove_prefix(1);
      while (!t.empty() && IsSpace(t.back())) t.remove_suffix(1);
      ElementInfo& b = scan.elements[static_cast<std::size_t>(it.block)];
      b.text += t.size();
      if (it.in_link) b.link_text += t.size();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    const int self = static_cast<int>(scan.elements.size());
    ElementInfo info;
    info.node = n;
    info.parent = it.parent;
    info.block_parent = it.block;
    scan.elements.push_back(info);
    bool descend = true;
    switch (e.tag) {
      case GUMBO_TAG_STYLE:
        scan.styles.push_back(TextContent(n));
        descend = false;
        break;
      case GUMBO_TAG_SCRIPT:
        if (Lower(Attribute(n, "type")) == "application/ld+json") scan.json_ld.push_back(n);
        descend = false;
        break;
      case GUMBO_TAG_TITLE:
        if (scan.title == nullptr) scan.title = n;
        descend = false;
        break;
      case GUMBO_TAG_BODY:
        scan.body = n;
        break;
      case GUMBO_TAG_META: {
        std::string_view key = Attribute(n, "property");
        if (key.empty()) key = Attribute(n, "name");
        if (key.empty()) key = Attribute(n, "itemprop");
        if (!key.empty()) scan.metas.push_back({Lower(key), n});
        break;
      }
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
    if (!descend) continue;
    const int block = IsBlock(e.tag) ? self : it.block;
    const bool in_link = it.in_link || e.tag == GUMBO_TAG_A;
    const bool skipped = it.skipped || IsSkipped(e.tag);
    for (unsigned i = e.children.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(e.children.data[i]), self, block, in_link,
                       skipped, it.depth + 1});
    }
  }
  scan.hidden = ParseHiddenRules(scan.styles);
  return scan;
}

void IndexElements(PageScan& scan) {
  const std::size_t n = scan.elements.size();
  scan.index.reserve(n);
  std::vector<char> own_chrome(n, 0);
  // Preorder: a parent's flags are final before its children are visited.
  for (std::size_t i = 0; i < n; ++i) {
    ElementInfo& info = scan.elements[i];
    scan.index.emplace(info.node, static_cast<int>(i));
    const ElementInfo* parent =
        info.parent >= 0 ? &scan.elements[static_cast<std::size_t>(info.parent)] : nullptr;
    const GumboTag tag = info.node->v.element.tag;
    info.hidden = (parent != nullptr && parent->hidden) ||
                  (IsSkipped(tag) && tag != GUMBO_TAG_HEAD) || IsHidden(info.node, scan.hidden);
    own_chrome[i] = IsChromeElement(info.node) ? 1 : 0;
  }
  // The names selectors look for.
  for (const ElementInfo& info : scan.elements) {
    const GumboVector& attrs = info.node->v.element.attributes;
    for (unsigned a = 0; a < attrs.length; ++a) {
      const auto* attr = static_cast<const GumboAttribute*>(attrs.data[a]);
      const std::string_view name(attr->name);
      scan.attribute_names.insert(name);
      const std::string_view value(attr->value);
      if (name == "id") {
        scan.ids.insert(value);
      } else if (name == "class") {
        std::size_t p = 0;
        while (p < value.size()) {
          while (p < value.size() && IsSpace(value[p])) ++p;
          std::size_t e = p;
          while (e < value.size() && !IsSpace(value[e])) ++e;
          if (e > p) scan.class_tokens.insert(value.substr(p, e - p));
          p = e;
        }
      }
    }
  }
  scan.names_indexed = true;
  // The visible text of each subtree: children follow their parent.
  for (std::size_t i = n; i-- > 0;) {
    ElementInfo& info = scan.elements[i];
    if (info.hidden) continue;
    info.subtree_text += static_cast<std::uint32_t>(info.text - info.link_text);
    info.subtree_links += static_cast<std::uint32_t>(info.link_text);
    if (info.parent >= 0) {
      ElementInfo& parent = scan.elements[static_cast<std::size_t>(info.parent)];
      parent.subtree_text += info.subtree_text;
      parent.subtree_links += info.subtree_links;
    }
  }
  // A container that looks like chrome by its class ("sidebar-1" holds the
  // whole article on VnExpress) but holds a heading of the page and most of
  // its text is the article.
  const ElementInfo* top = scan.Info(scan.body != nullptr ? scan.body : nullptr);
  if (top == nullptr && n > 0) top = &scan.elements[0];
  const std::uint64_t total = top != nullptr ? top->subtree_text : 0;
  if (total > 0) {
    std::size_t headings = 0;  // a thousand is more than any article page shows
    for (std::size_t i = 0; i < n && headings < 1000; ++i) {
      const ElementInfo& info = scan.elements[i];
      const GumboTag tag = info.node->v.element.tag;
      if ((tag != GUMBO_TAG_H1 && tag != GUMBO_TAG_H2) || info.hidden ||
          info.subtree_text + info.subtree_links == 0) {
        continue;
      }
      ++headings;
      for (int a = info.parent; a >= 0; a = scan.elements[static_cast<std::size_t>(a)].parent) {
        const ElementInfo& up = scan.elements[static_cast<std::size_t>(a)];
        if (own_chrome[static_cast<std::size_t>(a)] != 0 &&
            std::uint64_t{up.subtree_text} * 2 > total) {
          scan.article_containers.push_back(up.node);
        }
      }
    }
    std::sort(scan.article_containers.begin(), scan.article_containers.end());
    scan.article_containers.erase(
        std::unique(scan.article_containers.begin(), scan.article_containers.end()),
        scan.article_containers.end());
  }
  for (std::size_t i = 0; i < n; ++i) {
    ElementInfo& info = scan.elements[i];
    const ElementInfo* parent =
        info.parent >= 0 ? &scan.elements[static_cast<std::size_t>(info.parent)] : nullptr;
    info.chrome = !scan.IsArticleContainer(info.node) &&
                  ((parent != nullptr && parent->chrome) || own_chrome[i] != 0);
  }
}

bool PageScan::IsChrome(const GumboNode* node) const {
  return IsChromeElement(node) && !IsArticleContainer(node);
}

namespace {

bool IsBlockTag(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT && IsBlock(node->v.element.tag);
}

// The text of `node` outside the blocks nested in it, collapsed, at most
// `limit` bytes (more: empty).
std::string OwnText(const GumboNode* node, std::size_t limit) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      for (char c : std::string_view(n->v.text.text)) {
        if (IsSpace(c)) {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += c;
        }
      }
      if (out.size() > limit) return {};
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n->v.element.tag)) continue;
    if (n != node && IsBlockTag(n)) continue;
    const GumboVector& c = n->v.element.children;
    for (unsigned i = c.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::vector<const GumboNode*> RelatedBoxes(const PageScan& scan, const GumboNode* root) {
  std::vector<const GumboNode*> boxes;
  const int root_at = scan.IndexOf(root);
  if (root_at < 0) return boxes;
  // Bounds that no article comes near keep a page of ten thousand headings
  // linear: the boxes read, the levels climbed, the elements looked over.
  constexpr std::size_t kMaxBoxes = 64;
  constexpr int kMaxLevels = 12;
  constexpr std::size_t kMaxBefore = 400;
  for (std::size_t i = static_cast<std::size_t>(root_at) + 1;
       i < scan.elements.size() && boxes.size() < kMaxBoxes; ++i) {
    const ElementInfo& info = scan.elements[i];
    if (info.text == 0 || info.text > 80 || info.hidden || !Within(info.node, root)) continue;
    if (!IsRelatedNewsHeading(OwnText(info.node, 100))) continue;
    // The heading's block, climbed while what else its parent holds is
    // mostly links and comes after the heading.
    const std::uint64_t head_all = info.subtree_text + info.subtree_links;
    const std::uint64_t head_links = info.subtree_links;
    int box = static_cast<int>(i);
    int levels = 0;
    for (int p = info.parent; p >= 0 && p != root_at && levels++ < kMaxLevels;
         p = scan.elements[static_cast<std::size_t>(p)].parent) {
      const ElementInfo& up = scan.elements[static_cast<std::size_t>(p)];
      const std::uint64_t others = up.subtree_text + up.subtree_links - head_all;
      const std::uint64_t links = up.subtree_links - head_links;
      if (others > 0 && links * 10 < others * 6) break;
      // Nothing with text between the box and the heading.
      if (i - static_cast<std::size_t>(p) > kMaxBefore) break;
      bool before = false;
      for (std::size_t k = static_cast<std::size_t>(p) + 1; k < i && !before; ++k) {
        const ElementInfo& e = scan.elements[k];
        before = e.text > 0 && !Within(info.node, e.node);
      }
      if (before) break;
      box = p;
    }
    boxes.push_back(scan.elements[static_cast<std::size_t>(box)].node);
  }
  std::sort(boxes.begin(), boxes.end());
  return boxes;
}

SelectorList::SelectorList(std::string_view css) {
  std::size_t p = 0;
  while (p <= css.size()) {
    std::size_t comma = css.find(',', p);
    if (comma == std::string_view::npos) comma = css.size();
    const std::string_view one = css.substr(p, comma - p);
    Selector selector;
    std::size_t i = 0;
    while (i < one.size()) {
      while (i < one.size() && IsSpace(one[i])) ++i;
      if (i >= one.size()) break;
      Compound c;
      std::size_t t = i;
      while (t < one.size() &&
             ((one[t] >= 'a' && one[t] <= 'z') || (one[t] >= '0' && one[t] <= '9'))) {
        ++t;
      }
      if (t > i) {
        c.any_tag = false;
        c.tag = gumbo_tag_enum(std::string(one.substr(i, t - i)).c_str());
      }
      i = t;
      auto name_end = [&](std::size_t from) {
        std::size_t k = from;
        while (k < one.size() && !IsSpace(one[k]) && one[k] != '.' && one[k] != '#' &&
               one[k] != '[') {
          ++k;
        }
        return k;
      };
      while (i < one.size() && !IsSpace(one[i])) {
        const char kind = one[i];
        if (kind == '#' || kind == '.') {
          const std::size_t e = name_end(i + 1);
          std::string name(one.substr(i + 1, e - i - 1));
          if (kind == '#') {
            c.id = std::move(name);
          } else {
            c.classes.push_back(std::move(name));
          }
          i = e;
        } else if (kind == '[') {
          const std::size_t close = one.find(']', i);
          const std::string_view body =
              one.substr(i + 1, (close == std::string_view::npos ? one.size() : close) - i - 1);
          Attr a;
          const std::size_t eq = body.find('=');
          if (eq != std::string_view::npos) {
            const char op = eq > 0 ? body[eq - 1] : '\0';
            const bool has_op = op == '^' || op == '$' || op == '*';
            a.op = has_op ? op : '=';
            a.name = std::string(body.substr(0, has_op ? eq - 1 : eq));
            std::string_view v = body.substr(eq + 1);
            if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) {
              v = v.substr(1, v.size() - 2);
            }
            a.value = std::string(v);
          } else {
            a.name = std::string(body);
            a.op = '^';  // [attr]: present, any value (every value starts with "")
          }
          c.attrs.push_back(std::move(a));
          i = close == std::string_view::npos ? one.size() : close + 1;
        } else {
          ++i;  // not supported: ignored
        }
      }
      selector.push_back(std::move(c));
    }
    if (!selector.empty()) selectors_.push_back(std::move(selector));
    p = comma + 1;
  }
}

bool SelectorList::MatchesCompound(const GumboNode* node, const Compound& c) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return false;
  if (!c.any_tag && node->v.element.tag != c.tag) return false;
  // Most elements carry no attribute: nothing to look up (the portal table
  // is tried on every element of a page no row knows).
  if (node->v.element.attributes.length == 0) {
    return c.id.empty() && c.classes.empty() && c.attrs.empty();
  }
  if (!c.id.empty() && Attribute(node, "id") != c.id) return false;
  if (!c.classes.empty()) {
    const std::string_view all = Attribute(node, "class");
    for (const std::string& cls : c.classes) {
      bool found = false;
      for (std::size_t p = all.find(cls); p != std::string_view::npos && !found;
           p = all.find(cls, p + 1)) {
        found = (p == 0 || IsSpace(all[p - 1])) &&
                (p + cls.size() == all.size() || IsSpace(all[p + cls.size()]));
      }
      if (!found) return false;
    }
  }
  for (const Attr& a : c.attrs) {
    const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, a.name.c_str());
    if (attr == nullptr) return false;
    const std::string_view v(attr->value);
    switch (a.op) {
      case '^':
        if (v.substr(0, a.value.size()) != a.value) return false;
        break;
      case '$':
        if (v.size() < a.value.size() || v.substr(v.size() - a.value.size()) != a.value) {
          return false;
        }
        break;
      case '*':
        if (v.find(a.value) == std::string_view::npos) return false;
        break;
      default:
        if (v != a.value) return false;
    }
  }
  return true;
}

bool SelectorList::MatchesSelector(const GumboNode* node, const Selector& s) {
  if (s.empty() || !MatchesCompound(node, s.back())) return false;
  std::size_t j = s.size() - 1;
  for (const GumboNode* cur = node->parent; j > 0 && cur != nullptr; cur = cur->parent) {
    if (MatchesCompound(cur, s[j - 1])) --j;
  }
  return j == 0;
}

bool SelectorList::Matches(const GumboNode* node) const {
  for (const Selector& s : selectors_) {
    if (MatchesSelector(node, s)) return true;
  }
  return false;
}

const GumboNode* SelectorList::First(const PageScan& scan) const {
  return FirstBetween(scan, -1, -1);
}

bool SelectorList::MayMatch(const PageScan& scan, const Compound& c) {
  if (!scan.names_indexed) return true;
  if (!c.id.empty() && scan.ids.count(c.id) == 0) return false;
  for (const std::string& cls : c.classes) {
    if (scan.class_tokens.count(cls) == 0) return false;
  }
  for (const Attr& a : c.attrs) {
    if (scan.attribute_names.count(a.name) == 0) return false;
  }
  return true;
}

const GumboNode* SelectorList::FirstBetween(const PageScan& scan, int after, int before) const {
  const std::size_t begin = after < 0 ? 0 : static_cast<std::size_t>(after) + 1;
  const std::size_t end = before < 0
                              ? scan.elements.size()
                              : std::min(scan.elements.size(), static_cast<std::size_t>(before));
  for (const Selector& s : selectors_) {
    if (!MayMatch(scan, s.back())) continue;
    for (std::size_t i = begin; i < end; ++i) {
      const ElementInfo& info = scan.elements[i];
      if (!info.hidden && !info.chrome && MatchesSelector(info.node, s)) return info.node;
    }
  }
  return nullptr;
}

const GumboNode* SelectorList::FirstShown(const PageScan& scan) const {
  for (const Selector& s : selectors_) {
    if (!MayMatch(scan, s.back())) continue;
    for (const ElementInfo& info : scan.elements) {
      if (!info.hidden && MatchesSelector(info.node, s)) return info.node;
    }
  }
  return nullptr;
}

std::vector<const GumboNode*> SelectorList::All(const PageScan& scan) const {
  std::vector<const GumboNode*> out;
  for (const Selector& s : selectors_) {
    if (!MayMatch(scan, s.back())) continue;
    for (const ElementInfo& info : scan.elements) {
      if (!info.hidden && !info.chrome && MatchesSelector(info.node, s) &&
          std::find(out.begin(), out.end(), info.node) == out.end()) {
        out.push_back(info.node);
      }
    }
  }
  return out;
}

std::optional<text::TextRun> ElementRun(const GumboTree& tree, const GumboNode* node,
                                        const HiddenRules& hidden) {
  if (node == nullptr) return std::nullopt;
  std::vector<Line> lines;
  CollectLines(tree, node, Part::kOther, hidden, lines);
  if (lines.empty()) return std::nullopt;
  text::TextRun out = std::move(lines[0].run);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const text::TextRun& r = lines[i].run;
    out.text += ' ';
    out.map.push_back(r.map.front());
    out.text += r.text;
    out.map.insert(out.map.end(), r.map.begin(), r.map.end());
  }
  return out;
}

bool Within(const GumboNode* node, const GumboNode* ancestor) {
  for (const GumboNode* n = node; n != nullptr; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

}  // namespace vnextract::html
