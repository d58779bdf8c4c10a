// The lexicons (units, scale words, qualifiers, kind cues, comparators, label
// trims) as tables built once from the .inc data files beside this header,
// and the two ways they are matched: a word starting at a position, a word
// ending at a position. Matching runs on case-folded text
// (text::FoldCaseKeepOffsets), longest entry first, whole words only.
#ifndef VNEXTRACT_SRC_INDICATORS_LEXICON_H_
#define VNEXTRACT_SRC_INDICATORS_LEXICON_H_

#include <cstddef>
#include <span>
#include <string_view>

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
  kTimes
};
enum class TrapWhere { kCodeBefore, kVagueBefore, kTimeAfter, kTimeBefore };
enum class Where { kBefore, kAfter };
enum class KindRole { kFrameCue, kVerb, kSigned };
enum class CompareWhere { kAfterPercent, kComparator };
enum class TrimWhere { kHead, kTail };

struct UnitEntry {
  std::string_view word;
  std::string_view canonical;
  UnitClass unit_class;
};
struct ScaleEntry {
  std::string_view word;
  int power;
};
struct PerEntry {
  std::string_view word;
  std::string_view canonical;
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

// Each table sorted longest word first (so the first match is the longest).
std::span<const UnitEntry> Units();
std::span<const ScaleEntry> ScaleWords();
std::span<const PerEntry> Denominators();
std::span<const QualifierEntry> Qualifiers();
std::span<const KindEntry> KindCues();
std::span<const CompareEntry> Comparators();
std::span<const TrimEntry> LabelTrims();
std::span<const PrefixEntry> CurrencyPrefixes();
std::span<const TrapEntry> Traps();
std::span<const FixedEntry> FixedQuantities();

// Whole-word boundary rule: a match may not continue a word on the side where
// the entry itself starts or ends with a word character.
bool BoundaryOk(std::string_view folded, std::size_t begin, std::size_t end, bool check_before);

// The longest entry of `table` spelled at folded[pos...], or nullptr. With
// `glued`, no boundary is required before pos (units glued to digits).
template <typename Entry>
const Entry* MatchAt(std::span<const Entry> table, std::string_view folded, std::size_t pos,
                     bool glued = false) {
  for (const Entry& e : table) {
    if (folded.compare(pos, e.word.size(), e.word) == 0 &&
        BoundaryOk(folded, pos, pos + e.word.size(), !glued)) {
      return &e;
    }
  }
  return nullptr;
}

// The longest entry of `table` spelled so that it ends at folded[end), or nullptr.
template <typename Entry>
const Entry* MatchEndingAt(std::span<const Entry> table, std::string_view folded, std::size_t end) {
  for (const Entry& e : table) {
    if (e.word.size() <= end && folded.compare(end - e.word.size(), e.word.size(), e.word) == 0 &&
        BoundaryOk(folded, end - e.word.size(), end, true)) {
      return &e;
    }
  }
  return nullptr;
}

// Where the word that ends at `end` starts.
std::size_t WordStartBefore(std::string_view s, std::size_t end);

// The word right before `pos` with one space between ("gấp" in "gấp 2 lần"),
// or empty.
std::string_view WordBefore(std::string_view folded, std::size_t pos);

// Finds `word` (already folded) as a whole word in folded[begin, end);
// returns its offset or npos.
std::size_t FindWord(std::string_view folded, std::string_view word, std::size_t begin,
                     std::size_t end);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_LEXICON_H_
