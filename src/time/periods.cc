#include "time/periods.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <span>

#include "text/utf8.h"
#include "time/prefilter.h"

namespace vnextract::time {
namespace {

constexpr std::size_t npos = std::string_view::npos;

struct MonthWord {
  std::string_view word;
  int value;
};
constexpr MonthWord kMonthNames[] = {
#define VNX_MONTH_NAME(word, month) {word, month},
#include "time/months.inc"
};
constexpr MonthWord kMonthCounts[] = {
#define VNX_MONTH_COUNT(word, months) {word, months},
#include "time/months.inc"
};
constexpr std::string_view kDurationBefore[] = {
#define VNX_DURATION_BEFORE(words) words,
#include "time/period_words.inc"
};
constexpr std::string_view kDurationAfter[] = {
#define VNX_DURATION_AFTER(words) words,
#include "time/period_words.inc"
};
constexpr std::string_view kComparatorBefore[] = {
#define VNX_COMPARATOR_BEFORE(words) words,
#include "time/period_words.inc"
};
constexpr std::string_view kNotPeriodBefore[] = {
#define VNX_NOT_PERIOD_BEFORE(words) words,
#include "time/period_words.inc"
};
constexpr std::string_view kPluralBefore[] = {
#define VNX_PLURAL_BEFORE(words) words,
#include "time/period_words.inc"
};
constexpr std::string_view kNowNext[] = {
#define VNX_NOW_NEXT(word) word,
#include "time/period_words.inc"
};
constexpr std::string_view kNowNotPrev[] = {
#define VNX_NOW_NOT_PREV(word) word,
#include "time/period_words.inc"
};

bool EndsWithAny(std::string_view before, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (before.ends_with(w)) return true;
  }
  return false;
}

// The word of folded text that starts at `p` (letters up to a space or
// punctuation), or empty.
std::string_view WordAt(std::string_view f, std::size_t p) {
  std::size_t e = p;
  char32_t cp;
  while (e < f.size() && text::WordCharAt(f, e)) e += text::DecodeAt(f, e, &cp);
  return f.substr(p, e - p);
}
// The word that ends at `e`.
std::string_view WordEndingAt(std::string_view f, std::size_t e) {
  std::size_t b = e;
  while (b > 0 && text::WordCharBefore(f, b)) b = text::PrevStart(f, b);
  return f.substr(b, e - b);
}

int Lookup(std::span<const MonthWord> words, std::string_view w) {
  for (const MonthWord& m : words) {
    if (w == m.word) return m.value;
  }
  return 0;
}

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

int Roman(std::string_view r) {
  if (r == "i" || r == "1") return 1;
  if (r == "ii" || r == "2") return 2;
  if (r == "iii" || r == "3") return 3;
  if (r == "iv" || r == "4") return 4;
  return 0;
}

// Zero-padded decimal: Pad(7, 2) == "07".
std::string Pad(int v, std::size_t width) {
  std::string s = std::to_string(v);
  return s.size() < width ? std::string(width - s.size(), '0') + s : s;
}
std::string YearText(int y) { return Pad(y, 4); }

// The year of a period ending in `end_month` with no year written: the
// publication year, or the year before when the period has not ended yet
// by the publication month (a January report on "6 tháng đầu năm" is late).
std::optional<int> ImplicitYear(std::optional<Date> published, int end_month) {
  if (!published) return std::nullopt;
  return published->month >= end_month ? published->year : published->year - 1;
}

// The written year, else the implicit one.
std::optional<int> YearOr(std::string_view written, std::optional<Date> published, int end_month) {
  return written.empty() ? ImplicitYear(published, end_month) : std::optional<int>(ToInt(written));
}

// The written year, else the publication year.
std::optional<int> YearOrPublished(std::string_view written, std::optional<Date> published) {
  if (!written.empty()) return ToInt(written);
  if (published) return published->year;
  return std::nullopt;
}

// The resolvers, one per meaning (time/period_forms.inc names them).

// "6 tháng đầu năm", "lũy kế 10 tháng", "9 tháng năm 2022", "Trong 9 tháng,"
// — but "N tháng" alone is a duration unless a tail, "lũy kế" or the end
// of a phrase says it is the first N months ("sau 6 tháng" is not).
bool FirstMonths(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const bool cumulative = !t.g(1).empty();
  const bool tail = !t.g(3).empty();
  bool duration = false;
  for (std::string_view w : kDurationBefore) {
    duration |= t.begin >= w.size() && t.folded.substr(t.begin - w.size(), w.size()) == w;
  }
  for (std::string_view w : kDurationAfter) {
    duration |=
        t.folded.substr(t.end, w.size()) == w && !text::WordCharAt(t.folded, t.end + w.size());
  }
  if (!cumulative && !tail && duration) return false;
  std::string_view count = t.g(2);  // (with the space after it, if any: "9tháng" has none)
  while (!count.empty() && count.back() == ' ') count.remove_suffix(1);
  const int months =
      !count.empty() && text::IsAsciiDigit(count[0]) ? ToInt(count) : Lookup(kMonthCounts, count);
  if (months < 1 || months > 12) return false;  // "18 tháng" is a length of time
  m.period = FirstMonthsOf(months, YearOr(t.g(4), published, months));
  return true;
}

// "tháng đầu năm", "tháng đầu tiên của năm 2023": January (not "các tháng
// đầu năm", the first months).
bool FirstMonth(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  if (EndsWithAny(t.folded.substr(0, t.begin), kPluralBefore)) return false;
  const bool this_year = t.groups[0].ends_with(" nay");
  const std::optional<int> year =
      this_year ? YearOrPublished({}, published) : YearOr(t.g(1), published, 1);
  if (year) m.period = YearText(*year) + "-01";
  return true;
}

// "nửa đầu năm [2022]"
bool FirstHalf(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  m.period = FirstMonthsOf(6, YearOr(t.g(1), published, 6));
  return true;
}

// "6 tháng cuối năm [2022]", "nửa cuối năm"
bool SecondHalf(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const std::optional<int> year = YearOrPublished(!t.g(1).empty() ? t.g(1) : t.g(2), published);
  if (year) m.period = YearText(*year) + "-H2";
  return true;
}

// "cả năm [2022]", "năm nay"
bool WholeYear(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  if (const std::optional<int> year = YearOrPublished(t.g(1), published)) {
    m.period = YearText(*year);
  }
  m.whole_year_implied = t.g(1).empty() && t.groups[0].starts_with("cả");
  return true;
}

// "quý III[/2022]", "quý 2 năm 2023", "quý I năm nay", "Q3/2022"
bool Quarter(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const int q = !t.g(5).empty() ? Roman(t.g(5)) : Roman(t.g(1));
  std::optional<int> year;
  if (!t.g(4).empty()) {
    year = YearOrPublished({}, published);  // "năm nay"
  } else {
    const std::string_view y = !t.g(2).empty() ? t.g(2) : !t.g(3).empty() ? t.g(3) : t.g(6);
    year = YearOr(y, published, q * 3);
  }
  if (year && q > 0) m.period = YearText(*year) + "-Q" + std::to_string(q);
  return true;
}

int LastDay(int year, int month) {
  int last = 31;
  while (last > 28 && !Date{year, month, last}.Valid()) --last;
  return last;
}

// "đến hết tháng 7[/2022]", "tính đến cuối tháng 8", "hết tháng 6/2022":
// the months so far, and the month's last day for a stock.
bool ToEndOfMonth(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const int month = ToInt(t.g(2));
  const std::optional<int> year = YearOr(!t.g(3).empty() ? t.g(3) : t.g(4), published, month);
  if (!year || month < 1 || month > 12) return false;
  m.period = FirstMonthsOf(month, year);
  m.point = Date{*year, month, LastDay(*year, month)}.ToString();
  return true;
}

// "từ tháng 7 đến tháng 9/2024": those months of one year (a whole quarter
// or half as such: "2024-Q3"; from January, the first months).
bool MonthRange(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const int first = ToInt(t.g(1));
  const int last = ToInt(t.g(2));
  const std::optional<int> year = YearOr(!t.g(3).empty() ? t.g(3) : t.g(4), published, last);
  if (!year || first < 1 || last > 12 || first >= last) return false;
  const std::string y = YearText(*year);
  if (first == 1) {
    m.period = FirstMonthsOf(last, year);
  } else if (last - first == 2 && first % 3 == 1) {
    m.period = y + "-Q" + std::to_string(first / 3 + 1);
  } else if (first == 7 && last == 12) {
    m.period = y + "-H2";
  } else {
    m.period = y + "-" + Pad(first, 2) + "/" + y + "-" + Pad(last, 2);
  }
  return true;
}

// "tính đến tháng 10/2023": as "đến hết tháng 10/2023" once the month is
// over at publication; a month not over yet ("đến tháng 6" in a report of
// 15 June) is left to the form "month" (the month, no day).
bool ToMonth(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  if (!ToEndOfMonth(t, published, m)) return false;
  if (!published || !m.point) return true;
  const int month = ToInt(t.g(2));
  const std::optional<int> year = YearOr(!t.g(3).empty() ? t.g(3) : t.g(4), published, month);
  return year &&
         (*year < published->year || (*year == published->year && month < published->month));
}

// "cuối năm 2020", "đến hết năm 2025", "cuối năm nay": the year, and its
// last day for a stock.
bool ToEndOfYear(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const std::optional<int> year = YearOrPublished(t.g(1), published);
  if (!year) return true;
  m.period = YearText(*year);
  m.point = Date{*year, 12, 31}.ToString();
  return true;
}

// "đến giữa tháng 4-2023": from the start of the year to the 15th (that
// day for a stock); "trung tuần tháng 11" alone: the month.
bool ToMidMonth(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const int month = ToInt(t.g(2));
  const std::optional<int> year = YearOr(!t.g(3).empty() ? t.g(3) : t.g(4), published, month);
  if (!year || month < 1 || month > 12) return false;
  const Date mid{*year, month, 15};
  m.point = mid.ToString();
  m.period = t.g(1).empty() ? YearText(*year) + "-" + Pad(month, 2)
                            : YearText(*year) + "-01-01/" + mid.ToString();
  return true;
}

// "tháng 7/2022", "riêng tháng 8", "tháng Tám"
bool Month(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const std::string_view w = t.g(1);
  const int month = !w.empty() && text::IsAsciiDigit(w[0]) ? ToInt(w) : Lookup(kMonthNames, w);
  const std::optional<int> year = YearOr(!t.g(2).empty() ? t.g(2) : t.g(3), published, month);
  if (year && month >= 1 && month <= 12) m.period = YearText(*year) + "-" + Pad(month, 2);
  return true;
}

// "đến ngày 20/6/2022", "đến 30/11/2021": from the start of the year to
// that day (to a month's last day: the months so far), and the day for a
// stock.
bool ToDay(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  const bool with_day_word = !t.g(1).empty();
  const int day = ToInt(with_day_word ? t.g(1) : t.g(4));
  const int month = ToInt(with_day_word ? t.g(2) : t.g(5));
  const std::optional<int> year = YearOr(with_day_word ? t.g(3) : t.g(6), published, month);
  if (!year || !Date{*year, month, day}.Valid()) return true;
  m.point = Date{*year, month, day}.ToString();
  if (!Date{*year, month, day + 1}.Valid()) {
    m.period = FirstMonthsOf(month, year);
  } else {
    m.period = YearText(*year) + "-01-01/" + Date{*year, month, day}.ToString();
  }
  return true;
}

// "từ đầu năm đến nay", "lũy kế năm 2023" in a September report: from the
// start of the year to the publication date; a past year's "lũy kế năm
// 2021" is that year, "từ đầu năm 2021 đến nay" runs from its start to the
// publication date. "lũy kế 5 năm" is no year to date; "từ đầu năm đến
// ngày 20/6" is a span to that day (form to_day).
bool YearToDate(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  if (t.end < t.folded.size() && t.folded[t.end] == ' ' && t.end + 1 < t.folded.size() &&
      text::IsAsciiDigit(t.folded[t.end + 1])) {
    return false;
  }
  // "lũy kế đến hết năm 2025": the period that follows says to when.
  const std::string_view next = WordAt(t.folded, std::min(t.end + 1, t.folded.size()));
  const bool to_written = t.groups[0].find(" đến ") != std::string_view::npos ||
                          t.groups[0].find(" tới ") != std::string_view::npos;
  if (t.g(1).empty() && t.g(2).empty() && t.g(3).empty() && !t.groups[0].ends_with("năm") &&
      (next == "đến" || next == "tới" || next == "từ" || next == "tính")) {
    return false;
  }
  // "từ đầu năm" before "đến": the span the end makes (to_day, now).
  if (!to_written && t.groups[0].find("từ đầu năm") != std::string_view::npos &&
      (next == "đến" || next == "tới")) {
    return false;
  }
  const std::string_view y = !t.g(1).empty() ? t.g(1) : !t.g(2).empty() ? t.g(2) : t.g(3);
  // A cumulative with no end written ("lũy kế năm 2023", "cộng dồn từ đầu
  // năm", "tính từ đầu năm"): not "đến nay".
  m.cumulative = !to_written;
  m.cumulative_year = m.cumulative && !y.empty() ? ToInt(y) : 0;
  if (!published) return true;
  const int year = y.empty() ? published->year : ToInt(y);
  if (year < published->year) {
    // "lũy kế năm 2021" is that year; "từ đầu năm 2021 (đến nay)" runs from
    // its start to the publication date.
    m.period =
        !t.g(2).empty() ? YearText(year) : YearText(year) + "-01-01/" + published->ToString();
  } else if (year == published->year) {
    m.period = YearText(year) + "-01-01/" + published->ToString();
  }
  return true;
}

// "đến nay", "hiện nay", "hôm nay", "hiện có": a stock at the publication
// date. Bare "hiện" only before a word that makes it "now" and not in a
// word of its own ("thực hiện", "hiện đại").
bool Now(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  if (t.groups[0] == "hiện") {
    if (t.begin > 0 && t.folded[t.begin - 1] == ' ') {
      const std::string_view prev = WordEndingAt(t.folded, t.begin - 1);
      for (std::string_view w : kNowNotPrev) {
        if (prev == w) return false;
      }
    }
    const bool comma = t.end < t.folded.size() && t.folded[t.end] == ',';
    const std::string_view next = t.end + 1 < t.folded.size() && t.folded[t.end] == ' '
                                      ? WordAt(t.folded, t.end + 1)
                                      : std::string_view();
    bool now = comma;
    for (std::string_view w : kNowNext) now = now || next == w;
    if (!now) return false;
  }
  if (published) m.period = published->ToString();
  m.as_of = true;
  return true;
}

// "so với ngày hôm qua": the day before publication.
bool Yesterday(const PeriodText&, std::optional<Date> published, PeriodMatch& m) {
  if (!published) return true;
  Date d = *published;
  if (--d.day < 1) {
    if (--d.month < 1) d.month = 12, --d.year;
    d.day = LastDay(d.year, d.month);
  }
  m.period = d.ToString();
  return true;
}

// "giai đoạn 2021-2025"
bool YearSpan(const PeriodText& t, std::optional<Date>, PeriodMatch& m) {
  m.period = YearText(ToInt(t.g(1))) + "/" + YearText(ToInt(t.g(2)));
  return true;
}

// Crop seasons as YYYY-season:NAME, NAME the season without diacritics
// (dong_xuan, he_thu, thu_dong, xuan_he, chiem_xuan, xuan, mua, chiem,
// dong) and YYYY the year it is harvested: "vụ Đông Xuân 2021-2022" is
// 2022-season:dong_xuan, "vụ mùa năm 2022" 2022-season:mua. With no year,
// the publication year — for the winter-spring crops (đông xuân, chiêm
// xuân), sown from October, the next year from October on.
bool CropSeason(const PeriodText& t, std::optional<Date> published, PeriodMatch& m) {
  static constexpr std::pair<std::string_view, std::string_view> kSlugs[] = {
      {"đông xuân", "dong_xuan"},
      {"hè thu", "he_thu"},
      {"thu đông", "thu_dong"},
      {"xuân hè", "xuan_he"},
      {"chiêm xuân", "chiem_xuan"},
      {"xuân", "xuan"},
      {"mùa", "mua"},
      {"chiêm", "chiem"},
      {"đông", "dong"}};
  const std::string_view name = !t.g(1).empty() ? t.g(1) : t.g(2);
  std::string_view slug;
  for (const auto& [words, s] : kSlugs) {
    if (name == words) slug = s;
  }
  std::optional<int> year;
  if (!t.g(4).empty()) {
    year = ToInt(t.g(4));
  } else if (!t.g(3).empty()) {
    year = ToInt(t.g(3));
  } else if (published) {
    const bool sown_in_autumn = slug == "dong_xuan" || slug == "chiem_xuan";
    year = published->year + (sown_in_autumn && published->month >= 10 ? 1 : 0);
  }
  if (year && !slug.empty()) m.period = YearText(*year) + "-season:" + std::string(slug);
  return true;
}

// "năm 2022"
bool CalendarYear(const PeriodText& t, std::optional<Date>, PeriodMatch& m) {
  m.period = YearText(ToInt(t.g(1)));
  return true;
}

constexpr PeriodSpec kSpecs[] = {
#define VNX_PERIOD(name, resolver, pattern) {name, pattern, &resolver},
#include "time/period_forms.inc"
#undef VNX_PERIOD
};

// The alternation of month words, as the patterns' placeholders read.
template <std::size_t N>
std::string Alternation(const MonthWord (&words)[N]) {
  std::string out;
  for (const MonthWord& w : words) {
    if (!out.empty()) out += '|';
    out += w.word;
  }
  return out;
}

std::string Expand(std::string_view pattern) {
  std::string out(pattern);
  for (const auto& [name, with] :
       {std::pair<std::string_view, std::string>{"{month_count}", Alternation(kMonthCounts)},
        std::pair<std::string_view, std::string>{"{month_name}", Alternation(kMonthNames)},
        std::pair<std::string_view, std::string>{"{sep}", "[/.-]"}}) {
    for (std::size_t p = out.find(name); p != std::string::npos; p = out.find(name, p)) {
      out.replace(p, name.size(), with);
      p += with.size();
    }
  }
  return out;
}

// Where a literal (a pattern's start or `near` word) is spelled in the text.
struct Occurrence {
  std::uint32_t pos;
  std::uint32_t id;
};

constexpr std::size_t kMaxLiterals = 128;
using LiteralSet = std::bitset<kMaxLiterals>;

// The places where a pattern's match may start, in order: where one of its
// starts is spelled (and, with a `near` word, no more than `reach` bytes
// before the next one).
class StartPlaces {
 public:
  StartPlaces(std::span<const Occurrence> occurrences, const LiteralSet& start_ids, int near_id,
              std::size_t reach, std::span<const std::string> starts,
              const std::array<bool, 256>& first_bytes, std::string_view folded)
      : occ_(occurrences),
        start_ids_(start_ids),
        near_id_(near_id),
        reach_(reach),
        starts_(starts),
        first_bytes_(first_bytes),
        f_(folded) {}

  // The first place at or after `from`, or npos.
  std::size_t Next(std::size_t from) {
    if (near_id_ < 0) {
      for (; k_ < occ_.size(); ++k_) {
        if (occ_[k_].pos >= from && start_ids_[occ_[k_].id]) return occ_[k_].pos;
      }
      return npos;
    }
    // A start at c must see the first `near` at or after c within `reach`:
    // with r the first `near` at or after `from`, only [r - reach, r] can.
    for (; k_ < occ_.size(); ++k_) {
      const std::size_t r = occ_[k_].pos;
      if (r < from || static_cast<int>(occ_[k_].id) != near_id_) continue;
      for (std::size_t c = r - std::min(r - from, reach_); c <= r; ++c) {
        if (StartsAt(c)) return c;
      }
      from = r + 1;
    }
    return npos;
  }

 private:
  bool StartsAt(std::size_t c) const {
    if (c >= f_.size() || !first_bytes_[static_cast<unsigned char>(f_[c])]) return false;
    const std::string_view rest = f_.substr(c);
    for (std::string_view start : starts_) {
      if (start == "#" ? text::IsAsciiDigit(rest[0]) : rest.starts_with(start)) return true;
    }
    return false;
  }

  std::span<const Occurrence> occ_;
  const LiteralSet& start_ids_;
  int near_id_;
  std::size_t reach_;
  std::span<const std::string> starts_;
  const std::array<bool, 256>& first_bytes_;
  std::string_view f_;
  std::size_t k_ = 0;
};

// Literals are found by one pass over the text: a filter on the hash of the
// four bytes at each place, then the literals that begin with that byte.
// 13 bits: a kilobyte of filter stays in the first-level cache beside the
// text (with 16 bits, eight kilobytes missed it often); at most kMaxLiterals
// of its 8192 bits are set, so at most one place in 64 passes by chance.
constexpr std::size_t kHashBits = 13;
std::uint32_t Hash4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, sizeof w);
  return (w * 2654435761u) >> (32 - kHashBits);
}

}  // namespace

std::span<const PeriodSpec> PeriodSpecs() { return kSpecs; }

struct PeriodFinder::Pattern_ {
  // RE2's defaults, without its log line: a pattern that does not compile is
  // reported by PeriodFinder::Build.
  static re2::RE2::Options Quiet() {
    re2::RE2::Options options;
    options.set_log_errors(false);
    return options;
  }
  std::string_view name;
  PeriodResolver resolve;
  std::string source;  // the pattern with its placeholders filled
  re2::RE2 re;
  Prefilter prefilter;
  std::array<bool, 256> first_bytes{};  // of the starts
  LiteralSet start_ids;                 // the starts among the literals (no `near`)
  int near_id = -1;                     // `near` among the literals
  Pattern_(const PeriodSpec& spec, std::string expanded)
      : name(spec.name), resolve(spec.resolve), source(std::move(expanded)), re(source, Quiet()) {}
};

struct PeriodFinder::Literals {
  std::vector<std::string> words;
  std::bitset<std::size_t{1} << kHashBits> hashes;  // of the first four bytes of a literal
  // Literals of two or three bytes ("q3/"): their first bytes, and their
  // first two bytes.
  std::array<bool, 256> short_first{};
  std::bitset<65536> short_heads;
  bool has_short = false;
  std::array<std::vector<std::uint32_t>, 256> by_first;

  static std::size_t Key2(const char* p) {
    return static_cast<std::size_t>(static_cast<unsigned char>(p[0])) << 8 |
           static_cast<unsigned char>(p[1]);
  }

  // The id of `w`, added if new; nullopt past kMaxLiterals.
  std::optional<std::uint32_t> Add(std::string_view w) {
    for (std::uint32_t id = 0; id < words.size(); ++id) {
      if (words[id] == w) return id;
    }
    if (words.size() == kMaxLiterals || w.size() < kMinShortLiteral) return std::nullopt;
    const auto id = static_cast<std::uint32_t>(words.size());
    words.emplace_back(w);
    if (w.size() >= kMinLiteral) {
      hashes[Hash4(w.data())] = true;
    } else {
      short_first[static_cast<unsigned char>(w[0])] = true;
      short_heads[Key2(w.data())] = true;
      has_short = true;
    }
    by_first[static_cast<unsigned char>(w[0])].push_back(id);
    return id;
  }

  void At(std::string_view folded, std::size_t i, std::vector<Occurrence>& out,
          LiteralSet& seen) const {
    for (const std::uint32_t id : by_first[static_cast<unsigned char>(folded[i])]) {
      if (text::SpelledAt(folded, i, words[id])) {
        out.push_back({static_cast<std::uint32_t>(i), id});
        seen[id] = true;
      }
    }
  }

  // Every literal spelled in `folded`, in order, appended to `out`; `seen`
  // gets the bits of their ids. (A loop of its own: the text's bounds stay
  // in registers.)
  void Scan(std::string_view folded, std::vector<Occurrence>& out, LiteralSet& seen) const {
    const std::size_t size = folded.size();
    if (size < kMinShortLiteral) return;
    const char* const data = folded.data();
    const std::size_t last = size >= kMinLiteral ? size - kMinLiteral + 1 : 0;
    std::size_t i = 0;
    for (; i < last; ++i) {
      // The hash alone: its bit is set at few places, so the branch is
      // foreseen, where testing the first byte (common letters) first was
      // not. Short literals: a first byte few have, then the first two.
      if (!hashes[Hash4(data + i)] &&
          !(has_short && short_first[static_cast<unsigned char>(data[i])] &&
            short_heads[Key2(data + i)])) {
        continue;
      }
      At(folded, i, out, seen);
    }
    for (; has_short && i + kMinShortLiteral <= size; ++i) {
      if (short_first[static_cast<unsigned char>(data[i])] && short_heads[Key2(data + i)]) {
        At(folded, i, out, seen);
      }
    }
  }
};

PeriodFinder::PeriodFinder() : literals_(std::make_unique<Literals>()) {}
PeriodFinder::PeriodFinder(PeriodFinder&&) noexcept = default;
PeriodFinder& PeriodFinder::operator=(PeriodFinder&&) noexcept = default;
PeriodFinder::~PeriodFinder() = default;

std::size_t PeriodFinder::literals() const { return literals_->words.size(); }
std::string_view PeriodFinder::FormName(std::size_t form) const {
  return form < patterns_.size() ? patterns_[form]->name : std::string_view();
}
std::string_view PeriodFinder::Pattern(std::size_t form) const {
  return form < patterns_.size() ? std::string_view(patterns_[form]->source) : std::string_view();
}
std::span<const std::string> PeriodFinder::Starts(std::size_t form) const {
  if (form >= patterns_.size()) return {};
  return patterns_[form]->prefilter.starts;
}
std::string_view PeriodFinder::Near(std::size_t form) const {
  return form < patterns_.size() ? std::string_view(patterns_[form]->prefilter.near)
                                 : std::string_view();
}

Result<PeriodFinder> PeriodFinder::Build(std::span<const PeriodSpec> specs) {
  PeriodFinder finder;
  if (specs.size() > UINT16_MAX) return InternalError("too many period forms");
  for (const PeriodSpec& spec : specs) {
    const std::string named = "period form \"" + std::string(spec.name) + "\" (pattern \"" +
                              std::string(spec.pattern) + "\")";
    if (spec.resolve == nullptr) return InternalError(named + " has no resolver");
    auto p = std::make_unique<Pattern_>(spec, Expand(spec.pattern));
    if (!p->re.ok()) return InternalError(named + " does not compile: " + p->re.error());
    Result<Prefilter> prefilter = DerivePrefilter(p->source);
    if (!prefilter.ok()) {
      return InternalError(named + ": no prefilter: " + prefilter.status().message());
    }
    p->prefilter = std::move(*prefilter);
    for (const std::string& start : p->prefilter.starts) {
      if (start == "#") {
        for (char d = '0'; d <= '9'; ++d) p->first_bytes[static_cast<unsigned char>(d)] = true;
      } else {
        p->first_bytes[static_cast<unsigned char>(start[0])] = true;
      }
    }
    const std::string overflow =
        named + ": the scan holds " + std::to_string(kMaxLiterals) + " literals at most";
    if (!p->prefilter.near.empty()) {
      const std::optional<std::uint32_t> id = finder.literals_->Add(p->prefilter.near);
      if (!id) return InternalError(overflow);
      p->near_id = static_cast<int>(*id);
    } else {
      for (const std::string& start : p->prefilter.starts) {
        const std::optional<std::uint32_t> id = finder.literals_->Add(start);
        if (!id) return InternalError(overflow);
        p->start_ids[*id] = true;
      }
    }
    finder.patterns_.push_back(std::move(p));
  }
  return finder;
}

std::vector<PeriodMatch> PeriodFinder::Find(std::string_view folded,
                                            std::optional<Date> published) const {
  // (Offsets of literals are kept in 32 bits.)
  return FindImpl(folded, published, /*plain=*/folded.size() > UINT32_MAX);
}

std::vector<PeriodMatch> PeriodFinder::FindPlain(std::string_view folded,
                                                 std::optional<Date> published) const {
  return FindImpl(folded, published, /*plain=*/true);
}

std::vector<PeriodMatch> PeriodFinder::FindImpl(std::string_view folded,
                                                std::optional<Date> published, bool plain) const {
  std::vector<PeriodMatch> out;
  const re2::StringPiece text(folded.data(), folded.size());
  // Every literal spelled in the text, in order. (One buffer per thread,
  // kept between sentences: FindImpl does not call itself.)
  thread_local std::vector<Occurrence> occurrences;
  occurrences.clear();
  // A sentence has at most kMaxSentenceBytes, but a table header any size:
  // what a long one needed is given back on the way out.
  struct GiveBackLarge {
    std::vector<Occurrence>& v;
    ~GiveBackLarge() {
      if (v.capacity() > 4096) std::vector<Occurrence>().swap(v);
    }
  } give_back{occurrences};
  LiteralSet seen;  // the literals spelled somewhere
  if (!plain) literals_->Scan(folded, occurrences, seen);
  for (std::size_t form = 0; form < patterns_.size(); ++form) {
    const Pattern_& p = *patterns_[form];
    // With none of its starts (or its `near`) spelled, StartPlaces::Next finds no
    // place at all and the pattern matches nothing: skip it.
    if (!plain &&
        (p.near_id < 0 ? (p.start_ids & seen).none() : !seen[static_cast<std::size_t>(p.near_id)]))
      continue;
    re2::StringPiece groups[6];
    const int n = std::min(6, p.re.NumberOfCapturingGroups() + 1);
    StartPlaces starts(occurrences, p.start_ids, p.near_id, p.prefilter.reach, p.prefilter.starts,
                       p.first_bytes, folded);
    // The leftmost match starting at or after `from`: the first start where
    // the pattern matches anchored (or, plain, RE2's unanchored search).
    auto next_match = [&](std::size_t from) {
      if (plain) return p.re.Match(text, from, folded.size(), re2::RE2::UNANCHORED, groups, n);
      for (std::size_t c = starts.Next(from); c != npos; c = starts.Next(c + 1)) {
        // (No match is longer than max_length: RE2 is given no more.)
        const std::size_t end =
            folded.size() - c > p.prefilter.max_length ? c + p.prefilter.max_length : folded.size();
        if (p.re.Match(text, c, end, re2::RE2::ANCHOR_START, groups, n)) return true;
      }
      return false;
    };
    std::size_t pos = 0;
    while (pos <= folded.size() && next_match(pos)) {
      PeriodText t;
      t.folded = folded;
      t.begin = static_cast<std::size_t>(groups[0].data() - folded.data());
      t.end = t.begin + groups[0].size();
      pos = std::max(t.end, t.begin + 1);
      if (text::WordCharBefore(folded, t.begin) || text::WordCharAt(folded, t.end)) continue;
      for (int k = 0; k < n; ++k)
        t.groups[k] = std::string_view(groups[k].data(), groups[k].size());
      PeriodMatch m{t.begin, t.end,        std::nullopt,
                    false,   std::nullopt, static_cast<std::uint16_t>(form)};
      const std::string_view before = folded.substr(0, t.begin);
      if (EndsWithAny(before, kNotPeriodBefore)) continue;
      if (!p.resolve(t, published, m)) continue;
      // "cùng kỳ năm 2021", "so với năm 2021": a comparator, not the period.
      m.comparator = EndsWithAny(before, kComparatorBefore);
      out.push_back(std::move(m));
    }
  }
  // Keep the earliest, then longest, of overlapping matches. (Most
  // sentences have none or one: the sort's code is not even touched.)
  if (out.size() < 2) return out;
  std::sort(out.begin(), out.end(), [](const PeriodMatch& a, const PeriodMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // (Kept in place: the first `kept` of `out` are those kept so far.)
  std::size_t kept = 0;
  for (std::size_t j = 0; j < out.size(); ++j) {
    if (kept > 0 && out[j].begin < out[kept - 1].end) continue;
    if (j != kept) out[kept] = std::move(out[j]);
    ++kept;
  }
  out.erase(out.begin() + static_cast<std::ptrdiff_t>(kept), out.end());
  return out;
}

std::optional<std::string> FirstMonthsOf(int months, std::optional<int> year) {
  if (!year || months < 1 || months > 12) return std::nullopt;
  if (months == 12) return YearText(*year);
  if (months == 6) return YearText(*year) + "-H1";
  if (months == 3) return YearText(*year) + "-Q1";
  return YearText(*year) + "-01/" + YearText(*year) + "-" + Pad(months, 2);
}

int LastMonthOf(std::string_view p) {
  auto digits = [&](std::size_t from, std::size_t n) {
    if (from + n > p.size()) return false;
    for (std::size_t k = from; k < from + n; ++k) {
      if (!text::IsAsciiDigit(p[k])) return false;
    }
    return true;
  };
  if (!digits(0, 4) || p.size() < 7 || p[4] != '-') return 0;
  auto month = [&](std::size_t at) {
    const int m = (p[at] - '0') * 10 + (p[at + 1] - '0');
    return m >= 1 && m <= 12 ? m : 0;
  };
  if (p.size() == 7 && digits(5, 2)) return month(5);  // 2023-08
  if (p.size() == 7 && p[5] == 'Q' && p[6] >= '1' && p[6] <= '4') return 3 * (p[6] - '0');
  if (p.size() == 7 && p[5] == 'H' && (p[6] == '1' || p[6] == '2')) return 6 * (p[6] - '0');
  // 2023-01/2023-07: the first months of one year.
  if (p.size() == 15 && p.substr(4, 4) == "-01/" && p.substr(0, 4) == p.substr(8, 4) &&
      p[12] == '-' && digits(13, 2)) {
    return month(13);
  }
  return 0;
}

}  // namespace vnextract::time
