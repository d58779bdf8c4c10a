// The linker: turns the quantities of one sentence into Indicator records by
// reading the words around them — the label before the figure, the period,
// the verb or frame that sets the kind, and the comparison a change or ratio
// is made against. It builds the sentence view once (sentence_view.h) and
// runs the named rule tables (rules.h) and label passes (label.h) on it.
#ifndef VNEXTRACT_SRC_INDICATORS_LINKER_H_
#define VNEXTRACT_SRC_INDICATORS_LINKER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// The names of the rules and label passes that fired for each indicator
// LinkSentence returned, in order (tests/rules_corpus_test.cc reads them).
struct LinkTrace {
  std::vector<std::vector<std::string_view>> rules;
  // The rules that made figures no indicator ("tổ chức 5 lần"), in order.
  std::vector<std::string_view> dropped;
};

// Indicators of `sentence`, spans relative to `sentence`; `sentence` field
// left empty (the caller owns the source text and offsets). With `trace`,
// what fired for each is appended to it.
std::vector<Indicator> LinkSentence(const internal::Grammar& grammar, std::string_view sentence,
                                    Section section, LinkContext& context,
                                    LinkTrace* trace = nullptr);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_LINKER_H_
