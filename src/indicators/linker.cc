#include "indicators/linker.h"

#include <algorithm>
#include <span>

#include "indicators/lexicon.h"
#include "indicators/quantities.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace vnextract::indicators {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool IsTrimPunct(char c) { return c == ' ' || c == ',' || c == ':' || c == '-' || c == ';'; }

// Does folded[b, e) hold a kind cue of `role` (or any role when nullopt)?
// Returns the end of the last one, or npos.
std::size_t LastCueEnd(std::string_view folded, std::size_t b, std::size_t e,
                       std::optional<KindRole> role, std::optional<Kind> kind = std::nullopt) {
  std::size_t best = npos;
  for (const KindEntry& cue : KindCues()) {
    if (role && cue.role != *role) continue;
    if (kind && cue.kind != *kind) continue;
    for (std::size_t p = FindWord(folded, cue.word, b, e); p != npos;
         p = FindWord(folded, cue.word, p + 1, e)) {
      const std::size_t end = p + cue.word.size();
      if (best == npos || end > best) best = end;
    }
  }
  return best;
}

// The end of the first kind cue of `role` in folded[b, e), or npos.
std::size_t FirstCueEnd(std::string_view folded, std::size_t b, std::size_t e, KindRole role) {
  std::size_t best = npos;
  for (const KindEntry& cue : KindCues()) {
    if (cue.role != role) continue;
    if (const std::size_t p = FindWord(folded, cue.word, b, e); p != npos) {
      best = std::min(best, p + cue.word.size());
    }
  }
  return best;
}

// The period matches that overlap [b, e): `periods` is sorted and
// non-overlapping, so this is a binary search, not a scan per figure.
std::span<const PeriodMatch> PeriodsIn(const std::vector<PeriodMatch>& periods, std::size_t b,
                                       std::size_t e) {
  auto first = std::lower_bound(periods.begin(), periods.end(), b,
                                [](const PeriodMatch& m, std::size_t pos) { return m.end <= pos; });
  auto last = first;
  while (last != periods.end() && last->begin < e) ++last;
  return {first, last};
}

// The label: the phrase naming what is measured, cut from folded[b, e) of the
// sentence. Leading frames ("Trong 6 tháng đầu năm,", "Phấn đấu năm 2022,")
// and period expressions are removed; verbs, qualifiers and connectives are
// trimmed from both ends.
std::string CleanLabel(std::string_view s, std::string_view folded, std::size_t b, std::size_t e,
                       const std::vector<PeriodMatch>& periods) {
  // A frame before a comma: cut after the last comma that follows a period
  // expression or a frame cue. (Computed in one pass: a phrase with many
  // commas must not cost quadratic time.)
  const std::span<const PeriodMatch> inside = PeriodsIn(periods, b, e);
  std::size_t frame_end = FirstCueEnd(folded, b, e, KindRole::kFrameCue);
  for (const PeriodMatch& m : inside) {
    if (!m.comparator && m.begin >= b && m.end <= e) frame_end = std::min(frame_end, m.end);
  }
  if (frame_end != npos && e > 0) {
    const std::size_t c = s.rfind(',', e - 1);
    if (c != npos && c >= frame_end && c >= b) b = c + 1;
  }
  // A frame cue inside the phrase: "Ban Quản lý ... phấn đấu tổng sản phẩm".
  if (std::size_t f = LastCueEnd(folded, b, e, KindRole::kFrameCue); f != npos) b = f;
  // Drop period expressions, keep the rest.
  std::string label, label_folded;
  std::size_t p = b;
  for (const PeriodMatch& m : PeriodsIn(periods, b, e)) {
    if (m.end <= b || m.begin >= e) continue;
    const std::size_t cut = std::max(m.begin, b);
    label.append(s.substr(p, cut - p));
    label_folded.append(folded.substr(p, cut - p));
    p = std::min(m.end, e);
  }
  if (p < e) {
    label.append(s.substr(p, e - p));
    label_folded.append(folded.substr(p, e - p));
  }
  // Collapse doubled spaces left by cuts.
  std::string l, lf;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] == ' ' && !l.empty() && l.back() == ' ') continue;
    l += label[i];
    lf += label_folded[i];
  }
  // Trim words and punctuation from both ends until nothing changes.
  std::size_t lb = 0, le = l.size();
  const std::string_view f(lf);
  for (bool changed = true; changed && lb < le;) {
    changed = false;
    while (lb < le && (IsTrimPunct(l[lb]) || l[lb] == ')')) ++lb, changed = true;
    while (le > lb && (IsTrimPunct(l[le - 1]) || l[le - 1] == '(')) --le, changed = true;
    const std::string_view view = f.substr(0, le);
    auto tail = [&](std::string_view w) {
      if (le - lb >= w.size() && view.substr(le - w.size()) == w &&
          BoundaryOk(f, le - w.size(), le, true)) {
        le -= w.size();
        changed = true;
        return true;
      }
      return false;
    };
    auto head = [&](std::string_view w) {
      if (le - lb >= w.size() && f.compare(lb, w.size(), w) == 0 &&
          BoundaryOk(f, lb, lb + w.size(), true)) {
        lb += w.size();
        changed = true;
        return true;
      }
      return false;
    };
    for (const TrimEntry& t : LabelTrims()) {
      if (t.where == TrimWhere::kTail ? tail(t.word) : head(t.word)) break;
    }
    for (const QualifierEntry& q : Qualifiers()) {
      if (q.where == Where::kBefore && tail(q.word)) break;
    }
    for (const KindEntry& k : KindCues()) {
      if (tail(k.word)) break;
    }
  }
  return l.substr(lb, le - lb);
}

bool SubAnnual(const std::optional<std::string>& period) { return period && period->size() > 4; }

}  // namespace

std::vector<Indicator> LinkSentence(std::string_view s, Section section, LinkContext& ctx) {
  std::vector<Indicator> out;
  const std::string folded_storage = text::FoldCaseKeepOffsets(s);
  const std::string_view folded(folded_storage);
  std::vector<FoundQuantity> found = FindQuantitiesIn(s, folded);
  // A number with no unit, or an ordinal, measures nothing on its own.
  std::erase_if(found, [](const FoundQuantity& f) {
    return f.quantity.unit.empty() || f.quantity.unit == "ordinal";
  });
  const std::vector<PeriodMatch> periods =
      ctx.periods ? ctx.periods->Find(folded, ctx.published) : std::vector<PeriodMatch>{};
  if (found.empty()) {
    for (const PeriodMatch& m : periods) {
      if (!m.comparator) ctx.carried_period = m.period;
    }
    return out;
  }

  // A frame cue anywhere before a figure makes it a target ("Phấn đấu năm
  // 2022, ... ước đạt ..."): find the first one once per sentence.
  const std::size_t first_frame_cue = FirstCueEnd(folded, 0, s.size(), KindRole::kFrameCue);
  std::optional<Kind> carried_verb_kind;
  std::string last_level_label;
  std::size_t next = 0;  // next quantity to place
  for (const text::Range& clause : text::SplitClauses(s)) {
    // The clause's own period, else the one carried from before.
    for (const PeriodMatch& m : PeriodsIn(periods, clause.begin, clause.end)) {
      if (!m.comparator && m.begin >= clause.begin && m.end <= clause.end) {
        ctx.carried_period = m.period;
        break;
      }
    }
    std::optional<Kind> clause_verb_kind;
    std::size_t prev_end = clause.begin;
    for (; next < found.size() && found[next].begin < clause.end; ++next) {
      const FoundQuantity& f = found[next];
      const Quantity& q = f.quantity;
      Indicator ind;
      ind.section = section;
      ind.value = q.value;
      ind.value_min = q.value_min;
      ind.value_max = q.value_max;
      ind.unit = q.unit;
      ind.qualifier = q.qualifier;
      ind.surface = q.surface;
      ind.span = q.span;
      ind.period = ctx.carried_period;

      const std::size_t limit =
          next + 1 < found.size() ? std::min(found[next + 1].begin, clause.end) : clause.end;
      // A ratio: "đạt 100% kế hoạch", "chiếm 45%".
      std::optional<std::string> ratio_base;
      if (f.unit_class == UnitClass::kPercent) {
        std::size_t a = f.end < s.size() && s[f.end] == ' ' ? f.end + 1 : f.end;
        if (const CompareEntry* c = MatchAt(Comparators(), folded, a);
            c != nullptr && c->where == CompareWhere::kAfterPercent) {
          ratio_base = std::string(c->compare_to);
        } else if (std::size_t p = FindWord(folded, "chiếm", prev_end, f.begin); p != npos) {
          ratio_base = "total";
        }
      }
      // A change: "tăng 5%", "giảm 6,2%" right before the figure.
      std::size_t before = f.begin > 0 && s[f.begin - 1] == ' ' ? f.begin - 1 : f.begin;
      const KindEntry* change = MatchEndingAt(KindCues(), folded, before);
      if (change != nullptr && change->role != KindRole::kSigned) change = nullptr;

      if (ratio_base) {
        ind.kind = Kind::kRatio;
        ind.compare_to = ratio_base;
        ind.label = last_level_label;
      } else if (change != nullptr) {
        ind.kind = Kind::kChange;
        if (change->word == "giảm" && ind.value) ind.value = -*ind.value;
        ind.label = last_level_label;
        for (const CompareEntry& c : Comparators()) {
          if (c.where == CompareWhere::kComparator &&
              FindWord(folded, c.word, f.end, limit) != npos) {
            ind.compare_to = std::string(c.compare_to);
            break;
          }
        }
        if (!ind.compare_to) {
          ind.compare_to = SubAnnual(ind.period) ? "same_period_last_year" : "previous_year";
        }
      } else {
        // A level: its kind from the verb before it, a frame cue earlier in
        // the sentence ("Phấn đấu năm 2022, ... ước đạt" is still a target),
        // or the verb of the previous clause (elided lists).
        const bool target =
            (first_frame_cue != npos && first_frame_cue <= f.begin) ||
            LastCueEnd(folded, prev_end, f.begin, KindRole::kVerb, Kind::kTarget) != npos;
        const bool estimate =
            LastCueEnd(folded, prev_end, f.begin, KindRole::kVerb, Kind::kEstimate) != npos;
        if (target) {
          ind.kind = Kind::kTarget;
        } else if (estimate) {
          ind.kind = Kind::kEstimate;
        } else {
          ind.kind = carried_verb_kind.value_or(Kind::kActual);
        }
        if (estimate || target) clause_verb_kind = ind.kind;
        ind.label = CleanLabel(s, folded, prev_end, f.begin, periods);
        last_level_label = ind.label;
      }
      if (ind.label.empty()) ind.label = CleanLabel(s, folded, prev_end, f.begin, periods);
      out.push_back(std::move(ind));
      prev_end = f.end;
    }
    if (clause_verb_kind) carried_verb_kind = clause_verb_kind;
  }
  return out;
}

}  // namespace vnextract::indicators
