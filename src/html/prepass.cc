#include "html/prepass.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_set>
#include <utility>

#include "html/page.h"
#include "html/tags.h"
#include "text/run.h"

namespace vnextract::html {
namespace {

constexpr std::string_view kToolbarMarker = "Block_BanTin_Toolbar";
constexpr std::string_view kViewDataMarker = "Block_BanTin_ViewData";
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// What ends a tag's name or an attribute's part, as byte classes for the
// tag reader's loops: kSpace (IsSpace), '/', '>', '='.
enum : std::uint8_t { kSpaceByte = 1, kSlashByte = 2, kGtByte = 4, kEqualsByte = 8 };
constexpr std::array<std::uint8_t, 256> kTagBytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (char c : {' ', '\t', '\n', '\r', '\f'}) t[static_cast<unsigned char>(c)] = kSpaceByte;
  t['/'] = kSlashByte;
  t['>'] = kGtByte;
  t['='] = kEqualsByte;
  return t;
}();
std::uint8_t TagByte(char c) { return kTagBytes[static_cast<unsigned char>(c)]; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

bool ContainsLower(std::string_view s, std::string_view lower) {
  if (lower.size() > s.size()) return false;
  for (std::size_t i = 0; i + lower.size() <= s.size(); ++i) {
    if (EqualsLower(s.substr(i, lower.size()), lower)) return true;
  }
  return false;
}

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// What the scan needs to know of a tag name, looked up once per tag: the
// tag model's classes (tags.h) and the few elements the scan follows itself.
enum TagFlag : unsigned {
  kVoid = 1u << 0,        // no end tag, never open
  kFormatting = 1u << 1,  // the tree builder reconstructs them when left open
  kScoping = 1u << 2,     // Gumbo stops a "</div>" at them (a raw count would not);
                          // td, th and caption only matter inside a table, which
                          // the region's end check follows itself
  kRawText = 1u << 3,     // raw text or RCDATA up to its end tag
  kStop = 1u << 4,        // foreign content, <plaintext>: not modelled
  kDiv = 1u << 5,
  kTable = 1u << 6,
  kCell = 1u << 7,  // td, th, tr
  kSelect = 1u << 8,
  kInput = 1u << 9,
  kScript = 1u << 10,
  kStyle = 1u << 11,
  kTitleTag = 1u << 12,  // the page's name (identity.h)
  kMeta = 1u << 13,
  kImg = 1u << 14,
};

constexpr unsigned ScanFlags(const TagEntry& tag) {
  const std::uint16_t c = tag.classes;
  const std::string_view n = tag.name;
  unsigned flags = 0;
  if ((c & kVoidTag) != 0) flags |= kVoid;
  if ((c & kFormattingTag) != 0) flags |= kFormatting;
  // The scope boundaries but the table's parts and the root: applet,
  // marquee, object, template.
  if ((c & kScopeBoundaryTag) != 0 && (c & kTablePartTag) == 0 && n != "html") flags |= kScoping;
  if ((c & kRawTextTag) != 0) flags |= kRawText;
  if ((c & (kForeignRootTag | kPlaintextTag)) != 0) flags |= kStop;
  if (n == "div") flags |= kDiv;
  if (n == "table") flags |= kTable;
  if (n == "td" || n == "th" || n == "tr") flags |= kCell;
  if (n == "select") flags |= kSelect;
  if (n == "input") flags |= kInput;
  if (n == "script") flags |= kScript;
  if (n == "style") flags |= kStyle;
  if (n == "title") flags |= kTitleTag;
  if (n == "meta") flags |= kMeta;
  if (n == "img") flags |= kImg;
  return flags;
}

// ScanFlags of each entry of kTags, by index.
constexpr std::array<unsigned, kTagCount> kScanFlags = [] {
  std::array<unsigned, kTagCount> flags{};
  for (std::size_t k = 0; k < kTagCount; ++k) flags[k] = ScanFlags(kTags[k]);
  return flags;
}();

// The flags of tag `name`; `lower` receives the name lower-cased (names no
// longer than the tag model's longest: longer names are no tag of it).
struct LowerName {
  std::array<char, kLongestTagName> bytes{};
  std::size_t size = 0;
  std::string_view view() const { return {bytes.data(), size}; }
};

unsigned Classify(std::string_view name, LowerName& lower) {
  lower.size = 0;
  if (name.empty() || name.size() > lower.bytes.size()) return 0;
  for (std::size_t i = 0; i < name.size(); ++i) lower.bytes[i] = Lower(name[i]);
  lower.size = name.size();
  const std::size_t k = FindTag(lower.view());
  return k == kNoTag ? 0 : kScanFlags[k];
}

// Raw bytes [b, e) of a page; the first `needle` at or after `from`, ASCII
// case-insensitive (needle lower-case), or npos.
std::size_t FindLower(std::string_view s, std::string_view needle, std::size_t from) {
  const char first = needle[0];
  const char upper = static_cast<char>(first - 32);
  while (from < s.size()) {
    const char* base = s.data() + from;
    const std::size_t left = s.size() - from;
    const void* a = std::memchr(base, first, left);
    const void* b = IsAlpha(first) ? std::memchr(base, upper, left) : nullptr;
    const char* hit = static_cast<const char*>(a);
    if (hit == nullptr || (b != nullptr && static_cast<const char*>(b) < hit)) {
      hit = static_cast<const char*>(b);
    }
    if (hit == nullptr) return std::string_view::npos;
    const std::size_t at = static_cast<std::size_t>(hit - s.data());
    if (s.size() - at >= needle.size() && EqualsLower(s.substr(at, needle.size()), needle)) {
      return at;
    }
    from = at + 1;
  }
  return std::string_view::npos;
}

struct Attr {
  std::string_view name;
  std::string_view value;  // raw, without quotes
  std::size_t value_at = 0;
  bool quoted = false;
};

struct Tag {
  bool end = false;
  std::string_view name;
  std::size_t at = 0;    // '<'
  std::size_t stop = 0;  // after '>'
  std::vector<Attr>* attrs = nullptr;

  std::string_view Get(std::string_view lower_name) const {
    for (const Attr& a : *attrs) {
      if (EqualsLower(a.name, lower_name)) return a.value;
    }
    return {};
  }
  const Attr* Find(std::string_view lower_name) const {
    for (const Attr& a : *attrs) {
      if (EqualsLower(a.name, lower_name)) return &a;
    }
    return nullptr;
  }
};

// "WebPartWPQ12" -> 12; 0 when `id` is not prefix + digits.
std::size_t WpqNumber(std::string_view id, std::string_view prefix) {
  if (id.size() <= prefix.size() || id.substr(0, prefix.size()) != prefix) return 0;
  std::size_t n = 0;
  for (char c : id.substr(prefix.size())) {
    if (c < '0' || c > '9' || n > 100000000) return 0;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  return n == 0 ? 0 : n;
}

bool HasClassToken(std::string_view cls, std::string_view token) {
  for (std::size_t p = cls.find(token); p != std::string_view::npos; p = cls.find(token, p + 1)) {
    const bool start = p == 0 || cls[p - 1] == ' ';
    const bool end = p + token.size() == cls.size() || cls[p + token.size()] == ' ';
    if (start && end) return true;
  }
  return false;
}

}  // namespace

// A style body that may hide something: "display:none" once every byte a
// text run could drop or fold to a space is gone (a superset of what
// ParseHiddenRules finds after whitespace collapsing).
bool MayHide(std::string_view css) {
  // The pattern's only 'd' is its first letter, so the pattern occurs in the
  // kept bytes exactly when some ':' has "display" before it and "none"
  // after it, skipped bytes aside. Checking at each ':' (CSS has one per
  // declaration) spares the byte-by-byte matching of the whole text.
  constexpr std::string_view kBefore = "display";
  constexpr std::string_view kAfter = "none";
  const auto skipped = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u >= 0x80;
  };
  for (std::size_t colon = css.find(':'); colon != std::string_view::npos;
       colon = css.find(':', colon + 1)) {
    std::size_t want = kBefore.size();  // letters of kBefore still to match, backwards
    for (std::size_t k = colon; want > 0 && k > 0;) {
      const char c = css[--k];
      if (skipped(c)) continue;
      if (c != kBefore[want - 1]) break;
      --want;
    }
    if (want != 0) continue;
    std::size_t got = 0;  // letters of kAfter matched
    for (std::size_t k = colon + 1; got < kAfter.size() && k < css.size(); ++k) {
      const char c = css[k];
      if (skipped(c)) continue;
      if (c != kAfter[got]) break;
      ++got;
    }
    if (got == kAfter.size()) return true;
  }
  return false;
}

namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view page) : s_(page) {}

  RawScan Run() {
    std::size_t p = 0;
    while (p < s_.size()) {
      const void* lt = std::memchr(s_.data() + p, '<', s_.size() - p);
      const std::size_t stop =
          lt == nullptr ? s_.size()
                        : static_cast<std::size_t>(static_cast<const char*>(lt) - s_.data());
      if (stop - p >= kMinTextRun) out_.texts.push_back({p, stop});
      if (lt == nullptr) break;
      p = stop;
      const std::size_t next = Markup(p);
      if (next == std::string_view::npos) {
        out_.complete = false;
        break;
      }
      p = next;
    }
    return std::move(out_);
  }

 private:
  // Handles the markup at s_[p] == '<'; returns where text resumes, npos to stop.
  std::size_t Markup(std::size_t p) {
    if (p + 1 >= s_.size()) return s_.size();
    const char c = s_[p + 1];
    if (c == '!') {
      if (s_.substr(p + 2, 2) == "--") {  // a comment; "<!-->" and "<!--->" end at once
        if (s_.substr(p + 4, 1) == ">") return p + 5;
        if (s_.substr(p + 4, 2) == "->") return p + 6;
        const std::size_t close = s_.find("-->", p + 4);
        if (close == std::string_view::npos) return std::string_view::npos;
        // "--!>" also ends a comment: stop rather than model it. (Searched
        // only up to the "-->": a page of comments stays linear.)
        if (s_.substr(p + 4, close + 3 - (p + 4)).find("--!>") != std::string_view::npos) {
          return std::string_view::npos;
        }
        return close + 3;
      }
      return BogusComment(p + 2);
    }
    if (c == '?') return BogusComment(p + 1);
    if (c == '/') {
      if (p + 2 >= s_.size()) return std::string_view::npos;
      if (s_[p + 2] == '>') return p + 3;
      if (!IsAlpha(s_[p + 2])) return BogusComment(p + 2);
      Tag tag;
      if (!ReadTag(p, true, tag)) return std::string_view::npos;
      EndTag(tag);
      return tag.stop;
    }
    if (!IsAlpha(c)) return p + 1;  // a '<' in text
    Tag tag;
    if (!ReadTag(p, false, tag)) return std::string_view::npos;
    return StartTag(tag);
  }

  std::size_t BogusComment(std::size_t from) {
    const std::size_t gt = s_.find('>', from);
    return gt == std::string_view::npos ? std::string_view::npos : gt + 1;
  }

  // The HTML tokenizer's tag states: name, then attributes, quoted or not.
  bool ReadTag(std::size_t p, bool end, Tag& tag) {
    attrs_.clear();
    tag.end = end;
    tag.at = p;
    tag.attrs = &attrs_;
    std::size_t i = p + (end ? 2 : 1);
    const std::size_t name_at = i;
    const std::size_t n = s_.size();
    while (i < n && (TagByte(s_[i]) & (kSpaceByte | kSlashByte | kGtByte)) == 0) ++i;
    tag.name = s_.substr(name_at, i - name_at);
    while (true) {
      while (i < n && (TagByte(s_[i]) & (kSpaceByte | kSlashByte)) != 0) ++i;
      if (i >= n) return false;
      if (s_[i] == '>') {
        tag.stop = i + 1;
        return true;
      }
      Attr a;
      const std::size_t an = i++;  // the first character may be '='
      while (i < n && TagByte(s_[i]) == 0) ++i;
      a.name = s_.substr(an, i - an);
      while (i < n && TagByte(s_[i]) == kSpaceByte) ++i;
      if (i < n && s_[i] == '=') {
        ++i;
        while (i < n && TagByte(s_[i]) == kSpaceByte) ++i;
        if (i >= n) return false;
        if (s_[i] == '"' || s_[i] == '\'') {
          const std::size_t close = s_.find(s_[i], i + 1);
          if (close == std::string_view::npos) return false;
          a.value_at = i + 1;
          a.value = s_.substr(i + 1, close - i - 1);
          a.quoted = true;
          i = close + 1;
        } else if (s_[i] != '>') {
          const std::size_t v = i;
          while (i < n && (TagByte(s_[i]) & (kSpaceByte | kGtByte)) == 0) ++i;
          a.value_at = v;
          a.value = s_.substr(v, i - v);
        }
      }
      attrs_.push_back(a);
    }
  }

  // Raw text up to "</name" + a tag-ending character; npos when missing.
  std::size_t RawTextEnd(std::size_t from, std::string_view lower_name) const {
    std::size_t p = from;
    while (true) {
      const std::size_t lt = s_.find("</", p);
      if (lt == std::string_view::npos) return std::string_view::npos;
      const std::size_t after = lt + 2 + lower_name.size();
      if (after < s_.size() && EqualsLower(s_.substr(lt + 2, lower_name.size()), lower_name) &&
          (IsSpace(s_[after]) || s_[after] == '/' || s_[after] == '>')) {
        return lt;
      }
      p = lt + 2;
    }
  }

  void Push(std::string_view name) {
    open_.push_back(name);
    out_.max_depth = std::max(out_.max_depth, static_cast<int>(open_.size()));
  }

  std::size_t StartTag(const Tag& tag) {
    const unsigned flags = Classify(tag.name, lower_);
    if ((flags & kStop) != 0) return std::string_view::npos;
    if ((flags & kVoid) == 0) Push(tag.name);
    if ((flags & kFormatting) != 0) {
      out_.max_formatting = std::max(out_.max_formatting, ++formatting_);
    }
    out_.max_attributes = std::max(out_.max_attributes, attrs_.size());
    if ((flags & kSelect) != 0) in_select_ = true;
    if ((flags & kDiv) != 0) {
      out_.events.push_back({tag.at, tag.stop, RawScan::Event::kDivOpen});
    } else if ((flags & kTable) != 0) {
      tables_.push_back(tag.at);
      out_.events.push_back({tag.at, tag.stop, RawScan::Event::kTableOpen});
    } else if ((flags & kScoping) != 0) {
      out_.events.push_back({tag.at, tag.stop, RawScan::Event::kScoping});
    }
    WebParts(tag, flags);
    if ((flags & kInput) != 0) ViewState(tag);
    if ((flags & (kMeta | kImg)) != 0) Identity(tag, flags);
    if ((flags & kRawText) == 0) return tag.stop;

    const bool script = (flags & kScript) != 0;
    const bool style = (flags & kStyle) != 0;
    if (style && in_select_) return std::string_view::npos;  // a select ignores <style>
    const std::size_t end = RawTextEnd(tag.stop, lower_.view());
    if (end == std::string_view::npos) return std::string_view::npos;
    const std::string_view body = s_.substr(tag.stop, end - tag.stop);
    if ((flags & kTitleTag) != 0 && !title_seen_ && !in_select_) {
      title_seen_ = true;
      out_.identity.push_back({{tag.stop, end}, RawScan::IdentityPart::kTitle});
    }
    if (script) {
      // "<!--" then "<script": the tokenizer's double-escaped states.
      const std::size_t escape = body.find("<!--");
      if (escape != std::string_view::npos &&
          FindLower(body, "<script", escape) != std::string_view::npos) {
        return std::string_view::npos;
      }
      // JSON-LD is read by the generic reader; keep anything that may be it.
      const std::string_view type = tag.Get("type");
      if (!body.empty() && !ContainsLower(type, "json") &&
          type.find('&') == std::string_view::npos) {
        out_.cuts.push_back({tag.stop, end});
      }
    } else if (style) {
      out_.styles.push_back({tag.stop, end});
      if (!body.empty() && !MayHide(body)) out_.cuts.push_back({tag.stop, end});
    }
    return end;  // the end tag is read as markup next
  }

  void EndTag(const Tag& tag) {
    const unsigned flags = Classify(tag.name, lower_);
    if ((flags & kFormatting) != 0 && formatting_ > 0) --formatting_;
    if ((flags & kSelect) != 0) in_select_ = false;
    if ((flags & kDiv) != 0) {
      out_.events.push_back({tag.at, tag.stop, RawScan::Event::kDivClose});
    } else if ((flags & kTable) != 0) {
      if (!tables_.empty()) tables_.pop_back();
      out_.events.push_back({tag.at, tag.stop, RawScan::Event::kTableClose});
    } else if ((flags & kScoping) != 0) {
      out_.events.push_back({tag.at, tag.stop, RawScan::Event::kScoping});
    }
    // Pops to the nearest open element of that name (an estimate of Gumbo's
    // stack: implied ends are not modelled, so it only over-counts).
    // Only the top kEndTagReach entries are searched, so that stray end tags
    // under deep nesting stay linear; one not found pops nothing, which
    // also only over-counts.
    constexpr std::size_t kEndTagReach = 32;
    // (Classify lower-cased a name no longer than the model's longest.)
    const std::string lower_copy =
        lower_.size == tag.name.size() ? std::string() : LowerCopy(tag.name);
    const std::string_view lower = lower_.size == tag.name.size() ? lower_.view() : lower_copy;
    const std::size_t floor = open_.size() > kEndTagReach ? open_.size() - kEndTagReach : 0;
    for (std::size_t k = open_.size(); k-- > floor;) {
      if (EqualsLower(open_[k], lower)) {
        open_.resize(k);
        break;
      }
    }
  }

  void WebParts(const Tag& tag, unsigned flags) {
    if (attrs_.empty()) return;  // (most tags: no id to read)
    const std::string_view id = tag.Get("id");
    // A character reference could spell a web part's id, class or title.
    if (!id.empty() && id.find('&') != std::string_view::npos) out_.entity_in_web_part = true;
    if (id.size() < 11 || id[0] != 'W') return;
    WebPartTag part;
    part.at = tag.at;
    part.name = tag.name;
    part.table_cell = (flags & kCell) != 0;
    part.has_table = !tables_.empty();
    part.table_at = tables_.empty() ? 0 : tables_.back();
    part.formatting_open = formatting_ > 0;
    if (const std::size_t n = WpqNumber(id, "WebPartTitleWPQ"); n != 0) {
      part.number = n;
      if (tag.Get("title").find('&') != std::string_view::npos) out_.entity_in_web_part = true;
      out_.titles.push_back(part);
    } else if (const std::size_t m = WpqNumber(id, "WebPartWPQ"); m != 0) {
      const std::string_view cls = tag.Get("class");
      if (cls.find('&') != std::string_view::npos) out_.entity_in_web_part = true;
      if (!HasClassToken(cls, "ms-WPBody")) return;
      part.number = m;
      out_.bodies.push_back(part);
    }
  }

  // The portal's name: <meta property="og:site_name" content="…">, the
  // alt text of its logo or banner image (identity.h).
  void Identity(const Tag& tag, unsigned flags) {
    constexpr std::size_t kMaxParts = 8;
    if (out_.identity.size() >= kMaxParts) return;
    if ((flags & kMeta) != 0) {
      if (!EqualsLower(tag.Get("property"), "og:site_name") &&
          !EqualsLower(tag.Get("name"), "og:site_name")) {
        return;
      }
      const Attr* content = tag.Find("content");
      if (content != nullptr && !content->value.empty()) {
        out_.identity.push_back({{content->value_at, content->value_at + content->value.size()},
                                 RawScan::IdentityPart::kSiteName});
      }
      return;
    }
    const Attr* alt = tag.Find("alt");
    if (alt == nullptr || alt->value.empty()) return;
    bool logo = false;
    for (const std::string_view attr : {"src", "class", "id"}) {
      const std::string_view v = tag.Get(attr);
      logo = logo || ContainsLower(v, "logo") || ContainsLower(v, "banner");
    }
    if (logo) {
      out_.identity.push_back(
          {{alt->value_at, alt->value_at + alt->value.size()}, RawScan::IdentityPart::kLogo});
    }
  }

  // <input type="hidden" name="__VIEWSTATE" value="…">: the value goes.
  void ViewState(const Tag& tag) {
    if (tag.Get("name") != "__VIEWSTATE") return;
    const Attr* value = tag.Find("value");
    if (value != nullptr && value->quoted && !value->value.empty()) {
      out_.cuts.push_back({value->value_at, value->value_at + value->value.size()});
    }
  }

  std::string_view s_;
  RawScan out_;
  std::vector<Attr> attrs_;
  std::vector<std::string_view> open_;
  std::vector<std::size_t> tables_;
  int formatting_ = 0;
  bool in_select_ = false;
  bool title_seen_ = false;
  LowerName lower_;  // the current tag's name, lower-cased
};

// Where "Block_BanTin_Toolbar" and "Block_BanTin_ViewData" occur outside
// the cuts (script and style bodies: no title is there), in one memmem pass.
struct Markers {
  std::vector<std::size_t> toolbar;
  std::vector<std::size_t> viewdata;
};

Markers FindMarkers(std::string_view page, const RawScan& scan) {
  constexpr std::string_view kStem = "Block_BanTin_";
  Markers m;
  // Only the bytes between cuts are searched (a cut is most of a page). A
  // marker cannot straddle a cut's edge: a cut starts after a '>' or a quote
  // and ends at a '<' or a quote, none of which a marker holds.
  auto cut = scan.cuts.begin();
  std::size_t p = 0;
  while (true) {
    const std::size_t gap_end = cut == scan.cuts.end() ? page.size() : std::max(p, cut->begin);
    const void* hit =
        p < gap_end ? memmem(page.data() + p, gap_end - p, kStem.data(), kStem.size()) : nullptr;
    if (hit == nullptr) {
      if (cut == scan.cuts.end()) break;
      p = std::max(p, cut->end);
      ++cut;
      continue;
    }
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - page.data());
    p = at + 1;
    const std::string_view rest = page.substr(at);
    std::vector<std::size_t>* into = nullptr;
    if (rest.substr(0, kToolbarMarker.size()) == kToolbarMarker) {
      into = &m.toolbar;
    } else if (rest.substr(0, kViewDataMarker.size()) == kViewDataMarker) {
      into = &m.viewdata;
    } else {
      continue;
    }
    into->push_back(at);
  }
  return m;
}

bool AllInside(const std::vector<std::size_t>& at, std::size_t len, ByteRange region) {
  return std::all_of(at.begin(), at.end(),
                     [&](std::size_t p) { return p >= region.begin && p + len <= region.end; });
}

// The title tag that owns the first occurrence of a marker: the last
// WebPartTitleWPQn tag before it.
const WebPartTag* TitleOf(const std::vector<std::size_t>& at, const RawScan& scan) {
  if (at.empty()) return nullptr;
  const WebPartTag* owner = nullptr;
  for (const WebPartTag& t : scan.titles) {
    if (t.at < at.front()) owner = &t;
  }
  return owner;
}

const WebPartTag* OnlyBody(const RawScan& scan, std::size_t number) {
  const WebPartTag* found = nullptr;
  for (const WebPartTag& b : scan.bodies) {
    if (b.number != number) continue;
    if (found != nullptr) return nullptr;
    found = &b;
  }
  return found;
}

// No placeholder character in `range`, raw or as a character reference:
// after the parse, every one in the tree is then one the pre-pass put there.
bool PlaceholderFree(std::string_view range) {
  // U+E000's lead byte, EE, starts no Vietnamese letter: memchr finds it
  // faster than memmem finds three bytes.
  for (std::size_t p = 0; p < range.size();) {
    const void* lead = std::memchr(range.data() + p, kTextPlaceholder[0], range.size() - p);
    if (lead == nullptr) break;
    p = static_cast<std::size_t>(static_cast<const char*>(lead) - range.data());
    if (range.substr(p, kTextPlaceholder.size()) == kTextPlaceholder) return false;
    ++p;
  }
  for (std::size_t p = 0; p < range.size();) {
    const void* amp = std::memchr(range.data() + p, '&', range.size() - p);
    if (amp == nullptr) break;
    p = static_cast<std::size_t>(static_cast<const char*>(amp) - range.data());
    if (NumericReferenceAt(range, p) == 0xE000) return false;
    ++p;
  }
  return true;
}

// Bytes that end a replaceable run: what the tokenizer decodes or drops
// ('&', NUL, CR), what Gumbo turns into U+FFFD (C0 controls but TAB and LF,
// DEL), '<' and '>' (markup, if the scan were wrong), FF (whitespace at the
// edges only, to keep the rule simple).
constexpr std::array<bool, 128> kStopByte = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = c != '\t' && c != '\n';
  t[0x7F] = true;
  t['&'] = true;
  t['<'] = true;
  t['>'] = true;
  return t;
}();

// `run` is valid UTF-8 that Gumbo copies into a text node byte for byte:
// no stop byte, no C1 control (U+0080-U+009F) and no noncharacter, which
// Gumbo replaces by U+FFFD.
bool PassesThrough(std::string_view run) {
  const auto* s = reinterpret_cast<const unsigned char*>(run.data());
  const std::size_t n = run.size();
  const auto cont = [&](std::size_t k) { return k < n && (s[k] & 0xC0) == 0x80; };
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      if (kStopByte[c]) return false;
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(i + 1) || (c == 0xC2 && s[i + 1] < 0xA0)) return false;  // C1
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (!cont(i + 1) || !cont(i + 2)) return false;
      const std::uint32_t cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
          (cp & 0xFFFEu) == 0xFFFEu) {
        return false;
      }
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return false;
      const std::uint32_t cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) |
                               ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
      if (cp < 0x10000 || cp > 0x10FFFF || (cp & 0xFFFEu) == 0xFFFEu) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }

// The parts of the text runs inside [begin, end) that MakeParseInput may
// replace: each run without its leading and trailing whitespace (which the
// tree builder treats apart from other characters: a table keeps it, the
// head takes it, <pre> drops a first newline), when what is left passes
// through Gumbo unchanged and is long enough to be worth it.
std::vector<ByteRange> PlaceholderRuns(std::string_view page, const std::vector<ByteRange>& texts,
                                       std::size_t begin, std::size_t end) {
  std::vector<ByteRange> runs;
  auto it = std::lower_bound(texts.begin(), texts.end(), begin,
                             [](const ByteRange& r, std::size_t at) { return r.begin < at; });
  for (; it != texts.end() && it->end <= end; ++it) {
    std::size_t b = it->begin;
    std::size_t e = it->end;
    while (b < e && IsHtmlSpace(page[b])) ++b;
    while (e > b && IsHtmlSpace(page[e - 1])) --e;
    if (e - b >= kMinTextRun && PassesThrough(page.substr(b, e - b))) runs.push_back({b, e});
  }
  if (!runs.empty() && !PlaceholderFree(page.substr(begin, end - begin))) runs.clear();
  return runs;
}

}  // namespace

RawScan ScanRaw(std::string_view page) {
  RawScan scan = Scanner(page).Run();
  std::sort(scan.cuts.begin(), scan.cuts.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  return scan;
}

ParseInput MakeParseInput(std::string_view page, const std::vector<ByteRange>& cuts,
                          std::size_t begin, std::size_t end, const std::vector<ByteRange>* texts) {
  ParseInput in;
  std::vector<ByteRange> runs;
  if (texts != nullptr) runs = PlaceholderRuns(page, *texts, begin, end);
  if (!runs.empty()) in.buffer.reserve(end - begin);
  std::size_t p = begin;
  bool edited = false;
  const auto copy_to = [&](std::size_t to) {
    if (to > p) {
      in.map.push_back({in.buffer.size(), p});
      in.buffer.append(page.substr(p, to - p));
    }
  };
  // Cuts (script and style bodies, attribute values) and runs (text
  // between tags) are each ascending and never overlap one another.
  auto cut = cuts.begin();
  auto run = runs.begin();
  while (true) {
    while (cut != cuts.end() && (cut->end <= begin || cut->begin >= end)) ++cut;
    const bool take_cut = cut != cuts.end() && (run == runs.end() || cut->begin < run->begin);
    if (take_cut) {
      const std::size_t from = std::max(cut->begin, begin);
      copy_to(from);
      p = std::max(p, std::min(cut->end, end));
      edited = true;
      ++cut;
    } else if (run != runs.end()) {
      copy_to(run->begin);
      in.placeholders.push_back({in.buffer.size(), run->begin, run->end});
      in.map.push_back({in.buffer.size(), run->begin});
      in.buffer.append(kTextPlaceholder);
      p = run->end;
      edited = true;
      ++run;
    } else {
      break;
    }
  }
  if (!edited) {  // nothing cut: parse the page's own bytes
    in.view = page.substr(begin, end - begin);
    in.map.assign(1, ParseSegment{0, begin});
    return in;
  }
  copy_to(end);
  in.cut = true;
  return in;
}

HiddenRules RawHiddenRules(std::string_view page, const RawScan& scan) {
  // ParseHiddenRules reads a style text rule by rule ("selectors{body}",
  // split at the next '{' and the '}' after it) and keeps rules whose body
  // says display:none. Gumbo's raw-text handling and TextContent's
  // collapsing never add or move a brace, so the rules that may hide
  // (MayHide: a superset) are read alone, and the rest never need the
  // whitespace collapsing and NFC check that a text run costs.
  std::vector<std::string> rules;
  for (const ByteRange& r : scan.styles) {
    const std::string_view css = page.substr(r.begin, r.end - r.begin);
    std::size_t p = 0;
    while (p < css.size()) {
      const std::size_t open = css.find('{', p);
      if (open == std::string_view::npos) break;
      const std::size_t close = css.find('}', open);
      if (close == std::string_view::npos) break;
      if (MayHide(css.substr(open, close - open))) {
        // What Gumbo makes of raw text (CR LF and CR become LF, NUL becomes
        // U+FFFD), then TextContent's run.
        const std::string_view rule = css.substr(p, close + 1 - p);
        std::string raw;
        raw.reserve(rule.size());
        for (std::size_t i = 0; i < rule.size(); ++i) {
          const char c = rule[i];
          if (c == '\r') {
            raw += '\n';
            if (i + 1 < rule.size() && rule[i + 1] == '\n') ++i;
          } else if (c == '\0') {
            raw += "\xEF\xBF\xBD";
          } else {
            raw += c;
          }
        }
        text::RunBuilder b;
        b.Append(raw, 0, raw.size());
        rules.push_back(b.Finish().text);
      }
      p = close + 1;
    }
  }
  return ParseHiddenRules(rules);
}

std::optional<BanTinRegion> FindBanTinRegion(std::string_view page, const RawScan& scan) {
  if (!scan.complete || scan.entity_in_web_part) return std::nullopt;
  const Markers markers = FindMarkers(page, scan);
  const WebPartTag* toolbar_title = TitleOf(markers.toolbar, scan);
  const WebPartTag* viewdata_title = TitleOf(markers.viewdata, scan);
  if (toolbar_title == nullptr || viewdata_title == nullptr ||
      toolbar_title->number == viewdata_title->number) {
    return std::nullopt;
  }
  const WebPartTag* toolbar_body = OnlyBody(scan, toolbar_title->number);
  const WebPartTag* viewdata_body = OnlyBody(scan, viewdata_title->number);
  if (toolbar_body == nullptr || viewdata_body == nullptr) return std::nullopt;
  if (!(toolbar_title->at < toolbar_body->at && toolbar_body->at < viewdata_title->at &&
        viewdata_title->at < viewdata_body->at)) {
    return std::nullopt;
  }
  if (!EqualsLower(viewdata_body->name, "div") || toolbar_title->formatting_open) {
    return std::nullopt;
  }
  // A SharePoint 2010 title is a table cell: start at its table, which the
  // tree builder reads the same way from a fresh <body>.
  std::size_t begin = toolbar_title->at;
  if (toolbar_title->table_cell) {
    if (!toolbar_title->has_table) return std::nullopt;
    begin = toolbar_title->table_at;
  }
  // The view data's end: its </div>. A </div> inside a table opened in the
  // view data must close a div opened in that table, and a table must close
  // the divs opened in it, or Gumbo's scopes and a raw count part ways.
  int divs = 0;
  std::vector<int> table_divs;  // divs open when each table opened
  std::size_t end = 0;
  for (const RawScan::Event& e : scan.events) {
    if (e.at < viewdata_body->at) continue;
    switch (e.kind) {
      case RawScan::Event::kDivOpen:
        ++divs;
        break;
      case RawScan::Event::kDivClose:
        if (!table_divs.empty() && divs <= table_divs.back()) return std::nullopt;
        --divs;
        break;
      case RawScan::Event::kTableOpen:
        table_divs.push_back(divs);
        break;
      case RawScan::Event::kTableClose:
        if (table_divs.empty() || table_divs.back() != divs) return std::nullopt;
        table_divs.pop_back();
        break;
      case RawScan::Event::kScoping:
        return std::nullopt;
    }
    if (divs == 0) {
      end = e.end;
      break;
    }
  }
  if (end == 0) return std::nullopt;
  const ByteRange region{begin, end};
  // Every part that could be taken for the toolbar or the view data, and
  // every tag of the two parts, lies inside the region.
  if (!AllInside(markers.toolbar, kToolbarMarker.size(), region) ||
      !AllInside(markers.viewdata, kViewDataMarker.size(), region)) {
    return std::nullopt;
  }
  // A web part whose title is in the region has no title or body tag
  // outside it (the whole page's scan would keep the later one).
  auto inside = [&](const WebPartTag& t) { return t.at >= region.begin && t.at < region.end; };
  std::unordered_set<std::size_t> outside;  // web-part numbers with a tag outside
  for (const std::vector<WebPartTag>* tags : {&scan.titles, &scan.bodies}) {
    for (const WebPartTag& t : *tags) {
      if (!inside(t)) outside.insert(t.number);
    }
  }
  for (const WebPartTag& title : scan.titles) {
    if (inside(title) && outside.count(title.number) != 0) return std::nullopt;
  }
  return BanTinRegion{region, toolbar_title->number, viewdata_title->number};
}

}  // namespace vnextract::html
