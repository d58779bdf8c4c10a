#include "grammar.h"

#include <utility>

#include "indicators/label.h"
#include "indicators/words.h"
#include "text/run.h"
#include "text/utf8.h"

namespace vnextract::internal {
namespace {

using indicators::CompareEntry;
using indicators::CompareWhere;
using indicators::KindEntry;
using indicators::KindRole;
using indicators::Lexicon;
using indicators::QualifierEntry;
using indicators::TrimEntry;
using indicators::TrimWhere;
using indicators::Where;
using time::PeriodFinder;
using time::PeriodSpec;

std::array<std::vector<const KindEntry*>, 3> CuesByRole(const Lexicon<KindEntry>& cues) {
  static_assert(static_cast<std::size_t>(KindRole::kSigned) == 2);
  std::array<std::vector<const KindEntry*>, 3> by_role;
  for (const KindEntry& cue : cues) by_role[static_cast<std::size_t>(cue.role)].push_back(&cue);
  return by_role;
}

// EndingWith (kTail) or StartingWith (kHead) with the entries of the other
// kind left out.
Grammar::ByByte<TrimEntry> TrimsBy(const Lexicon<TrimEntry>& trims, TrimWhere where) {
  Grammar::ByByte<TrimEntry> index;
  for (unsigned b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    for (const TrimEntry* t :
         where == TrimWhere::kTail ? trims.EndingWith(c) : trims.StartingWith(c)) {
      if (t->where == where) index[b].push_back(t);
    }
  }
  return index;
}

Grammar::ByByte<QualifierEntry> QualifiersBefore(const Lexicon<QualifierEntry>& qualifiers) {
  Grammar::ByByte<QualifierEntry> before;
  for (unsigned b = 0; b < 256; ++b) {
    for (const QualifierEntry* q : qualifiers.EndingWith(static_cast<char>(b))) {
      if (q->where == Where::kBefore) before[b].push_back(q);
    }
  }
  return before;
}

std::vector<std::pair<const CompareEntry*, std::string>> Exceeds(
    const Lexicon<CompareEntry>& comparators) {
  std::vector<std::pair<const CompareEntry*, std::string>> v;
  for (const CompareEntry& c : comparators) {
    if (c.where == CompareWhere::kAfterPercent) {
      v.emplace_back(&c, std::string(indicators::words::kExceed) + " " + std::string(c.word));
    }
  }
  return v;
}

std::vector<const CompareEntry*> ShortComparators(const Lexicon<CompareEntry>& comparators) {
  std::vector<const CompareEntry*> v;
  for (const CompareEntry& c : comparators) {
    if (indicators::IsShortComparator(c)) v.push_back(&c);
  }
  return v;
}

template <typename Entry>
std::size_t Indexed(const Grammar::ByByte<Entry>& index) {
  std::size_t n = 0;
  for (const auto& v : index) n += v.size();
  return n;
}

}  // namespace

Grammar::Grammar(PeriodFinder finder)
    : units(indicators::UnitEntries()),
      scale_words(indicators::ScaleEntries()),
      denominators(indicators::DenominatorEntries()),
      qualifiers(indicators::QualifierEntries()),
      kind_cues(indicators::KindEntries()),
      comparators(indicators::ComparatorEntries()),
      label_trims(indicators::LabelTrimEntries()),
      currency_prefixes(indicators::CurrencyPrefixEntries()),
      traps(indicators::TrapEntries()),
      fixed_quantities(indicators::FixedQuantityEntries()),
      cues_by_role(CuesByRole(kind_cues)),
      trim_tails(TrimsBy(label_trims, TrimWhere::kTail)),
      trim_heads(TrimsBy(label_trims, TrimWhere::kHead)),
      qualifiers_before(QualifiersBefore(qualifiers)),
      exceeds(Exceeds(comparators)),
      short_comparators(ShortComparators(comparators)),
      periods(std::move(finder)) {}

Grammar::~Grammar() = default;

Result<std::unique_ptr<const Grammar>> Grammar::Build() { return Build(time::PeriodSpecs()); }

Result<std::unique_ptr<const Grammar>> Grammar::Build(std::span<const PeriodSpec> period_specs) {
  Result<PeriodFinder> periods = PeriodFinder::Build(period_specs);
  if (!periods.ok()) return periods.status();
  // The process-wide parts the text functions read: ICU's NFC data and the
  // character table (text/utf8.h), loaded now rather than on a page.
  (void)text::IsNfc("");
  (void)text::FillCharTables();
  return std::unique_ptr<const Grammar>(new Grammar(std::move(*periods)));
}

std::vector<std::pair<std::string_view, std::size_t>> Grammar::Tables() const {
  std::size_t cues = 0;
  for (const auto& v : cues_by_role) cues += v.size();
  return {
      {"units", units.size()},
      {"scale_words", scale_words.size()},
      {"denominators", denominators.size()},
      {"qualifiers", qualifiers.size()},
      {"kind_cues", kind_cues.size()},
      {"comparators", comparators.size()},
      {"label_trims", label_trims.size()},
      {"currency_prefixes", currency_prefixes.size()},
      {"traps", traps.size()},
      {"fixed_quantities", fixed_quantities.size()},
      {"cues_by_role", cues},
      {"trim_tails", Indexed(trim_tails)},
      {"trim_heads", Indexed(trim_heads)},
      {"qualifiers_before", Indexed(qualifiers_before)},
      {"exceeds", exceeds.size()},
      {"short_comparators", short_comparators.size()},
      {"number_words", number_words.entries().size()},
      {"period_patterns", periods.patterns()},
      {"period_literals", periods.literals()},
      {"layouts", layouts.size()},
      {"layout_selectors", layouts.selectors()},
      {"char_table_blocks", text::CharTableBlocksFilled()},
      {"concepts", concepts.size()},
      {"concept_names", concepts.names() + concepts.subnames()},
      {"concept_modifiers", concepts.modifiers()},
      {"concept_words", concepts.indexed_words()},
      {"provinces", places.provinces()},
      {"regions", places.regions()},
      {"place_patterns", places.patterns()},
      {"place_words", places.indexed_words()},
  };
}

}  // namespace vnextract::internal
