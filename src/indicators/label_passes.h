// The label passes (indicators/label.h), written once over a lookup policy
// `L` that answers the searches they make: the library's (label.cc) uses
// the grammar's indexes by byte and role, binary searches and byte filters;
// the plain twin's (tests/plain/label_plain.cc) tries every entry in table
// order and folds the label whole. A policy provides:
//
//   FirstFrameCueEnd(in, b, e), LastFrameCueEnd(in, b, e)   npos if none
//   PeriodsIn(in, b, e)             the period matches overlapping [b, e)
//   RFind(in, w, b, e)              the last `w` inside folded[b, e), or npos
//   CutAtVerbs(in, b, e)            e after cutting at each label verb in order
//   Assemble(in, b, e, label, dropped)  sets `label` to the text of [b, e)
//                                   without its periods (`dropped` when one
//                                   was), doubled spaces collapsed; returns
//                                   its folded twin (valid until the next
//                                   call on the thread)
//   ForTrims(in, first, last, fn)   the label trims that may apply to a
//                                   label starting with byte `first` and
//                                   ending with `last`, in table order, until
//                                   fn returns true
//   ForQualifiersBefore(in, last, fn), ForKindCues(in, last, fn)  likewise
//                                   for the tails
//   ForShortComparators(in, fn)     each comparison written "so …" but not
//                                   "so với …" (IsShortComparator)
#ifndef VNEXTRACT_SRC_INDICATORS_LABEL_PASSES_H_
#define VNEXTRACT_SRC_INDICATORS_LABEL_PASSES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "indicators/label.h"
#include "indicators/lexicon.h"
#include "indicators/words.h"
#include "text/utf8.h"

namespace vnextract::indicators::label_passes {

inline constexpr std::size_t npos = std::string_view::npos;

inline bool IsTrimPunct(char c) { return c == ' ' || c == ',' || c == ':' || c == '-' || c == ';'; }

struct Span {
  std::size_t b, e;
};

// A news outlet's tag opening the text: "(ABC) - ", "(XYZ 9.7.2024) ",
// "KTXH - ": an abbreviation of capitals (in parentheses, or before a dash).
template <class L>
void OutletTag(const LabelInput& in, const L&, Span& sp) {
  const std::string_view s = in.s;
  std::size_t p = 0;
  while (p < sp.e && s[p] == ' ') ++p;
  if (sp.b > p) return;  // (only at the start of the text)
  const bool paren = p < sp.e && s[p] == '(';
  const std::size_t word = paren ? p + 1 : p;
  std::size_t k = word;
  std::size_t capitals = 0;
  while (k < sp.e) {
    if (s[k] >= 'A' && s[k] <= 'Z') {
      ++k;
    } else if (s.substr(k, 2) == "\xC4\x90") {  // Đ
      k += 2;
    } else {
      break;
    }
    ++capitals;
  }
  if (capitals < 2) return;
  std::size_t end;
  if (paren) {
    if (k >= sp.e || (s[k] != ')' && s[k] != ' ')) return;
    end = s.find(')', k);
    if (end == npos || end >= sp.e || end > word + 40) return;
    ++end;
  } else {
    if (s.substr(k, 3) != " - ") return;
    end = k + 3;
  }
  while (end < sp.e && (s[end] == ' ' || s[end] == '-')) ++end;
  sp.b = end;
}

// A list introducer: "Các mặt hàng chủ lực: gỗ ước đạt …" labels "gỗ" —
// but a colon right before the figure introduces the value: "Thu nhập bình
// quân đầu người: 60 triệu đồng" labels what comes before it.
template <class L>
void ListIntroducer(const LabelInput& in, const L&, Span& sp) {
  if (sp.e <= sp.b) return;
  const std::size_t colon = in.s.substr(sp.b, sp.e - sp.b).rfind(':');
  if (colon == npos) return;
  if (in.s.substr(sp.b + colon + 1, sp.e - sp.b - colon - 1).find_first_not_of(' ') == npos) {
    const std::size_t before = in.s.substr(sp.b, colon).rfind(':');
    if (before != npos) sp.b += before + 1;
    return;
  }
  sp.b += colon + 1;
}

// A frame before a comma: cut after the first comma that follows a period
// expression or a frame cue ("Năm 2023, ngành chế biến, chế tạo" keeps
// "ngành chế biến, chế tạo"). One pass: many commas cost linear time.
template <class L>
void LeadingFrame(const LabelInput& in, const L& lookup, Span& sp) {
  std::size_t frame_end = lookup.FirstFrameCueEnd(in, sp.b, sp.e);
  for (const time::PeriodMatch& m : lookup.PeriodsIn(in, sp.b, sp.e)) {
    if (!m.comparator && m.begin >= sp.b && m.end <= sp.e) frame_end = std::min(frame_end, m.end);
  }
  if (frame_end != npos) {
    const std::size_t c = in.s.find(',', frame_end);
    if (c != npos && c < sp.e) sp.b = c + 1;
  }
}

// A leading context phrase: "Theo Quyết định số …, X", "Tại Hội nghị …, X".
template <class L>
void ContextPhrase(const LabelInput& in, const L&, Span& sp) {
  for (std::string_view w : words::kLabelLeads) {
    std::size_t lb = sp.b;
    while (lb < sp.e && in.s[lb] == ' ') ++lb;
    if (in.folded.substr(lb, w.size()) == w) {
      const std::size_t c = in.s.find(',', lb);
      if (c != npos && c < sp.e) sp.b = c + 1;
    }
  }
}

// A clause reporting who says it: "Đại diện ngành tài chính cho biết, thu
// nội địa …" labels "thu nội địa".
template <class L>
void ReportingClause(const LabelInput& in, const L&, Span& sp) {
  std::size_t cut = npos;
  for (std::string_view w : words::kReporting) {
    for (std::size_t p = FindWord(in.folded, w, sp.b, sp.e, in.words); p != npos;
         p = FindWord(in.folded, w, p + 1, sp.e, in.words)) {
      if (cut == npos || p + w.size() > cut) cut = p + w.size();
    }
  }
  if (cut == npos) return;
  while (cut < sp.e && (in.s[cut] == ' ' || in.s[cut] == ',' || in.s[cut] == ':')) ++cut;
  sp.b = cut;
}

// A finished clause before a comma: "Kinh tế của huyện tiếp tục phục hồi,
// thu ngân sách trên địa bàn" labels "thu ngân sách trên địa bàn". The
// clause has a predicate (words::kClauseVerbs) after its first word; the cut
// is at the last comma after the earliest such predicate that leaves two
// words or more.
template <class L>
void FinishedClause(const LabelInput& in, const L&, Span& sp) {
  const std::string_view s = in.s.substr(0, sp.e);
  std::size_t first = npos;  // the earliest predicate's end
  for (std::string_view w : words::kClauseVerbs) {
    for (std::size_t p = FindWord(in.folded, w, sp.b, sp.e, in.words);
         p != npos && p + w.size() < first; p = FindWord(in.folded, w, p + 1, sp.e, in.words)) {
      bool initial = true;
      for (std::size_t k = sp.b; k < p && initial; ++k) initial = IsTrimPunct(s[k]);
      if (!initial) {
        first = p + w.size();
        break;
      }
    }
  }
  if (first == npos) return;
  for (std::size_t c = s.rfind(','); c != npos && c >= first;
       c = c == 0 ? npos : s.rfind(',', c - 1)) {
    std::size_t words = 0;
    for (std::size_t k = c + 1; k < sp.e; ++k) {
      words += s[k] != ' ' && (s[k - 1] == ' ' || s[k - 1] == ',');
    }
    if (words >= 2) {
      sp.b = c + 1;
      return;
    }
  }
}

// Where the first comparator in folded[b, e) starts: "so với", or a short
// form of the comparator table ("so cùng kỳ", "so tháng trước").
template <class L>
std::size_t FirstComparator(const LabelInput& in, const L& lookup, std::size_t b, std::size_t e) {
  // (Each starts with "so ": one scan for it, then the words there.)
  for (std::size_t p = FindWord(in.folded, words::kCompareShort, b, e, in.words); p != npos;
       p = FindWord(in.folded, words::kCompareShort, p + 1, e, in.words)) {
    const auto here = [&](std::string_view w) {
      return w.size() <= e - p && text::SpelledAt(in.folded, p, w) &&
             !text::WordCharAt(in.folded, p + w.size());
    };
    bool found = here(words::kCompare);
    lookup.ForShortComparators(in, [&](const CompareEntry& c) { found = found || here(c.word); });
    if (found) return p;
  }
  return npos;
}

// A comparator is not part of a label: "So với tháng trước, CPI tháng 10
// tăng" labels "CPI"; "… so với cùng kỳ, tăng" and "…, so cùng kỳ năm 2017
// tăng" label nothing.
template <class L>
void Comparator(const LabelInput& in, const L& lookup, Span& sp) {
  for (std::size_t p = FirstComparator(in, lookup, sp.b, sp.e); p != npos;
       p = FirstComparator(in, lookup, sp.b, sp.e)) {
    const std::size_t comma = in.s.find(',', p);
    bool before_empty = true;
    for (std::size_t k = sp.b; k < p; ++k) before_empty = before_empty && IsTrimPunct(in.s[k]);
    if (!before_empty) {
      sp.e = p;
    } else if (comma != npos && comma < sp.e) {
      sp.b = comma + 1;
    } else {
      sp.b = sp.e;
    }
  }
}

// "… có 142 dự án", "Tỉnh có diện tích tự nhiên …", "… với tổng vốn đăng
// ký …": what is measured follows "có" / "với" (unless a threshold does).
// "có" inside a name stays ("lương thực có hạt"); it splits only before a
// measure.
template <class L>
void MeasureAfter(const LabelInput& in, const L& lookup, Span& sp) {
  for (const words::MeasureSplit& w : words::kMeasureSplits) {
    const std::size_t p = lookup.RFind(in, w.word, sp.b, sp.e);
    if (p == npos) continue;
    bool digits_after = false;
    for (std::size_t k = p; k < sp.e; ++k)
      digits_after = digits_after || text::IsAsciiDigit(in.s[k]);
    bool measure = w.always;
    for (std::string_view m : words::kMeasureHeads) {
      measure = measure || in.folded.substr(p + w.word.size()).starts_with(m);
    }
    // ("thu nội địa với 5.120 tỷ đồng": nothing named after it, the phrase
    // before is the measure.)
    bool named_after = false;
    for (std::size_t k = p + w.word.size(); k < sp.e && !named_after; ++k) {
      named_after = text::WordCharAt(in.s, k);
    }
    if (!digits_after && measure && named_after) sp.b = p + w.word.size();
  }
}

// A frame cue inside the phrase: "Ban Quản lý ... phấn đấu tổng sản phẩm"
// (but "thu hút đầu tư … phấn đấu đạt" and "… phấn đấu đạt khoảng" keep
// what comes before it).
template <class L>
void InnerFrameCue(const LabelInput& in, const L& lookup, Span& sp) {
  const std::size_t f = lookup.LastFrameCueEnd(in, sp.b, sp.e);
  if (f == npos) return;
  bool rest_empty = true;
  for (std::size_t k = f; k < sp.e && rest_empty; ++k) rest_empty = IsTrimPunct(in.s[k]);
  const std::string_view rest = in.folded.substr(f, sp.e - f);
  const std::size_t first = rest.find_first_not_of(' ');
  // Only "đạt", perhaps with a qualifier after it.
  bool only_reach = false;
  if (first != npos && rest.substr(first).starts_with(words::kReach)) {
    std::string_view after = rest.substr(first + words::kReach.size());
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    while (!after.empty() && after.back() == ' ') after.remove_suffix(1);
    only_reach = after.empty();
    if (!only_reach) {
      lookup.ForQualifiersBefore(in, after.back(), [&](const QualifierEntry& q) {
        only_reach = q.word == after;
        return only_reach;
      });
    }
  }
  if (!rest_empty && first != npos && !only_reach) {
    sp.b = f;
  } else {
    // Before the cue: all its words ("phấn đấu"), else its last.
    std::size_t cue = 0;
    lookup.ForKindCues(in, in.folded[f - 1], [&](const KindEntry& k) {
      if (k.role != KindRole::kFrameCue || k.word.size() > f - sp.b ||
          in.folded.substr(f - k.word.size(), k.word.size()) != k.word) {
        return false;
      }
      cue = k.word.size();
      return true;
    });
    if (cue > 0) {
      sp.e = f - cue;
    } else {
      sp.e = f - 1;
      while (sp.e > sp.b && text::WordCharBefore(in.folded, sp.e)) {
        sp.e = text::PrevStart(in.folded, sp.e);
      }
    }
  }
}

// Cut at a verb inside: "Dự toán thu ngân sách … được giao", "diện tích …
// dự kiến mở rộng", "giá cà phê nhân dao động". A verb that opens the
// phrase after its connectives and punctuation only ("Trong đó, ước chi sự
// nghiệp giáo dục …") is not inside it: trim_ends cuts it later, and cutting
// there would leave nothing.
template <class L>
void InnerVerb(const LabelInput& in, const L& lookup, Span& sp) {
  std::size_t from = sp.b;
  for (bool moved = true; moved && from < sp.e;) {
    moved = false;
    while (from < sp.e && IsTrimPunct(in.s[from])) ++from, moved = true;
    if (from >= sp.e) break;
    lookup.ForTrims(in, in.folded[from], '\0', [&](const TrimEntry& t) {
      if (t.where != TrimWhere::kHead || t.word.size() > sp.e - from ||
          !text::SpelledAt(in.folded, from, t.word) ||
          !BoundaryOk(in.folded, from, from + t.word.size(), true)) {
        return false;
      }
      from += t.word.size();
      moved = true;
      return true;
    });
  }
  sp.e = lookup.CutAtVerbs(in, from, sp.e);
}

template <class L>
struct Pass {
  std::string_view name;
  void (*run)(const LabelInput&, const L&, Span&);
};

// The passes that narrow [b, e), in order.
template <class L>
inline constexpr Pass<L> kPasses[] = {
    {"outlet_tag", &OutletTag<L>},
    {"list_introducer", &ListIntroducer<L>},
    {"leading_frame", &LeadingFrame<L>},
    {"context_phrase", &ContextPhrase<L>},
    {"reporting_clause", &ReportingClause<L>},
    {"finished_clause", &FinishedClause<L>},
    {"comparator", &Comparator<L>},
    {"measure_after", &MeasureAfter<L>},
    {"inner_frame_cue", &InnerFrameCue<L>},
    {"inner_verb", &InnerVerb<L>},
};

// The steps that build the label after the passes.
inline constexpr std::string_view kDropPeriods = "drop_periods";
inline constexpr std::string_view kTrimEnds = "trim_ends";

// Trims words and punctuation from both ends of `l` (folded `f`) until
// nothing changes; returns the kept [lb, le). `words_cut`: whether a word
// was (not only spaces and punctuation).
template <class L>
Span TrimEnds(const LabelInput& in, const L& lookup, std::string_view l, std::string_view f,
              bool& words_cut) {
  std::size_t lb = 0, le = l.size();
  for (bool changed = true; changed && lb < le;) {
    changed = false;
    while (lb < le && (IsTrimPunct(l[lb]) || l[lb] == ')')) ++lb, changed = true;
    while (le > lb && (IsTrimPunct(l[le - 1]) || l[le - 1] == '(')) --le, changed = true;
    // A footnote glued to the last word: "quốc tế(1)".
    if (le >= lb + 3 && l[le - 1] == ')' && text::IsAsciiDigit(l[le - 2]) && l[le - 3] == '(') {
      le -= 3, changed = true;
    }
    // Tails compare with f[0, view_end): once one has cut this round, no
    // other tail matches until the next.
    const std::size_t view_end = le;
    auto tail = [&](std::string_view w) {
      // (SpelledAt: f.compare(le - w.size(), w.size(), w) == 0, le <= f.size().)
      if (le - lb >= w.size() && le == view_end && text::SpelledAt(f, le - w.size(), w) &&
          BoundaryOk(f, le - w.size(), le, true)) {
        le -= w.size();
        changed = words_cut = true;
        return true;
      }
      return false;
    };
    auto head = [&](std::string_view w) {
      if (le - lb >= w.size() && text::SpelledAt(f, lb, w) &&  // f.compare(lb, …, w) == 0
          BoundaryOk(f, lb, lb + w.size(), true)) {
        lb += w.size();
        changed = words_cut = true;
        return true;
      }
      return false;
    };
    if (lb >= le) continue;  // (nothing more can match)
    // The trims in table order; the first that cuts ends the round's trims.
    lookup.ForTrims(in, f[lb], f[le - 1], [&](const TrimEntry& t) {
      // "trở lên" belongs to the label ("sản phẩm OCOP đạt 3 sao trở lên").
      if (t.word == words::kUp && f.substr(lb, le - lb).ends_with(words::kAndAbove)) {
        return false;
      }
      return t.where == TrimWhere::kTail ? tail(t.word) : head(t.word);
    });
    if (lb >= le || le != view_end) continue;  // (no tail can match)
    lookup.ForQualifiersBefore(in, f[le - 1],
                               [&](const QualifierEntry& q) { return tail(q.word); });
    if (lb >= le || le != view_end) continue;
    lookup.ForKindCues(in, f[le - 1], [&](const KindEntry& k) { return tail(k.word); });
  }
  return {lb, le};
}

// The label of folded[b, e): the passes, then the text without its periods,
// trimmed.
template <class L>
std::string CleanLabelWith(const LabelInput& in, const L& lookup, std::size_t b, std::size_t e,
                           LabelTrace* trace) {
  Span sp{b, e};
  for (const Pass<L>& pass : kPasses<L>) {
    const Span before = sp;
    pass.run(in, lookup, sp);
    if (trace != nullptr && (sp.b != before.b || sp.e != before.e)) trace->push_back(pass.name);
  }
  std::string l;
  bool dropped = false;
  const std::string_view f = lookup.Assemble(in, sp.b, sp.e, l, dropped);
  if (trace != nullptr && dropped) trace->push_back(kDropPeriods);
  bool words_cut = false;
  const Span kept = TrimEnds(in, lookup, l, f, words_cut);
  if (trace != nullptr && words_cut) trace->push_back(kTrimEnds);
  // l.substr(lb, le - lb), cut in place: no other string to allocate.
  l.resize(kept.e);
  l.erase(0, kept.b);
  return l;
}

}  // namespace vnextract::indicators::label_passes

#endif  // VNEXTRACT_SRC_INDICATORS_LABEL_PASSES_H_
