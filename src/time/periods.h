// Period expressions ("6 tháng đầu năm", "năm 2022", "quý III/2022",
// "tháng 7/2022") found in case-folded text and resolved against the
// publication date (DESIGN.md section 2, the periods table). The forms are
// a table (time/period_forms.inc): a name, an RE2 pattern and a resolver
// each; where the finder looks for each is derived from its pattern
// (time/prefilter.h).
#ifndef VNEXTRACT_SRC_TIME_PERIODS_H_
#define VNEXTRACT_SRC_TIME_PERIODS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/document.h"
#include "vnextract/status.h"

namespace vnextract::time {

struct PeriodMatch {
  std::size_t begin = 0;  // in the folded text
  std::size_t end = 0;
  // The resolved period ("2022-H1"), or nullopt when it needs a publication
  // date that is unknown.
  std::optional<std::string> period;
  // "cùng kỳ năm 2021": names what a change is compared with, not the
  // period of the figure.
  bool comparator = false;
  // For "đến ngày 30/6/2023", "đến hết tháng 10": the day it runs to, which
  // is the period of a stock ("tổng đàn trâu", "dư nợ") measured then.
  std::optional<std::string> point;
  // The form that matched: its index in the finder's table.
  std::uint16_t form = 0;
  // "hiện có", "đến nay", "hôm nay": the period is the publication date, as
  // of which the figure holds.
  bool as_of = false;
  // "cả năm", "năm nay" with no year written: the year in force, not
  // necessarily the publication's (see the linker).
  bool whole_year_implied = false;
  // "lũy kế", "lũy kế năm 2023", "lũy kế từ đầu năm" written with no end:
  // the year to the publication date on its own, but after a month's
  // figures the months of the year up to that one (the linker, rule
  // cumulative_to_month). `cumulative_year`: the year written, else 0.
  bool cumulative = false;
  int cumulative_year = 0;
};

// What a resolver reads: the folded text, where the match is, its groups.
struct PeriodText {
  std::string_view folded;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view groups[6];  // groups[0] is the whole match; "" when unset
  std::string_view g(int k) const { return k >= 0 && k < 6 ? groups[k] : std::string_view(); }
};

// Resolves a match: sets `m.period` (and `m.point`) from the groups and
// the publication date. Returns false when the match is no period ("sau 6
// tháng" is a duration).
using PeriodResolver = bool (*)(const PeriodText& text, std::optional<Date> published,
                                PeriodMatch& m);

// One period form: a name (for the corpus and traces), an RE2 pattern on
// folded text ({month_count} and {month_name} stand for the month words of
// time/months.inc) and its resolver.
struct PeriodSpec {
  std::string_view name;
  std::string_view pattern;
  PeriodResolver resolve = nullptr;
};

// The library's period forms (time/period_forms.inc), in the order they are
// tried.
std::span<const PeriodSpec> PeriodSpecs();

class PeriodFinder {
 public:
  // Compiles `specs` (done once, by internal::Grammar). A pattern that does
  // not compile, or whose prefilter cannot be derived, is an internal error
  // naming it: never an exception.
  static Result<PeriodFinder> Build(std::span<const PeriodSpec> specs);
  PeriodFinder(PeriodFinder&&) noexcept;
  PeriodFinder& operator=(PeriodFinder&&) noexcept;
  ~PeriodFinder();
  PeriodFinder(const PeriodFinder&) = delete;
  PeriodFinder& operator=(const PeriodFinder&) = delete;

  // All period expressions in `folded`, in order, non-overlapping.
  std::vector<PeriodMatch> Find(std::string_view folded, std::optional<Date> published) const;
  // The same found by a plain search of the whole text for every pattern
  // (Find tries a pattern only where its prefilter allows): what tests
  // compare Find with, and what Find does past 4 GiB.
  std::vector<PeriodMatch> FindPlain(std::string_view folded, std::optional<Date> published) const;

  std::size_t patterns() const { return patterns_.size(); }
  std::size_t literals() const;  // the distinct starts and near words looked for
  // The name of form `form` (PeriodMatch::form).
  std::string_view FormName(std::size_t form) const;
  // The pattern of form `form` as compiled (placeholders filled), its
  // derived starts and near word: for tests and the docs.
  std::string_view Pattern(std::size_t form) const;
  std::span<const std::string> Starts(std::size_t form) const;
  std::string_view Near(std::size_t form) const;

 private:
  struct Pattern_;
  struct Literals;
  PeriodFinder();
  std::vector<PeriodMatch> FindImpl(std::string_view folded, std::optional<Date> published,
                                    bool plain) const;
  std::unique_ptr<Literals> literals_;  // the starts and near words of all patterns
  std::vector<std::unique_ptr<Pattern_>> patterns_;
};

// The first `months` months of `year` as the contract writes them:
// "2023-Q1", "2023-H1", "2023" for all twelve, else "2023-01/2023-05";
// nullopt for no year or a count outside 1-12.
std::optional<std::string> FirstMonthsOf(int months, std::optional<int> year);

// The last month of a period of one year that ends at a month's end
// ("2023-08" -> 8, "2023-Q3" -> 9, "2023-H1" -> 6, "2023-01/2023-07" -> 7),
// else 0 (a whole year, a day, a span of years, a season).
int LastMonthOf(std::string_view period);

}  // namespace vnextract::time

#endif  // VNEXTRACT_SRC_TIME_PERIODS_H_
