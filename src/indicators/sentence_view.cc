#include "indicators/sentence_view.h"

#include <algorithm>
#include <string>

#include "grammar.h"
#include "indicators/cue_search.h"
#include "indicators/words.h"
#include "text/utf8.h"

namespace vnextract::indicators {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Not indicators: a number with no unit or an ordinal measures nothing on
// its own; "từ X trở lên" defines a category; "trên 1 ha" is a unit basis.
bool CanBeIndicator(const FoundQuantity& f, std::string_view folded) {
  const Quantity& q = f.quantity;
  if (q.unit.empty() || q.unit == "ordinal" || f.threshold) return false;
  // ("đạt trên 1%" is a share, not a basis.)
  const bool per_one = q.value && *q.value == 1 && f.unit_class != UnitClass::kPercent &&
                       ((f.qualifier_word && f.qualifier_word->word == words::kOver) ||
                        EndsWithWord(folded, f.begin, words::kEach));
  return !per_one;
}

}  // namespace

std::span<const time::PeriodMatch> PeriodsIn(const std::vector<time::PeriodMatch>& periods,
                                             std::size_t b, std::size_t e) {
  auto first =
      std::lower_bound(periods.begin(), periods.end(), b,
                       [](const time::PeriodMatch& m, std::size_t pos) { return m.end <= pos; });
  auto last = first;
  while (last != periods.end() && last->begin < e) ++last;
  return {first, last};
}

std::vector<text::Range> Parentheses(std::string_view s) {
  std::vector<text::Range> out;
  if (s.find('(') == std::string_view::npos) return out;  // (a ')' alone opens none)
  int depth = 0;
  std::size_t open = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(' && depth++ == 0) open = i;
    if (s[i] == ')' && depth > 0 && --depth == 0) out.push_back({open, i + 1});
  }
  return out;
}

const text::Range* SentenceView::ParenAt(std::size_t pos) const {
  for (const text::Range& r : parens) {
    if (r.begin < pos && pos < r.end) return &r;
    if (r.begin > pos) break;
  }
  return nullptr;
}

std::span<const time::PeriodMatch> SentenceView::PeriodsIn(std::size_t b, std::size_t e) const {
  return indicators::PeriodsIn(periods, b, e);
}

void ReadFigures(const internal::Grammar& g, std::string_view s, std::string& folded_storage,
                 SentenceView& v, ElidedUnit* carry) {
  text::FoldCaseKeepOffsetsInto(s, &folded_storage);
  v.text = s;
  v.folded = folded_storage;
  v.figures = FindQuantitiesIn(g, s, v.folded);
  if (carry != nullptr) CarryElidedUnits(v.figures, *carry);
  for (FoundQuantity& f : v.figures) f.rank = f.quantity.unit == "rank";
  std::erase_if(v.figures, [&](const FoundQuantity& f) { return !CanBeIndicator(f, v.folded); });
}

void ReadTheRest(const internal::Grammar& g, std::optional<Date> published, SentenceView& v) {
  const std::string_view s = v.text;
  v.periods = g.periods.Find(v.folded, published);
  v.parens = Parentheses(s);
  v.clauses.clear();
  v.first_frame_cue = npos;
  v.frame_cues = false;
  v.words = WordFilter();
  if (v.figures.empty()) return;
  v.words.Reset(v.folded);
  v.clauses = text::SplitClauses(s);
  // A frame cue anywhere before a figure makes it a target ("Phấn đấu năm
  // 2022, ... ước đạt ..."): the first one, once per sentence.
  v.first_frame_cue = FirstCueEnd(g, v.folded, 0, s.size(), KindRole::kFrameCue, &v.words);
  // (A frame cue inside part of the sentence is one in the whole.)
  v.frame_cues = v.first_frame_cue != npos;
  // "Chỉ tiêu năm 2023: …", "Mục tiêu giai đoạn 2021-2025, …", "Kế hoạch năm
  // 2024, …" open a sentence of targets.
  for (std::string_view w : words::kTargetOpeners) {
    if (v.folded.starts_with(w) && !text::WordCharAt(v.folded, w.size())) {
      v.first_frame_cue = std::min(v.first_frame_cue, w.size());
    }
  }
}

void BuildSentenceView(const internal::Grammar& g, std::string_view s,
                       std::optional<Date> published, SentenceView& v, ElidedUnit* carry) {
  // (One buffer per thread, kept between sentences: the view of a sentence
  // is read before the next is built.)
  thread_local std::string folded_storage;
  ReadFigures(g, s, folded_storage, v, carry);
  ReadTheRest(g, published, v);
}

}  // namespace vnextract::indicators
