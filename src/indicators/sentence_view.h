// The sentence view: what the linker's stages read about one sentence,
// computed once — the folded text, the figures (quantities that can be
// indicators), the period and date expressions, the parentheses, the
// clauses and the frame cue that makes figures targets. No stage scans the
// sentence for these again.
#ifndef VNEXTRACT_SRC_INDICATORS_SENTENCE_VIEW_H_
#define VNEXTRACT_SRC_INDICATORS_SENTENCE_VIEW_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/lexicon.h"
#include "indicators/quantities.h"
#include "text/sentences.h"
#include "time/periods.h"
#include "vnextract/document.h"

namespace vnextract::internal {
class Grammar;
}

namespace vnextract::indicators {

struct SentenceView {
  static constexpr std::size_t npos = std::string_view::npos;

  std::string_view text;    // the sentence
  std::string_view folded;  // text::FoldCaseKeepOffsets(text): same offsets
  // The quantities that can be indicators: a number with no unit, an
  // ordinal, a threshold ("từ X trở lên") or a unit basis ("trên 1 ha") is
  // none.
  std::vector<FoundQuantity> figures;
  // Period expressions, sorted and non-overlapping (time::PeriodFinder).
  std::vector<time::PeriodMatch> periods;
  // Top-level parentheses, in order.
  std::vector<text::Range> parens;
  // Clauses (split at ';' outside parentheses): filled only when there are
  // figures.
  std::vector<text::Range> clauses;
  // The end of the first frame cue ("Phấn đấu", or a target opener at the
  // start: "Chỉ tiêu năm 2023: …"), or npos; `frame_cues`: whether the
  // sentence holds a frame cue at all (label cleaning looks for none
  // otherwise). Filled only when there are figures.
  std::size_t first_frame_cue = npos;
  bool frame_cues = false;
  // The byte-pair filter of `folded` (lexicon.h WordFilter): filled only
  // when there are figures, else it filters nothing.
  WordFilter words;

  // The parentheses enclosing `pos`, or nullptr.
  const text::Range* ParenAt(std::size_t pos) const;
  // The period matches that overlap [b, e) (a binary search).
  std::span<const time::PeriodMatch> PeriodsIn(std::size_t b, std::size_t e) const;
};

// FindWord in the sentence, through its word filter.
inline std::size_t FindWord(const SentenceView& v, std::string_view word, std::size_t begin,
                            std::size_t end) {
  return FindWord(v.folded, word, begin, end, &v.words);
}

// Fills `view` for `sentence` (its folded text in a buffer of this thread,
// valid until the next call on the thread).
void BuildSentenceView(const internal::Grammar& grammar, std::string_view sentence,
                       std::optional<Date> published, SentenceView& view,
                       ElidedUnit* carry = nullptr);

// BuildSentenceView in two steps, for a caller that reads the rest of a
// sentence only when it needs it (BlockLinker): ReadFigures folds `sentence`
// into `folded_storage` (which the view then points into) and finds the
// figures (a figure whose money unit was left out takes the block's from
// `carry`, when given: CarryElidedUnits); ReadTheRest fills the other fields.
void ReadFigures(const internal::Grammar& grammar, std::string_view sentence,
                 std::string& folded_storage, SentenceView& view, ElidedUnit* carry = nullptr);
void ReadTheRest(const internal::Grammar& grammar, std::optional<Date> published,
                 SentenceView& view);

// The period matches of `periods` (sorted, non-overlapping) that overlap
// [b, e).
std::span<const time::PeriodMatch> PeriodsIn(const std::vector<time::PeriodMatch>& periods,
                                             std::size_t b, std::size_t e);

// Top-level parenthesised parts of `s`, in order.
std::vector<text::Range> Parentheses(std::string_view s);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_SENTENCE_VIEW_H_
