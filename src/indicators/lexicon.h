// The lexicons (units, scale words, qualifiers, kind cues, comparators, label
// trims) as tables built from the .inc data files beside this header — once,
// by internal::Grammar (grammar.h), which owns them — and the two ways they
// are matched: a word starting at a position, a word ending at a position.
// Matching runs on case-folded text (text::FoldCaseKeepOffsets), longest
// entry first, whole words only. (The plain linear matching they are checked
// against lives in tests/plain/.)
#ifndef VNEXTRACT_SRC_INDICATORS_LEXICON_H_
#define VNEXTRACT_SRC_INDICATORS_LEXICON_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "text/utf8.h"
#include "vnextract/indicator.h"

namespace vnextract::indicators {

enum class UnitClass {
  kMoney,
  kMoneyMillions,
  kMoneyCents,
  kCents,
  kPercent,
  kPhysical,
  kCount,
  kTimes,
  kNotUnit,  // a word that starts like a unit but is none ("con số", "đồng thời")
};
enum class TrapWhere {
  kCodeBefore,
  kVagueBefore,
  kTimeAfter,
  kTimeBefore,
  kNotUnit,
  kPerBefore,
  kRankBefore,
  kDateBefore,
  kGluedBefore,
  kPlanAfter,
  kNotCodeBefore,
  kArticleAfter
};
enum class PerRole { kDenominator, kPerWord, kPerTimeWord };
enum class Where { kBefore, kAfter };
enum class KindRole { kFrameCue, kVerb, kSigned };
enum class CompareWhere { kAfterPercent, kComparator, kBare };
enum class TrimWhere { kHead, kTail };

struct UnitEntry {
  std::string_view word;
  std::string_view canonical;
  UnitClass unit_class;
  // The word also heads longer nouns: followed by a counted noun, the unit is
  // that whole noun, a count ("5 điểm bán hàng", "35 nhà máy").
  bool head = false;
};
struct ScaleEntry {
  std::string_view word;
  int power;
};
struct PerEntry {
  std::string_view word;
  std::string_view canonical;  // "" for the per words
  PerRole role;
};
struct QualifierEntry {
  std::string_view word;
  Qualifier qualifier;
  Where where;
};
struct KindEntry {
  std::string_view word;
  Kind kind;
  KindRole role;
};
struct CompareEntry {
  std::string_view word;
  std::string_view compare_to;
  CompareWhere where;
};
struct PrefixEntry {
  std::string_view word;
  std::string_view canonical;
};
struct TrapEntry {
  std::string_view word;
  TrapWhere where;
};
struct FixedEntry {
  std::string_view word;
  double value;
  std::string_view unit;
};
struct TrimEntry {
  std::string_view word;
  TrimWhere where;
};

// A lexicon table: its entries sorted longest word first (so the first match
// is the longest), with the entries indexed by the first and by the last byte
// of their word so that matching at a position tries only the entries that can
// match there, still in table order. Iterates like the vector of entries.
template <typename Entry>
class Lexicon {
 public:
  explicit Lexicon(std::vector<Entry> entries) : entries_(std::move(entries)) {
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.word.size() > b.word.size(); });
    for (std::size_t k = 0; k < entries_.size(); ++k) {
      const std::string_view w = entries_[k].word;
      for (unsigned b = 0; b < 256; ++b) {
        // An empty word (none is) would match at every byte.
        if (w.empty() || static_cast<unsigned char>(w.front()) == b)
          first_[b].push_back(&entries_[k]);
        if (w.empty() || static_cast<unsigned char>(w.back()) == b)
          last_[b].push_back(&entries_[k]);
      }
    }
  }
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  std::span<const Entry> entries() const { return entries_; }
  // The entries whose word starts (ends) with byte `b`, in table order.
  std::span<const Entry* const> StartingWith(char b) const {
    return first_[static_cast<unsigned char>(b)];
  }
  std::span<const Entry* const> EndingWith(char b) const {
    return last_[static_cast<unsigned char>(b)];
  }

 private:
  std::vector<Entry> entries_;
  std::array<std::vector<const Entry*>, 256> first_;
  std::array<std::vector<const Entry*>, 256> last_;
};

// The entries of each .inc table, in file order (internal::Grammar builds
// the Lexicons from them).
std::vector<UnitEntry> UnitEntries();
std::vector<ScaleEntry> ScaleEntries();
std::vector<PerEntry> DenominatorEntries();
std::vector<QualifierEntry> QualifierEntries();
std::vector<KindEntry> KindEntries();
std::vector<CompareEntry> ComparatorEntries();
std::vector<TrimEntry> LabelTrimEntries();
std::vector<PrefixEntry> CurrencyPrefixEntries();
std::vector<TrapEntry> TrapEntries();
std::vector<FixedEntry> FixedQuantityEntries();

// Whole-word boundary rule: a match may not continue a word on the side where
// the entry itself starts or ends with a word character.
inline bool BoundaryOk(std::string_view folded, std::size_t begin, std::size_t end,
                       bool check_before) {
  if (end > folded.size() || begin >= end) return false;
  if (check_before && text::WordCharAt(folded, begin) && text::WordCharBefore(folded, begin)) {
    return false;
  }
  if (text::WordCharBefore(folded, end) && text::WordCharAt(folded, end)) return false;
  return true;
}

// The longest entry of `table` spelled at folded[pos...], or nullptr. With
// `glued`, no boundary is required before pos (units glued to digits).
template <typename Entry>
const Entry* MatchAt(const Lexicon<Entry>& table, std::string_view folded, std::size_t pos,
                     bool glued = false) {
  if (pos >= folded.size()) return nullptr;  // (no entry is empty)
  for (const Entry* e : table.StartingWith(folded[pos])) {
    if (text::SpelledAt(folded, pos, e->word) &&
        BoundaryOk(folded, pos, pos + e->word.size(), !glued)) {
      return e;
    }
  }
  return nullptr;
}

// The longest entry of `table` spelled so that it ends at folded[end), or nullptr.
template <typename Entry>
const Entry* MatchEndingAt(const Lexicon<Entry>& table, std::string_view folded, std::size_t end) {
  if (end == 0 || end > folded.size()) return nullptr;  // (no entry is empty)
  for (const Entry* e : table.EndingWith(folded[end - 1])) {
    if (e->word.size() <= end && text::SpelledAt(folded, end - e->word.size(), e->word) &&
        BoundaryOk(folded, end - e->word.size(), end, true)) {
      return e;
    }
  }
  return nullptr;
}

// Where the word that ends at `end` starts.
std::size_t WordStartBefore(std::string_view s, std::size_t end);

// The word right before `pos` with one space between ("gấp" in "gấp 2 lần"),
// or empty.
std::string_view WordBefore(std::string_view folded, std::size_t pos);

// Does folded[.., pos) end with the whole word `word`, one space before pos
// allowed ("mỗi" before "mỗi 1 ha")?
bool EndsWithWord(std::string_view folded, std::size_t pos, std::string_view word);

// Finds `word` (already folded) as a whole word in folded[begin, end);
// returns its offset or npos.
std::size_t FindWord(std::string_view folded, std::string_view word, std::size_t begin,
                     std::size_t end);

// The byte pairs of one folded text as a 4096-bit filter, built once per
// sentence (SentenceView::words): a word the text holds has each of its
// byte pairs in the text, so a word with a pair the filter has not seen is
// not there, and a rule looking for a cue the sentence lacks pays a few
// table reads instead of a scan. Plain twin: FindWord without a filter
// (CheckWordFilter in tests/plain/plain_checks.cc).
class WordFilter {
 public:
  // Filters nothing.
  WordFilter() = default;
  explicit WordFilter(std::string_view folded) { Reset(folded); }
  void Reset(std::string_view folded);
  // False only when `word` is not spelled in the text.
  bool MayHold(std::string_view word) const;

 private:
  std::array<std::uint64_t, 64> bits_{};
  bool all_ = true;
};

// FindWord when the filter may hold `word`; npos at once when it cannot.
inline std::size_t FindWord(std::string_view folded, std::string_view word, std::size_t begin,
                            std::size_t end, const WordFilter* filter) {
  if (filter != nullptr && !filter->MayHold(word)) return std::string_view::npos;
  return FindWord(folded, word, begin, end);
}

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_LEXICON_H_
