#include "html/gumbo_tree.h"

#include <malloc.h>

#if defined(__SANITIZE_ADDRESS__)
#define VNEXTRACT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VNEXTRACT_ASAN 1
#endif
#endif
#if defined(VNEXTRACT_ASAN)
#include <sanitizer/asan_interface.h>
#endif

#include <algorithm>
#include <array>
#include <cctype>
#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

#include "html/markup_guard.h"
#include "html/portal_table.h"
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
  const std::string_view cls = Attribute(node, "class");
  std::size_t p = 0;
  while (p < cls.size()) {
    while (p < cls.size() && cls[p] == ' ') ++p;
    std::size_t e2 = p;
    while (e2 < cls.size() && cls[e2] != ' ') ++e2;
    const std::string_view token = cls.substr(p, e2 - p);
    // The CSS frameworks' hiding classes (portal_table.h), whose rules sit
    // in files the page only links to.
    if (token.size() >= 4 && token.size() <= 15) {
      for (std::string_view h : portal::kHiddenClasses) {
        if (token == h) return true;
      }
    }
    if (e2 > p && !hidden.classes.empty() && hidden.classes.count(std::string(token)) != 0) {
      return true;
    }
    p = e2;
  }
  return false;
}

namespace {

bool IsRightAligned(const GumboNode* node) {
  const std::string style = Compact(Attribute(node, "style"));
  if (style.find("text-align:right") != std::string::npos) return true;
  return Compact(Attribute(node, "align")) == "right";
}

// A class that names an image caption ("PhotoCMS_Caption", "media-caption",
// "wp-caption-text"): portal_table.h's parts, ASCII case folded.
bool HasCaptionClass(const GumboNode* node) {
  const std::string_view cls = Attribute(node, "class");
  if (cls.size() < 7) return false;
  for (std::string_view part : portal::kCaptionParts) {
    for (std::size_t i = 0; i + part.size() <= cls.size(); ++i) {
      std::size_t k = 0;
      while (k < part.size() && (cls[i + k] | 0x20) == part[k]) ++k;
      if (k == part.size()) return true;
    }
  }
  return false;
}

// A caption sits right after an image in the same container, is a
// figcaption or says so in its class.
bool FollowsImage(const GumboNode* node) {
  if (node->v.element.tag == GUMBO_TAG_FIGCAPTION || HasCaptionClass(node)) return true;
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
    // "&amp;" decodes to the '&' it starts with: a reference, not a
    // verbatim byte ("&amp;nbsp;" shows as the text "&nbsp;").
    const bool amp_reference =
        i + 4 <= original.size() && original[i] == '&' && decoded[j] == '&' &&
        (original.substr(i, 4) == "&amp" || original.substr(i, 4) == "&AMP" ||
         original.substr(i, 5) == "&#38;" || original.substr(i, 6) == "&#x26;" ||
         original.substr(i, 6) == "&#X26;");
    if (!amp_reference && i < original.size() && original[i] == decoded[j]) {
      offsets[j++] = static_cast<std::uint32_t>(base + i++);
      continue;
    }
    // Gumbo drops a NUL from body text (it becomes U+FFFD elsewhere, which
    // the replacement case below maps).
    if (i < original.size() && original[i] == '\0' && decoded.substr(j, 3) != "\xEF\xBF\xBD") {
      ++i;
      continue;
    }
    if (i < original.size() && original[i] == '\r') {  // CR LF and lone CR became LF
      offsets[j] = static_cast<std::uint32_t>(base + i);
      i += i + 1 < original.size() && original[i + 1] == '\n' ? std::size_t{2} : std::size_t{1};
      ++j;
      continue;
    }
    // A character reference: the code point(s) it decoded to map to its '&',
    // and the last byte of a code point of two bytes or more to its end (its
    // ';'), so that a span ending in it covers the whole reference.
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
    if (len >= 2 && j + len <= decoded.size() && end > amp + 1) {
      offsets[j + len - 1] = static_cast<std::uint32_t>(base + end - 1);
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
  bool bold = false;    // inside <strong>/<b>
  bool italic = false;  // inside <em>/<i>
  bool link = false;    // inside <a href>
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

  void Run(const GumboNode* node) {
    root_ = node;
    // Depth-first with an explicit stack: however deep the page nests, no
    // recursion and nothing skipped.
    std::vector<Frame> stack;
    Enter(node, LineFlags{}, stack);
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.next < children.length) {
        const auto* child = static_cast<const GumboNode*>(children.data[top.next++]);
        const LineFlags flags = top.flags;  // Enter may reallocate the stack
        Enter(child, flags, stack);
        continue;
      }
      if (top.block) Flush();
      stack.pop_back();
    }
    Flush();
  }

 private:
  struct Frame {
    const GumboNode* node;
    LineFlags flags;  // what the element's children inherit
    unsigned next;    // the next child to enter
    bool block;       // a line ends when the element does
  };

  void Flush() {
    plain_seen_ = false;
    if (builder_.empty()) {
      all_bold_ = true;
      all_italic_ = true;
      all_link_ = true;
      italic_at_ = kNone;
      return;
    }
    Line line;
    line.run = builder_.Finish();
    line.part = part_;
    line.heading = flags_.heading;
    line.right_aligned = flags_.right_aligned;
    // "<img><br><em>Caption</em>": an italic line right after an image and
    // a break in the same block is the image's caption.
    line.near_image = flags_.near_image || (caption_next_ && all_italic_);
    line.bold = all_bold_;
    line.italic = all_italic_;
    // ">> Headline" / "» Headline" all in a link: a related link the
    // template puts inside the article, not its text.
    const bool related_link =
        all_link_ && (line.run.text.starts_with(">>") || line.run.text.starts_with("\xC2\xBB"));
    all_bold_ = true;
    all_italic_ = true;
    all_link_ = true;
    image_open_ = false;
    caption_next_ = false;
    if (italic_at_ != kNone) {
      // The first byte of the run that came from the italic tail's text.
      for (std::size_t i = 0; i < line.run.map.size(); ++i) {
        if (line.run.map[i] >= italic_at_) {
          if (i > 0) line.italic_from = i;
          break;
        }
      }
      italic_at_ = kNone;
    }
    if (!line.run.empty() && !related_link) out_.push_back(std::move(line));
  }

  // Takes in a text node, or opens an element (pushing it when its children
  // are to be walked).
  void Enter(const GumboNode* node, LineFlags flags, std::vector<Frame>& stack) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const GumboText& t = node->v.text;
        const std::size_t begin = tree_.PageOffset(t.start_pos.offset);
        const std::string_view original(t.original_text.data, t.original_text.length);
        const std::string_view decoded(t.text);
        if (builder_.empty()) flags_ = flags;  // a line takes its block's flags
        if (HasLetterOrDigit(decoded)) {
          if (!flags.bold) all_bold_ = false;
          if (!flags.italic) all_italic_ = false;
          if (!flags.link) all_link_ = false;
          image_open_ = false;
          // Where a trailing italic part starts: reset by any letter after it.
          if (!flags.italic) {
            italic_at_ = kNone;
            plain_seen_ = true;
          } else if (italic_at_ == kNone && plain_seen_) {
            italic_at_ = begin;
          }
        }
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
      const bool after_image = image_open_ && builder_.empty();
      Flush();
      caption_next_ = after_image;
      return;
    }
    if (e.tag == GUMBO_TAG_IMG && builder_.empty()) image_open_ = true;
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
    if (e.tag == GUMBO_TAG_EM || e.tag == GUMBO_TAG_I) flags.italic = true;
    if (e.tag == GUMBO_TAG_A && !Attribute(node, "href").empty()) flags.link = true;
    // Italic set inline, as pasted from a word processor.
    if (e.tag == GUMBO_TAG_SPAN) {
      const std::string_view style = Attribute(node, "style");
      if (style.find("italic") != std::string_view::npos &&
          style.find("font-style") != std::string_view::npos) {
        flags.italic = true;
      }
    }
    stack.push_back({node, flags, 0, block});
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
  bool all_italic_ = true;
  bool all_link_ = true;
  bool image_open_ = false;    // an <img> began the line, no text since
  bool caption_next_ = false;  // the line after that image's <br>
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t italic_at_ = kNone;  // page offset of the italic tail's first text
  bool plain_seen_ = false;        // the line has text outside <em>/<i>
};

}  // namespace

struct GumboTree::Memory {
  // Gumbo asks for many small blocks (a node is 128 bytes, a child vector 8,
  // string buffers grow by doubling from a few bytes) and gives most of its
  // temporary ones back during the parse; malloc and free for each one were
  // a sixteenth of a recognised page's work. Small blocks are carved from
  // chunks in 16-byte classes; a freed small block goes on its class's free
  // list and is the next block of that class. Large blocks come from malloc
  // and are linked in a list. The destructor frees the chunks and the list,
  // never walking the tree.
  //
  // What counts against the limit is what the tree holds from the system:
  // every chunk whole and every large block as malloc sized it. That is at
  // least what Gumbo holds live, so a cap never lets more through than it
  // did when each block was malloc's.
  static constexpr std::size_t kGrain = 16;
  static constexpr std::size_t kSmallMax = 512;  // a small block, its tag included
  static constexpr std::size_t kClasses = kSmallMax / kGrain;
  static constexpr std::size_t kChunkBytes = std::size_t{16} << 10;

  // Before every block. A small block's class is 2..kClasses (its bytes /
  // kGrain; at least two grains, so that Gumbo's part is never empty); a
  // large block's is 0. `next` links a freed small block into its list.
  struct alignas(16) Tag {
    std::size_t cls;
    Tag* next;
  };
  static_assert(sizeof(Tag) == kGrain);
  // Before a large block's tag; 16 bytes keep Gumbo's blocks aligned as
  // malloc's are.
  struct alignas(16) Links {
    Links* prev;
    Links* next;
  };
  static_assert(sizeof(Links) == 16);
  struct alignas(16) Chunk {
    Chunk* next;
  };
  static_assert(sizeof(Chunk) == 16);

  Memory() { large.prev = large.next = &large; }
  Memory(const Memory&) = delete;
  Memory& operator=(const Memory&) = delete;
  ~Memory() {
    for (Links* b = large.next; b != &large;) {
      Links* next = b->next;
      std::free(b);
      b = next;
    }
    for (Chunk* c = chunks; c != nullptr;) {
      Chunk* next = c->next;
      std::free(c);
      c = next;
    }
  }

  [[noreturn]] void Exhausted() {
    exhausted = true;
    std::longjmp(*jump, 1);
  }
  void Hold(std::size_t bytes) {
    held += bytes;
    if (held > peak) peak = held;
  }

  std::array<Tag*, kClasses + 1> free_lists{};
  char* bump = nullptr;  // the free part of the newest chunk
  char* bump_end = nullptr;
  Chunk* chunks = nullptr;
  Links large{};
  std::size_t held = 0;  // never passes limit
  std::size_t peak = 0;
  std::size_t limit = 0;
  bool exhausted = false;
  std::jmp_buf* jump = nullptr;  // set while gumbo_parse runs
};

namespace {

using Memory = GumboTree::Memory;

// A freed block's bytes are Gumbo's no more: under AddressSanitizer a read
// of them is reported as it would be for malloc's blocks.
#if defined(VNEXTRACT_ASAN)
void Poison(const void* p, std::size_t n) { ASAN_POISON_MEMORY_REGION(p, n); }
void Unpoison(const void* p, std::size_t n) { ASAN_UNPOISON_MEMORY_REGION(p, n); }
#else
void Poison(const void*, std::size_t) {}
void Unpoison(const void*, std::size_t) {}
#endif

// Gumbo's allocator hook. Past the limit (or when malloc fails) it does not
// return to Gumbo, which would dereference a null pointer: it jumps back to
// Parse(). No object with a destructor lives in this frame or Gumbo's.
void* Allocate(void* userdata, std::size_t size) {
  auto* m = static_cast<Memory*>(userdata);
  if (size <= Memory::kSmallMax - sizeof(Memory::Tag)) {
    const std::size_t cls = std::max<std::size_t>(
        2, (size + sizeof(Memory::Tag) + Memory::kGrain - 1) / Memory::kGrain);
    Memory::Tag* t = m->free_lists[cls];
    if (t != nullptr) {
      Unpoison(t, cls * Memory::kGrain);
      m->free_lists[cls] = t->next;
      return t + 1;
    }
    const std::size_t bytes = cls * Memory::kGrain;
    if (static_cast<std::size_t>(m->bump_end - m->bump) < bytes) {
      // The rest of the chunk (less than a small block) stays unused.
      const std::size_t room = m->limit - m->held;
      void* raw = room >= Memory::kChunkBytes ? std::malloc(Memory::kChunkBytes) : nullptr;
      if (raw == nullptr) m->Exhausted();
      auto* c = static_cast<Memory::Chunk*>(raw);
      c->next = m->chunks;
      m->chunks = c;
      m->Hold(Memory::kChunkBytes);
      m->bump = reinterpret_cast<char*>(c + 1);
      m->bump_end = static_cast<char*>(raw) + Memory::kChunkBytes;
      Poison(m->bump, static_cast<std::size_t>(m->bump_end - m->bump));
    }
    t = reinterpret_cast<Memory::Tag*>(m->bump);
    m->bump += bytes;
    Unpoison(t, bytes);
    t->cls = cls;
    t->next = nullptr;
    return t + 1;
  }
  constexpr std::size_t kHead = sizeof(Memory::Links) + sizeof(Memory::Tag);
  const std::size_t room = m->limit - m->held;
  // Written so that no sum can wrap, whatever `size` Gumbo asks for.
  const bool fits = size <= room && room - size >= kHead;
  void* raw = fits ? std::malloc(size + kHead) : nullptr;
  // What the block holds is what malloc gave (at least what was asked).
  const std::size_t cost = raw != nullptr ? malloc_usable_size(raw) : 0;
  if (raw == nullptr || cost > room) {
    std::free(raw);
    m->Exhausted();
  }
  auto* b = static_cast<Memory::Links*>(raw);
  b->prev = &m->large;
  b->next = m->large.next;
  m->large.next->prev = b;
  m->large.next = b;
  m->Hold(cost);
  auto* t = reinterpret_cast<Memory::Tag*>(b + 1);
  t->cls = 0;
  t->next = nullptr;
  return t + 1;
}

void Deallocate(void* userdata, void* ptr) {
  if (ptr == nullptr) return;
  auto* m = static_cast<Memory*>(userdata);
  auto* t = static_cast<Memory::Tag*>(ptr) - 1;
  if (t->cls != 0) {
    t->next = m->free_lists[t->cls];
    m->free_lists[t->cls] = t;
    Poison(t, t->cls * Memory::kGrain);
    return;
  }
  auto* b = reinterpret_cast<Memory::Links*>(t) - 1;
  b->prev->next = b->next;
  b->next->prev = b->prev;
  m->held -= malloc_usable_size(b);
  std::free(b);
}

// setjmp's frame: only trivially destructible locals.
[[gnu::noinline]] GumboOutput* Parse(const GumboOptions* options, std::string_view html,
                                     Memory* memory) {
  std::jmp_buf jump;
  memory->jump = &jump;
  if (setjmp(jump) != 0) {
    memory->jump = nullptr;
    return nullptr;
  }
  GumboOutput* output = gumbo_parse_with_options(options, html.data(), html.size());
  memory->jump = nullptr;
  return output;
}

}  // namespace

std::uint32_t NumericReferenceAt(std::string_view s, std::size_t amp) {
  std::size_t i = amp + 1;
  if (amp >= s.size() || s[amp] != '&' || i >= s.size() || s[i] != '#') return kNotAReference;
  ++i;
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  std::uint32_t value = 0;
  std::size_t digits = 0;
  for (; i < s.size(); ++i, ++digits) {
    const char c = s[i];
    int d = -1;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (hex && c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (hex && c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    }
    if (d < 0) break;
    value =
        std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d), 0x110000);
  }
  return digits > 0 ? value : kNotAReference;
}

namespace {

bool HasReferencePastUnicode(std::string_view s) {
  for (std::size_t p = 0; p < s.size();) {
    const void* amp = std::memchr(s.data() + p, '&', s.size() - p);
    if (amp == nullptr) return false;
    p = static_cast<std::size_t>(static_cast<const char*>(amp) - s.data());
    const std::uint32_t value = NumericReferenceAt(s, p);
    if (value != kNotAReference && value > 0x10FFFF) return true;
    ++p;
  }
  return false;
}

// Rewrites the digits of every numeric reference past U+10FFFF, in place,
// as the same number of digits for U+FFFD ("&#x180301EA1;" becomes
// "&#x00000FFFD;", "&#2147483649;" "&#0000065533;"): Gumbo then decodes it
// as the spec says, and no offset moves. Past U+10FFFF takes six hex or
// seven decimal digits, room for "FFFD" and "65533".
void ReferencesPastUnicodeToReplacement(std::string& s) {
  for (std::size_t p = 0; p < s.size();) {
    const void* amp = std::memchr(s.data() + p, '&', s.size() - p);
    if (amp == nullptr) return;
    p = static_cast<std::size_t>(static_cast<const char*>(amp) - s.data());
    const std::uint32_t value = NumericReferenceAt(s, p);
    ++p;
    if (value == kNotAReference || value <= 0x10FFFF) continue;
    std::size_t digits = p + 1;  // after "&#"
    const bool hex = s[digits] == 'x' || s[digits] == 'X';
    if (hex) ++digits;
    std::size_t end = digits;
    while (end < s.size() && (hex ? std::isxdigit(static_cast<unsigned char>(s[end]))
                                  : std::isdigit(static_cast<unsigned char>(s[end])))) {
      ++end;
    }
    const std::string_view replacement = hex ? "FFFD" : "65533";
    std::fill(s.begin() + static_cast<std::ptrdiff_t>(digits),
              s.begin() + static_cast<std::ptrdiff_t>(end - replacement.size()), '0');
    s.replace(end - replacement.size(), replacement.size(), replacement);
    p = end;
  }
}

std::size_t CountPlaceholders(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t p = text.find(kTextPlaceholder); p != std::string_view::npos;
       p = text.find(kTextPlaceholder, p + kTextPlaceholder.size())) {
    ++n;
  }
  return n;
}

}  // namespace

GumboTree::GumboTree(std::string_view html, std::size_t max_bytes)
    : input_(html), memory_(std::make_unique<Memory>()) {
  if (std::optional<GuardedMarkup> guarded = GuardMarkup(html)) {
    guarded_ = std::move(guarded->html);
    input_ = guarded_;
    blanked_tags_ = guarded->blanked_tags;
    blanked_attrs_ = guarded->blanked_attrs;
  }
  if (HasReferencePastUnicode(input_)) {
    if (guarded_.empty()) {
      guarded_.assign(input_);
      input_ = guarded_;
    }
    ReferencesPastUnicodeToReplacement(guarded_);
  }
  memory_->limit = max_bytes;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not used; do not record them
  options.allocator = &Allocate;
  options.deallocator = &Deallocate;
  options.userdata = memory_.get();
  output_ = Parse(&options, input_, memory_.get());
}

bool GumboTree::RestoreText(std::string_view page,
                            const std::vector<TextPlaceholder>& placeholders) {
  if (output_ == nullptr) return placeholders.empty();
  constexpr std::size_t kWidth = kTextPlaceholder.size();
  std::vector<bool> shown(placeholders.size(), false);
  std::size_t shown_count = 0;
  std::vector<GumboNode*> stack{output_->document};
  while (!stack.empty()) {
    GumboNode* node = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT: {
        const GumboVector& c = node->v.document.children;
        for (unsigned i = 0; i < c.length; ++i) stack.push_back(static_cast<GumboNode*>(c.data[i]));
        continue;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboVector& c = node->v.element.children;
        for (unsigned i = 0; i < c.length; ++i) stack.push_back(static_cast<GumboNode*>(c.data[i]));
        // A placeholder taken into a tag (the pre-pass took markup for
        // text) is shown by no text node: the count at the end fails.
        continue;
      }
      case GUMBO_NODE_COMMENT:
        if (CountPlaceholders(node->v.text.text) != 0) return false;
        continue;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        break;
    }
    GumboText& t = node->v.text;
    const std::string_view decoded(t.text);
    const std::size_t marks = CountPlaceholders(decoded);
    // The placeholders inside the node's source text.
    const char* base = input_.data();
    if (t.original_text.data < base || t.original_text.data > base + input_.size()) {
      if (marks != 0) return false;
      continue;
    }
    const auto c0 = static_cast<std::size_t>(t.original_text.data - base);
    const std::size_t c1 = c0 + t.original_text.length;
    const auto by_parsed = [](const TextPlaceholder& ph, std::size_t at) { return ph.parsed < at; };
    const auto first = std::lower_bound(placeholders.begin(), placeholders.end(), c0, by_parsed);
    const auto last = std::lower_bound(first, placeholders.end(), c1, by_parsed);
    if (static_cast<std::size_t>(last - first) != marks) return false;
    if (marks == 0) continue;
    if ((last - 1)->parsed + kWidth > c1) return false;
    for (auto ph = first; ph != last; ++ph) {
      const auto k = static_cast<std::size_t>(ph - placeholders.begin());
      if (shown[k]) return false;
      shown[k] = true;
    }
    shown_count += marks;
    // In the node's text the k-th placeholder is the k-th of its source:
    // the tokenizer hands characters to a text node in source order.
    std::string& text = restored_.emplace_back();
    std::string& source = restored_.emplace_back();
    std::size_t from = 0;
    std::size_t src_from = c0;
    for (auto ph = first; ph != last; ++ph) {
      const std::size_t at = decoded.find(kTextPlaceholder, from);
      const std::string_view run = page.substr(ph->page_begin, ph->page_end - ph->page_begin);
      text.append(decoded.substr(from, at - from)).append(run);
      from = at + kWidth;
      source.append(input_.substr(src_from, ph->parsed - src_from)).append(run);
      src_from = ph->parsed + kWidth;
    }
    text.append(decoded.substr(from));
    source.append(input_.substr(src_from, c1 - src_from));
    t.text = text.c_str();
    t.original_text.data = source.data();
    t.original_text.length = source.size();
  }
  return shown_count == placeholders.size();
}

// The tree is freed with the list of blocks (Memory's destructor), never with
// gumbo_destroy_output, which recurses once per level of nesting.
GumboTree::~GumboTree() = default;

bool GumboTree::exhausted() const { return memory_->exhausted; }
std::size_t GumboTree::peak_bytes() const { return memory_->peak; }

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
      if (n != node &&
          (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE)) {
        continue;
      }
      const GumboVector& c = n->v.element.children;
      for (unsigned i = c.length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
  }
  text::RunBuilder b;
  b.Append(out, 0, out.size());
  return b.Finish().text;
}

namespace {

// Text nodes under `node` (not whitespace-only ones): each line holds at
// least one, so there are at most this many lines.
std::size_t TextNodesUnder(const GumboNode* node) {
  std::size_t count = 0;
  thread_local std::vector<const GumboNode*> stack;
  stack.assign(1, node);
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      ++count;
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& c = n->v.element.children;
      for (unsigned i = 0; i < c.length; ++i) stack.push_back(static_cast<GumboNode*>(c.data[i]));
    }
  }
  if (stack.capacity() > 4096) std::vector<const GumboNode*>().swap(stack);  // a huge page's
  return count;
}

}  // namespace

void CollectLines(const GumboTree& tree, const GumboNode* node, Part part,
                  const HiddenRules& hidden, std::vector<Line>& out, const SkipFn& skip,
                  std::vector<TableBlock>* tables) {
  // A body of many lines (a page of 200,000 table cells) would grow `out`
  // by doubling while Gumbo's tree is alive, holding the old array and one
  // twice its size at once: room for every line is made once instead. An
  // ordinary body (tens of lines) grows as usual.
  // (A text node takes at least four bytes of the parsed input, "x<a>":
  // a smaller input cannot hold that many.)
  constexpr std::size_t kReserveFrom = 4096;
  if (node != nullptr && tree.input().size() >= 4 * kReserveFrom &&
      out.capacity() - out.size() < kReserveFrom) {
    const std::size_t most = TextNodesUnder(node);
    if (most >= kReserveFrom) out.reserve(out.size() + most);
  }
  Walker(tree, part, hidden, out, skip, tables).Run(node);
}

}  // namespace vnextract::html
