// Quantities: a number (numbers/), its scale word, its unit and the words that
// hedge it, found in a run of NFC text. This is what FindQuantities returns
// and what the linker turns into indicators.
#ifndef VNEXTRACT_SRC_INDICATORS_QUANTITIES_H_
#define VNEXTRACT_SRC_INDICATORS_QUANTITIES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "indicators/lexicon.h"
#include "vnextract/indicator.h"

namespace vnextract::internal {
class Grammar;
}

namespace vnextract::indicators {

struct FoundQuantity {
  Quantity quantity;  // span relative to the scanned text
  UnitClass unit_class = UnitClass::kCount;
  std::size_t begin = 0;  // start of the qualifier word, or of the surface
  std::size_t end = 0;    // end of the surface or of a trailing qualifier
  // "từ X trở lên" / "từ X trở xuống": usually a threshold that defines a
  // category ("doanh nghiệp có doanh thu từ 100 tỷ đồng trở lên").
  bool threshold = false;
  std::size_t unit_begin = 0;  // where the unit word starts ("dự án" in "142 dự án")
  const QualifierEntry* qualifier_word = nullptr;  // the hedge as written, if any
  // "12.100 ha/15.000 ha KH": the figure after the slash is the plan of the
  // one before it.
  bool plan = false;
  // A part of a breakdown by place ("27 sự cố, gồm Bắc Ninh 2, …"): where its
  // place name is, its label.
  std::size_t name_begin = 0;
  std::size_t name_end = 0;
  // The power of ten of the scale word after the number ("tỷ" 9, "triệu"
  // 6), 0 for none; with no unit ("với 31 tỷ") the figure's unit was left
  // out (ReadFigures may carry it, sentence_view.h).
  int scale = 0;
  // Unit "rank" ("thứ hai", "dẫn đầu"), kept here for the rules: the
  // quantity moves into its indicator when linked.
  bool rank = false;
};

// The unit of the last money figure with a scale word read so far in a
// block ("-85,2 tỷ đồng"): a later figure with the same scale word and no
// unit ("PLM -12,5 tỷ", "với 31,4 tỷ") takes it (rule `elided_unit`).
// A figure with another unit (but percent) ends it.
struct ElidedUnit {
  std::string unit;  // empty: none to carry
  int scale = 0;
};

// Rule `elided_unit` over the figures of one sentence, in order, `carry`
// coming from the sentences before it in the block and left for the next.
// The figure given the unit keeps an empty unit_text: nothing was written.
void CarryElidedUnits(std::vector<FoundQuantity>& figures, ElidedUnit& carry);

// Every quantity in `text`; `folded` is text::FoldCaseKeepOffsets(text).
// Numbers without a unit (years, "Covid 19", list numbers), dates, times,
// fractions, codes ("CN-05", "4G") and numbers glued to words are skipped.
// The rules are written once, in quantity_rules.h; this is them read through
// the lexicon indexes and the skip loop. (Its plain twin,
// tests/plain/quantities_plain.h, reads them at every character with every
// lexicon searched entry by entry.)
std::vector<FoundQuantity> FindQuantitiesIn(const internal::Grammar& grammar, std::string_view text,
                                            std::string_view folded);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_QUANTITIES_H_
