// The plain policy for the quantity finder's rules
// (indicators/quantity_rules.h): the body runs at every character (no skip
// loop, no carried "word before"), every lexicon is searched entry by entry
// (no first- or last-byte index, no byte filter before the range
// separators), words are compared byte by byte (plain::SpelledAt), spelled
// numbers come from the plain twin (spelled_plain.h). The rules themselves
// are the library's: only the ways of looking things up differ.
#include "plain/quantities_plain.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "indicators/quantity_rules.h"
#include "plain/lexicon_plain.h"
#include "plain/spelled_plain.h"
#include "text/utf8.h"

namespace vnextract::plain {
namespace {

using indicators::Lexicon;

// Every entry of a table, in table order, as the const Entry* a Lexicon's
// byte index holds.
template <typename Entry>
class AllEntries {
 public:
  explicit AllEntries(std::span<const Entry> entries) : entries_(entries) {}
  class Iterator {
   public:
    explicit Iterator(const Entry* p) : p_(p) {}
    const Entry* operator*() const { return p_; }
    Iterator& operator++() {
      ++p_;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return p_ != o.p_; }

   private:
    const Entry* p_;
  };
  Iterator begin() const { return Iterator(entries_.data()); }
  Iterator end() const { return Iterator(entries_.data() + entries_.size()); }

 private:
  std::span<const Entry> entries_;
};

struct PlainPolicy {
  static constexpr bool kByteFilters = false;

  template <typename Entry>
  static const Entry* MatchAt(const Lexicon<Entry>& table, std::string_view folded, std::size_t pos,
                              bool glued = false) {
    return plain::MatchAt(table.entries(), folded, pos, glued);
  }
  template <typename Entry>
  static const Entry* MatchEndingAt(const Lexicon<Entry>& table, std::string_view folded,
                                    std::size_t end) {
    return plain::MatchEndingAt(table.entries(), folded, end);
  }
  template <typename Entry>
  static AllEntries<Entry> StartingAt(const Lexicon<Entry>& table, std::string_view, std::size_t) {
    return AllEntries<Entry>(table.entries());
  }
  template <typename Entry>
  static AllEntries<Entry> EndingAt(const Lexicon<Entry>& table, std::string_view, std::size_t) {
    return AllEntries<Entry>(table.entries());
  }
  static std::optional<numbers::SpelledNumber> ScanSpelled(const numbers::NumberWords& words,
                                                           std::string_view folded,
                                                           std::size_t pos) {
    return plain::ScanSpelled(words, folded, pos);
  }
  static bool StartsNumberWord(const numbers::NumberWords& words, std::string_view folded,
                               std::size_t pos) {
    return plain::StartsNumberWord(words, folded, pos);
  }
  // numbers::SkipNumberWords with each word looked up entry by entry.
  static std::size_t SkipNumberWords(const numbers::NumberWords& words, std::string_view folded,
                                     std::size_t pos) {
    std::size_t end = pos;
    for (;;) {
      std::size_t p = end;
      if (p < folded.size() && folded[p] == ' ') {
        p += 1;
      } else if (p + 1 < folded.size() && folded[p] == ',' && folded[p + 1] == ' ') {
        p += 2;
      } else {
        break;
      }
      const std::string_view word = numbers::WordAt(folded, p);
      if (word.empty() || LookupWord(words, word) == nullptr) break;
      end = p + word.size();
    }
    return end;
  }
  static bool StartsWithAt(std::string_view s, std::size_t pos, std::string_view w) {
    return plain::SpelledAt(s, pos, w);
  }
  static bool EndsWithAt(std::string_view s, std::size_t end, std::string_view w) {
    return plain::SpelledEndingAt(s, end, w);
  }
  static bool WordBeforeIs(std::string_view folded, std::size_t pos, std::string_view w) {
    return indicators::WordBefore(folded, pos) == w;
  }
  static bool AtWord(std::string_view t, std::size_t i, char32_t) { return text::WordCharAt(t, i); }

  // Every character goes through the body.
  struct Scanner {
    bool Skip(std::string_view, std::size_t&) { return true; }
    bool BeforeWord(std::string_view t, std::size_t i) const { return text::WordCharBefore(t, i); }
    void Stepped(std::string_view, std::size_t, std::size_t, bool) {}
  };
};

}  // namespace

std::vector<indicators::FoundQuantity> FindQuantities(const internal::Grammar& g,
                                                      std::string_view text,
                                                      std::string_view folded) {
  return indicators::quantity_rules::Rules<PlainPolicy>::Find(g, text, folded);
}

}  // namespace vnextract::plain
