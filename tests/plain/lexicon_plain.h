// Plain twins (DESIGN.md section 6) of the lexicon index
// (indicators/lexicon.h): a word matched at or ending at a position by
// reading every entry of the table in order, and the byte indexes as a
// filter of the entries. The library's Lexicon tries only the entries
// StartingWith / EndingWith the byte there; these try all of them.
#ifndef VNEXTRACT_TESTS_PLAIN_LEXICON_PLAIN_H_
#define VNEXTRACT_TESTS_PLAIN_LEXICON_PLAIN_H_

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "indicators/lexicon.h"

namespace vnextract::plain {

// Is `w` spelled at s[pos...] (ending at s[end])? Byte by byte: the plain
// twins compare this way (no memcmp, no first-and-last-byte shortcut).
inline bool SpelledAt(std::string_view s, std::size_t pos, std::string_view w) {
  if (pos > s.size() || s.size() - pos < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (s[pos + k] != w[k]) return false;
  }
  return true;
}
inline bool SpelledEndingAt(std::string_view s, std::size_t end, std::string_view w) {
  return end <= s.size() && w.size() <= end && SpelledAt(s, end - w.size(), w);
}

// The longest entry of `table` (longest first, as a Lexicon keeps them)
// spelled at folded[pos...], or nullptr. With `glued`, no boundary is
// required before pos.
template <typename Entry>
const Entry* MatchAt(std::span<const Entry> table, std::string_view folded, std::size_t pos,
                     bool glued = false) {
  if (pos > folded.size()) return nullptr;
  for (const Entry& e : table) {
    if (SpelledAt(folded, pos, e.word) &&
        indicators::BoundaryOk(folded, pos, pos + e.word.size(), !glued)) {
      return &e;
    }
  }
  return nullptr;
}

// The longest entry of `table` spelled so that it ends at folded[end), or
// nullptr.
template <typename Entry>
const Entry* MatchEndingAt(std::span<const Entry> table, std::string_view folded, std::size_t end) {
  if (end > folded.size()) return nullptr;
  for (const Entry& e : table) {
    if (SpelledEndingAt(folded, end, e.word) &&
        indicators::BoundaryOk(folded, end - e.word.size(), end, true)) {
      return &e;
    }
  }
  return nullptr;
}

// The entries whose word starts (ends) with byte `b`, in table order.
template <typename Entry>
std::vector<const Entry*> StartingWith(std::span<const Entry> table, char b) {
  std::vector<const Entry*> out;
  for (const Entry& e : table) {
    if (!e.word.empty() && e.word.front() == b) out.push_back(&e);
  }
  return out;
}
template <typename Entry>
std::vector<const Entry*> EndingWith(std::span<const Entry> table, char b) {
  std::vector<const Entry*> out;
  for (const Entry& e : table) {
    if (!e.word.empty() && e.word.back() == b) out.push_back(&e);
  }
  return out;
}

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_LEXICON_PLAIN_H_
