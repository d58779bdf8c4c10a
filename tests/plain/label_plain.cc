// Label cleaning with the plain lookup (label_plain.h says what is plain).
#include "plain/label_plain.h"

#include <algorithm>
#include <iterator>
#include <span>

#include "grammar.h"
#include "indicators/label.h"
#include "indicators/label_passes.h"
#include "indicators/lexicon.h"
#include "indicators/words.h"
#include "text/utf8.h"

namespace vnextract::plain {
namespace {

using indicators::FindWord;
using indicators::KindEntry;
using indicators::KindRole;
using indicators::LabelInput;
using indicators::QualifierEntry;
using indicators::TrimEntry;
using indicators::Where;
using internal::Grammar;
using time::PeriodMatch;
constexpr std::size_t npos = std::string_view::npos;

// The end of the first (or last) frame cue in folded[b, e), or npos.
std::size_t FrameCueEnd(const Grammar& g, std::string_view folded, std::size_t b, std::size_t e,
                        bool last) {
  std::size_t best = npos;
  for (const KindEntry& cue : g.kind_cues.entries()) {
    if (cue.role != KindRole::kFrameCue) continue;
    for (std::size_t p = FindWord(folded, cue.word, b, e); p != npos;
         p = FindWord(folded, cue.word, p + 1, e)) {
      const std::size_t end = p + cue.word.size();
      if (best == npos || (last ? end > best : end < best)) best = end;
    }
  }
  return best;
}

struct PlainLookup {
  // (Owned here: the span PeriodsIn returns must outlive the call.)
  mutable std::vector<PeriodMatch> in_range;
  mutable std::string folded_label;

  std::size_t FirstFrameCueEnd(const LabelInput& in, std::size_t b, std::size_t e) const {
    return FrameCueEnd(in.grammar, in.folded, b, e, false);
  }
  std::size_t LastFrameCueEnd(const LabelInput& in, std::size_t b, std::size_t e) const {
    return FrameCueEnd(in.grammar, in.folded, b, e, true);
  }
  std::span<const PeriodMatch> PeriodsIn(const LabelInput& in, std::size_t b, std::size_t e) const {
    in_range.clear();
    for (const PeriodMatch& m : in.periods) {
      if (m.end > b && m.begin < e) in_range.push_back(m);
    }
    return in_range;
  }
  std::size_t RFind(const LabelInput& in, std::string_view w, std::size_t b, std::size_t e) const {
    const std::size_t p = in.folded.substr(0, e).rfind(w);
    return p == npos || p < b ? npos : p;
  }
  // Each verb in order, found by its own search on what is left.
  std::size_t CutAtVerbs(const LabelInput& in, std::size_t b, std::size_t e) const {
    for (std::string_view w : indicators::words::kLabelVerbs) {
      const std::size_t p = in.folded.substr(0, e).find(w, b);
      if (p != npos && p > b) e = p;
    }
    return e;
  }
  // Copied without the periods, then folded whole.
  std::string_view Assemble(const LabelInput& in, std::size_t b, std::size_t e, std::string& l,
                            bool& dropped) const {
    auto append = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to && k < in.s.size(); ++k) {
        if (in.s[k] == ' ' && !l.empty() && l.back() == ' ') continue;
        l += in.s[k];
      }
    };
    std::size_t p = b;
    for (const PeriodMatch& m : PeriodsIn(in, b, e)) {
      dropped = true;
      const std::size_t cut = std::max(m.begin, b);
      if (cut > p) append(p, cut);
      p = std::max(p, std::min(m.end, e));
    }
    if (p < e) append(p, e);
    folded_label = text::FoldCaseKeepOffsets(l);
    return folded_label;
  }
  template <typename F>
  void ForTrims(const LabelInput& in, char, char, F&& fn) const {
    for (const TrimEntry& t : in.grammar.label_trims.entries()) {
      if (fn(t)) return;
    }
  }
  template <typename F>
  void ForQualifiersBefore(const LabelInput& in, char, F&& fn) const {
    for (const QualifierEntry& q : in.grammar.qualifiers.entries()) {
      if (q.where == Where::kBefore && fn(q)) return;
    }
  }
  template <typename F>
  void ForKindCues(const LabelInput& in, char, F&& fn) const {
    for (const KindEntry& k : in.grammar.kind_cues.entries()) {
      if (fn(k)) return;
    }
  }
  template <typename F>
  void ForShortComparators(const LabelInput& in, F&& fn) const {
    for (const indicators::CompareEntry& c : in.grammar.comparators.entries()) {
      if (indicators::IsShortComparator(c)) fn(c);
    }
  }
};

}  // namespace

bool HasFrameCue(const Grammar& g, std::string_view folded) {
  return FrameCueEnd(g, folded, 0, folded.size(), false) != npos;
}

std::string CleanLabel(const Grammar& g, std::string_view s, std::string_view folded, std::size_t b,
                       std::size_t e, const std::vector<PeriodMatch>& periods) {
  const LabelInput in{g, s, folded, periods, true};
  return indicators::label_passes::CleanLabelWith(in, PlainLookup{}, b, e, nullptr);
}

bool IsGenericLabel(std::string_view label) {
  return std::ranges::find(indicators::words::kGenericLabels, text::FoldCaseKeepOffsets(label)) !=
         std::end(indicators::words::kGenericLabels);
}

bool StartsWithTargetHead(std::string_view label) {
  const std::string folded = text::FoldCaseKeepOffsets(label);
  return std::ranges::any_of(indicators::words::kTargetHeads,
                             [&](std::string_view w) { return folded.starts_with(w); });
}

}  // namespace vnextract::plain
