#include "indicators/linker.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "grammar.h"
#include "indicators/cue_search.h"
#include "indicators/label.h"
#include "indicators/lexicon.h"
#include "indicators/rules.h"
#include "indicators/sentence_view.h"
#include "indicators/words.h"
#include "text/utf8.h"

namespace vnextract::indicators {
namespace {

using internal::Grammar;
constexpr std::size_t npos = std::string_view::npos;

// The first role rule that applies.
const RoleRule& RoleOf(const Grammar& g, const Figure& fig, const SentenceState& st,
                       const Indicator& ind) {
  for (const RoleRule& rule : RoleRules()) {
    if (rule.when(g, fig, st, ind)) return rule;
  }
  return RoleRules().back();  // (the last applies always)
}

// The first kind rule that decides.
Kind KindOf(std::span<const KindRule> rules, const KindInput& in, RuleNames* trace,
            bool* sets_clause_verb) {
  for (const KindRule& rule : rules) {
    if (std::optional<Kind> kind = rule.decide(in)) {
      if (trace != nullptr) trace->push_back(rule.name);
      if (sets_clause_verb != nullptr) *sets_clause_verb = rule.sets_clause_verb;
      return *kind;
    }
  }
  return Kind::kActual;
}

// Every rule of `rules` in order (each may fire).
void RunAll(std::span<const FigureRule> rules, const Grammar& g, const Figure& fig,
            SentenceState& st, Indicator& ind, std::size_t& prev_end, RuleNames* trace) {
  for (const FigureRule& rule : rules) {
    // (The rule's own steps are traced before its name.)
    if (rule.apply(g, fig, st, ind, prev_end, trace) && trace != nullptr) {
      trace->push_back(rule.name);
    }
  }
}

// What the kind rules read; the verbs before the figure only for a level.
KindInput KindInputOf(const Grammar& g, const Figure& fig, const SentenceState& st,
                      const Indicator& ind, bool level) {
  KindInput k;
  k.frame_before = fig.v.first_frame_cue != npos && fig.v.first_frame_cue <= fig.f.begin;
  const int year = PeriodYear(ind.period);
  k.future = year > 0 && st.published_year > 0 && year > st.published_year;
  k.compare_is_plan = ind.compare_to == "plan";
  k.clause_verb = st.clause_verb_kind;
  k.carried_verb = st.carried_verb_kind;
  if (level) {
    k.target_verb = HasCue(g, fig.v.folded, fig.local_begin, fig.f.begin, KindRole::kVerb,
                           Kind::kTarget, &fig.v.words);
    k.estimate_verb = HasCue(g, fig.v.folded, fig.local_begin, fig.f.begin, KindRole::kVerb,
                             Kind::kEstimate, &fig.v.words);
    // A verb of its own, read only when a previous clause's could carry over.
    if (k.carried_verb) {
      k.plain_verb = FindWord(fig.v, words::kHave, fig.local_begin, fig.f.begin) != npos ||
                     FindWord(fig.v, words::kReach, fig.local_begin, fig.f.begin) != npos;
    }
  }
  return k;
}

// The base written right after a percentage ("kế hoạch", "so với cùng
// kỳ"), or nullptr: the longest such entry spelled at `pos`.
const CompareEntry* BaseAt(const Grammar& g, std::string_view folded, std::size_t pos) {
  if (pos >= folded.size()) return nullptr;
  for (const CompareEntry* e : g.comparators.StartingWith(folded[pos])) {
    if (e->where == CompareWhere::kAfterPercent && text::SpelledAt(folded, pos, e->word) &&
        BoundaryOk(folded, pos, pos + e->word.size(), true)) {
      return e;
    }
  }
  return nullptr;
}

// The figure as the rules read it: where its own words start, the words
// around it, the base and the signed verb.
Figure FigureAt(const Grammar& g, const SentenceView& v, const text::Range& clause,
                std::size_t index, std::size_t prev_end) {
  const FoundQuantity& f = v.figures[index];
  Figure fig{v, f, clause};
  fig.index = index;
  fig.paren = v.ParenAt(f.begin);
  fig.local_begin = prev_end;
  if (fig.paren != nullptr) {
    fig.part_begin = fig.paren->begin + 1;
    const std::size_t semi = v.text.rfind(';', f.begin);
    if (semi != npos && semi > fig.part_begin) fig.part_begin = semi + 1;
    fig.local_begin = std::max(prev_end, fig.part_begin);
  }
  // Its words end where the next figure begins — past a figure restating
  // it in parentheses right after ("tăng 2,63% (1,32 tạ/ha) so với …").
  std::size_t next = index + 1;
  if (next < v.figures.size() && fig.paren == nullptr) {
    const text::Range* p = v.ParenAt(v.figures[next].begin);
    if (p != nullptr && p->begin >= f.end &&
        v.text.substr(f.end, p->begin - f.end).find_first_not_of(' ') == npos) {
      while (next < v.figures.size() && v.figures[next].begin < p->end) ++next;
    }
  }
  fig.limit = next < v.figures.size() ? std::min(v.figures[next].begin, clause.end) : clause.end;
  fig.after = f.end < v.text.size() && v.text[f.end] == ' ' ? f.end + 1 : f.end;  // next word
  fig.word_before = WordBefore(v.folded, f.begin);
  fig.exceeds = fig.word_before == words::kExceed ||
                (f.qualifier_word != nullptr && f.qualifier_word->word == words::kExceed);
  fig.base = BaseAt(g, v.folded, fig.after);
  // "vượt dự toán 2,7%": the base before the figure ("vượt " + each base
  // written after a percentage, in table order).
  if (f.unit_class == UnitClass::kPercent) {
    for (const auto& [c, phrase] : g.exceeds) {
      if (FindWord(v, phrase, fig.local_begin, f.begin) != npos) {
        fig.base = c;
        fig.exceeds = true;
        break;
      }
    }
  }
  fig.signed_cue = SignedBefore(g, v.folded, f.begin, &fig.signed_at);
  return fig;
}

// A level: its kind from the kind rules, its label from the words before
// it, then the rules that read the label.
void LinkLevel(const Grammar& g, const Figure& fig, SentenceState& st, Indicator& ind,
               std::size_t& prev_end, RuleNames* trace) {
  bool sets_clause_verb = false;
  ind.kind = KindOf(LevelKindRules(), KindInputOf(g, fig, st, ind, true), trace, &sets_clause_verb);
  if (sets_clause_verb) st.clause_verb_kind = ind.kind;
  const LabelInput in{g, fig.v.text, fig.v.folded, fig.v.periods, fig.v.frame_cues, &fig.v.words};
  ind.label = CleanLabel(in, fig.local_begin, fig.f.begin, trace);
  RunAll(LevelLabelRules(), g, fig, st, ind, prev_end, trace);
}

// A change or ratio: its kind (a change under a target is planned), then its
// label.
void LinkChange(const Grammar& g, const Figure& fig, Role role, SentenceState& st, Indicator& ind,
                std::size_t& prev_end, RuleNames* trace) {
  if (role == Role::kRatio) {
    ind.kind = Kind::kRatio;
  } else {
    ind.kind = KindOf(ChangeKindRules(), KindInputOf(g, fig, st, ind, false), trace, nullptr);
  }
  RunAll(ChangeLabelRules(), g, fig, st, ind, prev_end, trace);
}

// The indicator of figure `index`, or none (a count of occurrences);
// `prev_end` moves past what it read.
std::optional<Indicator> LinkFigure(const Grammar& g, SentenceView& v, const text::Range& clause,
                                    std::size_t index, Section section, SentenceState& st,
                                    std::size_t& prev_end, RuleNames* trace) {
  const Figure fig = FigureAt(g, v, clause, index, prev_end);
  Indicator ind;
  static_cast<Quantity&>(ind) = std::move(v.figures[index].quantity);
  ind.section = section;
  if (const std::string_view rule = FigurePeriod(fig, st, ind, st.basis); !rule.empty() && trace) {
    trace->push_back(rule);
  }
  const RoleRule& role = RoleOf(g, fig, st, ind);
  if (trace != nullptr) trace->push_back(role.name);
  role.then(g, fig, st, ind, trace);
  std::size_t end = fig.f.end;
  if (role.role == Role::kDrop) {
    prev_end = end;
    return std::nullopt;
  }
  if (role.role == Role::kLevel) {
    LinkLevel(g, fig, st, ind, end, trace);
  } else {
    LinkChange(g, fig, role.role, st, ind, end, trace);
  }
  RunAll(PeriodRules(), g, fig, st, ind, end, trace);
  ind.period_basis = ind.period ? BasisName(st.basis) : std::nullopt;
  prev_end = end;
  return ind;
}

// Does period match `m` open the sentence — set off by a comma before any
// figure ("6 tháng đầu năm 2020, tổng sản phẩm …", "Theo …, trong quý I,
// …")? Then it frames the sentences after it too.
bool OpensSentence(const SentenceView& v, const time::PeriodMatch& m) {
  constexpr std::size_t kNearStart = 120;  // bytes: a context phrase at most before it
  if (m.comparator || m.begin > kNearStart || v.ParenAt(m.begin) != nullptr) return false;
  if (m.end >= v.text.size() || v.text[m.end] != ',') return false;
  return v.figures.empty() || v.figures.front().begin > m.end;
}

// At a sentence's start: the block's frame, if one was opened, replaces a
// period stated inside the previous sentence.
void StartSentence(const SentenceView& v, LinkContext& ctx, SentenceState& st) {
  for (std::size_t k = 0; !ctx.as_of_block && k < std::size(words::kAsOfCues); ++k) {
    ctx.as_of_block = FindWord(v, words::kAsOfCues[k], 0, v.folded.size()) != npos;
  }
  if (ctx.block) {
    ctx.carried = *ctx.block;
    ctx.stated_in = static_cast<std::size_t>(-1);
  }
  st.last_compare = ctx.last_compare;
  // A breakdown ("Trong đó, …") keeps the previous sentence's kind verb.
  if (v.folded.starts_with(words::kBreakdown) &&
      !text::WordCharAt(v.folded, words::kBreakdown.size())) {
    st.carried_verb_kind = ctx.carried_verb_kind;
  }
}

// The clause's own period (outside parentheses), else the carried one; a
// period opening the sentence frames the block.
void StartClause(const SentenceView& v, const text::Range& clause, LinkContext& ctx) {
  ++ctx.clause;
  for (const time::PeriodMatch& m : v.PeriodsIn(clause.begin, clause.end)) {
    if (!m.comparator && m.begin >= clause.begin && m.end <= clause.end &&
        v.ParenAt(m.begin) == nullptr) {
      if (StateHere(ctx, m) && OpensSentence(v, m)) ctx.block = ctx.carried;
      break;
    }
  }
}

// A sentence with no figure: its periods carry on (the last one), and one
// that opens it frames the block.
void CarryPeriods(const SentenceView& v, LinkContext& ctx) {
  ++ctx.clause;
  for (const time::PeriodMatch& m : v.periods) {
    if (m.comparator || v.ParenAt(m.begin) != nullptr) continue;
    if (StateHere(ctx, m) && OpensSentence(v, m)) ctx.block = ctx.carried;
  }
}

}  // namespace

std::optional<std::string> BasisName(Basis basis) {
  switch (basis) {
    case Basis::kStated:
      return "stated";
    case Basis::kCarried:
      return "carried";
    case Basis::kHeading:
      return "heading";
    case Basis::kTitle:
      return "title";
    case Basis::kPublished:
      return "published";
    case Basis::kNone:
      break;
  }
  return std::nullopt;
}

LinkContext ContextUnder(std::optional<Date> published, const PeriodFrame& frame) {
  LinkContext ctx;
  ctx.published = published;
  if (frame.period) ctx.carried = frame;
  return ctx;
}

PeriodFrame FrameOf(const Grammar& g, std::string_view s, std::optional<Date> published,
                    Basis basis) {
  PeriodFrame frame;
  const std::string folded = text::FoldCaseKeepOffsets(s);
  const std::vector<text::Range> parens = Parentheses(s);
  for (const time::PeriodMatch& m : g.periods.Find(folded, published)) {
    bool in_parens = false;
    for (const text::Range& r : parens)
      in_parens = in_parens || (r.begin < m.begin && m.begin < r.end);
    if (m.comparator || in_parens || !m.period) continue;
    frame = {m.period, m.point, m.as_of ? Basis::kPublished : basis, m.as_of};
  }
  return frame;
}

namespace {

// LinkSentence on a view already built.
std::vector<Indicator> LinkView(const Grammar& g, SentenceView& v, Section section,
                                LinkContext& ctx, LinkTrace* trace) {
  std::vector<Indicator> out;
  SentenceState st{ctx, ctx.published ? ctx.published->year : 0};
  StartSentence(v, ctx, st);
  if (v.figures.empty()) {
    CarryPeriods(v, ctx);
    ctx.subject.clear();
    return out;
  }
  out.reserve(v.figures.size());  // at most one indicator per figure
  std::size_t next = 0;           // next figure to place
  bool first_linked = false;      // the first figure is out.front()
  for (const text::Range& clause : v.clauses) {
    StartClause(v, clause, ctx);
    st.clause_verb_kind.reset();
    std::size_t prev_end = clause.begin;
    for (; next < v.figures.size() && v.figures[next].begin < clause.end; ++next) {
      std::vector<std::string_view> fired;
      std::optional<Indicator> ind = LinkFigure(g, v, clause, next, section, st, prev_end,
                                                trace != nullptr ? &fired : nullptr);
      if (!ind) {
        if (trace != nullptr)
          trace->dropped.insert(trace->dropped.end(), fired.begin(), fired.end());
        continue;
      }
      out.push_back(std::move(*ind));
      first_linked = first_linked || next == 0;
      if (trace != nullptr) trace->rules.push_back(std::move(fired));
    }
    if (st.clause_verb_kind) st.carried_verb_kind = st.clause_verb_kind;
  }
  ctx.last_compare = st.last_compare;
  ctx.carried_verb_kind = st.carried_verb_kind;
  if (first_linked) {
    ctx.subject = out.front().label;
  } else {
    ctx.subject.clear();
  }
  return out;
}

}  // namespace

std::vector<Indicator> LinkSentence(const Grammar& g, std::string_view s, Section section,
                                    LinkContext& ctx, LinkTrace* trace) {
  SentenceView v;
  BuildSentenceView(g, s, ctx.published, v, &ctx.elided);
  return LinkView(g, v, section, ctx, trace);
}

std::vector<Indicator> BlockLinker::Link(std::string_view sentence) {
  // (Two buffers per thread: the sentence's folded text stays while the
  // waiting ones are folded in turn.)
  thread_local std::string folded, waiting_folded;
  SentenceView v;
  ReadFigures(g_, sentence, folded, v, &ctx_.elided);
  if (v.figures.empty()) {
    waiting_.push_back(sentence);
    return {};
  }
  for (const std::string_view w : waiting_) {
    // What LinkSentence does with a sentence that has no figure: its
    // periods carry on. (Its figures were looked for: there are none.)
    SentenceView wv;
    text::FoldCaseKeepOffsetsInto(w, &waiting_folded);
    wv.text = w;
    wv.folded = waiting_folded;
    ReadTheRest(g_, ctx_.published, wv);
    LinkView(g_, wv, section_, ctx_, nullptr);
  }
  waiting_.clear();
  ReadTheRest(g_, ctx_.published, v);
  return LinkView(g_, v, section_, ctx_, nullptr);
}

}  // namespace vnextract::indicators
