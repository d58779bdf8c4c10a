#include "indicators/label.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "grammar.h"
#include "indicators/cue_search.h"
#include "indicators/label_passes.h"
#include "indicators/sentence_view.h"
#include "indicators/words.h"
#include "text/utf8.h"

namespace vnextract::indicators {

using internal::Grammar;
constexpr std::size_t npos = std::string_view::npos;

std::span<const KindEntry* const> CuesOf(const Grammar& g, KindRole role) {
  return g.cues_by_role[static_cast<std::size_t>(role)];
}

std::size_t LastCueEnd(const Grammar& g, std::string_view folded, std::size_t b, std::size_t e,
                       KindRole role, const WordFilter* words) {
  std::size_t best = npos;
  for (const KindEntry* cue : CuesOf(g, role)) {
    for (std::size_t p = FindWord(folded, cue->word, b, e, words); p != npos;
         p = FindWord(folded, cue->word, p + 1, e)) {
      const std::size_t end = p + cue->word.size();
      if (best == npos || end > best) best = end;
    }
  }
  return best;
}

bool HasCue(const Grammar& g, std::string_view folded, std::size_t b, std::size_t e, KindRole role,
            Kind kind, const WordFilter* words) {
  for (const KindEntry* cue : CuesOf(g, role)) {
    if (cue->kind == kind && FindWord(folded, cue->word, b, e, words) != npos) return true;
  }
  return false;
}

std::size_t FirstCueEnd(const Grammar& g, std::string_view folded, std::size_t b, std::size_t e,
                        KindRole role, const WordFilter* words) {
  std::size_t best = npos;
  for (const KindEntry* cue : CuesOf(g, role)) {
    if (const std::size_t p = FindWord(folded, cue->word, b, e, words); p != npos) {
      best = std::min(best, p + cue->word.size());
    }
  }
  return best;
}

std::size_t RFindIn(std::string_view f, std::string_view w, std::size_t b, std::size_t e) {
  if (w.empty() || e > f.size() || b > e || e - b < w.size()) return npos;
  const char first = w.front();  // (SpelledAt compares it first: checked inline)
  for (std::size_t p = e - w.size();; --p) {
    if (f[p] == first && text::SpelledAt(f, p, w)) return p;
    if (p == b) return npos;
  }
}

namespace {

// The library's lookup for the label passes (label_passes.h says what each
// answers): the grammar's indexes by role and byte, a binary search of the
// periods, the label verbs found at spaces by their second byte, and the
// label folded as it is copied.
struct FastLookup {
  std::size_t FirstFrameCueEnd(const LabelInput& in, std::size_t b, std::size_t e) const {
    return in.frame_cues ? FirstCueEnd(in.grammar, in.folded, b, e, KindRole::kFrameCue, in.words)
                         : npos;
  }
  std::size_t LastFrameCueEnd(const LabelInput& in, std::size_t b, std::size_t e) const {
    return in.frame_cues ? LastCueEnd(in.grammar, in.folded, b, e, KindRole::kFrameCue, in.words)
                         : npos;
  }
  std::span<const time::PeriodMatch> PeriodsIn(const LabelInput& in, std::size_t b,
                                               std::size_t e) const {
    return indicators::PeriodsIn(in.periods, b, e);
  }
  std::size_t RFind(const LabelInput& in, std::string_view w, std::size_t b, std::size_t e) const {
    return RFindIn(in.folded, w, b, e);  // folded.substr(0, e).rfind(w) if >= b
  }

  std::size_t CutAtVerbs(const LabelInput& in, std::size_t b, std::size_t e) const {
    constexpr auto& kVerbs = words::kLabelVerbs;
    // Where each is first spelled in folded[b, e) — they all start with a
    // space — then, in order, each cuts what is left
    // (folded.substr(0, e).find(w, b) as e shrinks).
    std::array<std::size_t, std::size(kVerbs)> first;
    first.fill(npos);
    const std::string_view within = in.folded.substr(0, e);
    // The bytes a verb has after its space: at a space followed by none of
    // them (or by nothing) no verb is spelled.
    static constexpr std::array<bool, 256> kSecond = [] {
      std::array<bool, 256> second{};
      for (std::string_view w : kVerbs) second[static_cast<unsigned char>(w[1])] = true;
      return second;
    }();
    for (std::size_t sp = within.find(' ', b); sp != npos; sp = within.find(' ', sp + 1)) {
      if (sp + 1 >= within.size() || !kSecond[static_cast<unsigned char>(within[sp + 1])]) continue;
      for (std::size_t k = 0; k < std::size(kVerbs); ++k) {
        if (first[k] == npos && text::SpelledAt(within, sp, kVerbs[k])) first[k] = sp;
      }
    }
    for (std::size_t k = 0; k < std::size(kVerbs); ++k) {
      const std::size_t p = first[k];
      if (p != npos && p + kVerbs[k].size() <= e && p > b) e = p;
    }
    return e;
  }

  // l and lf are written through pointers, n bytes so far, and cut to n
  // after: what appending byte by byte (l += s[k]; lf += folded[k]) gives.
  // lf, the folded twin, is one buffer per thread, kept between labels
  // (CleanLabel does not call itself). Both hold at most e - b bytes.
  std::string_view Assemble(const LabelInput& in, std::size_t b, std::size_t e, std::string& l,
                            bool& dropped) const {
    thread_local std::string lf_buffer;
    std::string& lf = lf_buffer;
    lf.clear();
    if (e > b) {
      l.reserve(e - b);
      lf.reserve(e - b);
    }
    const std::string_view s = in.s;
    std::size_t n = 0;
    auto append = [&](std::size_t from, std::size_t count) {  // as s.substr(from, count)
      const std::size_t to = from + std::min(count, s.size() - from);
      if (to <= from) return;
      if (l.size() < n + (to - from)) {
        l.resize(n + (to - from));
        lf.resize(n + (to - from));
      }
      char* const lp = l.data();
      char* const fp = lf.data();
      for (std::size_t k = from; k < to; ++k) {
        if (s[k] == ' ' && n > 0 && lp[n - 1] == ' ') continue;
        lp[n] = s[k];
        fp[n] = in.folded[k];
        ++n;
      }
    };
    std::size_t p = b;
    for (const time::PeriodMatch& m : indicators::PeriodsIn(in.periods, b, e)) {
      if (m.end <= b || m.begin >= e) continue;
      dropped = true;
      const std::size_t cut = std::max(m.begin, b);
      append(p, cut - p);
      p = std::min(m.end, e);
    }
    if (p < e) append(p, e - p);
    l.resize(n);
    lf.resize(n);
    return lf;
  }

  template <typename F>
  void ForTrims(const LabelInput& in, char first, char last, F&& fn) const {
    // Only tails ending with the last byte and heads starting with the
    // first can match: the two indexes merged back into table order.
    const std::vector<const TrimEntry*>& tails =
        in.grammar.trim_tails[static_cast<unsigned char>(last)];
    const std::vector<const TrimEntry*>& heads =
        in.grammar.trim_heads[static_cast<unsigned char>(first)];
    std::size_t ti = 0, hi = 0;
    while (ti < tails.size() || hi < heads.size()) {
      const bool take_tail = hi == heads.size() || (ti < tails.size() && tails[ti] < heads[hi]);
      if (fn(take_tail ? *tails[ti++] : *heads[hi++])) return;
    }
  }
  template <typename F>
  void ForQualifiersBefore(const LabelInput& in, char last, F&& fn) const {
    for (const QualifierEntry* q : in.grammar.qualifiers_before[static_cast<unsigned char>(last)]) {
      if (fn(*q)) return;
    }
  }
  template <typename F>
  void ForKindCues(const LabelInput& in, char last, F&& fn) const {
    for (const KindEntry* k : in.grammar.kind_cues.EndingWith(last)) {
      if (fn(*k)) return;
    }
  }
  template <typename F>
  void ForShortComparators(const LabelInput& in, F&& fn) const {
    for (const CompareEntry* c : in.grammar.short_comparators) fn(*c);
  }
};

// The label is read folded (text::FoldCaseKeepOffsets, which keeps every
// offset and folds each character on its own, reading a character that
// starts before byte k from bytes below k + 3): for its start only its first
// bytes are folded, and it can equal a word only when it is as long.
constexpr std::size_t kGenericMax = words::Longest(words::kGenericLabels);
constexpr std::size_t kHeadBytes = words::Longest(words::kTargetHeads) + 3;

}  // namespace

std::string CleanLabel(const LabelInput& in, std::size_t b, std::size_t e, LabelTrace* trace) {
  return label_passes::CleanLabelWith(in, FastLookup{}, b, e, trace);
}

std::vector<std::string_view> LabelPassNames() {
  std::vector<std::string_view> names;
  for (const auto& pass : label_passes::kPasses<FastLookup>) names.push_back(pass.name);
  names.push_back(label_passes::kDropPeriods);
  names.push_back(label_passes::kTrimEnds);
  return names;
}

bool IsGenericLabel(std::string_view label) {
  if (label.size() > kGenericMax) return false;
  thread_local std::string folded;  // (kept between calls: no allocation)
  text::FoldCaseKeepOffsetsInto(label, &folded);
  return words::In(words::kGenericLabels, folded);
}

bool StartsWithTargetHead(std::string_view label) {
  thread_local std::string head;  // (kept between calls: no allocation)
  text::FoldCaseKeepOffsetsInto(label.substr(0, std::min(label.size(), kHeadBytes)), &head);
  return std::ranges::any_of(words::kTargetHeads,
                             [&](std::string_view w) { return head.starts_with(w); });
}

}  // namespace vnextract::indicators
