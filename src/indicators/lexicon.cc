#include "indicators/lexicon.h"

#include <algorithm>
#include <vector>

#include "text/utf8.h"

namespace vnextract::indicators {

std::vector<UnitEntry> UnitEntries() {
  using enum UnitClass;
  return std::vector<UnitEntry>{
#define VNX_UNIT(word, canonical, cls) {word, canonical, cls, false},
#define VNX_HEAD_UNIT(word, canonical, cls) {word, canonical, cls, true},
#include "indicators/units.inc"
#undef VNX_HEAD_UNIT
#undef VNX_UNIT
  };
}

std::vector<ScaleEntry> ScaleEntries() {
  return std::vector<ScaleEntry>{
#define VNX_SCALE(word, power) {word, power},
#include "numbers/scale_words.inc"
#undef VNX_SCALE
  };
}

std::vector<PerEntry> DenominatorEntries() {
  using enum PerRole;
  return std::vector<PerEntry>{
#define VNX_PER(word, canonical) {word, canonical, kDenominator},
#define VNX_PER_WORD(word, role) {word, "", role},
#include "indicators/denominators.inc"
#undef VNX_PER_WORD
#undef VNX_PER
  };
}

std::vector<QualifierEntry> QualifierEntries() {
  using enum Qualifier;
  using enum Where;
  return std::vector<QualifierEntry>{
#define VNX_QUALIFIER(word, q, where) {word, q, where},
#include "indicators/qualifiers.inc"
#undef VNX_QUALIFIER
  };
}

std::vector<KindEntry> KindEntries() {
  using enum Kind;
  using enum KindRole;
  return std::vector<KindEntry>{
#define VNX_KIND(word, kind, role) {word, kind, role},
#include "indicators/kinds.inc"
#undef VNX_KIND
  };
}

std::vector<CompareEntry> ComparatorEntries() {
  using enum CompareWhere;
  return std::vector<CompareEntry>{
#define VNX_COMPARE(word, to, where) {word, to, where},
#include "indicators/comparators.inc"
#undef VNX_COMPARE
  };
}

std::vector<TrimEntry> LabelTrimEntries() {
  using enum TrimWhere;
  return std::vector<TrimEntry>{
#define VNX_LABEL_TRIM(word, where) {word, where},
#include "indicators/labels.inc"
#undef VNX_LABEL_TRIM
  };
}

std::vector<PrefixEntry> CurrencyPrefixEntries() {
  return std::vector<PrefixEntry>{
#define VNX_PREFIX(word, canonical) {word, canonical},
#include "indicators/currency_prefixes.inc"
#undef VNX_PREFIX
  };
}

std::vector<TrapEntry> TrapEntries() {
  using enum TrapWhere;
  return std::vector<TrapEntry>{
#define VNX_TRAP(word, where) {word, where},
#include "indicators/traps.inc"
#undef VNX_TRAP
  };
}

std::vector<FixedEntry> FixedQuantityEntries() {
  return std::vector<FixedEntry>{
#define VNX_FIXED(word, value, unit) {word, value, unit},
#include "indicators/fixed_quantities.inc"
#undef VNX_FIXED
  };
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

bool EndsWithWord(std::string_view folded, std::size_t pos, std::string_view word) {
  std::size_t e = pos;
  if (e > 0 && folded[e - 1] == ' ') --e;
  return e >= word.size() && folded.substr(e - word.size(), word.size()) == word &&
         !text::WordCharBefore(folded, e - word.size());
}

std::size_t FindWord(std::string_view folded, std::string_view word, std::size_t begin,
                     std::size_t end) {
  end = std::min(end, folded.size());
  // Only occurrences ending by `end` count: search no further.
  const std::string_view within = folded.substr(0, end);
  for (std::size_t pos = within.find(word, begin); pos != std::string_view::npos;
       pos = within.find(word, pos + 1)) {
    if (BoundaryOk(folded, pos, pos + word.size(), true)) return pos;
  }
  return std::string_view::npos;
}

namespace {

// The filter's bit of the byte pair (a, b).
inline std::size_t PairBit(unsigned char a, unsigned char b) {
  return ((static_cast<std::size_t>(a) * 0x9E3779B1u) >> 7 ^ b) & 4095u;
}

}  // namespace

void WordFilter::Reset(std::string_view folded) {
  bits_.fill(0);
  all_ = false;
  const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
  for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
    const std::size_t bit = PairBit(p[i], p[i + 1]);
    bits_[bit >> 6] |= 1ULL << (bit & 63);
  }
}

bool WordFilter::MayHold(std::string_view word) const {
  if (all_) return true;
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  for (std::size_t i = 0; i + 1 < word.size(); ++i) {
    const std::size_t bit = PairBit(p[i], p[i + 1]);
    if ((bits_[bit >> 6] & (1ULL << (bit & 63))) == 0) return false;
  }
  return true;
}

}  // namespace vnextract::indicators
