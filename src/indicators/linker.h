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
#include <utility>
#include <vector>

#include "indicators/quantities.h"
#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract::internal {
class Grammar;
}

namespace vnextract::indicators {

// Where a period came from (Indicator::period_basis).
enum class Basis { kNone, kStated, kCarried, kHeading, kTitle, kPublished };
std::optional<std::string> BasisName(Basis basis);

// A period in force and where it came from.
struct PeriodFrame {
  std::optional<std::string> period;
  // The day a "đến ngày …" period runs to: the period of stocks.
  std::optional<std::string> point;
  Basis basis = Basis::kNone;
  bool as_of = false;  // a point dated by the publication ("hiện có", "đến nay")
};

// State carried from sentence to sentence inside one block of text (a
// paragraph, the title, the lead): a period stated once governs what
// follows until another is stated.
struct LinkContext {
  std::optional<Date> published;
  // The period in force; `stated_in` is the clause (counted over the block)
  // that stated it, so that a figure of that clause has it "stated" and a
  // later one "carried".
  PeriodFrame carried;
  std::size_t stated_in = static_cast<std::size_t>(-1);
  std::size_t clause = 0;  // clauses seen so far in the block
  // A period that opens a sentence ("6 tháng đầu năm 2020, …"): each later
  // sentence of the block starts from it (a period inside a sentence,
  // "CPI bình quân quý II/2020", holds for that sentence only).
  std::optional<PeriodFrame> block;
  // A comparison stated for a change carries to the changes after it; the
  // kind verb of a sentence carries into a breakdown ("Trong đó, …").
  std::optional<std::string> last_compare;
  std::optional<Kind> carried_verb_kind;
  // The block reports a toll or a trading session (words.h, kAsOfCues).
  bool as_of_block = false;
  // The label of the previous sentence's first figure ("Doanh thu tháng 9
  // đạt …"): a sentence whose first figure names no subject ("Tính chung 9
  // tháng đạt …") is about it. Empty after a sentence with no figure.
  std::string subject;
  // The block's money unit for a figure that leaves it out (rule
  // elided_unit, indicators/quantities.h).
  ElidedUnit elided;
  // The measure of a ranking in the block ("TP A dẫn đầu với doanh thu đạt
  // …"): the later ranked figures that name only who is ranked take it
  // (rule ranked_measure, rules.cc).
  std::string ranked_measure;
};

// A context for a block under `frame` (the period of the title, lead or
// section heading above it).
LinkContext ContextUnder(std::optional<Date> published, const PeriodFrame& frame);

// The period a title, lead, heading or caption states (its last period
// that is no comparison and not in parentheses), with `basis`; basis kNone
// when it states none.
PeriodFrame FrameOf(const internal::Grammar& grammar, std::string_view text,
                    std::optional<Date> published, Basis basis);

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

// The sentences of one block linked in order, as LinkSentence on each with
// one LinkContext would — except that a sentence with no figure is read (its
// periods looked for, the context carried on) only once a later sentence of
// the block has a figure: what follows the block's last figure changes
// nothing anyone reads. Each sentence given to Link must stay alive (the
// block's text) until the last call; spans are relative to the sentence, as
// LinkSentence's. Not thread-safe: one BlockLinker per block and thread.
class BlockLinker {
 public:
  BlockLinker(const internal::Grammar& grammar, Section section, LinkContext context)
      : g_(grammar), section_(section), ctx_(std::move(context)) {}
  std::vector<Indicator> Link(std::string_view sentence);

 private:
  const internal::Grammar& g_;
  Section section_;
  LinkContext ctx_;
  std::vector<std::string_view> waiting_;  // sentences with no figure not yet read
};

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_LINKER_H_
