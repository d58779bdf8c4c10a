#include "html/gumbo_tree.h"

#include <cstring>

#include "text/run.h"
#include "text/utf8.h"

namespace vnextract::html {

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

namespace {

std::string Compact(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
  return out;
}

}  // namespace

bool IsHidden(const GumboNode* node, const HiddenRules& hidden) {
  const GumboElement& e = node->v.element;
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  const std::string style = Compact(Attribute(node, "style"));
  if (style.find("display:none") != std::string::npos ||
      style.find("visibility:hidden") != std::string::npos) {
    return true;
  }
  if (!hidden.ids.empty()) {
    const std::string_view id = Attribute(node, "id");
    if (!id.empty() && hidden.ids.count(std::string(id)) != 0) return true;
  }
  if (!hidden.classes.empty()) {
    const std::string_view cls = Attribute(node, "class");
    std::size_t p = 0;
    while (p < cls.size()) {
      while (p < cls.size() && cls[p] == ' ') ++p;
      std::size_t e2 = p;
      while (e2 < cls.size() && cls[e2] != ' ') ++e2;
      if (e2 > p && hidden.classes.count(std::string(cls.substr(p, e2 - p))) != 0) return true;
      p = e2;
    }
  }
  return false;
}

namespace {

bool IsRightAligned(const GumboNode* node) {
  const std::string style = Compact(Attribute(node, "style"));
  if (style.find("text-align:right") != std::string::npos) return true;
  return Compact(Attribute(node, "align")) == "right";
}

// A caption sits right after an image in the same container, or is a figcaption.
bool FollowsImage(const GumboNode* node) {
  if (node->v.element.tag == GUMBO_TAG_FIGCAPTION) return true;
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& siblings = parent->v.element.children;
  for (std::size_t i = node->index_within_parent; i-- > 0;) {
    const auto* sib = static_cast<const GumboNode*>(siblings.data[i]);
    if (sib->type == GUMBO_NODE_WHITESPACE || sib->type == GUMBO_NODE_COMMENT) continue;
    return sib->type == GUMBO_NODE_ELEMENT && sib->v.element.tag == GUMBO_TAG_IMG;
  }
  return false;
}

}  // namespace

void AlignDecoded(std::string_view original, std::string_view decoded, std::size_t base,
                  std::vector<std::uint32_t>& offsets) {
  offsets.assign(decoded.size(), static_cast<std::uint32_t>(base));
  std::size_t i = 0;  // in original
  std::size_t j = 0;  // in decoded
  while (j < decoded.size()) {
    if (i < original.size() && original[i] == decoded[j]) {
      offsets[j++] = static_cast<std::uint32_t>(base + i++);
      continue;
    }
    if (i < original.size() && original[i] == '\r') {  // CR LF and lone CR became LF
      offsets[j] = static_cast<std::uint32_t>(base + i);
      i += i + 1 < original.size() && original[i + 1] == '\n' ? std::size_t{2} : std::size_t{1};
      ++j;
      continue;
    }
    // A character reference: the code point(s) it decoded to map to its '&'.
    const std::size_t amp = i < original.size() ? i : (original.empty() ? 0 : original.size() - 1);
    std::size_t end = i;
    if (i < original.size() && original[i] == '&') {
      const std::size_t semi = original.find(';', i);
      end = semi != std::string_view::npos && semi - i <= 32 ? semi + 1 : i + 1;
    } else if (i < original.size()) {
      end = i + 1;  // a replaced byte (NUL -> U+FFFD)
    }
    char32_t cp;
    const std::size_t len = text::DecodeAt(decoded, j, &cp);
    for (std::size_t k = 0; k < len && j + k < decoded.size(); ++k) {
      offsets[j + k] = static_cast<std::uint32_t>(base + amp);
    }
    j += len;
    i = end;
  }
}

namespace {

struct LineFlags {
  bool heading = false;
  bool right_aligned = false;
  bool near_image = false;
  bool bold = false;  // inside <strong>/<b>
};

bool HasLetterOrDigit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    i += text::DecodeAt(s, i, &cp);
    if (text::IsWordChar(cp)) return true;
  }
  return false;
}

class Walker {
 public:
  Walker(const GumboTree& tree, Part part, const HiddenRules& hidden, std::vector<Line>& out,
         const SkipFn& skip, std::vector<TableBlock>* tables)
      : tree_(tree), part_(part), hidden_(hidden), out_(out), skip_(skip), tables_(tables) {}

  bool Run(const GumboNode* node) {
    root_ = node;
    Walk(node, 0, LineFlags{});
    Flush();
    return !too_deep_;
  }

 private:
  void Flush() {
    if (builder_.empty()) {
      all_bold_ = true;
      return;
    }
    Line line;
    line.run = builder_.Finish();
    line.part = part_;
    line.heading = flags_.heading;
    line.right_aligned = flags_.right_aligned;
    line.near_image = flags_.near_image;
    line.bold = all_bold_;
    all_bold_ = true;
    if (!line.run.empty()) out_.push_back(std::move(line));
  }

  void Walk(const GumboNode* node, int depth, LineFlags flags) {
    if (depth > kMaxDepth) {
      too_deep_ = true;
      return;
    }
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const GumboText& t = node->v.text;
        const std::size_t begin = t.start_pos.offset;
        const std::string_view original(t.original_text.data, t.original_text.length);
        const std::string_view decoded(t.text);
        if (builder_.empty()) flags_ = flags;  // a line takes its block's flags
        if (!flags.bold && HasLetterOrDigit(decoded)) all_bold_ = false;
        if (original == decoded) {
          builder_.Append(decoded, begin, begin + decoded.size());
        } else {
          AlignDecoded(original, decoded, begin, offsets_);
          builder_.AppendMapped(decoded, offsets_);
        }
        return;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;  // comments, the document node
    }
    const GumboElement& e = node->v.element;
    if (IsSkipped(e.tag) || IsHidden(node, hidden_) || (node != root_ && skip_ && skip_(node)))
      return;
    if (e.tag == GUMBO_TAG_BR) {
      Flush();
      return;
    }
    if (e.tag == GUMBO_TAG_TABLE && tables_ != nullptr) {
      if (std::optional<TableBlock> table = ReadStatisticalTable(tree_, node, hidden_)) {
        Flush();
        if (!table->unit && !out_.empty()) {
          if (text::TextRun unit = out_.back().run; TakeUnit(unit)) {
            table->unit = std::move(unit);
            out_.pop_back();
          }
        }
        tables_->push_back(std::move(*table));
        return;
      }
    }
    const bool block = IsBlock(e.tag);
    if (block) {
      Flush();
      flags.heading =
          flags.heading || e.tag == GUMBO_TAG_H1 || e.tag == GUMBO_TAG_H2 || e.tag == GUMBO_TAG_H3;
      flags.right_aligned = flags.right_aligned || IsRightAligned(node);
      flags.near_image = flags.near_image || FollowsImage(node);
    }
    if (e.tag == GUMBO_TAG_STRONG || e.tag == GUMBO_TAG_B) flags.bold = true;
    for (unsigned i = 0; i < e.children.length; ++i) {
      Walk(static_cast<const GumboNode*>(e.children.data[i]), depth + 1, flags);
    }
    if (block) Flush();
  }

  const GumboTree& tree_;
  Part part_;
  const HiddenRules& hidden_;
  std::vector<Line>& out_;
  text::RunBuilder builder_;
  const SkipFn& skip_;
  std::vector<TableBlock>* tables_;
  const GumboNode* root_ = nullptr;
  std::vector<std::uint32_t> offsets_;  // scratch for AlignDecoded
  LineFlags flags_;
  bool all_bold_ = true;
  bool too_deep_ = false;
};

}  // namespace

GumboTree::GumboTree(std::string_view html) : input_(html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not used; do not record them
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

GumboTree::~GumboTree() {
  if (output_ != nullptr) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view();
}

bool HasClass(const GumboNode* node, std::string_view cls) {
  const std::string_view all = Attribute(node, "class");
  for (std::size_t p = all.find(cls); p != std::string_view::npos; p = all.find(cls, p + 1)) {
    const bool start = p == 0 || all[p - 1] == ' ';
    const bool end = p + cls.size() == all.size() || all[p + cls.size()] == ' ';
    if (start && end) return true;
  }
  return false;
}

std::string TextContent(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  // Depth-first, left to right, without recursion.
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& c = n->v.element.children;
      for (unsigned i = c.length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
  }
  text::RunBuilder b;
  b.Append(out, 0, out.size());
  return b.Finish().text;
}

bool CollectLines(const GumboTree& tree, const GumboNode* node, Part part,
                  const HiddenRules& hidden, std::vector<Line>& out, const SkipFn& skip,
                  std::vector<TableBlock>* tables) {
  return Walker(tree, part, hidden, out, skip, tables).Run(node);
}

}  // namespace vnextract::html
