// The linker's rules as ordered tables of named rules (the way Duckling
// keeps Rule{name, pattern, prod}): each rule says when it applies and what
// it makes of a figure. The linker (linker.cc) runs the tables in order;
// the first role, kind or comparison rule that applies decides. Each rule
// has corpus lines that show it firing and not firing
// (indicators/corpus/kinds.tsv, comparators.tsv, labels.tsv; run by
// tests/rules_corpus_test.cc, which also checks that every rule has both).
#ifndef VNEXTRACT_SRC_INDICATORS_RULES_H_
#define VNEXTRACT_SRC_INDICATORS_RULES_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/lexicon.h"
#include "indicators/linker.h"
#include "indicators/quantities.h"
#include "indicators/sentence_view.h"
#include "vnextract/indicator.h"

namespace vnextract::indicators {

// The names of the rules that fired for one figure, when traced.
using RuleNames = std::vector<std::string_view>;

enum class Role { kLevel, kChange, kRatio, kDrop };

// One figure as the rules read it: the sentence view, the quantity, where
// its own words start and what stands around it.
// The signed verb before a figure ending at `end`, allowing filler words
// between ("tăng mạnh 71,6%", "mức tăng là 9,5%"); sets `at` to where it
// starts.
const KindEntry* SignedBefore(const internal::Grammar& g, std::string_view folded, std::size_t end,
                              std::size_t* at);

struct Figure {
  const SentenceView& v;
  const FoundQuantity& f;
  const text::Range& clause;
  std::size_t index = 0;               // in v.figures
  const text::Range* paren = nullptr;  // the parentheses around it
  std::size_t local_begin = 0;         // where its own words start
  // Inside parentheses, where its part starts ("(quý I tăng 7,1%; quý II
  // tăng 9,8%)": after the ';'); else 0.
  std::size_t part_begin = 0;
  std::size_t limit = 0;              // where the next figure (or the clause) begins
  std::size_t after = 0;              // the word after it
  std::string_view word_before = {};  // the word right before it
  // A base named right after a percentage ("đạt 100% kế hoạch") or, with
  // "vượt", before it ("vượt dự toán 2,7%").
  const CompareEntry* base = nullptr;
  bool exceeds = false;                   // "vượt" before it
  const KindEntry* signed_cue = nullptr;  // "tăng" / "giảm" before it ("tăng mạnh 5%")
  std::size_t signed_at = 0;              // where that verb starts
};

// The change a figure made, for the figures that restate or continue it
// ("giảm 14 trường hợp (31%)", "tăng 22% về khối lượng và 38% về giá trị").
struct LastChange {
  std::size_t index = 0;  // of the figure, in the sentence view
  std::size_t end = 0;
  bool negative = false;
  UnitClass unit_class = UnitClass::kCount;
  std::optional<std::string> compare_to;
};

// What carries from figure to figure in a sentence.
struct SentenceState {
  LinkContext& ctx;
  int published_year = 0;                        // 0 when unknown
  std::optional<Kind> carried_verb_kind = {};    // the kind verb of the previous clause
  std::optional<Kind> clause_verb_kind = {};     // the kind verb of this clause so far
  std::string last_level_label = {};             // a change or ratio repeats it
  std::optional<std::string> last_compare = {};  // an explicit comparator carries on
  std::optional<LastChange> last_change = {};
  Basis basis = Basis::kNone;  // the basis of the figure being linked
  // Where the label of figure `label_cut_for` ends: before its difference
  // word and base ("Diện tích gieo cấy | ít hơn cùng kỳ 3,4 nghìn ha").
  std::size_t label_cut_for = static_cast<std::size_t>(-1);
  std::size_t label_cut = 0;
};

// ---- roles: level, change, ratio or no indicator -------------------------

struct RoleRule {
  std::string_view name;
  Role role;
  bool (*when)(const internal::Grammar&, const Figure&, const SentenceState&, const Indicator&);
  // Sets what the role implies (compare_to, sign, qualifier).
  void (*then)(const internal::Grammar&, const Figure&, SentenceState&, Indicator&, RuleNames*);
};
std::span<const RoleRule> RoleRules();

// ---- kinds ---------------------------------------------------------------

struct KindInput {
  bool frame_before = false;   // a frame cue before the figure ("Phấn đấu …")
  bool target_verb = false;    // "kế hoạch", "chỉ tiêu" before it in its part
  bool estimate_verb = false;  // "ước", "ước đạt", "dự kiến"
  bool future = false;         // its period is after the publication year
  bool compare_is_plan = false;
  std::optional<Kind> clause_verb;   // the kind verb of an earlier figure of the clause
  std::optional<Kind> carried_verb;  // that of the previous clause
  bool plain_verb = false;  // "có" or "đạt" (no "ước") in its own words: its clause's verb
};
struct KindRule {
  std::string_view name;
  std::optional<Kind> (*decide)(const KindInput&);
  bool sets_clause_verb;  // its kind carries to the next figures of the clause
};
// The kind of a level, and of a change.
std::span<const KindRule> LevelKindRules();
std::span<const KindRule> ChangeKindRules();

// ---- comparisons ---------------------------------------------------------

struct CompareRule {
  std::string_view name;
  // What folded[b, e) names as the base of the figure of `period`, or none.
  std::optional<std::string> (*read)(const internal::Grammar&, std::string_view folded,
                                     std::size_t b, std::size_t e,
                                     const std::optional<std::string>& period);
  bool bare;  // right after the figure without "so với": not read before it
};
std::span<const CompareRule> CompareRules();

// The comparison stated in folded[b, e), by the first rule that reads one
// (the bare ones only when `allow_bare`).
std::optional<std::string> ComparatorIn(const internal::Grammar& g, std::string_view folded,
                                        std::size_t b, std::size_t e,
                                        const std::optional<std::string>& period, bool allow_bare,
                                        RuleNames* trace);

// What a growth figure with no comparator is compared with: the same period
// of last year for part of a year, the previous year for a year or span.
std::string DefaultCompare(const std::optional<std::string>& period);

// ---- labels and periods of one figure ------------------------------------

// A rule that adjusts a figure after its role and kind: its label, kind or
// period. Returns whether it fired. `prev_end` is where the next figure's
// words start (a label read after the figure moves it).
struct FigureRule {
  std::string_view name;
  bool (*apply)(const internal::Grammar&, const Figure&, SentenceState&, Indicator&,
                std::size_t& prev_end, RuleNames* trace);
};
// (The period rules also read and set the figure's basis: kept here while
// the rules run.)
// After a level's kind: its label and what the label says of the kind.
std::span<const FigureRule> LevelLabelRules();
// After a change's or ratio's kind: its label.
std::span<const FigureRule> ChangeLabelRules();
// Last, for every figure: its period from what the label measures.
std::span<const FigureRule> PeriodRules();

// The period of a figure from the words around it, before its role: the
// last period before it in its part of the clause, or one right after it,
// is its own and carries on; inside parentheses it has its own. Sets
// `basis`. Returns the name of the rule that set it, or empty.
std::string_view FigurePeriod(const Figure& fig, SentenceState& st, Indicator& ind, Basis& basis);

// The names of the steps that are not rows of the tables above — the
// fallbacks of a comparison and the period of a figure — for traces and the
// corpus coverage test.
inline constexpr std::string_view kCarriedComparator = "carried_comparator";
inline constexpr std::string_view kSamePeriodLater = "same_period_later";
inline constexpr std::string_view kDefaultGrowth = "default_growth";
inline constexpr std::string_view kPeriodBeforeFigure = "period_before_figure";
inline constexpr std::string_view kPeriodAfterFigure = "period_after_figure";
inline constexpr std::string_view kPeriodInParentheses = "period_in_parentheses";
inline constexpr std::string_view kSamePeriodInParentheses = "same_period_in_parentheses";
inline constexpr std::string_view kAspectPair = "aspect_pair";
inline constexpr std::string_view kSessionQuote = "session_quote";
inline constexpr std::string_view kComparatorAfterRestatement = "comparator_after_restatement";
inline constexpr std::string_view kCumulativeToMonth = "cumulative_to_month";
inline constexpr std::string_view kStepNames[] = {kCarriedComparator,
                                                  kSamePeriodLater,
                                                  kDefaultGrowth,
                                                  kPeriodBeforeFigure,
                                                  kPeriodAfterFigure,
                                                  kPeriodInParentheses,
                                                  kSamePeriodInParentheses,
                                                  kAspectPair,
                                                  kComparatorAfterRestatement,
                                                  kSessionQuote,
                                                  kCumulativeToMonth};

// Every rule and step name of this file, for the corpus coverage test.
std::vector<std::string_view> AllRuleNames();

// Makes period `m`, found in the current clause, the one in force (false
// when "cả năm" only restates the clause's period).
bool StateHere(LinkContext& ctx, const time::PeriodMatch& m);

// Rule cumulative_to_month: "lũy kế", "lũy kế năm 2023", "lũy kế từ đầu
// năm" (a cumulative with no end written) after a month's, a quarter's or
// the first months' figures of the same year is the months of that year up
// to the last one ("Tháng 8/2023, … ; lũy kế năm 2023 …" -> 2023-01/2023-08),
// not the year to the publication date. nullopt when it does not apply.
std::optional<std::string> CumulativeToMonth(const LinkContext& ctx, const time::PeriodMatch& m);

// Helpers the rules and the linker share.
bool SubAnnual(const std::optional<std::string>& period);
int PeriodYear(const std::optional<std::string>& period);  // 0 when none
bool IsStockLabel(std::string_view label_folded);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_RULES_H_
