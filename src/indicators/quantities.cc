#include "indicators/quantities.h"

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "indicators/quantity_rules.h"

namespace vnextract::indicators {
namespace {

// The library's policy for the rules (quantity_rules.h): lexicons read
// through their first- and last-byte indexes, spelled numbers through the
// number words' index and byte filters, and plain text stepped over in a
// tight loop that carries "is there a word character before i" from
// character to character.
struct FastPolicy {
  static constexpr bool kByteFilters = true;

  template <typename Entry>
  static const Entry* MatchAt(const Lexicon<Entry>& table, std::string_view folded, std::size_t pos,
                              bool glued = false) {
    return indicators::MatchAt(table, folded, pos, glued);
  }
  template <typename Entry>
  static const Entry* MatchEndingAt(const Lexicon<Entry>& table, std::string_view folded,
                                    std::size_t end) {
    return indicators::MatchEndingAt(table, folded, end);
  }
  template <typename Entry>
  static std::span<const Entry* const> StartingAt(const Lexicon<Entry>& table,
                                                  std::string_view folded, std::size_t pos) {
    if (pos >= folded.size()) return {};  // (no entry is empty)
    return table.StartingWith(folded[pos]);
  }
  template <typename Entry>
  static std::span<const Entry* const> EndingAt(const Lexicon<Entry>& table,
                                                std::string_view folded, std::size_t end) {
    if (end == 0 || end > folded.size()) return {};  // (no entry is empty)
    return table.EndingWith(folded[end - 1]);
  }
  static std::optional<numbers::SpelledNumber> ScanSpelled(const numbers::NumberWords& words,
                                                           std::string_view folded,
                                                           std::size_t pos) {
    return numbers::ScanSpelled(words, folded, pos);
  }
  static bool StartsNumberWord(const numbers::NumberWords& words, std::string_view folded,
                               std::size_t pos) {
    return numbers::StartsNumberWord(words, folded, pos);
  }
  static std::size_t SkipNumberWords(const numbers::NumberWords& words, std::string_view folded,
                                     std::size_t pos) {
    return numbers::SkipNumberWords(words, folded, pos);
  }
  // s.substr(pos).starts_with(w) and s.substr(0, end).ends_with(w), for
  // positions inside s: compared with text::SpelledAt, first and last bytes
  // before the rest.
  static bool StartsWithAt(std::string_view s, std::size_t pos, std::string_view w) {
    return text::SpelledAt(s, pos, w);
  }
  static bool EndsWithAt(std::string_view s, std::size_t end, std::string_view w) {
    return w.size() <= end && text::SpelledAt(s, end - w.size(), w);
  }
  // WordBefore(folded, pos) == w, for a w of word characters only ("thứ"),
  // without stepping back over the word character by character: w ends at
  // the space before pos and no word character precedes it, which is where
  // WordStartBefore, stepping back over w's characters, stops.
  static bool WordBeforeIs(std::string_view folded, std::size_t pos, std::string_view w) {
    return pos >= 2 && folded[pos - 1] == ' ' && EndsWithAt(folded, pos - 1, w) &&
           !text::WordCharBefore(folded, pos - 1 - w.size());
  }
  static bool AtWord(std::string_view, std::size_t, char32_t here) {
    return text::IsWordChar(here);  // text::WordCharAt(t, i)
  }

  // text::WordCharBefore(t, known_at) == known_word: carried from character
  // to character while stepping over plain text, so each is decoded once.
  class Scanner {
   public:
    // Steps over what cannot start anything: a character that is neither a
    // digit, nor ',', nor a word start. Such a character reaches nothing in
    // the body but its "not a start" step (Stepped), done here at a fraction
    // of the cost. False at the end of t.
    bool Skip(std::string_view t, std::size_t& i) {
      bool before = BeforeWord(t, i);
      while (i < t.size()) {
        const auto b = static_cast<unsigned char>(t[i]);
        if (b < 0x80) {
          if (text::IsAsciiDigit(static_cast<char>(b)) || b == ',') break;
          const bool word = text::IsAsciiWordByte(b);
          if (word && !before) break;  // a word start
          before = word;               // WordCharBefore(t, i + 1): t[i] is ASCII
          ++i;
          continue;
        }
        char32_t cp;
        const std::size_t len = text::DecodeAt(t, i, &cp);
        const bool word = text::IsWordChar(cp);
        if (word && !before) break;  // a word start
        // As Stepped: past a well-formed character, WordCharBefore finds it
        // again; otherwise look again.
        before = text::WellFormedAt(t, i, len) ? word : text::WordCharBefore(t, i + len);
        i += len;
      }
      known_at_ = i;
      known_word_ = before;
      return i < t.size();
    }
    bool BeforeWord(std::string_view t, std::size_t i) const {
      return i == known_at_ ? known_word_ : text::WordCharBefore(t, i);
    }
    // Past a well-formed character, text::WordCharBefore finds it again.
    void Stepped(std::string_view t, std::size_t i, std::size_t len, bool at_word) {
      if (text::WellFormedAt(t, i, len)) {
        known_at_ = i + len;
        known_word_ = at_word;
      }
    }

   private:
    std::size_t known_at_ = std::string_view::npos;
    bool known_word_ = false;
  };
};

}  // namespace

std::vector<FoundQuantity> FindQuantitiesIn(const internal::Grammar& g, std::string_view t,
                                            std::string_view folded) {
  return quantity_rules::Rules<FastPolicy>::Find(g, t, folded);
}

void CarryElidedUnits(std::vector<FoundQuantity>& figures, ElidedUnit& carry) {
  for (FoundQuantity& f : figures) {
    Quantity& q = f.quantity;
    if (!q.unit.empty()) {
      // (A plain currency: "đồng/tháng" is no unit to take for granted.)
      if (f.unit_class == UnitClass::kMoney && f.scale != 0 &&
          q.unit.find('/') == std::string::npos) {
        carry = {q.unit, f.scale};
      } else if (f.unit_class != UnitClass::kPercent) {
        carry = {};
      }
      continue;
    }
    // Digits and a scale word, nothing after them: "-12,5 tỷ", "31,4 tỷ"
    // (not "hai tỷ", not a threshold).
    const bool digits = !q.surface.empty() && (text::IsAsciiDigit(q.surface[0]) ||
                                               q.surface[0] == '-' || q.surface[0] == '+');
    if (carry.unit.empty() || f.scale != carry.scale || !digits || f.threshold) continue;
    q.unit = carry.unit;
    f.unit_class = UnitClass::kMoney;
  }
}

}  // namespace vnextract::indicators
