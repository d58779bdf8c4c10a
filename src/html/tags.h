// The HTML tag model that the byte-level scans share: the pre-pass
// (prepass.h) and the markup guard (markup_guard.h) each follow the HTML
// tokenizer and a little of tree construction over raw bytes, and both ask
// the same questions of a tag name — is it void, raw text, a formatting
// element, a scope boundary... The answers are the HTML standard's lists
// (tests/html/tags_test.cc holds each class against the list as the
// standard writes it), adjusted where the parser vnextract runs, Gumbo
// 0.10.1 (2016), reads a page differently; each adjustment is noted at its
// class below.
//
// Names are ASCII lower case: a scan lower-cases a tag's name before it
// looks it up. Gumbo's tree (GumboTag) is read through <gumbo.h> by the
// layout readers; this model is only for the scans before the parse.
#ifndef VNEXTRACT_SRC_HTML_TAGS_H_
#define VNEXTRACT_SRC_HTML_TAGS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace vnextract::html {

// What a tag name is, as bits (a name can be several things: "td" is
// special, a scope boundary, a marker and a table part).
enum TagClass : std::uint16_t {
  // Never has content or an end tag: the standard's void elements (area,
  // base, br, col, embed, hr, img, input, link, meta, source, track, wbr),
  // the legacy ones the parser still treats so (basefont, bgsound, frame,
  // keygen, param) and "image", which the tree builder reads as <img>.
  kVoidTag = 1u << 0,
  // Content is text up to the matching end tag: the raw text elements
  // (script, style), the escapable raw text elements (textarea, title) and
  // the elements the tree builder parses with the generic raw text
  // algorithm (xmp, iframe, noembed, noframes). noscript is not here:
  // Gumbo parses with scripting off, so its content is markup.
  kRawTextTag = 1u << 1,
  // The tree builder's formatting elements, re-opened after a block when
  // left open ("reconstruct the active formatting elements").
  kFormattingTag = 1u << 2,
  // The standard's "special" category in the HTML namespace: an end tag of
  // another element does not close past them. "search" (added to the
  // standard in 2023) is left out: Gumbo 0.10.1 does not know the element.
  kSpecialTag = 1u << 3,
  // Where "has an element in scope" stops (the HTML namespace's part of the
  // list; the SVG and MathML boundaries are kIntegrationPointTag).
  kScopeBoundaryTag = 1u << 4,
  // Start tags that put a marker on the list of active formatting elements.
  kMarkerTag = 1u << 5,
  // Start tags that close a p element in button scope. "search" is left out
  // (as above) and so is "table", which closes a p only outside quirks
  // mode: keeping the p open errs towards a deeper tree, which is the side
  // the markup guard may err on.
  kClosesPTag = 1u << 6,
  // Start tags that end SVG or MathML content (the parser pops back to
  // HTML). The standard counts <font> only with a color, face or size
  // attribute; the model counts every <font>.
  kBreaksOutOfForeignTag = 1u << 7,
  // The parts of a table whose end tags close only inside their table:
  // table, caption, tbody, thead, tfoot, tr, td, th (the table model's
  // elements but col, which is void, and colgroup, whose end tag the
  // markup guard reads with the default rule).
  kTablePartTag = 1u << 8,
  // SVG and MathML elements whose content is parsed as HTML again: the HTML
  // integration points (SVG foreignObject, desc, title; MathML
  // annotation-xml, whatever its encoding attribute) and the MathML text
  // integration points (mi, mo, mn, ms, mtext).
  kIntegrationPointTag = 1u << 9,
  // The roots of foreign content: <svg>, <math>.
  kForeignRootTag = 1u << 10,
  // <plaintext>: everything after its start tag is text.
  kPlaintextTag = 1u << 11,
};

struct TagEntry {
  std::string_view name;  // lower case
  std::uint16_t classes;  // TagClass bits
};

namespace tag_table {
// Short names for the table below.
inline constexpr std::uint16_t V = kVoidTag;
inline constexpr std::uint16_t R = kRawTextTag;
inline constexpr std::uint16_t F = kFormattingTag;
inline constexpr std::uint16_t S = kSpecialTag;
inline constexpr std::uint16_t B = kScopeBoundaryTag;
inline constexpr std::uint16_t M = kMarkerTag;
inline constexpr std::uint16_t P = kClosesPTag;
inline constexpr std::uint16_t O = kBreaksOutOfForeignTag;
inline constexpr std::uint16_t T = kTablePartTag;
inline constexpr std::uint16_t I = kIntegrationPointTag;
}  // namespace tag_table

// Every name of some class, sorted (FindTag indexes it by first letter and length).
inline constexpr TagEntry kTags[] = {
    {"a", tag_table::F},
    {"address", tag_table::S | tag_table::P},
    {"annotation-xml", tag_table::I},
    {"applet", tag_table::S | tag_table::B | tag_table::M},
    {"area", tag_table::V | tag_table::S},
    {"article", tag_table::S | tag_table::P},
    {"aside", tag_table::S | tag_table::P},
    {"b", tag_table::F | tag_table::O},
    {"base", tag_table::V | tag_table::S},
    {"basefont", tag_table::V | tag_table::S},
    {"bgsound", tag_table::V | tag_table::S},
    {"big", tag_table::F | tag_table::O},
    {"blockquote", tag_table::S | tag_table::P | tag_table::O},
    {"body", tag_table::S | tag_table::O},
    {"br", tag_table::V | tag_table::S | tag_table::O},
    {"button", tag_table::S},
    {"caption", tag_table::S | tag_table::B | tag_table::M | tag_table::T},
    {"center", tag_table::S | tag_table::P | tag_table::O},
    {"code", tag_table::F | tag_table::O},
    {"col", tag_table::V | tag_table::S},
    {"colgroup", tag_table::S},
    {"dd", tag_table::S | tag_table::P | tag_table::O},
    {"desc", tag_table::I},
    {"details", tag_table::S | tag_table::P},
    {"dialog", tag_table::P},
    {"dir", tag_table::S | tag_table::P},
    {"div", tag_table::S | tag_table::P | tag_table::O},
    {"dl", tag_table::S | tag_table::P | tag_table::O},
    {"dt", tag_table::S | tag_table::P | tag_table::O},
    {"em", tag_table::F | tag_table::O},
    {"embed", tag_table::V | tag_table::S | tag_table::O},
    {"fieldset", tag_table::S | tag_table::P},
    {"figcaption", tag_table::S | tag_table::P},
    {"figure", tag_table::S | tag_table::P},
    {"font", tag_table::F | tag_table::O},
    {"footer", tag_table::S | tag_table::P},
    {"foreignobject", tag_table::I},
    {"form", tag_table::S | tag_table::P},
    {"frame", tag_table::V | tag_table::S},
    {"frameset", tag_table::S},
    {"h1", tag_table::S | tag_table::P | tag_table::O},
    {"h2", tag_table::S | tag_table::P | tag_table::O},
    {"h3", tag_table::S | tag_table::P | tag_table::O},
    {"h4", tag_table::S | tag_table::P | tag_table::O},
    {"h5", tag_table::S | tag_table::P | tag_table::O},
    {"h6", tag_table::S | tag_table::P | tag_table::O},
    {"head", tag_table::S | tag_table::O},
    {"header", tag_table::S | tag_table::P},
    {"hgroup", tag_table::S | tag_table::P},
    {"hr", tag_table::V | tag_table::S | tag_table::P | tag_table::O},
    {"html", tag_table::S | tag_table::B},
    {"i", tag_table::F | tag_table::O},
    {"iframe", tag_table::R | tag_table::S},
    {"image", tag_table::V},
    {"img", tag_table::V | tag_table::S | tag_table::O},
    {"input", tag_table::V | tag_table::S},
    {"keygen", tag_table::V | tag_table::S},
    {"li", tag_table::S | tag_table::P | tag_table::O},
    {"link", tag_table::V | tag_table::S},
    {"listing", tag_table::S | tag_table::P | tag_table::O},
    {"main", tag_table::S | tag_table::P},
    {"marquee", tag_table::S | tag_table::B | tag_table::M},
    {"math", kForeignRootTag},
    {"menu", tag_table::S | tag_table::P | tag_table::O},
    {"meta", tag_table::V | tag_table::S | tag_table::O},
    {"mi", tag_table::I},
    {"mn", tag_table::I},
    {"mo", tag_table::I},
    {"ms", tag_table::I},
    {"mtext", tag_table::I},
    {"nav", tag_table::S | tag_table::P},
    {"nobr", tag_table::F | tag_table::O},
    {"noembed", tag_table::R | tag_table::S},
    {"noframes", tag_table::R | tag_table::S},
    {"noscript", tag_table::S},
    {"object", tag_table::S | tag_table::B | tag_table::M},
    {"ol", tag_table::S | tag_table::P | tag_table::O},
    {"p", tag_table::S | tag_table::P | tag_table::O},
    {"param", tag_table::V | tag_table::S},
    {"plaintext", tag_table::S | tag_table::P | kPlaintextTag},
    {"pre", tag_table::S | tag_table::P | tag_table::O},
    {"ruby", tag_table::O},
    {"s", tag_table::F | tag_table::O},
    {"script", tag_table::R | tag_table::S},
    {"section", tag_table::S | tag_table::P},
    {"select", tag_table::S},
    {"small", tag_table::F | tag_table::O},
    {"source", tag_table::V | tag_table::S},
    {"span", tag_table::O},
    {"strike", tag_table::F | tag_table::O},
    {"strong", tag_table::F | tag_table::O},
    {"style", tag_table::R | tag_table::S},
    {"sub", tag_table::O},
    {"summary", tag_table::S | tag_table::P},
    {"sup", tag_table::O},
    {"svg", kForeignRootTag},
    {"table", tag_table::S | tag_table::B | tag_table::T | tag_table::O},
    {"tbody", tag_table::S | tag_table::T},
    {"td", tag_table::S | tag_table::B | tag_table::M | tag_table::T},
    {"template", tag_table::S | tag_table::B | tag_table::M},
    {"textarea", tag_table::R | tag_table::S},
    {"tfoot", tag_table::S | tag_table::T},
    {"th", tag_table::S | tag_table::B | tag_table::M | tag_table::T},
    {"thead", tag_table::S | tag_table::T},
    {"title", tag_table::R | tag_table::S | tag_table::I},
    {"tr", tag_table::S | tag_table::T},
    {"track", tag_table::V | tag_table::S},
    {"tt", tag_table::F | tag_table::O},
    {"u", tag_table::F | tag_table::O},
    {"ul", tag_table::S | tag_table::P | tag_table::O},
    {"var", tag_table::O},
    {"wbr", tag_table::V | tag_table::S},
    {"xmp", tag_table::R | tag_table::S | tag_table::P},
};
inline constexpr std::size_t kTagCount = std::size(kTags);
// FindTag's answer for a name that is no entry.
inline constexpr std::size_t kNoTag = kTagCount;

// The longest name of kTags: a longer name is none of them.
inline constexpr std::size_t kLongestTagName = [] {
  std::size_t n = 0;
  for (const TagEntry& t : kTags) n = t.name.size() > n ? t.name.size() : n;
  return n;
}();

namespace tag_table {
constexpr bool Sorted() {
  for (std::size_t k = 1; k < kTagCount; ++k) {
    if (!(kTags[k - 1].name < kTags[k].name)) return false;
    if (kTags[k].name[0] < 'a' || kTags[k].name[0] > 'z') return false;
  }
  return true;
}
static_assert(Sorted(), "kTags must stay sorted and start with a letter (FindTag indexes it)");

// The entries of each first letter and length, in kTags order: a name is
// compared with these only (at most kPerBucket of them).
inline constexpr std::size_t kPerBucket = 8;  // ("h1"-"h6" and "hr": seven)
static_assert(kTagCount < 256, "bucket entries are one byte");
struct Bucket {
  std::array<std::uint8_t, kPerBucket> entries{};
  std::uint8_t size = 0;
};
inline constexpr auto kBuckets = [] {
  std::array<std::array<Bucket, kLongestTagName + 1>, 26> b{};
  for (std::size_t k = 0; k < kTagCount; ++k) {
    Bucket& bucket = b[static_cast<std::size_t>(kTags[k].name[0] - 'a')][kTags[k].name.size()];
    if (bucket.size == kPerBucket) throw "a bucket of kTags is full: raise kPerBucket";
    bucket.entries[bucket.size++] = static_cast<std::uint8_t>(k);
  }
  return b;
}();
}  // namespace tag_table

// The index of `lower` (a lower-case name) in kTags, or kNoTag.
constexpr std::size_t FindTag(std::string_view lower) {
  if (lower.empty() || lower.size() > kLongestTagName) return kNoTag;
  const int first = lower[0] - 'a';
  if (first < 0 || first >= 26) return kNoTag;
  const tag_table::Bucket& bucket =
      tag_table::kBuckets[static_cast<std::size_t>(first)][lower.size()];
  for (std::size_t j = 0; j < bucket.size; ++j) {
    const std::string_view name = kTags[bucket.entries[j]].name;
    // (Same length: the bytes after the first; a short loop, no call.)
    std::size_t i = 1;
    while (i < name.size() && name[i] == lower[i]) ++i;
    if (i == name.size()) return bucket.entries[j];
  }
  return kNoTag;
}

// The TagClass bits of `lower` (a lower-case name); 0 for any other name.
constexpr std::uint16_t TagClasses(std::string_view lower) {
  const std::size_t k = FindTag(lower);
  return k == kNoTag ? 0 : kTags[k].classes;
}

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_TAGS_H_
