#include "indicators/lexicon.h"

#include <algorithm>
#include <vector>

#include "text/utf8.h"

namespace vnextract::indicators {
namespace {

template <typename Entry>
std::vector<Entry> SortedLongestFirst(std::vector<Entry> v) {
  std::stable_sort(v.begin(), v.end(),
                   [](const Entry& a, const Entry& b) { return a.word.size() > b.word.size(); });
  return v;
}

}  // namespace

std::span<const UnitEntry> Units() {
  using enum UnitClass;
  static const std::vector<UnitEntry> table = SortedLongestFirst<UnitEntry>({
#define VNX_UNIT(word, canonical, cls) {word, canonical, cls},
#include "indicators/units.inc"
#undef VNX_UNIT
  });
  return table;
}

std::span<const ScaleEntry> ScaleWords() {
  static const std::vector<ScaleEntry> table = SortedLongestFirst<ScaleEntry>({
#define VNX_SCALE(word, power) {word, power},
#include "numbers/scale_words.inc"
#undef VNX_SCALE
  });
  return table;
}

std::span<const PerEntry> Denominators() {
  static const std::vector<PerEntry> table = SortedLongestFirst<PerEntry>({
#define VNX_PER(word, canonical) {word, canonical},
#include "indicators/denominators.inc"
#undef VNX_PER
  });
  return table;
}

std::span<const QualifierEntry> Qualifiers() {
  using enum Qualifier;
  using enum Where;
  static const std::vector<QualifierEntry> table = SortedLongestFirst<QualifierEntry>({
#define VNX_QUALIFIER(word, q, where) {word, q, where},
#include "indicators/qualifiers.inc"
#undef VNX_QUALIFIER
  });
  return table;
}

std::span<const KindEntry> KindCues() {
  using enum Kind;
  using enum KindRole;
  static const std::vector<KindEntry> table = SortedLongestFirst<KindEntry>({
#define VNX_KIND(word, kind, role) {word, kind, role},
#include "indicators/kinds.inc"
#undef VNX_KIND
  });
  return table;
}

std::span<const CompareEntry> Comparators() {
  using enum CompareWhere;
  static const std::vector<CompareEntry> table = SortedLongestFirst<CompareEntry>({
#define VNX_COMPARE(word, to, where) {word, to, where},
#include "indicators/comparators.inc"
#undef VNX_COMPARE
  });
  return table;
}

std::span<const TrimEntry> LabelTrims() {
  using enum TrimWhere;
  static const std::vector<TrimEntry> table = SortedLongestFirst<TrimEntry>({
#define VNX_LABEL_TRIM(word, where) {word, where},
#include "indicators/labels.inc"
#undef VNX_LABEL_TRIM
  });
  return table;
}

std::span<const PrefixEntry> CurrencyPrefixes() {
  static const std::vector<PrefixEntry> table = SortedLongestFirst<PrefixEntry>({
#define VNX_PREFIX(word, canonical) {word, canonical},
#include "indicators/currency_prefixes.inc"
#undef VNX_PREFIX
  });
  return table;
}

std::span<const TrapEntry> Traps() {
  using enum TrapWhere;
  static const std::vector<TrapEntry> table = SortedLongestFirst<TrapEntry>({
#define VNX_TRAP(word, where) {word, where},
#include "indicators/traps.inc"
#undef VNX_TRAP
  });
  return table;
}

std::span<const FixedEntry> FixedQuantities() {
  static const std::vector<FixedEntry> table = SortedLongestFirst<FixedEntry>({
#define VNX_FIXED(word, value, unit) {word, value, unit},
#include "indicators/fixed_quantities.inc"
#undef VNX_FIXED
  });
  return table;
}

bool BoundaryOk(std::string_view folded, std::size_t begin, std::size_t end, bool check_before) {
  if (end > folded.size() || begin >= end) return false;
  if (check_before && text::WordCharAt(folded, begin) && text::WordCharBefore(folded, begin)) {
    return false;
  }
  if (text::WordCharBefore(folded, end) && text::WordCharAt(folded, end)) return false;
  return true;
}

std::size_t WordStartBefore(std::string_view s, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && text::WordCharBefore(s, b)) b = text::PrevStart(s, b);
  return b;
}

std::string_view WordBefore(std::string_view folded, std::size_t pos) {
  if (pos < 2 || folded[pos - 1] != ' ') return {};
  const std::size_t b = WordStartBefore(folded, pos - 1);
  return folded.substr(b, pos - 1 - b);
}

std::size_t FindWord(std::string_view folded, std::string_view word, std::size_t begin,
                     std::size_t end) {
  end = std::min(end, folded.size());
  for (std::size_t pos = folded.find(word, begin);
       pos != std::string_view::npos && pos + word.size() <= end;
       pos = folded.find(word, pos + 1)) {
    if (BoundaryOk(folded, pos, pos + word.size(), true)) return pos;
  }
  return std::string_view::npos;
}

}  // namespace vnextract::indicators
