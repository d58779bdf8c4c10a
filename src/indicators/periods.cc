#include "indicators/periods.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <span>

#include "text/utf8.h"

namespace vnextract::indicators {
namespace {

using Form = PeriodForm;

// Month counts spelled out; "năm" is five here ("Năm tháng đầu năm").
int SpelledMonths(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"một", 1}, {"hai", 2}, {"ba", 3},   {"bốn", 4},   {"năm", 5},      {"sáu", 6},
      {"bảy", 7}, {"tám", 8}, {"chín", 9}, {"mười", 10}, {"mười một", 11}};
  for (const auto& [word, n] : kWords) {
    if (w == word) return n;
  }
  return 0;
}

// Month names: "tháng Tám", "tháng giêng", "tháng chạp".
int MonthWord(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"giêng", 1}, {"một", 1},   {"hai", 2},       {"ba", 3},        {"tư", 4},
      {"bốn", 4},   {"năm", 5},   {"sáu", 6},       {"bảy", 7},       {"tám", 8},
      {"chín", 9},  {"mười", 10}, {"mười một", 11}, {"mười hai", 12}, {"chạp", 12}};
  for (const auto& [word, n] : kWords) {
    if (w == word) return n;
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
std::string Year(int y) { return Pad(y, 4); }

// The year of a period ending in `end_month` with no year written: the
// publication year, or the year before when the period has not ended yet
// by the publication month (a January report on "6 tháng đầu năm" is late).
std::optional<int> ImplicitYear(std::optional<Date> published, int end_month) {
  if (!published) return std::nullopt;
  return published->month >= end_month ? published->year : published->year - 1;
}

std::optional<std::string> FirstMonths(int months, std::optional<int> year) {
  if (!year || months < 1 || months > 12) return std::nullopt;
  if (months == 12) return Year(*year);
  if (months == 6) return Year(*year) + "-H1";
  if (months == 3) return Year(*year) + "-Q1";
  return Year(*year) + "-01/" + Year(*year) + "-" + Pad(months, 2);
}

// Where a literal (a pattern's start or `near` word) is spelled in the text.
struct Occurrence {
  std::uint32_t pos;
  std::uint32_t id;
};

// The places where a pattern's match may start, in order: where one of its
// starts is spelled (and, with a `near` word, no more than `reach` bytes
// before the next one).
class Starts {
 public:
  Starts(std::span<const Occurrence> occurrences, std::uint64_t start_ids, int near_id,
         std::size_t reach, const std::vector<std::string_view>& starts,
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
        if (occ_[k_].pos >= from && ((start_ids_ >> occ_[k_].id) & 1) != 0) return occ_[k_].pos;
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
  static constexpr std::size_t npos = std::string_view::npos;

  bool StartsAt(std::size_t c) const {
    if (c >= f_.size() || !first_bytes_[static_cast<unsigned char>(f_[c])]) return false;
    const std::string_view rest = f_.substr(c);
    for (std::string_view start : starts_) {
      if (start == "#" ? text::IsAsciiDigit(rest[0]) : rest.starts_with(start)) return true;
    }
    return false;
  }

  std::span<const Occurrence> occ_;
  std::uint64_t start_ids_;
  int near_id_;
  std::size_t reach_;
  const std::vector<std::string_view>& starts_;
  const std::array<bool, 256>& first_bytes_;
  std::string_view f_;
  std::size_t k_ = 0;
};

// Literals are found by one pass over the text: a filter on the hash of the
// four bytes at each place, then the literals that begin with that byte.
constexpr std::size_t kMinLiteral = 4;
std::uint32_t Hash4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, sizeof w);
  return (w * 2654435761u) >> 16;
}

}  // namespace

struct PeriodFinder::Pattern {
  // RE2's defaults, without its log line: a pattern that does not compile is
  // reported by PeriodFinder::Build.
  static re2::RE2::Options Quiet() {
    re2::RE2::Options options;
    options.set_log_errors(false);
    return options;
  }
  Form form;
  re2::RE2 re;
  // Every match of `re` begins with one of `starts` ("#" stands for any ASCII
  // digit). Matches are looked for only where one begins, anchored there.
  std::vector<std::string_view> starts;
  // When not empty: every match holds `near` no more than `reach` bytes after
  // its start, so a start farther than that from the next `near` is skipped.
  std::string_view near;
  std::size_t reach = 0;
  std::array<bool, 256> first_bytes{};  // of the starts
  std::uint64_t start_ids = 0;          // the starts among the literals (no `near`)
  int near_id = -1;                     // `near` among the literals
  Pattern(Form f, const char* pattern, std::vector<std::string_view> s, std::string_view n,
          std::size_t r)
      : form(f), re(pattern, Quiet()), starts(std::move(s)), near(n), reach(r) {
    for (std::string_view start : starts) {
      if (start == "#") {
        for (char d = '0'; d <= '9'; ++d) first_bytes[static_cast<unsigned char>(d)] = true;
      } else {
        first_bytes[static_cast<unsigned char>(start[0])] = true;
      }
    }
  }
};

struct PeriodFinder::Literals {
  std::vector<std::string_view> words;
  std::bitset<65536> hashes;  // of the first four bytes of a literal
  std::array<std::vector<std::uint32_t>, 256> by_first;

  // The id of `w`, added if new; nullopt when it cannot be one (too short,
  // or a 65th).
  std::optional<std::uint32_t> Add(std::string_view w) {
    if (w.size() < kMinLiteral) return std::nullopt;
    for (std::uint32_t id = 0; id < words.size(); ++id) {
      if (words[id] == w) return id;
    }
    if (words.size() == 64) return std::nullopt;
    const auto id = static_cast<std::uint32_t>(words.size());
    words.push_back(w);
    hashes[Hash4(w.data())] = true;
    by_first[static_cast<unsigned char>(w[0])].push_back(id);
    return id;
  }

  // Every literal spelled in `folded`, in order, appended to `out`; `seen`
  // gets the bits of their ids. (A loop of its own: the text's bounds stay
  // in registers.)
  void Scan(std::string_view folded, std::vector<Occurrence>& out, std::uint64_t& seen) const {
    const std::size_t size = folded.size();
    if (size < kMinLiteral) return;
    const char* const data = folded.data();
    const std::size_t last = size - kMinLiteral;
    for (std::size_t i = 0; i <= last; ++i) {
      // The hash alone: its bit is set at few places, so the branch is
      // foreseen, where testing the first byte (common letters) first was
      // not.
      if (!hashes[Hash4(data + i)]) continue;
      for (const std::uint32_t id : by_first[static_cast<unsigned char>(data[i])]) {
        if (text::SpelledAt(folded, i, words[id])) {
          out.push_back({static_cast<std::uint32_t>(i), id});
          seen |= std::uint64_t{1} << id;
        }
      }
    }
  }
};

// Groups: kFirstMonths (1) count, (2) "lũy kế", (3) tail, (4) year;
// kMonth (1) month, (2) year; kToDay (1) day, (2) month, (3) year.
// Then what every match starts with, and optionally a word every match
// holds and how many bytes at most after the match's start it begins: Find
// tries a pattern only there (tests/periods_test.cc compares it with a plain
// search, FindPlain). Keep them in step with the pattern.
std::vector<PeriodSpec> PeriodSpecs() {
  return {
      {Form::kFirstMonths,
       R"((?:(lũy kế|luỹ kế) )?(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười) )"
       R"(tháng(?: ((?:(?:đầu )?năm )?(\d{4})|đầu năm nay|đầu năm|qua|năm nay))?)",
       {"lũy kế ", "luỹ kế ", "#", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
        "mười"},
       "tháng",
       32},  // "luỹ kế mười một " is 25 bytes
      {Form::kHalf, R"(nửa đầu năm(?: (\d{4}))?)", {"nửa đầu năm"}},
      {Form::kSecondHalf,
       R"((?:6|sáu) tháng cuối năm(?: (\d{4}))?|nửa cuối năm(?: (\d{4}))?)",
       {"6 tháng cuối năm", "sáu tháng cuối năm", "nửa cuối năm"},
       "cuối năm",
       16},  // "sáu tháng " is 12 bytes
      {Form::kWholeYear, R"(cả năm(?: (\d{4}))?|năm nay)", {"cả năm", "năm nay"}},
      {Form::kQuarter, R"(quý (iv|i{1,3}|[1-4])(?:/(\d{4})| năm (\d{4}))?)", {"quý "}},
      {Form::kToEndOfMonth, R"(đến hết tháng (\d{1,2})(?:/(\d{4}))?)", {"đến hết tháng "}},
      {Form::kMonth,
       R"(tháng (\d{1,2}|giêng|chạp|mười một|mười hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín))"
       R"((?:/(\d{4})| năm (\d{4}))?)",
       {"tháng "}},
      {Form::kToDay,
       R"((?:tính )?đến (?:hết )?ngày (\d{1,2})/(\d{1,2})(?:/(\d{4}))?)",
       {"tính đến ", "đến "},
       "ngày ",
       24},  // "tính đến hết " is 19 bytes
      {Form::kNow,
       R"((?:lũy kế |luỹ kế )?(?:đến nay|hiện nay|hiện tại|đến thời điểm này))",
       {"lũy kế ", "luỹ kế ", "đến nay", "hiện nay", "hiện tại", "đến thời điểm này"}},
      {Form::kSpan, R"(giai đoạn (\d{4}) ?[-–] ?(\d{4}))", {"giai đoạn "}},
      // Crop seasons: a season across two years is that span ("2021/2022"),
      // one within a year is the year; with no year, the publication year.
      {Form::kCropSeason,
       R"(vụ (?:đông xuân|hè thu|thu đông|xuân hè|xuân|mùa|chiêm|đông)(?: năm)?(?: (\d{4})(?: ?[-–] ?(\d{4}))?)?)",
       {"vụ "}},
      {Form::kYear, R"(năm (\d{4}))", {"năm "}},
  };
}

PeriodFinder::PeriodFinder() : literals_(std::make_unique<Literals>()) {}
PeriodFinder::PeriodFinder(PeriodFinder&&) noexcept = default;
PeriodFinder& PeriodFinder::operator=(PeriodFinder&&) noexcept = default;

std::size_t PeriodFinder::literals() const { return literals_->words.size(); }

Result<PeriodFinder> PeriodFinder::Build(std::span<const PeriodSpec> specs) {
  PeriodFinder finder;
  for (const PeriodSpec& spec : specs) {
    auto p = std::make_unique<Pattern>(spec.form, spec.pattern, spec.starts, spec.near, spec.reach);
    const std::string named = std::string("period pattern \"") + spec.pattern + "\"";
    if (!p->re.ok()) {
      return Status(StatusCode::kInternal, named + " does not compile: " + p->re.error());
    }
    if (p->starts.empty()) return Status(StatusCode::kInternal, named + " has no starts");
    for (std::string_view start : p->starts) {
      if (start.empty()) return Status(StatusCode::kInternal, named + " has an empty start");
    }
    if (!p->near.empty()) {
      const std::optional<std::uint32_t> id = finder.literals_->Add(p->near);
      if (!id) {
        return Status(StatusCode::kInternal,
                      named + ": its near word \"" + std::string(p->near) +
                          "\" is under 4 bytes or past the 64 literals the scan holds");
      }
      p->near_id = static_cast<int>(*id);
    } else {
      for (std::string_view start : p->starts) {
        const std::optional<std::uint32_t> id = finder.literals_->Add(start);
        if (!id) {
          return Status(StatusCode::kInternal,
                        named + ": its start \"" + std::string(start) +
                            "\" is under 4 bytes (give the pattern a near word) or past the 64 "
                            "literals the scan holds");
        }
        p->start_ids |= std::uint64_t{1} << *id;
      }
    }
    finder.patterns_.push_back(std::move(p));
  }
  return finder;
}

PeriodFinder::~PeriodFinder() = default;

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
  std::uint64_t seen = 0;  // the literals spelled somewhere, as bits of their ids
  if (!plain) literals_->Scan(folded, occurrences, seen);
  for (const auto& p : patterns_) {
    // With none of its starts (or its `near`) spelled, Starts::Next finds no
    // place at all and the pattern matches nothing: skip it.
    if (!plain && (p->near_id < 0 ? (p->start_ids & seen) == 0 : ((seen >> p->near_id) & 1) == 0)) {
      continue;
    }
    re2::StringPiece groups[6];
    const int n = std::min(6, p->re.NumberOfCapturingGroups() + 1);
    Starts starts(occurrences, p->start_ids, p->near_id, p->reach, p->starts, p->first_bytes,
                  folded);
    // The leftmost match starting at or after `from`: the first start where
    // the pattern matches anchored (or, plain, RE2's unanchored search).
    auto next_match = [&](std::size_t from) {
      if (plain) return p->re.Match(text, from, folded.size(), re2::RE2::UNANCHORED, groups, n);
      for (std::size_t c = starts.Next(from); c != std::string_view::npos; c = starts.Next(c + 1)) {
        if (p->re.Match(text, c, folded.size(), re2::RE2::ANCHOR_START, groups, n)) return true;
      }
      return false;
    };
    std::size_t pos = 0;
    while (pos <= folded.size() && next_match(pos)) {
      const auto begin = static_cast<std::size_t>(groups[0].data() - folded.data());
      const std::size_t end = begin + groups[0].size();
      pos = std::max(end, begin + 1);
      if (text::WordCharBefore(folded, begin) || text::WordCharAt(folded, end)) continue;
      auto g = [&](int k) {
        return k < n ? std::string_view(groups[k].data(), groups[k].size()) : std::string_view();
      };
      PeriodMatch m{begin, end, std::nullopt, false};
      switch (p->form) {
        case Form::kFirstMonths: {
          // "N tháng" alone is a duration unless a tail, "lũy kế" or the end
          // of a phrase says it is the first N months ("Trong 9 tháng, …").
          const bool cumulative = !g(1).empty();
          const bool tail = !g(3).empty();
          // A duration reads "sau 6 tháng", "hơn 6 tháng", "6 tháng tới".
          static constexpr std::string_view kDurationBefore[] = {
              "sau ", "mất ", "vòng ",   "thêm ", "dài ",
              "gần ", "hơn ", "khoảng ", "được ", "trên "};
          static constexpr std::string_view kDurationAfter[] = {" tới", " nữa", " sau",
                                                                " liên tiếp", " cuối"};
          bool duration = false;
          for (std::string_view w : kDurationBefore) {
            duration |= begin >= w.size() && folded.substr(begin - w.size(), w.size()) == w;
          }
          for (std::string_view w : kDurationAfter) {
            duration |=
                folded.substr(end, w.size()) == w && !text::WordCharAt(folded, end + w.size());
          }
          if (!cumulative && !tail && duration) continue;
          const std::string_view count = g(2);
          const int months =
              !count.empty() && text::IsAsciiDigit(count[0]) ? ToInt(count) : SpelledMonths(count);
          const std::optional<int> year =
              g(4).empty() ? ImplicitYear(published, months) : std::optional<int>(ToInt(g(4)));
          m.period = FirstMonths(months, year);
          break;
        }
        case Form::kHalf: {
          const std::optional<int> year =
              g(1).empty() ? ImplicitYear(published, 6) : std::optional<int>(ToInt(g(1)));
          m.period = FirstMonths(6, year);
          break;
        }
        case Form::kSecondHalf: {
          const std::string_view y = !g(1).empty() ? g(1) : g(2);
          const std::optional<int> year =
              !y.empty() ? std::optional<int>(ToInt(y))
                         : (published ? std::optional<int>(published->year) : std::nullopt);
          if (year) m.period = Year(*year) + "-H2";
          break;
        }
        case Form::kToEndOfMonth: {
          const int month = ToInt(g(1));
          const std::optional<int> year =
              g(2).empty() ? ImplicitYear(published, month) : std::optional<int>(ToInt(g(2)));
          m.period = FirstMonths(month, year);
          if (year && month >= 1 && month <= 12) {
            int last = 31;
            while (last > 28 && !Date{*year, month, last}.Valid()) --last;
            m.point = Date{*year, month, last}.ToString();
          }
          break;
        }
        case Form::kToDay: {
          const int day = ToInt(g(1));
          const int month = ToInt(g(2));
          const std::optional<int> year =
              g(3).empty() ? ImplicitYear(published, month) : std::optional<int>(ToInt(g(3)));
          if (!year || !Date{*year, month, day}.Valid()) break;
          m.point = Date{*year, month, day}.ToString();
          // To a month's last day: the months so far; otherwise to the day.
          if (!Date{*year, month, day + 1}.Valid()) {
            m.period = FirstMonths(month, year);
          } else {
            m.period = Year(*year) + "-01-01/" + Date{*year, month, day}.ToString();
          }
          break;
        }
        case Form::kNow:
          if (published) m.period = published->ToString();
          break;
        case Form::kSpan:
          m.period = Year(ToInt(g(1))) + "/" + Year(ToInt(g(2)));
          break;
        case Form::kCropSeason:
          if (!g(2).empty()) {
            m.period = Year(ToInt(g(1))) + "/" + Year(ToInt(g(2)));
          } else if (!g(1).empty()) {
            m.period = Year(ToInt(g(1)));
          } else if (published) {
            m.period = Year(published->year);
          }
          break;
        case Form::kYear:
          m.period = Year(ToInt(g(1)));
          break;
        case Form::kWholeYear: {
          const std::optional<int> year =
              g(1).empty() ? (published ? std::optional<int>(published->year) : std::nullopt)
                           : std::optional<int>(ToInt(g(1)));
          if (year) m.period = Year(*year);
          break;
        }
        case Form::kQuarter: {
          const int q = Roman(g(1));
          const std::string_view y = !g(2).empty() ? g(2) : g(3);
          const std::optional<int> year =
              y.empty() ? ImplicitYear(published, q * 3) : std::optional<int>(ToInt(y));
          if (year && q > 0) m.period = Year(*year) + "-Q" + std::to_string(q);
          break;
        }
        case Form::kMonth: {
          const std::string_view w = g(1);
          const int month = !w.empty() && text::IsAsciiDigit(w[0]) ? ToInt(w) : MonthWord(w);
          const std::string_view y = !g(2).empty() ? g(2) : g(3);
          const std::optional<int> year =
              y.empty() ? ImplicitYear(published, month) : std::optional<int>(ToInt(y));
          if (year && month >= 1 && month <= 12) m.period = Year(*year) + "-" + Pad(month, 2);
          break;
        }
      }
      // "cùng kỳ năm 2021", "so với năm 2021": a comparator, not the period.
      const std::string_view before = folded.substr(0, begin);
      for (std::string_view cue :
           {std::string_view("cùng kỳ "), std::string_view("so với "), std::string_view("so ")}) {
        if (before.size() >= cue.size() && before.substr(before.size() - cue.size()) == cue) {
          m.comparator = true;
        }
      }
      out.push_back(std::move(m));
    }
  }
  // Keep the earliest, then longest, of overlapping matches.
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

}  // namespace vnextract::indicators
