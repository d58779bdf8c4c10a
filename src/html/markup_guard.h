// Bounds what Gumbo 0.10.1 is given before it parses. Gumbo's tree builder
// walks the stack of open elements for every tag (scope checks) and compares
// every attribute of a tag with the ones before it (duplicate check), so a
// page of 100,000 nested <div>s or one tag with 100,000 attributes takes
// time quadratic in its size (20 s for 500 KB), and its recursive
// gumbo_destroy_output overflows the stack on ~350,000 nested elements.
//
// The guard scans the bytes with a small model of HTML tree construction
// (raw-text elements, comments, void elements, the implied end tags of p,
// li, dd/dt, td/th, tr, option; the tag classes are those of tags.h) and
// blanks — overwrites with spaces, so every offset is kept and no text is
// lost — the start and end tags that would nest deeper than kMaxNesting,
// open more than kMaxOpenFormatting formatting elements (b, i, font...:
// Gumbo re-opens those after every block, so they add depth the model
// would not see otherwise), and the attributes of a tag past
// kMaxAttributes. The model errs towards deeper than Gumbo's tree, never
// shallower, except through formatting elements, which the formatting
// bound covers.
#ifndef VNEXTRACT_SRC_HTML_MARKUP_GUARD_H_
#define VNEXTRACT_SRC_HTML_MARKUP_GUARD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vnextract::html {

// Real pages nest 20-80 elements deep and never come near these.
inline constexpr std::size_t kMaxNesting = 256;
inline constexpr std::size_t kMaxOpenFormatting = 64;
inline constexpr std::size_t kMaxAttributes = 256;

struct GuardedMarkup {
  std::string html;               // the input with the cut tags blanked
  std::size_t blanked_tags = 0;   // start and end tags blanked
  std::size_t blanked_attrs = 0;  // tags whose extra attributes were blanked
};

// nullopt when `html` is within every bound (the common case: no copy).
// Time and memory are linear in html.size().
std::optional<GuardedMarkup> GuardMarkup(std::string_view html);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_MARKUP_GUARD_H_
