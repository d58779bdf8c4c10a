#include "indicators/rules.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <utility>

#include "grammar.h"
#include "indicators/cue_search.h"
#include "indicators/label.h"
#include "indicators/words.h"
#include "text/utf8.h"

namespace vnextract::indicators {

using internal::Grammar;

// The signed verb before a figure ending at `end`, allowing filler words
// between ("tăng mạnh 71,6%", "mức tăng là 9,5%"); sets `at` to where it
// starts.
const KindEntry* SignedBefore(const Grammar& g, std::string_view folded, std::size_t end,
                              std::size_t* at) {
  constexpr int kMaxFillers = 3;
  for (int fillers = 0; fillers <= kMaxFillers; ++fillers) {
    if (end > 0 && folded[end - 1] == ' ') --end;
    const KindEntry* cue = MatchEndingAt(g.kind_cues, folded, end);
    if (cue != nullptr) {
      if (cue->role != KindRole::kSigned) return nullptr;
      *at = end - cue->word.size();
      return cue;
    }
    bool skipped = false;
    for (std::string_view w : words::kChangeFillers) {
      if (end >= w.size() && folded.substr(end - w.size(), w.size()) == w &&
          !text::WordCharBefore(folded, end - w.size())) {
        end -= w.size();
        skipped = true;
        break;
      }
    }
    if (!skipped) return nullptr;
  }
  return nullptr;
}

namespace {

constexpr std::size_t npos = std::string_view::npos;

void Trace(RuleNames* trace, std::string_view name) {
  if (trace != nullptr) trace->push_back(name);
}

bool IsPercent(const Figure& fig) { return fig.f.unit_class == UnitClass::kPercent; }

// A stock: what its label names is measured at a point in time, or it
// counts animals (a herd).
bool IsStock(const Figure& fig, const Indicator& ind) {
  // ("Đến cuối năm 2020, toàn tỉnh có 48 hợp tác xã": a count of what
  // exists, not "có 175 dự án mới được cấp", what was added.)
  const std::string label = text::FoldCaseKeepOffsets(ind.label);
  return IsStockLabel(label) || ind.unit == "head" ||
         (fig.f.unit_class == UnitClass::kCount && fig.word_before == words::kHave &&
          FindWord(label, words::kNew, 0, label.size()) == npos);
}

// A price: money per unit of a good ("đồng/kg", "USD/tấn", "đồng/lít"), or
// what a label starting with "giá" names (not "đồng/hộ", a grant).
// An index or a share moving in a trading session: index points ("tăng
// 6,4 điểm"), or a session named in the sentence (words.h kSessionCues).
bool SessionQuote(const Figure& fig, const Indicator& ind) {
  if (ind.unit == "point") return true;
  return std::ranges::any_of(words::kSessionCues, [&](std::string_view w) {
    return FindWord(fig.v, w, 0, fig.v.folded.size()) != npos;
  });
}

bool IsPrice(const Indicator& ind) {
  static constexpr std::string_view kGoods[] = {"kg", "tonne", "litre", "m2",
                                                "m3", "kWh",   "g",     "ten"};
  const std::size_t slash = ind.unit.find('/');
  if (slash != std::string::npos) {
    const std::string_view money = std::string_view(ind.unit).substr(0, slash);
    const std::string_view per = std::string_view(ind.unit).substr(slash + 1);
    if (money.size() == 3 && money.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == npos &&
        std::ranges::find(kGoods, per) != std::end(kGoods)) {
      return true;
    }
  }
  const std::string label = text::FoldCaseKeepOffsets(ind.label);
  return label.starts_with(words::kPrice) && !label.starts_with(words::kValue) &&
         (label.size() == words::kPrice.size() || label[words::kPrice.size()] == ' ');
}

// "cao hơn 2,3 tạ/ha so với cùng kỳ": a difference, signed.
const words::Difference* DifferenceOf(const Figure& fig) {
  for (const words::Difference& d : words::kDifferences) {
    if (fig.f.qualifier_word != nullptr && fig.f.qualifier_word->word == d.word) return &d;
    // Before a hedge: "cao hơn khoảng 9 nghìn tỷ đồng".
    const std::size_t e = fig.f.begin > 0 ? fig.f.begin - 1 : 0;
    if (fig.f.qualifier_word != nullptr && e >= d.word.size() &&
        fig.v.folded.substr(e - d.word.size(), d.word.size()) == d.word &&
        !text::WordCharBefore(fig.v.folded, e - d.word.size())) {
      return &d;
    }
  }
  return nullptr;
}
void Negate(Indicator& ind) {
  if (ind.value) ind.value = -*ind.value;
  if (ind.value_min && ind.value_max) {
    const double lo = -*ind.value_max, hi = -*ind.value_min;
    ind.value_min = lo, ind.value_max = hi;
  }
}

// The comparison stated after the figure, else `fallback`.
std::string CompareAfterOr(const Grammar& g, const Figure& fig, const Indicator& ind,
                           std::string fallback, RuleNames* trace) {
  if (std::optional<std::string> to =
          ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, true, trace)) {
    return std::move(*to);
  }
  return fallback;
}

// ---- role rules ----------------------------------------------------------

// "vượt 8,3% dự toán", "vượt dự toán 2,7%": the change against the plan or
// budget.
bool ExceedsBaseWhen(const Grammar&, const Figure& fig, const SentenceState&, const Indicator&) {
  return IsPercent(fig) && fig.base != nullptr && fig.exceeds;
}
void ExceedsBaseThen(const Grammar&, const Figure& fig, SentenceState&, Indicator& ind,
                     RuleNames*) {
  ind.compare_to = std::string(fig.base->compare_to);
  ind.qualifier = Qualifier::kExact;
}

// "đạt 100% kế hoạch", "bằng 56% dự toán", "đạt 69,3% so với cùng kỳ năm
// 2021": a ratio of the base (not after a signed verb: "tăng 5% so với kế
// hoạch" is a change).
bool PercentOfBaseWhen(const Grammar&, const Figure& fig, const SentenceState&,
                       const Indicator& ind) {
  return IsPercent(fig) && ind.unit == "percent" && fig.base != nullptr &&
         fig.signed_cue == nullptr && DifferenceOf(fig) == nullptr;
}
void PercentOfBaseThen(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind,
                       RuleNames* trace) {
  ind.compare_to = std::string(fig.base->compare_to);
  // A comparator phrase: its year counts ("so với cùng kỳ năm 2021").
  if (fig.base->word.starts_with(words::kCompare.substr(0, 2))) {
    ind.compare_to = CompareAfterOr(g, fig, ind, *ind.compare_to, trace);
  }
}

// "vượt 0,05% so với chỉ tiêu", "vượt 24,5 ha so với chỉ tiêu Nghị quyết":
// a change against the plan or budget named after it.
bool ExceedsComparisonWhen(const Grammar& g, const Figure& fig, const SentenceState&,
                           const Indicator& ind) {
  if (!fig.exceeds) return false;
  const std::optional<std::string> to =
      ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, false, nullptr);
  return to == "plan" || to == "budget_estimate";
}
void ExceedsComparisonThen(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind,
                           RuleNames* trace) {
  ind.compare_to = ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, false, trace);
  ind.qualifier = Qualifier::kExact;
}

// "chiếm 67,2%", "chiếm tỷ trọng 45%": a share of the whole.
bool ShareWhen(const Grammar&, const Figure& fig, const SentenceState&, const Indicator&) {
  return IsPercent(fig) && FindWord(fig.v, words::kShare, fig.local_begin, fig.f.begin) != npos;
}
void ShareThen(const Grammar&, const Figure&, SentenceState&, Indicator& ind, RuleNames*) {
  ind.compare_to = "total";
}

// "đạt 22,3% lực lượng lao động", "10,3% tổng dư nợ", "với 46,5% thị
// phần", and "5.869/8.225 xã (71,4%)": a share of a whole.
bool RestatesLastChange(const Figure& fig, const SentenceState& st);

bool ShareOfWholeWhen(const Grammar&, const Figure& fig, const SentenceState& st,
                      const Indicator&) {
  if (!IsPercent(fig) || fig.signed_cue != nullptr) return false;
  const std::string_view after = fig.v.folded.substr(fig.after);
  for (std::string_view w : words::kWholeHeads) {
    if (after.starts_with(w) && !text::WordCharAt(fig.v.folded, fig.after + w.size())) return true;
  }
  // A percentage alone in parentheses right after a fraction: "5.869/8.225
  // xã (71,4%)" — not a signed one ("so với 31/12/2023 tăng 1.400 tỷ đồng
  // (+5,9%)" restates the change), and a date is no fraction.
  if (fig.paren == nullptr || fig.f.begin != fig.paren->begin + 1) return false;
  if (fig.v.text[fig.f.begin] == '+' || fig.v.text[fig.f.begin] == '-') return false;
  // Or right after a count that is no change ("có 120 xã (40%) được công
  // nhận"): its share of all of them.
  if (fig.index > 0 && fig.f.end < fig.paren->end && fig.v.text[fig.f.end] == ')') {
    const FoundQuantity& prev = fig.v.figures[fig.index - 1];
    const bool adjacent = prev.end <= fig.paren->begin && fig.paren->begin - prev.end <= 1;
    if (adjacent && prev.unit_class == UnitClass::kCount && !RestatesLastChange(fig, st) &&
        !(st.last_change && st.last_change->index + 1 == fig.index)) {
      return true;
    }
  }
  constexpr std::size_t kNear = 40;  // bytes before the parentheses: "a/b unit"
  const std::size_t from = fig.paren->begin > kNear ? fig.paren->begin - kNear : 0;
  const std::string_view before = fig.v.text.substr(from, fig.paren->begin - from);
  for (std::size_t k = 1; k + 1 < before.size(); ++k) {
    if (before[k] != '/' || !text::IsAsciiDigit(before[k - 1]) ||
        !text::IsAsciiDigit(before[k + 1])) {
      continue;
    }
    std::size_t a = k - 1, b = k + 1;
    while (a > 0 && text::IsAsciiDigit(before[a - 1])) --a;
    while (b < before.size() && text::IsAsciiDigit(before[b])) ++b;
    const bool date = (a > 0 && before[a - 1] == '/') || (b < before.size() && before[b] == '/');
    if (!date) return true;
  }
  return false;
}

// "bằng 144% so với cùng kỳ": a ratio of what follows (not "giảm 1.690 ha
// (bằng 2,3%)", the change restated).
bool EqualsPercentWhen(const Grammar&, const Figure& fig, const SentenceState& st,
                       const Indicator&) {
  return IsPercent(fig) && fig.word_before == words::kEqual && !RestatesLastChange(fig, st);
}
void EqualsPercentThen(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind,
                       RuleNames* trace) {
  // The base after the figure, else named right before "bằng": "so với
  // tháng trước bằng 104,3%".
  std::optional<std::string> to =
      ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, true, trace);
  if (!to)
    to = ComparatorIn(g, fig.v.folded, fig.local_begin, fig.f.begin, ind.period, false, trace);
  ind.compare_to = to ? std::move(*to) : std::string("other");
}

// "thu nội địa 10.152 tỷ đồng, đạt 50,51%", "thu ngân sách 36 tỷ đồng (đạt
// 122%)": a bare percentage reached right after a level of its clause is how
// much of the plan that level is.
bool ReachAfterLevelWhen(const Grammar& g, const Figure& fig, const SentenceState&,
                         const Indicator& ind) {
  if (!IsPercent(fig) || fig.word_before != words::kReach || fig.signed_cue != nullptr ||
      fig.base != nullptr || fig.index == 0) {
    return false;
  }
  const FoundQuantity& prev = fig.v.figures[fig.index - 1];
  if (prev.begin < fig.clause.begin || prev.unit_class == UnitClass::kPercent ||
      prev.unit_class == UnitClass::kTimes) {
    return false;
  }
  // Nothing but the verb between them ("…tỷ đồng, đạt", "…tỷ đồng (đạt").
  for (std::size_t k = prev.end; k < fig.f.begin; ++k) {
    if (text::IsAsciiDigit(fig.v.text[k])) return false;
  }
  const std::string_view gap = fig.v.folded.substr(prev.end, fig.f.begin - prev.end);
  if (gap.find_first_not_of(" ,(") != gap.rfind(words::kReach)) return false;
  return !ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, true, nullptr);
}
void ReachAfterLevelThen(const Grammar&, const Figure&, SentenceState&, Indicator& ind,
                         RuleNames*) {
  ind.compare_to = "plan";
}

// "N lần" after a verb that multiplies ("gấp 2,3 lần cùng kỳ", "tăng 15,5
// lần"); a count of occurrences ("tổ chức 5 lần", "điều chỉnh tăng 5 lần")
// is none.
bool Multiplies(const Figure& fig, const Indicator& ind) {
  // Back over the words between the verb and the figure ("tăng cao từ").
  std::string_view before = fig.word_before;
  std::size_t at = fig.f.begin;
  while (words::In(words::kMultiplierSteps, before) && at > before.size() + 1) {
    at -= before.size() + 1;
    before = WordBefore(fig.v.folded, at);
  }
  return words::In(words::kMultiplierVerbs, before) || fig.exceeds ||
         ind.surface.starts_with(words::kTimes);
}
// Occurrences are whole: "1,6 lần", "0,8-1,2 lần" multiply. So does "N lần"
// compared with something ("là 2 lần so với thu nhập bình quân").
bool Fractional(const Indicator& ind) {
  const auto part = [](const std::optional<double>& v) { return v && *v != std::floor(*v); };
  return part(ind.value) || part(ind.value_min) || part(ind.value_max);
}
bool OccurrencesWhen(const Grammar& g, const Figure& fig, const SentenceState&,
                     const Indicator& ind) {
  if (fig.f.unit_class != UnitClass::kTimes) return false;
  const bool adjustment = FindWord(fig.v, words::kAdjust, fig.clause.begin, fig.f.begin) != npos;
  if (adjustment) return true;
  if (Multiplies(fig, ind) || Fractional(ind)) return false;
  return !ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, false, nullptr);
}
void NothingThen(const Grammar&, const Figure&, SentenceState&, Indicator&, RuleNames*) {}

bool MultiplierWhen(const Grammar&, const Figure& fig, const SentenceState&, const Indicator&) {
  return fig.f.unit_class == UnitClass::kTimes;
}
void MultiplierThen(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind,
                    RuleNames* trace) {
  // "cao hơn 12 lần": the comparative, no hedge.
  const words::Difference* d = DifferenceOf(fig);
  if (d != nullptr && fig.f.qualifier_word != nullptr && fig.f.qualifier_word->word == d->word) {
    ind.qualifier = Qualifier::kExact;
  }
  ind.compare_to = ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, true, trace);
  if (!ind.compare_to && FindWord(fig.v, words::kSamePeriod, fig.f.end, fig.limit) != npos) {
    Trace(trace, kSamePeriodLater);
    ind.compare_to = "same_period_last_year";
  }
  // "là 1,6 lần so với lao động phổ thông": a base that is no period.
  if (!ind.compare_to && FindWord(fig.v, words::kCompare, fig.f.end, fig.limit) != npos) {
    ind.compare_to = "other";
  }
  if (!ind.compare_to) {
    Trace(trace, kDefaultGrowth);
    ind.compare_to = DefaultCompare(ind.period);
  }
}

bool DifferenceWhen(const Grammar& g, const Figure& fig, const SentenceState&,
                    const Indicator& ind) {
  if (DifferenceOf(fig) == nullptr) return false;
  // A comparison after it, or a level before it in its clause ("… đạt 50
  // nghìn tỷ đồng, cao hơn khoảng 9 nghìn tỷ đồng").
  return ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, true, nullptr) ||
         (fig.index > 0 && fig.v.figures[fig.index - 1].begin >= fig.clause.begin &&
          fig.paren == nullptr);
}
void DifferenceThen(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                    RuleNames* trace) {
  const words::Difference* d = DifferenceOf(fig);
  if (d != nullptr && fig.f.qualifier_word != nullptr && fig.f.qualifier_word->word == d->word) {
    ind.qualifier = Qualifier::kExact;  // "cao hơn" is the difference, no hedge
  }
  if (d != nullptr && d->sign < 0) Negate(ind);
  ind.compare_to = CompareAfterOr(g, fig, ind, "other", trace);
  st.last_change = LastChange{fig.index, fig.f.end, d != nullptr && d->sign < 0, fig.f.unit_class,
                              ind.compare_to};
}

// "cao hơn so với cùng kỳ năm trước 0,51%": the comparison between the
// difference word and the figure.
const words::Difference* DifferenceBefore(const Grammar& g, const Figure& fig,
                                          std::optional<std::string>* to,
                                          std::size_t* word_at = nullptr,
                                          bool* bare_base = nullptr) {
  const words::Difference* found = nullptr;
  std::size_t at = npos;
  for (const words::Difference& d : words::kDifferences) {
    const std::size_t p = FindWord(fig.v, d.word, fig.local_begin, fig.f.begin);
    if (p != npos && (at == npos || p > at)) found = &d, at = p;
  }
  if (found == nullptr) return nullptr;
  std::optional<std::string> c = ComparatorIn(g, fig.v.folded, at + found->word.size(), fig.f.begin,
                                              std::nullopt, false, nullptr);
  // Or a bare base between the word and the figure, and nothing else: "ít
  // hơn cùng kỳ 3,4 nghìn ha", "cao hơn kế hoạch 120 tỷ đồng".
  if (!c) {
    const std::size_t base = at + found->word.size() + 1;
    for (const CompareEntry& e : g.comparators) {
      if (e.where == CompareWhere::kBare && base + e.word.size() + 1 == fig.f.begin &&
          fig.v.folded.substr(base, e.word.size()) == e.word &&
          fig.v.folded[base + e.word.size()] == ' ') {
        c = std::string(e.compare_to);
        if (bare_base != nullptr) *bare_base = true;
        break;
      }
    }
  }
  if (!c) return nullptr;
  if (to != nullptr) *to = std::move(c);
  if (word_at != nullptr) *word_at = at;
  return found;
}
bool DifferenceBeforeWhen(const Grammar& g, const Figure& fig, const SentenceState&,
                          const Indicator&) {
  return fig.signed_cue == nullptr && fig.paren == nullptr &&
         DifferenceBefore(g, fig, nullptr) != nullptr;
}
void DifferenceBeforeThen(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                          RuleNames*) {
  std::optional<std::string> to;
  std::size_t at = npos;
  bool bare_base = false;
  const words::Difference* d = DifferenceBefore(g, fig, &to, &at, &bare_base);
  if (bare_base) {  // (the label ends before "ít hơn cùng kỳ")
    st.label_cut_for = fig.index;
    st.label_cut = at;
  }
  // (After a bare base the qualifier read before the number is the
  // figure's own: "thấp hơn cùng kỳ hơn 12 nghìn tấn".)
  if (!bare_base) ind.qualifier = Qualifier::kExact;
  if (d != nullptr && d->sign < 0) Negate(ind);
  ind.compare_to = std::move(to);
  st.last_change = LastChange{fig.index, fig.f.end, d != nullptr && d->sign < 0, fig.f.unit_class,
                              ind.compare_to};
}

// "tăng 2,63% (1,32 tạ/ha) so với vụ mùa 2018", "giảm 14 trường hợp (31%)",
// "tăng 6,4 điểm (0,58%)", "giảm 1.690 ha (bằng 2,3%)", "(tương đương
// 4,1%)": the change restated in another unit, in parentheses right after
// it, with its sign and comparison. Not a difference of its own ("giảm 4,6%
// (cao hơn 3,1% so với Nghị quyết)") and not a share of a base the
// parentheses name ("(bằng 105% kế hoạch)").
bool RestatesLastChange(const Figure& fig, const SentenceState& st) {
  if (fig.paren == nullptr || !st.last_change || st.last_change->index + 1 != fig.index ||
      fig.paren->begin < st.last_change->end || DifferenceOf(fig) != nullptr ||
      fig.base != nullptr) {
    return false;
  }
  const std::string_view gap =
      fig.v.text.substr(st.last_change->end, fig.paren->begin - st.last_change->end);
  if (gap.find_first_not_of(' ') != npos) return false;
  // The first figure of the parentheses, right after the change, after a
  // sign or "bằng" / "tương đương" at most.
  std::string_view lead =
      fig.v.folded.substr(fig.paren->begin + 1, fig.f.begin - fig.paren->begin - 1);
  for (const std::string_view w : {words::kEqual, words::kEquivalent}) {
    if (lead.starts_with(w) && (lead.size() == w.size() || lead[w.size()] == ' ')) {
      lead.remove_prefix(w.size());
      break;
    }
  }
  return lead.find_first_not_of(" +-") == npos;
}
bool RestatedChangeWhen(const Grammar&, const Figure& fig, const SentenceState& st,
                        const Indicator&) {
  return RestatesLastChange(fig, st);
}
void RestatedChangeThen(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                        RuleNames* trace) {
  const LastChange& last = *st.last_change;
  if (last.negative && ind.value && *ind.value > 0) Negate(ind);
  ind.compare_to = last.compare_to;
  if (!ind.compare_to) {
    ind.compare_to =
        ComparatorIn(g, fig.v.folded, fig.paren->end, fig.limit, ind.period, false, trace);
  }
  st.last_change =
      LastChange{fig.index, fig.paren->end, last.negative, fig.f.unit_class, ind.compare_to};
}

// "tăng nhẹ so với tháng trước (+0,12%)": a percentage first in the
// parentheses after a change verb and its comparison, with no figure
// between, is that change. Returns the verb, and where the comparison starts.
const KindEntry* VerbBeforeParentheses(const Grammar& g, const Figure& fig, std::size_t* compare) {
  if (fig.paren == nullptr || fig.signed_cue != nullptr ||
      fig.f.unit_class != UnitClass::kPercent ||
      fig.v.text.substr(fig.paren->begin + 1, fig.f.begin - fig.paren->begin - 1)
              .find_first_not_of(" +-") != npos) {
    return nullptr;
  }
  std::size_t b = fig.clause.begin;
  if (fig.index > 0) b = std::max(b, fig.v.figures[fig.index - 1].end);
  if (b >= fig.paren->begin) return nullptr;
  const std::size_t c = fig.v.folded.rfind(words::kCompare, fig.paren->begin);
  if (c == npos || c < b) return nullptr;
  std::size_t at = 0;
  const KindEntry* verb = SignedBefore(g, fig.v.folded, c, &at);
  if (verb == nullptr || at < b) return nullptr;
  *compare = c;
  return verb;
}
bool VerbBeforeParenthesesWhen(const Grammar& g, const Figure& fig, const SentenceState&,
                               const Indicator&) {
  std::size_t c = 0;
  return VerbBeforeParentheses(g, fig, &c) != nullptr;
}
void VerbBeforeParenthesesThen(const Grammar& g, const Figure& fig, SentenceState& st,
                               Indicator& ind, RuleNames* trace) {
  std::size_t c = 0;
  const KindEntry* verb = VerbBeforeParentheses(g, fig, &c);
  const bool falling = words::In(words::kFalling, verb->word);
  // (An explicit sign in the parentheses is the value's already.)
  if (falling && ind.value && *ind.value > 0) Negate(ind);
  ind.compare_to = ComparatorIn(g, fig.v.folded, c, fig.paren->begin, ind.period, false, trace);
  if (!ind.compare_to) ind.compare_to = DefaultCompare(ind.period);
  st.last_change = LastChange{fig.index, fig.paren->end, falling, fig.f.unit_class, ind.compare_to};
}

// "tăng 22% về khối lượng và 38% về giá trị", "tăng lần lượt là 45,4% và
// 51,6%": a change in the same unit right after a change, joined to it with
// no verb of its own, continues it.
bool CoordinatedChangeWhen(const Grammar& g, const Figure& fig, const SentenceState& st,
                           const Indicator&) {
  if (fig.paren != nullptr || fig.signed_cue != nullptr || !st.last_change ||
      st.last_change->index + 1 != fig.index || st.last_change->unit_class != fig.f.unit_class ||
      st.last_change->end < fig.clause.begin || st.last_change->end > fig.f.begin) {
    return false;
  }
  const std::size_t b = st.last_change->end, e = fig.f.begin;
  if (FindWord(fig.v, words::kAnd, b, e) == npos) return false;
  for (std::size_t k = b; k < e; ++k) {
    if (text::IsAsciiDigit(fig.v.text[k])) return false;
  }
  // No verb of its own between ("tăng 5%, và đạt 20%" is no continuation).
  for (const KindEntry& cue : g.kind_cues) {
    if (FindWord(fig.v, cue.word, b, e) != npos) return false;
  }
  return FindWord(fig.v, words::kReach, b, e) == npos &&
         FindWord(fig.v, words::kEqual, b, e) == npos &&
         FindWord(fig.v, words::kShare, b, e) == npos;
}
void CoordinatedChangeThen(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                           RuleNames* trace) {
  const LastChange last = *st.last_change;
  if (last.negative) Negate(ind);
  ind.compare_to = CompareAfterOr(g, fig, ind, last.compare_to.value_or(""), trace);
  if (ind.compare_to->empty()) ind.compare_to = DefaultCompare(ind.period);
  st.last_change =
      LastChange{fig.index, fig.f.end, last.negative, fig.f.unit_class, ind.compare_to};
}

// "vốn điều chỉnh tăng 120 tỷ đồng": capital added, a level (the adjusted
// part of registered capital), not a change of it.
bool AdjustedCapitalWhen(const Grammar&, const Figure& fig, const SentenceState&,
                         const Indicator&) {
  if (fig.signed_cue == nullptr ||
      FindWord(fig.v, words::kCapital, fig.clause.begin, fig.signed_at) == npos) {
    return false;
  }
  const std::size_t adjust = FindWord(fig.v, words::kAdjust, fig.clause.begin, fig.signed_at);
  // ("tổng vốn đăng ký tăng thêm là 13,5 triệu USD": capital added.)
  const std::size_t verb_end = fig.signed_at + fig.signed_cue->word.size();
  const bool added = fig.f.unit_class != UnitClass::kPercent &&
                     FindWord(fig.v, words::kMore, verb_end, fig.f.begin) == verb_end + 1;
  return added || (adjust != npos && adjust + words::kAdjust.size() + 1 >= fig.signed_at);
}

// "tốc độ tăng trưởng kinh tế đạt 8,1% so với cùng kỳ", "tăng trưởng tín
// dụng đạt 10,73%": a growth rate is a change.
bool GrowthRateWhen(const Grammar&, const Figure& fig, const SentenceState&, const Indicator&) {
  return IsPercent(fig) && fig.signed_cue == nullptr && fig.paren == nullptr &&
         (FindWord(fig.v, words::kGrowth, fig.local_begin, fig.f.begin) != npos ||
          FindWord(fig.v, words::kGrowthRate, fig.local_begin, fig.f.begin) != npos);
}
void GrowthRateThen(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind,
                    RuleNames* trace) {
  ind.compare_to = CompareAfterOr(g, fig, ind, "", trace);
  if (ind.compare_to->empty()) {
    if (trace != nullptr) trace->push_back(kDefaultGrowth);
    ind.compare_to = DefaultCompare(ind.period);
  }
}

// Does a comparison stated for an earlier change carry to this one? Not one
// with the month before to a figure of more than a month: "CPI tháng 9 tăng
// 0,5% so với tháng trước. Tính chung 9 tháng tăng 3,1%" compares the nine
// months with the same months a year before.
bool Carries(const std::optional<std::string>& compare, const std::optional<std::string>& period) {
  if (!compare) return false;
  if (*compare != "previous_month" || !period) return true;
  return period->size() == 7 && text::IsAsciiDigit((*period)[5]);  // "2024-09"
}

// "đóng góp 3,86 điểm phần trăm vào mức tăng chung": part of a growth.
bool ContributionWhen(const Grammar&, const Figure& fig, const SentenceState&,
                      const Indicator& ind) {
  return ind.unit == "percentage_point" && fig.word_before == words::kContribute;
}
// "góp 9,7% vào mức tăng trưởng chung": a share of the growth.
bool ContributionShareWhen(const Grammar&, const Figure& fig, const SentenceState&,
                           const Indicator& ind) {
  return ind.unit == "percent" && fig.word_before == words::kContribute;
}
void ContributionThen(const Grammar&, const Figure&, SentenceState& st, Indicator& ind,
                      RuleNames* trace) {
  if (Carries(st.last_compare, ind.period)) {
    ind.compare_to = st.last_compare;
    Trace(trace, kCarriedComparator);
  } else {
    Trace(trace, kDefaultGrowth);
    ind.compare_to = DefaultCompare(ind.period);
  }
}

// "tăng 5%", "giảm 6,2%": a change, signed; compared with what follows, a
// comparator before it ("so với tháng 12 năm trước tăng 1,64%"), the one
// stated for the previous change, or by default.
bool SignedChangeWhen(const Grammar&, const Figure& fig, const SentenceState&, const Indicator&) {
  return fig.signed_cue != nullptr;
}
void SignedChangeThen(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                      RuleNames* trace) {
  const bool falling = words::In(words::kFalling, fig.signed_cue->word);
  if (falling) Negate(ind);
  ind.compare_to = ComparatorIn(g, fig.v.folded, fig.f.end, fig.limit, ind.period, true, trace);
  // "tăng 22% về khối lượng và 38% về giá trị so với cùng kỳ": the
  // comparison of the figures that continue it; each part named by "về …"
  // (rule aspect_pair), a comma joins them as "và" does ("tăng 47% về
  // lượng, tăng 18% về giá trị so với tháng 7").
  const std::string_view f = fig.v.folded;
  const auto aspect_at = [&](std::size_t at) { return f.substr(at).starts_with(words::kAspect); };
  bool via_aspect = false;
  for (std::size_t next = fig.index + 1, end = fig.f.end;
       !ind.compare_to && next < fig.v.figures.size(); ++next) {
    const FoundQuantity& n = fig.v.figures[next];
    const bool by_and = FindWord(fig.v, words::kAnd, end, n.begin) != npos;
    const bool by_aspect = !by_and && aspect_at(end) && aspect_at(n.end) &&
                           f.substr(end, n.begin - end).find(',') != npos;
    if (n.begin >= fig.clause.end || n.unit_class != fig.f.unit_class || !(by_and || by_aspect) ||
        fig.v.ParenAt(n.begin) != nullptr) {
      break;
    }
    via_aspect = via_aspect || by_aspect;
    const std::size_t limit = next + 1 < fig.v.figures.size()
                                  ? std::min(fig.v.figures[next + 1].begin, fig.clause.end)
                                  : fig.clause.end;
    ind.compare_to = ComparatorIn(g, fig.v.folded, n.end, limit, ind.period, false, trace);
    if (ind.compare_to && via_aspect) Trace(trace, kAspectPair);
    end = n.end;
  }
  // "tăng 1.150 tấn, (tương đương tăng 10,2%) so với tháng trước": the
  // comparison after a restatement in parentheses right after the figure
  // (without the comma the figure's own window already reaches it).
  if (!ind.compare_to && fig.index + 1 < fig.v.figures.size()) {
    const text::Range* paren = fig.v.ParenAt(fig.v.figures[fig.index + 1].begin);
    if (paren != nullptr && paren->begin >= fig.f.end && paren->begin <= fig.f.end + 2 &&
        paren->end <= fig.clause.end &&
        FindWord(fig.v, words::kEquivalent, paren->begin, paren->end) != npos) {
      std::size_t limit = fig.clause.end;
      for (const FoundQuantity& later : fig.v.figures) {
        if (later.begin >= paren->end) {
          limit = std::min(limit, later.begin);
          break;
        }
      }
      ind.compare_to = ComparatorIn(g, f, paren->end, limit, ind.period, false, trace);
      if (ind.compare_to) Trace(trace, kComparatorAfterRestatement);
    }
  }
  if (!ind.compare_to) {
    ind.compare_to =
        ComparatorIn(g, fig.v.folded, fig.local_begin, fig.f.begin, ind.period, false, trace);
  }
  if (ind.compare_to) {
    st.last_compare = ind.compare_to;
  } else if (Carries(st.last_compare, ind.period)) {
    Trace(trace, kCarriedComparator);
    ind.compare_to = st.last_compare;
  } else if (!IsPrice(ind) && SessionQuote(fig, ind)) {
    Trace(trace, kSessionQuote);
    ind.compare_to = "previous_period";
  } else {
    Trace(trace, kDefaultGrowth);
    // A price moves from its last quote; a flow grows over a year.
    ind.compare_to = IsPrice(ind) ? "previous_period" : DefaultCompare(ind.period);
  }
  st.last_change = LastChange{fig.index, fig.f.end, falling, fig.f.unit_class, ind.compare_to};
}

bool AlwaysWhen(const Grammar&, const Figure&, const SentenceState&, const Indicator&) {
  return true;
}

constexpr RoleRule kRoleRules[] = {
    {"exceeds_base", Role::kChange, &ExceedsBaseWhen, &ExceedsBaseThen},
    {"exceeds_comparison", Role::kChange, &ExceedsComparisonWhen, &ExceedsComparisonThen},
    {"percent_of_base", Role::kRatio, &PercentOfBaseWhen, &PercentOfBaseThen},
    {"share_of_total", Role::kRatio, &ShareWhen, &ShareThen},
    {"share_of_whole", Role::kRatio, &ShareOfWholeWhen, &ShareThen},
    {"equals_percent", Role::kRatio, &EqualsPercentWhen, &EqualsPercentThen},
    {"reach_after_level", Role::kRatio, &ReachAfterLevelWhen, &ReachAfterLevelThen},
    {"occurrences", Role::kDrop, &OccurrencesWhen, &NothingThen},
    {"multiplier", Role::kRatio, &MultiplierWhen, &MultiplierThen},
    {"restated_change", Role::kChange, &RestatedChangeWhen, &RestatedChangeThen},
    {"verb_before_parentheses", Role::kChange, &VerbBeforeParenthesesWhen,
     &VerbBeforeParenthesesThen},
    {"coordinated_change", Role::kChange, &CoordinatedChangeWhen, &CoordinatedChangeThen},
    {"difference", Role::kChange, &DifferenceWhen, &DifferenceThen},
    {"difference_before", Role::kChange, &DifferenceBeforeWhen, &DifferenceBeforeThen},
    {"contribution", Role::kChange, &ContributionWhen, &ContributionThen},
    {"contribution_share", Role::kRatio, &ContributionShareWhen, &ShareThen},
    {"adjusted_capital", Role::kLevel, &AdjustedCapitalWhen, &NothingThen},
    {"signed_change", Role::kChange, &SignedChangeWhen, &SignedChangeThen},
    {"growth_rate", Role::kChange, &GrowthRateWhen, &GrowthRateThen},
    {"level", Role::kLevel, &AlwaysWhen, &NothingThen},
};

// ---- kind rules ----------------------------------------------------------

constexpr KindRule kLevelKindRules[] = {
    // "Phấn đấu năm 2022, ... ước đạt ...": still a target.
    {"frame_cue_before",
     [](const KindInput& k) {
       return k.frame_before ? std::optional(Kind::kTarget) : std::nullopt;
     },
     true},
    {"target_verb",
     [](const KindInput& k) { return k.target_verb ? std::optional(Kind::kTarget) : std::nullopt; },
     true},
    // "dự kiến năm 2025 đạt": an estimate of a later year is a target.
    {"future_estimate",
     [](const KindInput& k) {
       return k.future && k.estimate_verb ? std::optional(Kind::kTarget) : std::nullopt;
     },
     true},
    {"future_carried_verb",
     [](const KindInput& k) {
       return k.future && k.carried_verb ? std::optional(Kind::kTarget) : std::nullopt;
     },
     false},
    {"estimate_verb",
     [](const KindInput& k) {
       return k.estimate_verb ? std::optional(Kind::kEstimate) : std::nullopt;
     },
     true},
    {"future_period",
     [](const KindInput& k) { return k.future ? std::optional(Kind::kTarget) : std::nullopt; },
     false},
    // The verb of an earlier figure of the clause or of the previous clause
    // carries over a list ("ước thực hiện 18.940 tỷ đồng, trong đó chi đầu
    // tư phát triển 6.215 tỷ đồng").
    {"clause_verb", [](const KindInput& k) { return k.clause_verb; }, false},
    // A clause with its own verb does not take the previous one's: "… ước
    // đạt 520 tỷ đồng; toàn tỉnh có 45 doanh nghiệp thành lập mới".
    {"own_plain_verb",
     [](const KindInput& k) {
       return k.plain_verb && k.carried_verb ? std::optional(Kind::kActual) : std::nullopt;
     },
     false},
    {"carried_verb", [](const KindInput& k) { return k.carried_verb; }, false},
    {"actual", [](const KindInput&) { return std::optional(Kind::kActual); }, false},
};

// A change under a target ("Phấn đấu … tăng 10%", "Chỉ tiêu năm 2023: …
// giảm 1,2 điểm phần trăm") is a planned change: a target that keeps its
// comparison.
constexpr KindRule kChangeKindRules[] = {
    {"planned_under_frame",
     [](const KindInput& k) {
       return k.frame_before ? std::optional(Kind::kTarget) : std::nullopt;
     },
     false},
    {"planned_future",
     [](const KindInput& k) {
       return k.future && !k.compare_is_plan ? std::optional(Kind::kTarget) : std::nullopt;
     },
     false},
    {"change", [](const KindInput&) { return std::optional(Kind::kChange); }, false},
};

// ---- comparison rules ----------------------------------------------------

// "so với tháng 6" for a July figure is the previous month; "so với tháng
// 12 năm 2022" is December of the previous year; another month is other.
std::optional<std::string> MonthNamed(const Grammar&, std::string_view folded, std::size_t b,
                                      std::size_t e, const std::optional<std::string>& period) {
  constexpr std::string_view kMonth = words::kCompareMonth;
  const std::size_t p = FindWord(folded, kMonth.substr(0, kMonth.size() - 1), b, e);
  if (p == npos || p + kMonth.size() >= folded.size() ||
      !text::IsAsciiDigit(folded[p + kMonth.size()])) {
    return std::nullopt;
  }
  std::size_t q = p + kMonth.size();
  int named = 0;
  for (int digits = 0; q < folded.size() && text::IsAsciiDigit(folded[q]); ++digits, ++q) {
    if (digits < 4) named = named * 10 + (folded[q] - '0');
  }
  // Its year, when written: "tháng 1/2023", "tháng 1-2023", "tháng 1 năm 2023".
  int named_year = 0;
  std::size_t y = npos;
  if (q < folded.size() && (folded[q] == '/' || folded[q] == '-' || folded[q] == '.')) {
    y = q + 1;
  } else if (folded.substr(q, words::kYearAfter.size()) == words::kYearAfter) {
    y = q + words::kYearAfter.size();
  }
  if (y != npos && y + 4 <= folded.size() && !text::WordCharAt(folded, y + 4)) {
    for (std::size_t k = y; k < y + 4 && text::IsAsciiDigit(folded[k]); ++k) {
      named_year = named_year * 10 + (folded[k] - '0');
    }
    if (named_year < 1000) named_year = 0;
  }
  if (named == 12) return std::string("december_previous_year");
  // The figure's own month, from "YYYY-MM" ("2022-H1" and "2022-Q3" have
  // none).
  if (period && period->size() == 7 && period->find('/') == std::string::npos &&
      text::IsAsciiDigit((*period)[5]) && text::IsAsciiDigit((*period)[6])) {
    const int own = ((*period)[5] - '0') * 10 + ((*period)[6] - '0');
    if (named == (own == 1 ? 12 : own - 1)) return std::string("previous_month");
    // "tháng 10 tăng 6% so với tháng 10/2023" (of 2024): the same month a
    // year before.
    if (named == own && named_year != 0 && named_year == PeriodYear(period) - 1) {
      return std::string("same_period_last_year");
    }
  }
  return std::string("other");
}

// "so với cùng kỳ", "so với năm trước"; a year named after it: "so với cùng
// kỳ năm 2019" is the same period last year when 2019 is the year before the
// figure's, else same_period_2019.
std::optional<std::string> ComparatorPhrase(const Grammar& g, std::string_view folded,
                                            std::size_t b, std::size_t e,
                                            const std::optional<std::string>& period) {
  // The first comparator in folded[b, e), the longest of those at one place.
  const CompareEntry* first = nullptr;
  std::size_t p = npos;
  for (const CompareEntry& c : g.comparators) {
    if (c.where != CompareWhere::kComparator) continue;
    const std::size_t at = FindWord(folded, c.word, b, p == npos ? e : p + c.word.size());
    if (at != npos && (p == npos || at < p)) first = &c, p = at;
  }
  if (first == nullptr) return std::nullopt;
  std::string to(first->compare_to);
  const std::size_t after = p + first->word.size();
  constexpr std::string_view kYear = words::kYearAfter;
  std::size_t y = after;
  if (folded.substr(y, kYear.size()) == kYear) {
    y += kYear.size();
  } else if (y < folded.size() && folded[y] == ' ') {
    ++y;
  }
  if (y + 4 <= folded.size() && y != after && text::IsAsciiDigit(folded[y]) &&
      !text::WordCharAt(folded, y + 4)) {
    // The digits of the four bytes there (a year; "2.5%" reads 2).
    int named = 0;
    for (std::size_t k = y; k < y + 4 && text::IsAsciiDigit(folded[k]); ++k) {
      named = named * 10 + (folded[k] - '0');
    }
    const int own = PeriodYear(period);
    const bool last_year = own > 0 && named == own - 1;
    if (to == "same_period_last_year") {
      to = last_year ? to : "same_period_" + std::to_string(named);
    } else if (to == "previous_year") {
      to = last_year ? to : "year_" + std::to_string(named);
    }
  }
  return to;
}

// Without "so với", right after the figure: "bằng 93,6% cùng kỳ năm
// trước", "gấp đôi tháng trước".
std::optional<std::string> BareBase(const Grammar& g, std::string_view folded, std::size_t b,
                                    std::size_t, const std::optional<std::string>&) {
  const std::size_t at = b < folded.size() && folded[b] == ' ' ? b + 1 : b;
  for (const CompareEntry& c : g.comparators) {
    if (c.where != CompareWhere::kBare) continue;
    if (folded.substr(at, c.word.size()) == c.word &&
        !text::WordCharAt(folded, at + c.word.size())) {
      return std::string(c.compare_to);
    }
  }
  return std::nullopt;
}

constexpr CompareRule kCompareRules[] = {
    {"month_named", &MonthNamed, false},
    {"comparator_phrase", &ComparatorPhrase, false},
    {"bare_base", &BareBase, true},
};

// ---- label rules ---------------------------------------------------------

LabelInput InputOf(const Grammar& g, const Figure& fig) {
  return {g, fig.v.text, fig.v.folded, fig.v.periods, fig.v.frame_cues};
}

// What is measured, named after the number: a count's noun with what
// qualifies it ("toàn tỉnh có 142 dự án FDI còn hiệu lực", "có 513 doanh
// nghiệp đăng ký thành lập mới", "tỉnh đã đón 1,2 triệu lượt khách"), or
// what follows a physical unit when nothing names it before ("717 ha lúa bị
// ngập úng"). The label before wins when it names the thing itself ("Số
// doanh nghiệp thành lập mới là 513 doanh nghiệp").
// Does `label` (folded) end with one of `verbs` as whole words?
bool EndsWithVerb(std::string_view label, std::span<const std::string_view> verbs) {
  return std::ranges::any_of(verbs, [&](std::string_view w) {
    return label.ends_with(w) &&
           (label.size() == w.size() || label[label.size() - w.size() - 1] == ' ');
  });
}

// Is the figure at `figure` the verb's own ("tăng 12%", "tăng hơn 12%"),
// with no comma or "và" between the verb ending at `verb_end` and it?
bool VerbFigure(std::string_view folded, std::size_t verb_end, std::size_t figure) {
  if (figure == npos || figure < verb_end || figure > folded.size()) return false;
  const std::string_view between = folded.substr(verb_end, figure - verb_end);
  return between.find(',') == npos && between.find(" và ") == npos;
}

// A figure that opens its clause and is then named: "- 2.000 MW là tổng
// công suất điện gió được phê duyệt".
bool NamedAfterIs(const Grammar&, const Figure& fig, SentenceState&, Indicator& ind,
                  std::size_t& prev_end, RuleNames*) {
  const std::string_view s = fig.v.text;
  if (!ind.label.empty() || fig.paren != nullptr ||
      !fig.v.folded.substr(fig.f.end).starts_with(words::kIsNamed)) {
    return false;
  }
  std::size_t stop = fig.clause.end;
  if (fig.index + 1 < fig.v.figures.size()) {
    stop = std::min(stop, fig.v.figures[fig.index + 1].begin);
  }
  const std::size_t from = fig.f.end + words::kIsNamed.size();
  while (stop > from && (s[stop - 1] == ' ' || s[stop - 1] == '.' || s[stop - 1] == ',')) --stop;
  if (stop <= from) return false;
  ind.label = std::string(s.substr(from, stop - from));
  prev_end = std::max(prev_end, stop);
  return true;
}

// "120/150 xã (chiếm 80%) đạt chuẩn nông thôn mới": parentheses right after
// the counted noun, and what is counted goes on after them. The noun and the
// words after the parentheses (up to a comma, a stop word of
// kCountLabelStops, the next figure or parentheses), or "" when none follow.
std::string CountedAfterParentheses(const Grammar& g, const Figure& fig) {
  const std::string_view s = fig.v.text;
  const std::string_view f = fig.v.folded;
  std::size_t q = fig.f.end;
  while (q < s.size() && s[q] == ' ') ++q;
  const text::Range* paren = nullptr;
  for (const text::Range& r : fig.v.parens) {
    if (r.begin == q) paren = &r;
  }
  if (paren == nullptr) return {};
  std::size_t from = paren->end;
  while (from < s.size() && s[from] == ' ') ++from;
  if (!text::WordCharAt(s, from)) return {};
  std::size_t stop = std::min(s.find_first_of(",;.:(", from), s.size());
  for (std::size_t k = fig.index + 1; k < fig.v.figures.size(); ++k) {
    if (fig.v.figures[k].begin >= from) {
      stop = std::min(stop, fig.v.figures[k].begin);
      break;
    }
  }
  for (std::string_view w : words::kCountLabelStops) {
    if (const std::size_t p = f.substr(0, stop).find(w, from); p != npos) stop = p;
  }
  while (stop > from && !text::WordCharBefore(s, stop)) stop = text::PrevStart(s, stop);
  if (stop <= from) return {};
  // Read as the noun phrase it is: "xã đạt chuẩn nông thôn mới".
  const std::string joined = std::string(s.substr(fig.f.unit_begin, fig.f.end - fig.f.unit_begin)) +
                             " " + std::string(s.substr(from, stop - from));
  const std::string folded = text::FoldCaseKeepOffsets(joined);
  static const std::vector<time::PeriodMatch> kNoPeriods;
  const LabelInput in{g, joined, folded, kNoPeriods, fig.v.frame_cues, nullptr};
  return CleanLabel(in, 0, joined.size());
}

// The period form of a crop season ("lúa mùa", "vụ hè thu": time/period_forms.inc).
constexpr std::string_view kCropSeason = "crop_season";

bool CountNamedAfter(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                     std::size_t& prev_end, RuleNames*) {
  // (A rank counts nothing after it: "tỉnh dẫn đầu cả nước về …" ranks the
  // province on what "về" names, rule ranked_measure.)
  if (ind.unit == "rank") return false;
  const bool count = fig.f.unit_class == UnitClass::kCount && fig.f.unit_begin > 0;
  const bool physical = fig.f.unit_class == UnitClass::kPhysical;
  // (A measure with a label to repeat repeats it: "đạt 300 tỷ đồng, 20 tỷ
  // đồng từ xuất khẩu".)
  const bool repeats = !st.last_level_label.empty() || fig.f.unit_class == UnitClass::kPercent ||
                       fig.f.unit_class == UnitClass::kTimes;
  // (The tests below that need no folded label first: most figures stop
  // there.)
  if (!count && !physical && repeats) return false;
  const bool generic = IsGenericLabel(ind.label);
  if (!count && !physical && !generic) return false;
  thread_local std::string label_storage;  // (kept between calls: no allocation)
  text::FoldCaseKeepOffsetsInto(ind.label, &label_storage);
  const std::string_view label = label_storage;
  // "đã trồng mới 1.850 ha rừng tập trung": what was planted is named
  // after the measure.
  const bool produced = physical && EndsWithVerb(label, words::kProduceVerbs);
  if (!count && !produced && (!generic || repeats)) return false;
  const std::string_view s = fig.v.text;
  const std::string_view f = fig.v.folded;
  if (count && label.find(f.substr(fig.f.unit_begin, fig.f.end - fig.f.unit_begin)) == npos) {
    if (std::string named = CountedAfterParentheses(g, fig); !named.empty()) {
      // (The figures inside the parentheses are read after it as before.)
      ind.label = std::move(named);
      prev_end = std::max(prev_end, fig.f.end);
      return true;
    }
  }
  std::size_t start = count ? fig.f.unit_begin : fig.f.end;
  while (start < s.size() && s[start] == ' ') ++start;
  // (Not "15.530 ha/22.366 ha": a word follows.)
  if (produced && !count && !text::WordCharAt(s, start)) return false;
  std::size_t stop = fig.clause.end;
  const std::size_t next_begin =
      fig.index + 1 < fig.v.figures.size() ? fig.v.figures[fig.index + 1].begin : stop;
  for (std::string_view w : words::kCountLabelStops) {
    // (A word with a byte pair the sentence lacks is not in it.)
    if (!fig.v.words.MayHold(w)) continue;
    std::size_t p = f.substr(0, stop).find(w, start);
    // "dự án đầu tư trong nước" (domestic) goes on; so does a verb whose own
    // figure does not follow it: "8 nhóm tăng giá, 2 nhóm giảm và 1 nhóm"
    // (it belongs to what is counted).
    while (p != npos && (f.substr(p).starts_with(words::kDomestic) ||
                         ((w == words::kRise || w == words::kFall) &&
                          !VerbFigure(f, p + w.size(), next_begin)))) {
      p = f.substr(0, stop).find(w, p + 1);
    }
    if (p != npos) stop = p;
  }
  stop = std::min(stop, next_begin);
  // "đạt" before a number that is no figure ends the noun ("186 sản phẩm
  // OCOP đạt từ 3 sao trở lên": a rating reached; but "sản phẩm được công
  // nhận OCOP 4 sao" names its products).
  for (std::size_t k = start; k < stop; ++k) {
    if (!text::IsAsciiDigit(s[k]) || (k > start && text::IsAsciiDigit(s[k - 1]))) continue;
    std::size_t b = k;
    while (b > start && f[b - 1] == ' ') --b;
    if (EndsWithWord(f, b, words::kFrom)) {
      b -= words::kFrom.size();
      while (b > start && f[b - 1] == ' ') --b;
    }
    if (b > start && EndsWithWord(f, b, words::kReach)) {
      stop = b - words::kReach.size();
      break;
    }
  }
  if (const text::Range* p = fig.v.ParenAt(fig.f.begin); p != nullptr)
    stop = std::min(stop, p->end - 1);
  // (Up to its last word: "lao động./." ends with "lao động".)
  while (stop > start && !text::WordCharBefore(s, stop)) stop = text::PrevStart(s, stop);
  // "… 2 nhóm giảm và 1 nhóm", "… dịch vụ chính có 8 nhóm".
  for (std::string_view w : {words::kAnd, words::kHave}) {
    if (stop > start + w.size() && EndsWithWord(f, stop, w)) {
      stop -= w.size();
      while (stop > start && s[stop - 1] == ' ') --stop;
    }
  }
  if (stop <= start) return false;
  if (!generic && count) {
    // A count whose noun is qualified, where the label before does not name
    // it, or follows an action ("đón", "cấp").
    const std::string_view unit_word = f.substr(fig.f.unit_begin, fig.f.end - fig.f.unit_begin);
    const bool qualified = stop > fig.f.end;
    const bool names_unit = label.find(unit_word) != std::string::npos;
    // "Rổ tiền tệ gồm 6 đồng tiền chủ chốt": the parts of what is named.
    const bool parts = EndsWithWord(f, fig.f.begin, words::kConsist);
    // ("Doanh thu của 8 hợp tác xã, …": what follows "của" is counted; so
    // after "với": "38 tổ, đội khai thác với gần 1.500 tàu".)
    const bool of =
        EndsWithWord(f, fig.f.begin, words::kOf) || EndsWithWord(f, fig.f.begin, words::kWith);
    if (names_unit || parts || !(EndsWithVerb(label, words::kActionVerbs) || of || qualified)) {
      return false;
    }
  }
  const LabelInput in{g, s, f, fig.v.periods, fig.v.frame_cues, &fig.v.words};
  std::string named = CleanLabel(in, start, stop);
  // "thu hoạch được 712,4 nghìn ha lúa mùa": a crop named by its season
  // keeps it (the season is also the figure's period).
  if (produced && (named.empty() || s.substr(start, stop - start).starts_with(named)) &&
      std::ranges::any_of(fig.v.PeriodsIn(start, stop), [&](const time::PeriodMatch& m) {
        return m.end <= stop && g.periods.FormName(m.form) == kCropSeason;
      })) {
    named = std::string(s.substr(start, stop - start));
  }
  if (named.empty()) return false;
  // The verb kept above stays: "2 nhóm giảm và 1 nhóm" counts "nhóm giảm".
  for (std::string_view w : {words::kRise, words::kFall}) {
    const std::string_view kept = s.substr(start, stop - start);
    if (EndsWithWord(f, stop, w.substr(1)) && kept.size() == named.size() + w.size() &&
        kept.starts_with(named)) {
      named = std::string(kept);
    }
  }
  ind.label = std::move(named);
  prev_end = std::max(prev_end, stop);
  return true;
}

// The words right after a list item's figure ("52.300 tấn thịt lợn hơi,
// …"): from one space after `end` up to a comma, semicolon, full stop,
// parenthesis, colon, "…", "và" or `next_begin`; [b, e), or b == e for none.
std::pair<std::size_t, std::size_t> ItemNoun(const Figure& fig, std::size_t end,
                                             std::size_t next_begin) {
  const std::string_view s = fig.v.text;
  const std::string_view f = fig.v.folded;
  if (end + 1 >= s.size() || s[end] != ' ' || !text::WordCharAt(s, end + 1) ||
      text::IsAsciiDigit(s[end + 1])) {
    return {end, end};
  }
  const std::size_t b = end + 1;
  std::size_t e = std::min(next_begin, fig.clause.end);
  for (std::size_t k = b; k < e; ++k) {
    const char c = s[k];
    if (c == ',' || c == ';' || c == '.' || c == '(' || c == ':' ||
        f.substr(k).starts_with("\xE2\x80\xA6") ||
        (k > b && f[k - 1] == ' ' && f.substr(k).starts_with(words::kAnd) &&
         !text::WordCharAt(f, k + words::kAnd.size()))) {
      e = k;
      break;
    }
  }
  while (e > b && !text::WordCharBefore(s, e)) e = text::PrevStart(s, e);
  // (A noun, not a clause: at most six words.)
  if (e <= b || std::count(s.begin() + static_cast<std::ptrdiff_t>(b),
                           s.begin() + static_cast<std::ptrdiff_t>(e), ' ') > 5) {
    return {end, end};
  }
  return {b, e};
}

// A list of measures of one unit, each followed by what it measures:
// "cần tiêu thụ khoảng 52.300 tấn thịt lợn hơi, 21.400 tấn thịt gia cầm và
// 140.500 tấn thủy sản". Each item is labelled by its own noun when its
// neighbour in the list (the figure before or after it in the clause, of
// the same unit class) is such an item too, with only ", " or "và" between.
bool ListedGoods(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind, std::size_t&,
                 RuleNames*) {
  if (fig.paren != nullptr || fig.f.unit_class != UnitClass::kPhysical) return false;
  const std::vector<FoundQuantity>& figs = fig.v.figures;
  const std::string_view f = fig.v.folded;
  const auto next_begin = [&](std::size_t k) {
    return k + 1 < figs.size() ? figs[k + 1].begin : fig.clause.end;
  };
  const auto [b, e] = ItemNoun(fig, fig.f.end, next_begin(fig.index));
  if (b == e) return false;
  // Only separators between the end of item k's noun and figure k + 1.
  const auto joined = [&](std::size_t k, std::size_t noun_end) {
    if (k + 1 >= figs.size() || figs[k + 1].begin >= fig.clause.end ||
        figs[k + 1].unit_class != fig.f.unit_class || figs[k + 1].begin < noun_end) {
      return false;
    }
    std::string_view gap = f.substr(noun_end, figs[k + 1].begin - noun_end);
    while (!gap.empty() && (gap.front() == ' ' || gap.front() == ',')) gap.remove_prefix(1);
    if (gap.starts_with(words::kAnd)) gap.remove_prefix(words::kAnd.size());
    return gap.find_first_not_of(' ') == npos;
  };
  bool listed = joined(fig.index, e) &&
                ItemNoun(fig, figs[fig.index + 1].end, next_begin(fig.index + 1)).first !=
                    figs[fig.index + 1].end;
  if (!listed && fig.index > 0 && figs[fig.index - 1].begin >= fig.clause.begin &&
      figs[fig.index - 1].unit_class == fig.f.unit_class) {
    const std::size_t k = fig.index - 1;
    const auto [pb, pe] = ItemNoun(fig, figs[k].end, figs[fig.index].begin);
    listed = pb != pe && joined(k, pe);
  }
  if (!listed) return false;
  std::string named = CleanLabel(InputOf(g, fig), b, e);
  if (named.empty()) return false;
  ind.label = std::move(named);
  return true;
}

// A budget or plan named as the subject is a target; inside parentheses
// ("(kế hoạch giao 1.500 triệu USD)") it is the target of the figure
// outside.
bool TargetHead(const Grammar&, const Figure& fig, SentenceState& st, Indicator& ind, std::size_t&,
                RuleNames*) {
  if (!StartsWithTargetHead(ind.label)) return false;
  // "có 18/22 chỉ tiêu đạt": a count of targets is a result.
  if (fig.f.unit_class == UnitClass::kCount &&
      StartsWithTargetHead(fig.v.text.substr(fig.f.unit_begin, fig.f.end - fig.f.unit_begin))) {
    return false;
  }
  ind.kind = Kind::kTarget;
  if (fig.paren != nullptr && !st.last_level_label.empty()) ind.label = st.last_level_label;
  return true;
}

// A figure inside the subject of the figure after it, with no comma
// between: a count after "của" ("Lợi nhuận trước thuế của 27 ngân hàng niêm
// yết ước đạt 92.000 tỷ đồng") or a size after a sized noun ("Chi phí lắp
// đặt hệ thống 5 kWp khoảng 60 triệu đồng"). It keeps its own record; the
// next figure's label and verb are read over it.
bool FigureInSubject(const Grammar&, const Figure& fig, SentenceState&, Indicator& ind,
                     std::size_t& prev_end, RuleNames*) {
  if (fig.paren != nullptr || fig.index + 1 >= fig.v.figures.size()) return false;
  const std::size_t next = fig.v.figures[fig.index + 1].begin;
  if (next >= fig.clause.end ||
      fig.v.folded.substr(fig.f.end, next - fig.f.end).find(',') != npos) {
    return false;
  }
  const std::string_view f = fig.v.folded;
  const bool count_of =
      fig.f.unit_class == UnitClass::kCount && EndsWithWord(f, fig.f.begin, words::kOf);
  std::string_view sized;
  if (fig.f.unit_class == UnitClass::kPhysical) {
    for (std::string_view w : words::kSizedNouns) {
      if (EndsWithWord(f, fig.f.begin, w)) sized = w;
    }
  }
  if (!count_of && sized.empty()) return false;
  // A size measures its noun: "hệ thống" (what it costs is the next figure).
  if (!sized.empty()) {
    std::size_t e = fig.f.begin;
    if (e > 0 && f[e - 1] == ' ') --e;
    ind.label = std::string(fig.v.text.substr(e - sized.size(), sized.size()));
  }
  prev_end = fig.local_begin;
  return true;
}

// A part of a breakdown by place is named by its place ("27 nhà, gồm Lào
// Cai 12, Yên Bái 9 …").
bool PlaceBreakdown(const Grammar&, const Figure& fig, SentenceState&, Indicator& ind, std::size_t&,
                    RuleNames*) {
  if (fig.f.name_end <= fig.f.name_begin) return false;
  ind.label = std::string(fig.v.text.substr(fig.f.name_begin, fig.f.name_end - fig.f.name_begin));
  return true;
}

// "12.100 ha/15.000 ha KH": the plan of the figure before the slash, a
// target with its label.
bool PlanAfterSlash(const Grammar&, const Figure& fig, SentenceState& st, Indicator& ind,
                    std::size_t&, RuleNames*) {
  if (!fig.f.plan) return false;
  ind.kind = Kind::kTarget;
  if (!st.last_level_label.empty()) ind.label = st.last_level_label;
  return true;
}

// "thấp hơn 2,4% so với chỉ tiêu được giao (92%)": a level that opens the
// parentheses right after a comparison with a plan is that plan — a target
// of what the level before measures.
bool ParenPlanLevel(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                    std::size_t&, RuleNames*) {
  if (fig.paren == nullptr || fig.f.begin != fig.paren->begin + 1 || st.last_level_label.empty()) {
    return false;
  }
  // The words between the figure before (or the clause's start) and "(".
  const std::size_t from = fig.index > 0
                               ? std::max(fig.clause.begin, fig.v.figures[fig.index - 1].end)
                               : fig.clause.begin;
  if (from >= fig.paren->begin) return false;
  // A plan head right after "so với ": "so với chỉ tiêu …".
  constexpr std::string_view kCompare = words::kCompare;
  const std::string_view f = fig.v.folded;
  bool plan = false;
  for (const std::string_view head : words::kTargetHeads) {
    const std::size_t at = FindWord(fig.v, head, from, fig.paren->begin);
    plan = plan || (at != npos && at >= from + kCompare.size() + 1 && f[at - 1] == ' ' &&
                    f.substr(at - kCompare.size() - 1, kCompare.size()) == kCompare);
  }
  // Or a comparison with a plan of the comparator table ("so với nghị quyết
  // đề ra (7.000 tỷ đồng)").
  for (const CompareEntry& c : g.comparators) {
    if (plan) break;
    plan = c.where == CompareWhere::kComparator && c.compare_to == "plan" &&
           FindWord(fig.v, c.word, from, fig.paren->begin) != npos;
  }
  if (!plan) return false;
  ind.kind = Kind::kTarget;
  ind.compare_to.reset();
  ind.label = st.last_level_label;
  return true;
}

// The level of a base in parentheses ("(cùng kỳ 28,4 triệu USD)", "(năm
// 2021: 640 tỷ đồng)") measures what the figure before it measures.
bool ParenBaseLevel(const Grammar&, const Figure& fig, SentenceState& st, Indicator& ind,
                    std::size_t&, RuleNames*) {
  if (fig.paren == nullptr || st.last_level_label.empty()) return false;
  const std::string label = text::FoldCaseKeepOffsets(ind.label);
  const bool base = label.empty() ||
                    std::ranges::any_of(words::kBaseHeads,
                                        [&](std::string_view w) { return label.starts_with(w); });
  if (!base || StartsWithTargetHead(ind.label)) return false;
  ind.label = st.last_level_label;
  return true;
}

// A level with no label of its own takes the last one ("…; giày dép 98,7
// triệu USD" has its own; an elided one does not).
// A sentence that opens with its figure's period and verb only ("Tính
// chung 9 tháng đạt 18.400 tỷ đồng", "Tính chung 9 tháng tăng 3,1%"): what
// it measures is the subject of the sentence before ("Doanh thu bán lẻ
// tháng 9 ước đạt 2.100 tỷ đồng."). Only the sentence's first figure,
// outside parentheses; a level, or a change or ratio that no level before
// it in the sentence names.
bool PreviousSubject(const Grammar&, const Figure& fig, SentenceState& st, Indicator& ind,
                     std::size_t&, RuleNames*) {
  if (!ind.label.empty() || fig.index != 0 || fig.paren != nullptr || st.ctx.subject.empty()) {
    return false;
  }
  ind.label = st.ctx.subject;
  st.last_level_label = ind.label;  // (the changes after it repeat it)
  return true;
}

// Does `label` name only who is ranked: words of kRankedFillers and
// capitalised names ("Đứng thứ hai là Hà Nội với", "tỉnh E", "VN"), or
// nothing?
bool NamesOnlyTheRanked(std::string_view label) {
  const std::string folded = text::FoldCaseKeepOffsets(label);
  std::size_t i = 0;
  while (i < label.size()) {
    if (label[i] == ' ' || label[i] == ',') {
      ++i;
      continue;
    }
    std::size_t e = label.find_first_of(" ,", i);
    if (e == npos) e = label.size();
    const std::string_view word = std::string_view(folded).substr(i, e - i);
    // (Capitalised: its first letter changes when folded.)
    char32_t cp;
    const std::size_t first = std::max<std::size_t>(text::DecodeAt(label, i, &cp), 1);
    const bool capital = folded.compare(i, first, label.substr(i, first)) != 0;
    if (!capital && !words::In(words::kRankedFillers, word)) return false;
    i = e;
  }
  return true;
}

// A sentence that ranks: "A dẫn đầu cả nước về doanh thu bán lẻ với 12,5
// nghìn tỷ đồng; B xếp thứ hai với 9,8 nghìn tỷ đồng". What is measured is
// what "về" names after the rank in its clause; with no "về", the measure
// of the block's ranking so far (the first figure of a ranking sentence
// that names more than who is ranked: "TP A dẫn đầu với doanh thu đạt …").
// Who is ranked is the figure's area (context stage), not its label.
bool RankedMeasure(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                   std::size_t&, RuleNames*) {
  const std::vector<FoundQuantity>& figs = fig.v.figures;
  if (fig.paren != nullptr ||
      std::ranges::none_of(figs, [](const FoundQuantity& f) { return f.rank; })) {
    return false;
  }
  const std::string_view f = fig.v.folded;
  // The rank of this clause at or before this figure.
  std::size_t rank = npos;
  for (std::size_t k = 0; k <= fig.index; ++k) {
    if (figs[k].rank && figs[k].begin >= fig.clause.begin) rank = k;
  }
  if (rank != npos) {
    const std::size_t to = rank == fig.index ? std::min(fig.limit, fig.clause.end) : fig.f.begin;
    const std::size_t about = FindWord(fig.v, words::kAbout, figs[rank].end, to);
    if (about != npos) {
      const std::size_t from = about + words::kAbout.size() + 1;
      std::size_t stop = std::min(f.substr(0, to).find_first_of(",;().", from), to);
      for (std::string_view w : {words::kWith, words::kAnd}) {
        if (const std::size_t p = FindWord(fig.v, w, from, stop); p != npos) stop = p;
      }
      if (std::string named = CleanLabel(InputOf(g, fig), from, stop); !named.empty()) {
        ind.label = std::move(named);
        st.ctx.ranked_measure = ind.label;
        st.last_level_label = ind.label;
        return true;
      }
    }
  }
  if (!NamesOnlyTheRanked(ind.label)) {
    if (st.ctx.ranked_measure.empty()) st.ctx.ranked_measure = ind.label;
    return false;
  }
  if (st.ctx.ranked_measure.empty()) return false;
  ind.label = st.ctx.ranked_measure;
  st.last_level_label = ind.label;
  return true;
}

bool InheritLevelLabel(const Grammar&, const Figure& fig, SentenceState& st, Indicator& ind,
                       std::size_t&, RuleNames*) {
  const bool inherited = ind.label.empty();
  if (inherited) ind.label = st.last_level_label;
  if (fig.paren == nullptr) st.last_level_label = ind.label;
  return inherited;
}

// Where a change or ratio may name its own subject: at the start of a
// clause, or after "trong đó" / "riêng" — never inside parentheses.
bool OwnSubjectAllowed(const Figure& fig, std::size_t* lead) {
  const std::string_view seg = fig.v.folded.substr(fig.local_begin, fig.f.begin - fig.local_begin);
  *lead = seg.find_first_not_of(" ,");
  if (fig.paren != nullptr) return false;
  if (fig.local_begin == fig.clause.begin) return true;
  if (*lead == npos) return false;
  return std::ranges::any_of(words::kSubjectOpeners,
                             [&](std::string_view w) { return seg.substr(*lead).starts_with(w); });
}

// Its own subject when it names one ("chỉ số giá đô la Mỹ giảm 0,43%",
// "trong đó tiền gửi dân cư chiếm 71,5%").
bool OwnSubject(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                std::size_t&, RuleNames* trace) {
  std::size_t lead;
  if (!OwnSubjectAllowed(fig, &lead)) return false;
  // (Up to its verb: "Doanh thu tăng mạnh 71,6%", "tăng trưởng 44,6%", or
  // its difference word: "Diện tích ít hơn cùng kỳ 3,4 nghìn ha".)
  std::size_t end = fig.signed_cue != nullptr ? fig.signed_at : fig.f.begin;
  if (st.label_cut_for == fig.index && st.label_cut > fig.local_begin) {
    end = std::min(end, st.label_cut);
  }
  ind.label = CleanLabel(InputOf(g, fig), fig.local_begin, end, trace);
  return true;
}

// A comma list of changes with their own subjects: "ngành chế biến, chế tạo
// tăng 10,2%, ngành sản xuất và phân phối điện giảm 0,39%". The subject sits
// right before the signed verb and is a noun phrase of three words or more
// that names no base ("dự toán", "cùng kỳ").
bool ListSubject(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind, std::size_t&,
                 RuleNames* trace) {
  std::size_t lead;
  if (OwnSubjectAllowed(fig, &lead) || fig.paren != nullptr || ind.kind == Kind::kRatio ||
      fig.signed_cue == nullptr || lead == npos || fig.v.folded[fig.local_begin] != ',') {
    return false;
  }
  std::vector<std::string_view> passes;
  std::string own = CleanLabel(InputOf(g, fig), fig.local_begin, fig.f.begin, &passes);
  const std::string own_folded = text::FoldCaseKeepOffsets(own);
  const bool names_base =
      std::ranges::any_of(words::kBaseHeads,
                          [&](std::string_view w) { return own_folded.starts_with(w); }) ||
      own_folded.find(words::kCompare) != std::string::npos;
  if (names_base || std::count(own.begin(), own.end(), ' ') < 2) return false;
  ind.label = std::move(own);
  if (trace != nullptr) trace->insert(trace->end(), passes.begin(), passes.end());
  return true;
}

// Else the level's label ("…, tăng 12,6% so với cùng kỳ").
bool LevelLabel(const Grammar&, const Figure&, SentenceState& st, Indicator& ind, std::size_t&,
                RuleNames*) {
  if (ind.label.empty()) {
    ind.label = st.last_level_label;
    return true;
  }
  st.last_level_label = ind.label;
  return false;
}

// A change that names what it measures after itself: "tăng 8,5% về số
// doanh nghiệp và tăng 21,3% về vốn đăng ký so với cùng kỳ" labels "số doanh
// nghiệp" and "vốn đăng ký" (the words kAspectMeasures). The phrase ends at
// a comma, "và", "so với", a parenthesis or the next figure.
bool AspectMeasure(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind,
                   std::size_t&, RuleNames*) {
  const std::string_view f = fig.v.folded;
  if (fig.paren != nullptr || !f.substr(fig.f.end).starts_with(words::kAspect)) return false;
  const std::size_t from = fig.f.end + words::kAspect.size();
  if (!std::ranges::any_of(words::kAspectMeasures,
                           [&](std::string_view w) { return f.substr(from).starts_with(w); })) {
    return false;
  }
  std::size_t stop = std::min(fig.limit, fig.clause.end);
  for (std::size_t k = from; k < stop; ++k) {
    const char c = f[k];
    if (c == ',' || c == ';' || c == '(' || c == ')' || c == '.' || text::IsAsciiDigit(c)) {
      stop = k;
      break;
    }
  }
  for (std::string_view w : {words::kAnd, words::kCompare}) {
    const std::size_t p = FindWord(fig.v, w, from, stop);
    if (p != npos) stop = p;
  }
  std::string named = CleanLabel(InputOf(g, fig), from, stop);
  if (named.empty()) return false;
  ind.label = std::move(named);
  return true;
}

// With no level to repeat (its number has no unit, "khoảng 210.000,"): what its
// clause or parenthesised part names before it, up to a number
// ("(khách quốc tế khoảng 210.000 lượt, tăng 7,45%" labels "khách quốc tế").
bool ClauseLabel(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
                 std::size_t&, RuleNames*) {
  if (!ind.label.empty()) return false;
  const std::size_t b = fig.paren != nullptr ? fig.part_begin : fig.clause.begin;
  std::size_t e = fig.f.begin;
  if (st.label_cut_for == fig.index && st.label_cut > b) e = st.label_cut;
  for (std::size_t k = b; k < e; ++k) {
    if (text::IsAsciiDigit(fig.v.text[k])) {
      e = k;
      break;
    }
  }
  ind.label = CleanLabel(InputOf(g, fig), b, e);
  if (ind.label.empty()) return false;
  if (fig.paren == nullptr) st.last_level_label = ind.label;
  return true;
}

// A share in parentheses ("các hoạt động SXKD (chiếm 86,2% tổng dư nợ)")
// is a share of what stands before the parentheses.
bool ParenSubject(const Grammar& g, const Figure& fig, SentenceState&, Indicator& ind, std::size_t&,
                  RuleNames*) {
  std::size_t c = 0;
  const bool share = ind.kind == Kind::kRatio && ind.compare_to == "total";
  if (fig.paren == nullptr || !(share || VerbBeforeParentheses(g, fig, &c) != nullptr)) {
    return false;
  }
  const std::string own = text::FoldCaseKeepOffsets(ind.label);
  if (!own.empty() && own != words::kShare) return false;
  // A share that names its own part: "(trong đó thủy điện chiếm 30,5%, điện
  // gió chiếm 4,3%)".
  if (share) {
    std::size_t part = std::max(fig.paren->begin + 1, fig.part_begin);
    if (fig.index > 0) part = std::max(part, fig.v.figures[fig.index - 1].end);
    if (part < fig.f.begin) {
      std::string named = CleanLabel(InputOf(g, fig), part, fig.f.begin);
      if (!named.empty()) {
        ind.label = std::move(named);
        return true;
      }
    }
  }
  std::size_t b = fig.clause.begin;
  if (fig.index > 0 && fig.v.figures[fig.index - 1].end < fig.paren->begin &&
      fig.v.figures[fig.index - 1].end > b) {
    b = fig.v.figures[fig.index - 1].end;
  }
  // A fraction's whole: "120/150 xã (80%)" is a share of "xã".
  for (std::size_t k = fig.paren->begin; k > b + 1; --k) {
    if (fig.v.text[k - 1] == '/' || !text::IsAsciiDigit(fig.v.text[k - 1])) continue;
    const std::size_t slash = fig.v.text.rfind('/', k);
    if (slash != npos && slash > b && slash < fig.paren->begin) {
      b = k;
      break;
    }
  }
  std::string subject = CleanLabel(InputOf(g, fig), b, fig.paren->begin);
  if (subject.empty()) return false;
  ind.label = std::move(subject);
  return true;
}

// A stock measured "đến ngày 30/6/2023" has that day as its period.
bool StockAtPoint(const Grammar&, const Figure& fig, SentenceState& st, Indicator& ind,
                  std::size_t&, RuleNames*) {
  const PeriodFrame& carried = st.ctx.carried;
  if (!carried.point || ind.period != carried.period || !IsStock(fig, ind)) {
    return false;
  }
  ind.period = carried.point;
  return true;
}

// A price quoted with no period ("giá cà phê 115.500 đồng/kg", "tăng 2.500
// đồng/kg") is the price as of the publication date.
bool PriceAsOfPublication(const Grammar&, const Figure&, SentenceState& st, Indicator& ind,
                          std::size_t&, RuleNames*) {
  if (ind.period || !st.ctx.published || !(IsPrice(ind) || st.ctx.as_of_block)) return false;
  ind.period = st.ctx.published->ToString();
  st.basis = Basis::kPublished;
  return true;
}

// "so với cùng kỳ năm 2024" for a figure whose own period is not written,
// in a report published in 2025: the year before the publication's is last
// year's, as a reader takes it (same_period_last_year, previous_year for
// "so với năm 2024"); another year stays named.
bool BaseYearByPublication(const Grammar&, const Figure&, SentenceState& st, Indicator& ind,
                           std::size_t&, RuleNames*) {
  if (ind.period || !st.ctx.published || !ind.compare_to) return false;
  const std::string last = std::to_string(st.ctx.published->year - 1);
  if (*ind.compare_to == "same_period_" + last) {
    ind.compare_to = "same_period_last_year";
    return true;
  }
  if (*ind.compare_to == "year_" + last) {
    ind.compare_to = "previous_year";
    return true;
  }
  return false;
}

constexpr FigureRule kLevelLabelRules[] = {
    {"named_after_is", &NamedAfterIs},       {"count_named_after", &CountNamedAfter},
    {"listed_goods", &ListedGoods},          {"target_head", &TargetHead},
    {"place_breakdown", &PlaceBreakdown},    {"plan_after_slash", &PlanAfterSlash},
    {"figure_in_subject", &FigureInSubject}, {"paren_plan_level", &ParenPlanLevel},
    {"paren_base_level", &ParenBaseLevel},   {"ranked_measure", &RankedMeasure},
    {"previous_subject", &PreviousSubject},  {"inherit_level_label", &InheritLevelLabel},
};
constexpr FigureRule kChangeLabelRules[] = {
    {"own_subject", &OwnSubject},       {"list_subject", &ListSubject},
    {"paren_subject", &ParenSubject},   {"level_label", &LevelLabel},
    {"clause_label", &ClauseLabel},     {"previous_subject", &PreviousSubject},
    {"aspect_measure", &AspectMeasure},
};
constexpr FigureRule kPeriodRules[] = {
    {"stock_at_point", &StockAtPoint},
    {"price_as_of_publication", &PriceAsOfPublication},
    {"base_year_by_publication", &BaseYearByPublication},
};

// "2022-H1" with its year replaced: the same period of another year.
std::optional<std::string> ShiftYear(const std::optional<std::string>& period, int year) {
  if (!period || period->size() < 4 || period->find('/') != std::string::npos) {
    return std::to_string(year);
  }
  return std::to_string(year) + period->substr(4);
}

}  // namespace

std::span<const RoleRule> RoleRules() { return kRoleRules; }
std::span<const KindRule> LevelKindRules() { return kLevelKindRules; }
std::span<const KindRule> ChangeKindRules() { return kChangeKindRules; }
std::span<const CompareRule> CompareRules() { return kCompareRules; }
std::span<const FigureRule> LevelLabelRules() { return kLevelLabelRules; }
std::span<const FigureRule> ChangeLabelRules() { return kChangeLabelRules; }
std::span<const FigureRule> PeriodRules() { return kPeriodRules; }

std::vector<std::string_view> AllRuleNames() {
  std::vector<std::string_view> names(std::begin(kStepNames), std::end(kStepNames));
  for (const RoleRule& r : kRoleRules) names.push_back(r.name);
  for (const KindRule& r : kLevelKindRules) names.push_back(r.name);
  for (const KindRule& r : kChangeKindRules) names.push_back(r.name);
  for (const CompareRule& r : kCompareRules) names.push_back(r.name);
  for (const FigureRule& r : kLevelLabelRules) names.push_back(r.name);
  for (const FigureRule& r : kChangeLabelRules) names.push_back(r.name);
  for (const FigureRule& r : kPeriodRules) names.push_back(r.name);
  return names;
}

std::optional<std::string> ComparatorIn(const Grammar& g, std::string_view folded, std::size_t b,
                                        std::size_t e, const std::optional<std::string>& period,
                                        bool allow_bare, RuleNames* trace) {
  for (const CompareRule& rule : kCompareRules) {
    if (rule.bare && !allow_bare) continue;
    if (std::optional<std::string> to = rule.read(g, folded, b, e, period)) {
      Trace(trace, rule.name);
      return to;
    }
  }
  return std::nullopt;
}

std::string DefaultCompare(const std::optional<std::string>& period) {
  // (With no period known, year on year: what a change with no comparison
  // in a report almost always is.)
  return !period || SubAnnual(period) ? "same_period_last_year" : "previous_year";
}

bool SubAnnual(const std::optional<std::string>& period) {
  return period && period->size() > 4 && (*period)[4] != '/';
}

int PeriodYear(const std::optional<std::string>& period) {
  if (!period || period->size() < 4) return 0;
  int y = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if ((*period)[i] < '0' || (*period)[i] > '9') return 0;
    y = y * 10 + ((*period)[i] - '0');
  }
  return y;
}

bool IsStockLabel(std::string_view label_folded) {
  static constexpr std::string_view kHeads[] = {
#define VNX_STOCK(words) words,
#include "indicators/stocks.inc"
#undef VNX_STOCK
  };
  for (std::string_view h : kHeads) {
    const std::size_t p = label_folded.find(h);
    if (p != std::string_view::npos && !text::WordCharBefore(label_folded, p)) return true;
  }
  return false;
}

namespace {

// How a figure knows the period in force: from its own clause, an earlier
// one, or the document.
Basis CarriedBasis(const LinkContext& ctx) {
  const PeriodFrame& c = ctx.carried;
  if (!c.period) return Basis::kNone;
  if (c.as_of) return Basis::kPublished;
  if (ctx.stated_in == ctx.clause) return Basis::kStated;
  return c.basis == Basis::kStated ? Basis::kCarried : c.basis;
}

}  // namespace

std::optional<std::string> CumulativeToMonth(const LinkContext& ctx, const time::PeriodMatch& m) {
  if (!m.cumulative || !ctx.carried.period || ctx.carried.as_of) return std::nullopt;
  const int year = PeriodYear(ctx.carried.period);
  const int month = time::LastMonthOf(*ctx.carried.period);
  if (year <= 0 || month == 0) return std::nullopt;
  // The year written must be the report's ("lũy kế năm 2022" in a report
  // on a month of 2023 is no cumulative of it); none written is.
  if (m.cumulative_year != 0 && m.cumulative_year != year) return std::nullopt;
  return time::FirstMonthsOf(month, year);
}

bool StateHere(LinkContext& ctx, const time::PeriodMatch& m) {
  // "cả năm" with no year: in a clause that states a period it names a
  // base or restates it ("Năm 2023, … cả năm đạt", "vượt dự toán cả năm");
  // after one, it is the whole of that period's year.
  if (m.whole_year_implied && ctx.carried.period) {
    if (ctx.stated_in == ctx.clause) return false;
    const int year = PeriodYear(ctx.carried.period);
    ctx.carried = {year > 0 ? std::optional<std::string>(std::to_string(year)) : m.period,
                   std::nullopt, Basis::kStated, false};
  } else if (std::optional<std::string> to_month = CumulativeToMonth(ctx, m)) {
    ctx.carried = {std::move(to_month), std::nullopt, Basis::kStated, false};
  } else {
    ctx.carried = {m.period, m.point, Basis::kStated, m.as_of};
  }
  ctx.stated_in = ctx.clause;
  return true;
}

std::string_view FigurePeriod(const Figure& fig, SentenceState& st, Indicator& ind, Basis& basis) {
  const SentenceView& v = fig.v;
  std::string_view fired;
  if (fig.paren == nullptr) {
    // The last period before the figure in its own words: "quý I tăng 7,45%
    // và quý II tăng 6,79%".
    const time::PeriodMatch* last = nullptr;
    for (const time::PeriodMatch& m : v.PeriodsIn(fig.local_begin, fig.f.begin)) {
      if (!m.comparator && m.begin >= fig.local_begin && m.end <= fig.f.begin &&
          v.ParenAt(m.begin) == nullptr) {
        last = &m;
      }
    }
    const bool to_month = last != nullptr && CumulativeToMonth(st.ctx, *last).has_value();
    if (last != nullptr &&
        (st.ctx.stated_in != st.ctx.clause || st.ctx.carried.period != last->period) &&
        StateHere(st.ctx, *last)) {
      fired = to_month ? kCumulativeToMonth : kPeriodBeforeFigure;
    }
  }
  // A period right after the figure is its own and carries on: "giảm từ
  // 5,86% năm 2021 xuống còn 4,12% năm 2022".
  for (const time::PeriodMatch& m : v.PeriodsIn(fig.f.end, fig.f.end + 2)) {
    if (!m.comparator && m.begin == fig.f.end + 1 && v.text[fig.f.end] == ' ' &&
        v.ParenAt(m.begin) == nullptr && fig.paren == nullptr &&
        fig.f.unit_class != UnitClass::kTimes && fig.word_before != words::kEqual &&
        StateHere(st.ctx, m)) {
      fired = kPeriodAfterFigure;
    }
  }
  ind.period = st.ctx.carried.period;
  basis = CarriedBasis(st.ctx);
  if (fig.paren == nullptr) return fired;
  // Inside parentheses a figure has its own period: "(quý I tăng 7,1%; quý
  // II tăng 9,8%)", "(cùng kỳ năm 2021 tăng 7%)".
  for (const time::PeriodMatch& m : v.PeriodsIn(fig.part_begin, fig.f.begin)) {
    if (m.begin < fig.part_begin || m.end > fig.f.begin) continue;
    if (!m.comparator) {
      ind.period = m.period;
      basis = m.as_of ? Basis::kPublished : Basis::kStated;
      fired = kPeriodInParentheses;
    } else if (FindWord(v, words::kSamePeriod, fig.part_begin, m.begin) != npos) {
      if (const int y = PeriodYear(m.period); y > 0) {
        ind.period = ShiftYear(st.ctx.carried.period, y);
        basis = Basis::kStated;
        fired = kSamePeriodInParentheses;
      }
    }
  }
  // "(cùng kỳ 28,4 triệu USD)": the same period a year before.
  if (fired.empty() && FindWord(v, words::kSamePeriod, fig.part_begin, fig.f.begin) != npos) {
    if (const int y = PeriodYear(st.ctx.carried.period); y > 0) {
      ind.period = ShiftYear(st.ctx.carried.period, y - 1);
      basis = Basis::kStated;
      fired = kSamePeriodInParentheses;
    }
  }
  return fired;
}

}  // namespace vnextract::indicators
