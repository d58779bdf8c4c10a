// Label cleaning: the phrase naming what is measured, cut from the words
// before a figure by named passes (indicators/label_passes.h, in order):
// list_introducer, leading_frame, context_phrase, comparator, measure_after,
// inner_frame_cue, inner_verb, then drop_periods and trim_ends build the
// label. The passes are shared with their plain twin (tests/plain/), which
// runs them with a lookup that uses no index, binary search or byte filter.
#ifndef VNEXTRACT_SRC_INDICATORS_LABEL_H_
#define VNEXTRACT_SRC_INDICATORS_LABEL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/lexicon.h"
#include "indicators/words.h"
#include "time/periods.h"

namespace vnextract::internal {
class Grammar;
}

namespace vnextract::indicators {

// A comparison written "so …" but not "so với …" ("so cùng kỳ", "so tháng
// trước", kComparator): a label is cut at it as at "so với".
inline bool IsShortComparator(const CompareEntry& c) {
  return c.where == CompareWhere::kComparator && c.word.starts_with(words::kCompareShort) &&
         !c.word.starts_with(words::kCompare);
}

// What the passes read: sentence `s`, its folded text (text::FoldCaseKeepOffsets),
// its period expressions (as PeriodFinder::Find gives them) and whether it
// holds a frame cue at all (when it does not, no part of it does, and none is
// looked for).
struct LabelInput {
  const internal::Grammar& grammar;
  std::string_view s;
  std::string_view folded;
  const std::vector<time::PeriodMatch>& periods;
  bool frame_cues = true;
  // The filter of `folded` (lexicon.h WordFilter), or nullptr: none.
  const WordFilter* words = nullptr;
};

// The names of the passes that changed the label, in order, when not null.
using LabelTrace = std::vector<std::string_view>;

// The label cut from folded[b, e) of the sentence: leading frames ("Trong 6
// tháng đầu năm,", "Phấn đấu năm 2022,") and period expressions are
// removed; verbs, qualifiers and connectives are trimmed from both ends.
std::string CleanLabel(const LabelInput& in, std::size_t b, std::size_t e,
                       LabelTrace* trace = nullptr);

// The names of the label passes, in order (the corpus coverage test).
std::vector<std::string_view> LabelPassNames();

// Is `label`, folded, one of the generic labels (words.h: a count is then
// named after its number)?
bool IsGenericLabel(std::string_view label);
// Does `label`, folded, start with a target head ("dự toán", "kế hoạch")?
bool StartsWithTargetHead(std::string_view label);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_LABEL_H_
