#include "indicators/linker.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "grammar.h"
#include "indicators/lexicon.h"
#include "indicators/quantities.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace vnextract::indicators {
namespace {

using internal::Grammar;
using time::PeriodMatch;
constexpr std::size_t npos = std::string_view::npos;

bool IsTrimPunct(char c) { return c == ' ' || c == ',' || c == ':' || c == '-' || c == ';'; }

// The last occurrence of `w` that lies inside f[b, e), or npos: what
// f.substr(0, e).rfind(w) finds when that is at or after b.
std::size_t RFindIn(std::string_view f, std::string_view w, std::size_t b, std::size_t e) {
  if (w.empty() || e > f.size() || b > e || e - b < w.size()) return npos;
  const char first = w.front();  // (SpelledAt compares it first: checked inline)
  for (std::size_t p = e - w.size();; --p) {
    if (f[p] == first && text::SpelledAt(f, p, w)) return p;
    if (p == b) return npos;
  }
}

// The kind cues of `role`, in table order: the kind cues with the others
// left out.
std::span<const KindEntry* const> CuesOf(const Grammar& g, KindRole role) {
  return g.cues_by_role[static_cast<std::size_t>(role)];
}

// Does folded[b, e) hold a kind cue of `role`? Returns the end of the last
// one, or npos.
std::size_t LastCueEnd(const Grammar& g, std::string_view folded, std::size_t b, std::size_t e,
                       KindRole role) {
  std::size_t best = npos;
  for (const KindEntry* cue : CuesOf(g, role)) {
    for (std::size_t p = FindWord(folded, cue->word, b, e); p != npos;
         p = FindWord(folded, cue->word, p + 1, e)) {
      const std::size_t end = p + cue->word.size();
      if (best == npos || end > best) best = end;
    }
  }
  return best;
}

// Does folded[b, e) hold a kind cue of `role` and `kind`? (Any one
// occurrence answers: none needs to be the last.)
bool HasCue(const Grammar& g, std::string_view folded, std::size_t b, std::size_t e, KindRole role,
            Kind kind) {
  for (const KindEntry* cue : CuesOf(g, role)) {
    if (cue->kind == kind && FindWord(folded, cue->word, b, e) != npos) return true;
  }
  return false;
}

// The end of the first kind cue of `role` in folded[b, e), or npos.
std::size_t FirstCueEnd(const Grammar& g, std::string_view folded, std::size_t b, std::size_t e,
                        KindRole role) {
  std::size_t best = npos;
  for (const KindEntry* cue : CuesOf(g, role)) {
    if (const std::size_t p = FindWord(folded, cue->word, b, e); p != npos) {
      best = std::min(best, p + cue->word.size());
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

}  // namespace

// (linker.h says what it does.)
std::string CleanLabel(const Grammar& g, std::string_view s, std::string_view folded, std::size_t b,
                       std::size_t e, const std::vector<PeriodMatch>& periods, bool frame_cues) {
  // A list introducer: "Các mặt hàng chủ lực: gỗ ước đạt …" labels "gỗ".
  if (e > b) {
    const std::size_t colon = s.substr(b, e - b).rfind(':');  // s.rfind(':', e - 1), if >= b
    if (colon != npos) b += colon + 1;
  }
  // A frame before a comma: cut after the first comma that follows a period
  // expression or a frame cue ("Năm 2023, ngành chế biến, chế tạo" keeps
  // "ngành chế biến, chế tạo"). One pass: many commas cost linear time.
  {
    std::size_t frame_end = frame_cues ? FirstCueEnd(g, folded, b, e, KindRole::kFrameCue) : npos;
    for (const PeriodMatch& m : PeriodsIn(periods, b, e)) {
      if (!m.comparator && m.begin >= b && m.end <= e) frame_end = std::min(frame_end, m.end);
    }
    if (frame_end != npos) {
      const std::size_t c = s.find(',', frame_end);
      if (c != npos && c < e) b = c + 1;
    }
  }
  // A leading context phrase: "Theo Quyết định số …, X", "Tại Hội nghị …, X".
  for (std::string_view w :
       {std::string_view("theo "), std::string_view("tại "), std::string_view("căn cứ ")}) {
    std::size_t lb = b;
    while (lb < e && s[lb] == ' ') ++lb;
    if (folded.substr(lb, w.size()) == w) {
      const std::size_t c = s.find(',', lb);
      if (c != npos && c < e) b = c + 1;
    }
  }
  // A comparator is not part of a label: "So với tháng trước, CPI tháng 10
  // tăng" labels "CPI"; "… so với cùng kỳ, tăng" labels nothing.
  for (std::size_t p = FindWord(folded, "so với", b, e); p != npos;
       p = FindWord(folded, "so với", b, e)) {
    const std::size_t comma = s.find(',', p);
    bool before_empty = true;
    for (std::size_t k = b; k < p; ++k) before_empty &= IsTrimPunct(s[k]);
    if (!before_empty) {
      e = p;
    } else if (comma != npos && comma < e) {
      b = comma + 1;
    } else {
      b = e;
    }
  }
  // "… có 142 dự án", "Tỉnh có diện tích tự nhiên …", "… với tổng vốn đăng
  // ký …": what is measured follows "có" / "với" (unless a threshold does).
  for (std::string_view w : {std::string_view(" với "), std::string_view(" có ")}) {
    const std::size_t p = RFindIn(folded, w, b, e);  // folded.substr(0, e).rfind(w) if >= b
    if (p == std::string_view::npos) continue;
    bool digits_after = false;
    for (std::size_t k = p; k < e; ++k) digits_after |= text::IsAsciiDigit(s[k]);
    // "có" inside a name stays ("lương thực có hạt", "khu vực có vốn đầu tư
    // nước ngoài"); it splits only before a measure.
    static constexpr std::string_view kMeasures[] = {
        "diện tích", "tổng", "chiều dài", "công suất", "quy mô", "dân số", "số vốn", "vốn đăng ký"};
    bool measure = w == " với ";
    for (std::string_view m : kMeasures) measure |= folded.substr(p + w.size()).starts_with(m);
    if (!digits_after && measure) b = p + w.size();
  }
  // A frame cue inside the phrase: "Ban Quản lý ... phấn đấu tổng sản phẩm"
  // (but "thu hút đầu tư … phấn đấu đạt" keeps what comes before it).
  if (std::size_t f = frame_cues ? LastCueEnd(g, folded, b, e, KindRole::kFrameCue) : npos;
      f != npos) {
    bool rest_empty = true;
    for (std::size_t k = f; k < e && rest_empty; ++k) rest_empty = IsTrimPunct(s[k]);
    const std::string_view rest = folded.substr(f, e - f);
    if (!rest_empty && rest.find_first_not_of(' ') != std::string_view::npos &&
        rest.substr(rest.find_first_not_of(' ')) != "đạt") {
      b = f;
    } else {
      e = f - 1;
      while (e > b && text::WordCharBefore(folded, e)) e = text::PrevStart(folded, e);
    }
  }
  // Cut at a verb inside: "Dự toán thu ngân sách … được giao", "diện tích …
  // dự kiến mở rộng", "giá cà phê nhân dao động".
  {
    static constexpr std::string_view kVerbs[] = {
        " được giao", " được hđnd", " được ubnd", " được trung ương", " dự kiến ", " dao động",
        " ước ",      " đã vượt",   " vượt "};
    static_assert(std::ranges::all_of(
        kVerbs, [](std::string_view w) { return w.size() >= 2 && w[0] == ' '; }));
    // Where each is first spelled in folded[b, e) — they all start with a
    // space — then, in order, each cuts what is left
    // (folded.substr(0, e).find(w, b) as e shrinks).
    std::array<std::size_t, std::size(kVerbs)> first;
    first.fill(npos);
    const std::string_view within = folded.substr(0, e);
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
  }
  // Drop period expressions, keep the rest, collapsing doubled spaces left
  // by the cuts.
  // l and lf are written through pointers, n bytes so far, and cut to n
  // after: what appending byte by byte (l += s[k]; lf += folded[k]) gives.
  // l is the label returned; lf, its folded twin, only read here (one
  // buffer per thread, kept between labels: CleanLabel does not call
  // itself). Both hold at most e - b bytes.
  std::string l;
  thread_local std::string lf_buffer;
  std::string& lf = lf_buffer;
  lf.clear();
  if (e > b) {
    l.reserve(e - b);
    lf.reserve(e - b);
  }
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
      fp[n] = folded[k];
      ++n;
    }
  };
  std::size_t p = b;
  for (const PeriodMatch& m : PeriodsIn(periods, b, e)) {
    if (m.end <= b || m.begin >= e) continue;
    const std::size_t cut = std::max(m.begin, b);
    append(p, cut - p);
    p = std::min(m.end, e);
  }
  if (p < e) append(p, e - p);
  l.resize(n);
  lf.resize(n);
  // Trim words and punctuation from both ends until nothing changes.
  const Lexicon<KindEntry>& cues = g.kind_cues;
  std::size_t lb = 0, le = l.size();
  const std::string_view f(lf);
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
        changed = true;
        return true;
      }
      return false;
    };
    auto head = [&](std::string_view w) {
      if (le - lb >= w.size() && text::SpelledAt(f, lb, w) &&  // f.compare(lb, …, w) == 0
          BoundaryOk(f, lb, lb + w.size(), true)) {
        lb += w.size();
        changed = true;
        return true;
      }
      return false;
    };
    if (lb >= le) continue;  // (nothing more can match)
    // The trims in table order; only tails ending with the last byte and
    // heads starting with the first can match.
    {
      const std::vector<const TrimEntry*>& tails =
          g.trim_tails[static_cast<unsigned char>(f[le - 1])];
      const std::vector<const TrimEntry*>& heads = g.trim_heads[static_cast<unsigned char>(f[lb])];
      std::size_t ti = 0, hi = 0;
      for (;;) {
        if (ti == tails.size() && hi == heads.size()) break;
        const bool take_tail = hi == heads.size() || (ti < tails.size() && tails[ti] < heads[hi]);
        const TrimEntry& t = take_tail ? *tails[ti++] : *heads[hi++];
        // "trở lên" belongs to the label ("sản phẩm OCOP đạt 3 sao trở lên").
        if (t.word == "lên" && le >= lb + 8 && f.substr(lb, le - lb).ends_with("trở lên")) continue;
        if (take_tail ? tail(t.word) : head(t.word)) break;
      }
    }
    if (lb >= le || le != view_end) continue;  // (no tail can match)
    for (const QualifierEntry* q : g.qualifiers_before[static_cast<unsigned char>(f[le - 1])]) {
      if (tail(q->word)) break;
    }
    if (lb >= le || le != view_end) continue;
    for (const KindEntry* k : cues.EndingWith(f[le - 1])) {
      if (tail(k->word)) break;
    }
  }
  // l.substr(lb, le - lb), cut in place: no other string to allocate (the
  // label keeps l's capacity, at most e - b bytes).
  l.resize(le);
  l.erase(0, lb);
  return l;
}

namespace {

bool SubAnnual(const std::optional<std::string>& period) {
  return period && period->size() > 4 && (*period)[4] != '/';
}

// The year a period starts in, or 0.
int PeriodYear(const std::optional<std::string>& period) {
  if (!period || period->size() < 4) return 0;
  int y = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if ((*period)[i] < '0' || (*period)[i] > '9') return 0;
    y = y * 10 + ((*period)[i] - '0');
  }
  return y;
}

// "2022-H1" with its year replaced: the same period of another year.
std::optional<std::string> ShiftYear(const std::optional<std::string>& period, int year) {
  if (!period || period->size() < 4 || period->find('/') != std::string::npos) {
    return std::to_string(year);
  }
  return std::to_string(year) + period->substr(4);
}

// What a comparator after a change or ratio names. "so với cùng kỳ năm 2021"
// is the same period last year when 2021 is the year before the figure's.
std::optional<std::string> ComparatorAfter(const Grammar& g, std::string_view folded, std::size_t b,
                                           std::size_t e, const std::optional<std::string>& period,
                                           bool allow_bare = true) {
  // "so với tháng 6" for a July figure is the previous month; "so với tháng
  // 12 năm 2022" is December of the previous year.
  constexpr std::string_view kMonth = "so với tháng ";
  if (const std::size_t p = FindWord(folded, kMonth.substr(0, kMonth.size() - 1), b, e);
      p != npos && p + kMonth.size() < folded.size() &&
      text::IsAsciiDigit(folded[p + kMonth.size()])) {
    std::size_t q = p + kMonth.size();
    int named = 0;
    while (q < folded.size() && text::IsAsciiDigit(folded[q]))
      named = named * 10 + (folded[q++] - '0');
    if (named == 12) return std::string("december_previous_year");
    if (period && period->size() == 7 && period->find('/') == std::string::npos) {
      const int own = std::stoi(period->substr(5, 2));
      if (named == (own == 1 ? 12 : own - 1)) return std::string("previous_month");
    }
    return std::string("other");
  }
  for (const CompareEntry& c : g.comparators) {
    if (c.where != CompareWhere::kComparator) continue;
    const std::size_t p = FindWord(folded, c.word, b, e);
    if (p == npos) continue;
    std::string to(c.compare_to);
    // A year named after it: "so với cùng kỳ năm 2019", "so với năm 2019".
    const std::size_t after = p + c.word.size();
    constexpr std::string_view kYear = " năm ";
    std::size_t y = after;
    if (folded.substr(y, kYear.size()) == kYear) {
      y += kYear.size();
    } else if (y < folded.size() && folded[y] == ' ') {
      ++y;
    }
    if (y + 4 <= folded.size() && y != after && text::IsAsciiDigit(folded[y]) &&
        !text::WordCharAt(folded, y + 4)) {
      const int named = std::stoi(std::string(folded.substr(y, 4)));
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
  static constexpr std::pair<std::string_view, std::string_view> kBare[] = {
      {"cùng kỳ", "same_period_last_year"}, {"tháng trước", "previous_month"},
      {"năm trước", "previous_year"},       {"đầu năm", "december_previous_year"},
      {"dự toán", "budget_estimate"},       {"kế hoạch", "plan"}};
  if (!allow_bare) return std::nullopt;
  std::size_t at = b < folded.size() && folded[b] == ' ' ? b + 1 : b;
  for (const auto& [word, to] : kBare) {
    if (folded.substr(at, word.size()) == word && !text::WordCharAt(folded, at + word.size())) {
      return std::string(to);
    }
  }
  return std::nullopt;
}

// Is the label one of a stock (a quantity measured at a point in time)?
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

// Top-level parenthesised parts of a sentence, in order.
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

const text::Range* Enclosing(const std::vector<text::Range>& parens, std::size_t pos) {
  for (const text::Range& r : parens) {
    if (r.begin < pos && pos < r.end) return &r;
    if (r.begin > pos) break;
  }
  return nullptr;
}

bool EndsWithWord(std::string_view folded, std::size_t pos, std::string_view word) {
  std::size_t e = pos;
  if (e > 0 && folded[e - 1] == ' ') --e;
  return e >= word.size() && folded.substr(e - word.size(), word.size()) == word &&
         !text::WordCharBefore(folded, e - word.size());
}

}  // namespace

// The label is read folded (text::FoldCaseKeepOffsets, which keeps every
// offset and folds each character on its own, reading a character that
// starts before byte k from bytes below k + 3): for its start only its first
// bytes are folded, and it can equal a word only when it is as long.
namespace {
constexpr std::size_t Longest(std::span<const std::string_view> words) {
  std::size_t n = 0;
  for (std::string_view w : words) n = std::max(n, w.size());
  return n;
}
}  // namespace

bool IsGenericLabel(std::string_view label) {
  static constexpr std::size_t kGenericMax = Longest(kGenericLabels);
  return label.size() <= kGenericMax &&
         std::ranges::find(kGenericLabels, text::FoldCaseKeepOffsets(label)) !=
             std::end(kGenericLabels);
}

bool StartsWithTargetHead(std::string_view label) {
  static constexpr std::size_t kHeadBytes = Longest(kTargetHeads) + 3;
  const std::string head =
      text::FoldCaseKeepOffsets(label.substr(0, std::min(label.size(), kHeadBytes)));
  return std::ranges::any_of(kTargetHeads, [&](std::string_view w) { return head.starts_with(w); });
}

std::vector<Indicator> LinkSentence(const Grammar& g, std::string_view s, Section section,
                                    LinkContext& ctx) {
  std::vector<Indicator> out;
  // (One buffer per thread, kept between sentences: LinkSentence does not
  // call itself.)
  thread_local std::string folded_storage;
  text::FoldCaseKeepOffsetsInto(s, &folded_storage);
  const std::string_view folded(folded_storage);
  std::vector<FoundQuantity> found = FindQuantitiesIn(g, s, folded);
  // Not indicators: a number with no unit or an ordinal measures nothing on
  // its own; "từ X trở lên" defines a category; "trên 1 ha" is a unit basis.
  std::erase_if(found, [&](const FoundQuantity& f) {
    const Quantity& q = f.quantity;
    if (q.unit.empty() || q.unit == "ordinal" || f.threshold) return true;
    const bool per_one = q.value && *q.value == 1 &&
                         ((f.qualifier_word && f.qualifier_word->word == "trên") ||
                          EndsWithWord(folded, f.begin, "mỗi"));
    if (per_one) return true;
    return false;
  });
  out.reserve(found.size());  // at most one indicator per figure
  const std::vector<PeriodMatch> periods = g.periods.Find(folded, ctx.published);
  const std::vector<text::Range> parens = Parentheses(s);
  auto in_parens = [&](const PeriodMatch& m) { return Enclosing(parens, m.begin) != nullptr; };
  if (found.empty()) {
    for (const PeriodMatch& m : periods) {
      if (!m.comparator && !in_parens(m))
        ctx.carried_period = m.period, ctx.carried_point = m.point;
    }
    return out;
  }

  // A frame cue anywhere before a figure makes it a target ("Phấn đấu năm
  // 2022, ... ước đạt ..."): find the first one once per sentence.
  std::size_t first_frame_cue = FirstCueEnd(g, folded, 0, s.size(), KindRole::kFrameCue);
  // (A frame cue inside part of the sentence is one in the whole.)
  const bool frame_cues = first_frame_cue != npos;
  // "Chỉ tiêu năm 2023: …", "Mục tiêu giai đoạn 2021-2025, …", "Kế hoạch năm
  // 2024, …" open a sentence of targets.
  for (std::string_view w :
       {std::string_view("chỉ tiêu"), std::string_view("mục tiêu"), std::string_view("kế hoạch")}) {
    if (folded.starts_with(w) && !text::WordCharAt(folded, w.size())) {
      first_frame_cue = std::min(first_frame_cue, w.size());
    }
  }
  // (Plain ints, not std::optional: g++ 12 -O2 warns maybe-uninitialized.)
  const int published_year = ctx.published ? ctx.published->year : 0;
  std::optional<Kind> carried_verb_kind;
  std::string last_level_label;
  std::optional<std::string> last_compare;  // an explicit comparator carries on
  std::size_t next = 0;                     // next quantity to place
  for (const text::Range& clause : text::SplitClauses(s)) {
    // The clause's own period (outside parentheses), else the carried one.
    for (const PeriodMatch& m : PeriodsIn(periods, clause.begin, clause.end)) {
      if (!m.comparator && m.begin >= clause.begin && m.end <= clause.end && !in_parens(m)) {
        ctx.carried_period = m.period;
        ctx.carried_point = m.point;
        break;
      }
    }
    std::optional<Kind> clause_verb_kind;
    std::size_t prev_end = clause.begin;
    for (; next < found.size() && found[next].begin < clause.end; ++next) {
      FoundQuantity& f = found[next];
      Quantity& q = f.quantity;           // (its unit and surface move to ind: read them there)
      std::size_t prev_end_override = 0;  // a label read after the figure ends here
      Indicator ind;
      static_cast<Quantity&>(ind) = std::move(q);
      ind.section = section;
      // A period right after the figure is its own and carries on: "giảm từ
      // 5,86% năm 2021 xuống còn 4,12% năm 2022".
      for (const PeriodMatch& m : PeriodsIn(periods, f.end, f.end + 2)) {
        if (!m.comparator && m.begin == f.end + 1 && s[f.end] == ' ' && !in_parens(m) &&
            Enclosing(parens, f.begin) == nullptr && f.unit_class != UnitClass::kTimes &&
            WordBefore(folded, f.begin) != "bằng") {
          ctx.carried_period = m.period;
          ctx.carried_point = m.point;
        }
      }
      ind.period = ctx.carried_period;

      // Inside parentheses a figure has its own period: "(quý I tăng 7,1%;
      // quý II tăng 9,8%)", "(cùng kỳ năm 2021 tăng 7%)".
      const text::Range* paren = Enclosing(parens, f.begin);
      std::size_t local_begin = prev_end;
      if (paren != nullptr) {
        std::size_t part_begin = paren->begin + 1;
        const std::size_t semi = s.rfind(';', f.begin);
        if (semi != npos && semi > part_begin) part_begin = semi + 1;
        local_begin = std::max(prev_end, part_begin);
        for (const PeriodMatch& m : PeriodsIn(periods, part_begin, f.begin)) {
          if (m.begin < part_begin || m.end > f.begin) continue;
          if (!m.comparator) {
            ind.period = m.period;
          } else if (FindWord(folded, "cùng kỳ", part_begin, m.begin) != npos) {
            if (const int y = PeriodYear(m.period); y > 0) {
              ind.period = ShiftYear(ctx.carried_period, y);
            }
          }
        }
      }

      const std::size_t limit =
          next + 1 < found.size() ? std::min(found[next + 1].begin, clause.end) : clause.end;
      const std::size_t after =
          f.end < s.size() && s[f.end] == ' ' ? f.end + 1 : f.end;  // next word
      const std::string_view word_before = WordBefore(folded, f.begin);
      const bool exceeds_word =
          word_before == "vượt" || (f.qualifier_word && f.qualifier_word->word == "vượt");
      const CompareEntry* base = MatchAt(g.comparators, folded, after);
      if (base != nullptr && base->where != CompareWhere::kAfterPercent) base = nullptr;
      // "vượt dự toán 2,7%": the base before the figure.
      bool exceeds_before = false;
      if (f.unit_class == UnitClass::kPercent) {
        // "vượt " + each base after a percentage, in table order.
        for (const auto& [c, phrase] : g.exceeds) {
          if (FindWord(folded, phrase, local_begin, f.begin) != npos) {
            base = c;
            exceeds_before = true;
            break;
          }
        }
      }
      const KindEntry* signed_cue = MatchEndingAt(
          g.kind_cues, folded, f.begin > 0 && s[f.begin - 1] == ' ' ? f.begin - 1 : f.begin);
      if (signed_cue != nullptr && signed_cue->role != KindRole::kSigned) signed_cue = nullptr;

      enum class Role { kLevel, kChange, kRatio, kDrop } role = Role::kLevel;
      const bool exceeds = exceeds_word || exceeds_before;
      if (f.unit_class == UnitClass::kPercent && base != nullptr && exceeds) {
        // "vượt 8,3% dự toán": the change against the plan or budget.
        role = Role::kChange;
        ind.compare_to = std::string(base->compare_to);
        ind.qualifier = Qualifier::kExact;
      } else if (f.unit_class == UnitClass::kPercent && base != nullptr) {
        role = Role::kRatio;  // "đạt 100% kế hoạch", "bằng 56% dự toán"
        ind.compare_to = std::string(base->compare_to);
      } else if (f.unit_class == UnitClass::kPercent &&
                 FindWord(folded, "chiếm", local_begin, f.begin) != npos) {
        role = Role::kRatio;  // "chiếm 67,2%", "chiếm tỷ trọng 45%"
        ind.compare_to = "total";
      } else if (f.unit_class == UnitClass::kPercent && word_before == "bằng") {
        role = Role::kRatio;  // "bằng 144% so với cùng kỳ"
        ind.compare_to = ComparatorAfter(g, folded, f.end, limit, ind.period);
        if (!ind.compare_to) ind.compare_to = "other";
      } else if (f.unit_class == UnitClass::kTimes) {
        // Multipliers: "gấp 2,3 lần cùng kỳ", "tăng 15,5 lần". A count of
        // occurrences ("tổ chức 5 lần", "điều chỉnh tăng 5 lần") is none.
        const bool multiplier = word_before == "gấp" || word_before == "tăng" ||
                                word_before == "giảm" || word_before == "bằng" || exceeds ||
                                ind.surface.starts_with("gấp");
        const bool adjustment = FindWord(folded, "điều chỉnh", clause.begin, f.begin) != npos;
        if (!multiplier || adjustment) {
          role = Role::kDrop;
        } else {
          role = Role::kRatio;
          ind.compare_to = ComparatorAfter(g, folded, f.end, limit, ind.period);
          if (!ind.compare_to && FindWord(folded, "cùng kỳ", f.end, limit) != npos) {
            ind.compare_to = "same_period_last_year";
          }
          if (!ind.compare_to) {
            ind.compare_to = SubAnnual(ind.period) ? "same_period_last_year" : "previous_year";
          }
        }
      } else if (f.qualifier_word != nullptr &&
                 (f.qualifier_word->word == "cao hơn" || f.qualifier_word->word == "thấp hơn" ||
                  f.qualifier_word->word == "nhiều hơn" || f.qualifier_word->word == "ít hơn" ||
                  f.qualifier_word->word == "kém hơn") &&
                 ComparatorAfter(g, folded, f.end, limit, ind.period)) {
        // "cao hơn 2,3 tạ/ha so với cùng kỳ": a difference, signed.
        role = Role::kChange;
        ind.qualifier = Qualifier::kExact;
        const std::string_view w = f.qualifier_word->word;
        if ((w == "thấp hơn" || w == "ít hơn" || w == "kém hơn") && ind.value) {
          ind.value = -*ind.value;
        }
        ind.compare_to = ComparatorAfter(g, folded, f.end, limit, ind.period);
      } else if (ind.unit == "percentage_point" && word_before == "góp") {
        // "đóng góp 3,86 điểm phần trăm vào mức tăng chung": part of a growth.
        role = Role::kChange;
        ind.compare_to = last_compare;
        if (!ind.compare_to) {
          ind.compare_to = SubAnnual(ind.period) ? "same_period_last_year" : "previous_year";
        }
      } else if (signed_cue != nullptr) {
        role = Role::kChange;  // "tăng 5%", "giảm 6,2%": signed
        if (signed_cue->word == "giảm") {
          if (ind.value) ind.value = -*ind.value;
          if (ind.value_min && ind.value_max) {
            const double lo = -*ind.value_max, hi = -*ind.value_min;
            ind.value_min = lo, ind.value_max = hi;
          }
        }
        ind.compare_to = ComparatorAfter(g, folded, f.end, limit, ind.period);
        // A comparator before the figure ("so với tháng 12 năm trước tăng
        // 1,64%"), or the one stated for the previous change.
        if (!ind.compare_to) {
          ind.compare_to = ComparatorAfter(g, folded, local_begin, f.begin, ind.period, false);
        }
        if (ind.compare_to) {
          last_compare = ind.compare_to;
        } else if (last_compare) {
          ind.compare_to = last_compare;
        } else {
          ind.compare_to = SubAnnual(ind.period) ? "same_period_last_year" : "previous_year";
        }
      }

      if (role == Role::kDrop) {
        prev_end = f.end;
        continue;
      }
      if (role == Role::kRatio) ind.kind = Kind::kRatio;
      if (role == Role::kChange) {
        // A change under a target ("Phấn đấu … tăng 10%", "Chỉ tiêu năm
        // 2023: … giảm 1,2 điểm phần trăm") is a planned change: a target
        // that keeps its comparison.
        const int year = PeriodYear(ind.period);
        const bool future = year > 0 && published_year > 0 && year > published_year;
        const bool planned = (first_frame_cue != npos && first_frame_cue <= f.begin) ||
                             (future && ind.compare_to != "plan");
        ind.kind = planned ? Kind::kTarget : Kind::kChange;
      }
      if (role != Role::kLevel) {
        // Its own subject when it names one ("chỉ số giá đô la Mỹ giảm
        // 0,43%", "trong đó tiền gửi dân cư chiếm 71,5%"), else the level's.
        // Its own subject only where a new one can start: at the start of
        // a clause, or after "trong đó" / "riêng".
        const std::string_view seg = folded.substr(local_begin, f.begin - local_begin);
        const std::size_t lead = seg.find_first_not_of(" ,");
        const bool new_subject =
            paren == nullptr &&
            (local_begin == clause.begin ||
             (lead != std::string_view::npos &&
              (seg.substr(lead).starts_with("trong đó") || seg.substr(lead).starts_with("riêng"))));
        if (new_subject) {
          ind.label = CleanLabel(g, s, folded, local_begin, f.begin, periods, frame_cues);
        }
        // A comma list of changes with their own subjects: "ngành chế biến,
        // chế tạo tăng 10,2%, ngành sản xuất và phân phối điện giảm 0,39%".
        // The subject sits right before the signed verb and is a noun phrase
        // of three words or more that names no base ("dự toán", "cùng kỳ").
        if (!new_subject && paren == nullptr && role == Role::kChange && signed_cue != nullptr &&
            lead != std::string_view::npos && seg[0] == ',') {
          std::string own = CleanLabel(g, s, folded, local_begin, f.begin, periods, frame_cues);
          const std::string own_folded = text::FoldCaseKeepOffsets(own);
          const bool names_base =
              own_folded.starts_with("dự toán") || own_folded.starts_with("kế hoạch") ||
              own_folded.starts_with("cùng kỳ") || own_folded.find("so với") != std::string::npos;
          if (!names_base && std::count(own.begin(), own.end(), ' ') >= 2) ind.label = own;
        }
        if (ind.label.empty()) {
          ind.label = last_level_label;
        } else {
          last_level_label = ind.label;
        }
      } else {
        // A level: its kind from the verb before it, a frame cue earlier in
        // the sentence ("Phấn đấu năm 2022, ... ước đạt" is still a target),
        // or the verb of the previous clause (elided lists). A figure for a
        // period after the publication year is a target ("dự kiến năm 2025").
        const bool target = (first_frame_cue != npos && first_frame_cue <= f.begin) ||
                            HasCue(g, folded, local_begin, f.begin, KindRole::kVerb, Kind::kTarget);
        const bool estimate =
            HasCue(g, folded, local_begin, f.begin, KindRole::kVerb, Kind::kEstimate);
        const int year = PeriodYear(ind.period);
        const bool future = year > 0 && published_year > 0 && year > published_year;
        if (target || (future && (estimate || carried_verb_kind))) {
          ind.kind = Kind::kTarget;
        } else if (estimate) {
          ind.kind = Kind::kEstimate;
        } else if (future) {
          ind.kind = Kind::kTarget;
        } else {
          // The verb of an earlier figure of the clause or of the previous
          // clause carries over a list ("ước thực hiện 18.940 tỷ đồng, trong
          // đó chi đầu tư phát triển 6.215 tỷ đồng").
          ind.kind =
              clause_verb_kind ? *clause_verb_kind : carried_verb_kind.value_or(Kind::kActual);
        }
        if (estimate || target) clause_verb_kind = ind.kind;
        ind.label = CleanLabel(g, s, folded, local_begin, f.begin, periods, frame_cues);
        // A count named after the number: "toàn tỉnh có 142 dự án FDI còn
        // hiệu lực", "318 doanh nghiệp đăng ký thành lập mới".
        if (f.unit_class == UnitClass::kCount && f.unit_begin > 0 && IsGenericLabel(ind.label)) {
          std::size_t stop = clause.end;
          for (std::string_view w :
               {std::string_view(","), std::string_view(" với "), std::string_view(" tăng"),
                std::string_view(" giảm"), std::string_view(" chiếm"), std::string_view(" bằng"),
                std::string_view(" (")}) {
            const std::size_t p = folded.substr(0, stop).find(w, f.unit_begin);
            if (p != std::string_view::npos) stop = p;
          }
          if (next + 1 < found.size()) stop = std::min(stop, found[next + 1].begin);
          while (stop > f.unit_begin && (s[stop - 1] == ' ' || s[stop - 1] == '.')) --stop;
          ind.label = std::string(s.substr(f.unit_begin, stop - f.unit_begin));
          prev_end_override = stop;
        }
        // A budget or plan named as the subject is a target; inside
        // parentheses ("(kế hoạch giao 1.500 triệu USD)") it is the target
        // of the figure outside.
        if (StartsWithTargetHead(ind.label)) {
          ind.kind = Kind::kTarget;
          if (paren != nullptr && !last_level_label.empty()) ind.label = last_level_label;
        }
        // A targeted growth rate keeps its comparison ("tốc độ tăng trưởng
        // GRDP từ 6,8% đến 7,3%").
        if (ind.kind == Kind::kTarget && f.unit_class == UnitClass::kPercent &&
            text::FoldCaseKeepOffsets(ind.label).find("tăng trưởng") != std::string::npos) {
          ind.compare_to = ComparatorAfter(g, folded, f.end, limit, ind.period);
          if (!ind.compare_to) {
            ind.compare_to = SubAnnual(ind.period) ? "same_period_last_year" : "previous_year";
          }
        }
        if (ind.label.empty()) ind.label = last_level_label;
        if (paren == nullptr) last_level_label = ind.label;
      }
      // A stock measured "đến ngày 30/6/2023" has that day as its period.
      if (ctx.carried_point && paren == nullptr && ind.period == ctx.carried_period &&
          IsStockLabel(text::FoldCaseKeepOffsets(ind.label))) {
        ind.period = ctx.carried_point;
      }
      out.push_back(std::move(ind));
      prev_end = std::max(f.end, prev_end_override);
    }
    if (clause_verb_kind) carried_verb_kind = clause_verb_kind;
  }
  return out;
}

}  // namespace vnextract::indicators
