// The linker: turns the quantities of one sentence into Indicator records by
// reading the words around them — the label before the figure, the period,
// the verb or frame that sets the kind, and the comparison a change or ratio
// is made against.
#ifndef VNEXTRACT_SRC_INDICATORS_LINKER_H_
#define VNEXTRACT_SRC_INDICATORS_LINKER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time/periods.h"
#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract::internal {
class Grammar;
}

namespace vnextract::indicators {

// State carried from sentence to sentence inside one block of text: a period
// stated once governs what follows until another is stated.
struct LinkContext {
  std::optional<Date> published;
  std::optional<std::string> carried_period;
  // The day a carried "đến ngày …" period runs to: the period of stocks.
  std::optional<std::string> carried_point;
};

// Indicators of `sentence`, spans relative to `sentence`; `sentence` field
// left empty (the caller owns the source text and offsets).
std::vector<Indicator> LinkSentence(const internal::Grammar& grammar, std::string_view sentence,
                                    Section section, LinkContext& context);

// The parts of the linker that have a plain twin in tests/plain/ (label.h).

// The label: the phrase naming what is measured, cut from folded[b, e) of
// sentence `s` (`folded` is its text::FoldCaseKeepOffsets). Leading frames
// ("Trong 6 tháng đầu năm,", "Phấn đấu năm 2022,") and period expressions
// (`periods`: the sentence's, as PeriodFinder::Find gives them) are removed;
// verbs, qualifiers and connectives are trimmed from both ends.
// `frame_cues` is false when the sentence holds no frame cue at all (then no
// part of it does, and none is looked for).
std::string CleanLabel(const internal::Grammar& grammar, std::string_view s,
                       std::string_view folded, std::size_t b, std::size_t e,
                       const std::vector<time::PeriodMatch>& periods, bool frame_cues);

// Labels that name nothing: a count is then named after its number
// ("toàn tỉnh có 142 dự án FDI").
inline constexpr std::string_view kGenericLabels[] = {
    "", "có", "tỉnh", "cả tỉnh", "toàn tỉnh", "thu hút", "trên địa bàn"};
// A budget or plan named as the subject: the figure is a target.
inline constexpr std::string_view kTargetHeads[] = {"dự toán", "kế hoạch", "chỉ tiêu", "mục tiêu"};

// Is `label`, folded, one of kGenericLabels?
bool IsGenericLabel(std::string_view label);
// Does `label`, folded, start with one of kTargetHeads?
bool StartsWithTargetHead(std::string_view label);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_LINKER_H_
