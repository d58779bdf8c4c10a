// The grammar: every lexicon, index, pattern and table the extraction reads,
// built once by Extractor::Create() (Grammar::Build), owned by the Extractor
// and passed down as `const Grammar&` to the quantity finder, the linkers and
// the period finder (numbers/ and html/, which come before indicators/ in the
// pipeline, get their own part: number_words, layouts). Nothing is built on
// a page: no function-local static or lazily built table holds grammar
// (tests/grammar_test.cc lists every table; DESIGN.md section 1).
//
// Immutable after Build: one Grammar is read by every thread of an
// Extractor.
#ifndef VNEXTRACT_SRC_GRAMMAR_H_
#define VNEXTRACT_SRC_GRAMMAR_H_

#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "context/concepts.h"
#include "context/places.h"
#include "html/html.h"
#include "indicators/lexicon.h"
#include "numbers/spelled.h"
#include "time/periods.h"
#include "vnextract/status.h"

namespace vnextract::internal {

class Grammar {
 public:
  // Builds every table. A period pattern that does not compile (or breaks
  // the finder's rules) is kInternal naming it; nothing throws.
  static Result<std::unique_ptr<const Grammar>> Build();
  // The same with other period patterns (tests: a broken one).
  static Result<std::unique_ptr<const Grammar>> Build(
      std::span<const time::PeriodSpec> period_specs);

  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;
  ~Grammar();

  // Every table by name with its number of entries (none is empty).
  std::vector<std::pair<std::string_view, std::size_t>> Tables() const;

  template <typename Entry>
  using ByByte = std::array<std::vector<const Entry*>, 256>;

  // The lexicons (indicators/*.inc, numbers/scale_words.inc).
  const indicators::Lexicon<indicators::UnitEntry> units;
  const indicators::Lexicon<indicators::ScaleEntry> scale_words;
  const indicators::Lexicon<indicators::PerEntry> denominators;
  const indicators::Lexicon<indicators::QualifierEntry> qualifiers;
  const indicators::Lexicon<indicators::KindEntry> kind_cues;
  const indicators::Lexicon<indicators::CompareEntry> comparators;
  const indicators::Lexicon<indicators::TrimEntry> label_trims;
  const indicators::Lexicon<indicators::PrefixEntry> currency_prefixes;
  const indicators::Lexicon<indicators::TrapEntry> traps;
  const indicators::Lexicon<indicators::FixedEntry> fixed_quantities;

  // Indexes the linker reads, derived from the lexicons (pointers into
  // them, so each keeps table order and compares in it):
  // kind cues by role (KindRole), in table order;
  const std::array<std::vector<const indicators::KindEntry*>, 3> cues_by_role;
  // label trims: the tails by their last byte, the heads by their first;
  const ByByte<indicators::TrimEntry> trim_tails;
  const ByByte<indicators::TrimEntry> trim_heads;
  // the qualifiers written before a figure, by their last byte;
  const ByByte<indicators::QualifierEntry> qualifiers_before;
  // "vượt " + each base written after a percentage ("vượt dự toán").
  const std::vector<std::pair<const indicators::CompareEntry*, std::string>> exceeds;
  // The comparisons written "so …" but not "so với …" ("so cùng kỳ", "so
  // tháng trước"), which a label is cut at as at "so với".
  const std::vector<const indicators::CompareEntry*> short_comparators;

  // Spelled numbers (numbers/number_words.inc).
  const numbers::NumberWords number_words;
  // Period expressions (RE2 patterns and the literals they start with).
  const time::PeriodFinder periods;
  // The portal knowledge table's selectors (html/portal_table.h).
  const html::Layouts layouts;
  // The indicator vocabulary with its modifiers (context/concepts.inc,
  // modifiers.inc) and the gazetteer (context/places.inc), indexed by word.
  const context::Vocabulary concepts;
  const context::Places places;

 private:
  explicit Grammar(time::PeriodFinder periods);
};

}  // namespace vnextract::internal

#endif  // VNEXTRACT_SRC_GRAMMAR_H_
