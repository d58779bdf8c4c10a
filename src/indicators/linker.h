// The linker: turns the quantities of one sentence into Indicator records by
// reading the words around them — the label before the figure, the period,
// the verb or frame that sets the kind, and the comparison a change or ratio
// is made against.
#ifndef VNEXTRACT_SRC_INDICATORS_LINKER_H_
#define VNEXTRACT_SRC_INDICATORS_LINKER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/periods.h"
#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract::indicators {

// State carried from sentence to sentence inside one block of text: a period
// stated once governs what follows until another is stated.
struct LinkContext {
  const PeriodFinder* periods = nullptr;
  std::optional<Date> published;
  std::optional<std::string> carried_period;
  // The day a carried "đến ngày …" period runs to: the period of stocks.
  std::optional<std::string> carried_point;
};

// Indicators of `sentence`, spans relative to `sentence`; `sentence` field
// left empty (the caller owns the source text and offsets).
std::vector<Indicator> LinkSentence(std::string_view sentence, Section section,
                                    LinkContext& context);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_LINKER_H_
