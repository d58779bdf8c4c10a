// indicators/linker.cc's CleanLabel read plainly. Keep it in step with the
// library: a rule changed there is changed here the same way.
#include "plain/label_plain.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "grammar.h"
#include "indicators/lexicon.h"
#include "indicators/linker.h"
#include "text/utf8.h"

namespace vnextract::plain {
namespace {

using indicators::FindWord;
using indicators::KindEntry;
using indicators::KindRole;
using time::PeriodMatch;
using indicators::QualifierEntry;
using indicators::TrimEntry;
using indicators::TrimWhere;
using indicators::Where;
using internal::Grammar;
constexpr std::size_t npos = std::string_view::npos;

bool IsTrimPunct(char c) { return c == ' ' || c == ',' || c == ':' || c == '-' || c == ';'; }

// The end of the first frame cue in folded[b, e), or npos.
std::size_t FirstFrameCueEnd(const Grammar& g, std::string_view folded, std::size_t b,
                             std::size_t e) {
  std::size_t best = npos;
  for (const KindEntry& cue : g.kind_cues.entries()) {
    if (cue.role != KindRole::kFrameCue) continue;
    if (const std::size_t p = FindWord(folded, cue.word, b, e); p != npos) {
      best = std::min(best, p + cue.word.size());
    }
  }
  return best;
}

// The end of the last frame cue in folded[b, e), or npos.
std::size_t LastFrameCueEnd(const Grammar& g, std::string_view folded, std::size_t b,
                            std::size_t e) {
  std::size_t best = npos;
  for (const KindEntry& cue : g.kind_cues.entries()) {
    if (cue.role != KindRole::kFrameCue) continue;
    for (std::size_t p = FindWord(folded, cue.word, b, e); p != npos;
         p = FindWord(folded, cue.word, p + 1, e)) {
      if (best == npos || p + cue.word.size() > best) best = p + cue.word.size();
    }
  }
  return best;
}

}  // namespace

bool HasFrameCue(const Grammar& g, std::string_view folded) {
  return FirstFrameCueEnd(g, folded, 0, folded.size()) != npos;
}

std::string CleanLabel(const Grammar& g, std::string_view s, std::string_view folded, std::size_t b,
                       std::size_t e, const std::vector<PeriodMatch>& periods) {
  // The period matches that overlap [b, e) (periods are sorted and do not
  // overlap one another).
  auto periods_in = [&](std::size_t from, std::size_t to) {
    std::vector<PeriodMatch> in;
    for (const PeriodMatch& m : periods) {
      if (m.end > from && m.begin < to) in.push_back(m);
    }
    return in;
  };
  // A list introducer: "Các mặt hàng chủ lực: gỗ ước đạt …" labels "gỗ".
  if (const std::size_t colon = s.substr(0, e).rfind(':'); colon != npos && colon >= b) {
    b = colon + 1;
  }
  // A frame before a comma: cut after the first comma that follows a period
  // expression or a frame cue.
  {
    std::size_t frame_end = FirstFrameCueEnd(g, folded, b, e);
    for (const PeriodMatch& m : periods_in(b, e)) {
      if (!m.comparator && m.begin >= b && m.end <= e) frame_end = std::min(frame_end, m.end);
    }
    if (frame_end != npos) {
      const std::size_t c = s.find(',', frame_end);
      if (c != npos && c < e) b = c + 1;
    }
  }
  // A leading context phrase: "Theo Quyết định số …, X".
  for (std::string_view w : {"theo ", "tại ", "căn cứ "}) {
    std::size_t lb = b;
    while (lb < e && s[lb] == ' ') ++lb;
    if (folded.substr(lb).starts_with(w)) {
      const std::size_t c = s.find(',', lb);
      if (c != npos && c < e) b = c + 1;
    }
  }
  // A comparator is not part of a label.
  for (std::size_t p = FindWord(folded, "so với", b, e); p != npos;
       p = FindWord(folded, "so với", b, e)) {
    const std::size_t comma = s.find(',', p);
    bool before_empty = true;
    for (std::size_t k = b; k < p; ++k) before_empty = before_empty && IsTrimPunct(s[k]);
    if (!before_empty) {
      e = p;
    } else if (comma != npos && comma < e) {
      b = comma + 1;
    } else {
      b = e;
    }
  }
  // What is measured follows "có" / "với" before a measure.
  for (std::string_view w : {" với ", " có "}) {
    const std::size_t p = folded.substr(0, e).rfind(w);
    if (p == npos || p < b) continue;
    bool digits_after = false;
    for (std::size_t k = p; k < e; ++k) digits_after = digits_after || text::IsAsciiDigit(s[k]);
    bool measure = w == " với ";
    for (std::string_view m : {"diện tích", "tổng", "chiều dài", "công suất", "quy mô", "dân số",
                               "số vốn", "vốn đăng ký"}) {
      measure = measure || folded.substr(p + w.size()).starts_with(m);
    }
    if (!digits_after && measure) b = p + w.size();
  }
  // A frame cue inside the phrase.
  if (const std::size_t f = LastFrameCueEnd(g, folded, b, e); f != npos) {
    bool rest_empty = true;
    for (std::size_t k = f; k < e; ++k) rest_empty = rest_empty && IsTrimPunct(s[k]);
    const std::string_view rest = folded.substr(f, e - f);
    const std::size_t first = rest.find_first_not_of(' ');
    if (!rest_empty && first != npos && rest.substr(first) != "đạt") {
      b = f;
    } else {
      e = f - 1;
      while (e > b && text::WordCharBefore(folded, e)) e = text::PrevStart(folded, e);
    }
  }
  // Cut at a verb inside, each in order on what is left.
  for (std::string_view w : {" được giao", " được hđnd", " được ubnd", " được trung ương",
                             " dự kiến ", " dao động", " ước ", " đã vượt", " vượt "}) {
    const std::size_t p = folded.substr(0, e).find(w, b);
    if (p != npos && p > b) e = p;
  }
  // Drop period expressions, keep the rest, collapsing doubled spaces.
  std::string l;
  auto append = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < s.size(); ++k) {
      if (s[k] == ' ' && !l.empty() && l.back() == ' ') continue;
      l += s[k];
    }
  };
  std::size_t p = b;
  for (const PeriodMatch& m : periods_in(b, e)) {
    const std::size_t cut = std::max(m.begin, b);
    if (cut > p) append(p, cut);
    p = std::max(p, std::min(m.end, e));
  }
  if (p < e) append(p, e);
  const std::string f = text::FoldCaseKeepOffsets(l);
  // Trim words and punctuation from both ends until nothing changes.
  std::size_t lb = 0, le = l.size();
  for (bool changed = true; changed && lb < le;) {
    changed = false;
    while (lb < le && (IsTrimPunct(l[lb]) || l[lb] == ')')) ++lb, changed = true;
    while (le > lb && (IsTrimPunct(l[le - 1]) || l[le - 1] == '(')) --le, changed = true;
    // A footnote glued to the last word: "quốc tế(1)".
    if (le >= lb + 3 && l[le - 1] == ')' && text::IsAsciiDigit(l[le - 2]) && l[le - 3] == '(') {
      le -= 3, changed = true;
    }
    // One tail per round: a tail compares with where the round began.
    const std::size_t round_end = le;
    auto tail = [&](std::string_view w) {
      if (le == round_end && le - lb >= w.size() &&
          std::string_view(f).substr(0, le).ends_with(w) &&
          indicators::BoundaryOk(f, le - w.size(), le, true)) {
        le -= w.size();
        changed = true;
        return true;
      }
      return false;
    };
    auto head = [&](std::string_view w) {
      if (le - lb >= w.size() && std::string_view(f).substr(lb).starts_with(w) &&
          indicators::BoundaryOk(f, lb, lb + w.size(), true)) {
        lb += w.size();
        changed = true;
        return true;
      }
      return false;
    };
    // The trims in table order; the first that cuts ends the round's trims.
    for (const TrimEntry& t : g.label_trims.entries()) {
      // "trở lên" belongs to the label ("sản phẩm OCOP đạt 3 sao trở lên").
      if (t.word == "lên" && le >= lb + 8 &&
          std::string_view(f).substr(lb, le - lb).ends_with("trở lên")) {
        continue;
      }
      if (t.where == TrimWhere::kTail ? tail(t.word) : head(t.word)) break;
    }
    for (const QualifierEntry& q : g.qualifiers.entries()) {
      if (q.where == Where::kBefore && tail(q.word)) break;
    }
    for (const KindEntry& k : g.kind_cues.entries()) {
      if (tail(k.word)) break;
    }
  }
  return l.substr(lb, le - lb);
}

bool IsGenericLabel(std::string_view label) {
  return std::ranges::find(indicators::kGenericLabels, text::FoldCaseKeepOffsets(label)) !=
         std::end(indicators::kGenericLabels);
}

bool StartsWithTargetHead(std::string_view label) {
  const std::string folded = text::FoldCaseKeepOffsets(label);
  return std::ranges::any_of(indicators::kTargetHeads,
                             [&](std::string_view w) { return folded.starts_with(w); });
}

}  // namespace vnextract::plain
