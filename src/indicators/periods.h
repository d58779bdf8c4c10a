// Period expressions ("6 tháng đầu năm", "năm 2022", "quý III/2022",
// "tháng 7/2022") found in case-folded text and resolved against the
// publication date (DESIGN.md section 2, the periods table).
#ifndef VNEXTRACT_SRC_INDICATORS_PERIODS_H_
#define VNEXTRACT_SRC_INDICATORS_PERIODS_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/document.h"
#include "vnextract/status.h"

namespace re2 {
class RE2;
}

namespace vnextract::indicators {

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
};

// What a period pattern's groups mean (periods.cc reads each form).
enum class PeriodForm {
  kFirstMonths,  // "6 tháng đầu năm [2022]", "6 tháng qua", "lũy kế 10 tháng", "9 tháng năm 2022"
  kHalf,          // "nửa đầu năm [2022]"
  kSecondHalf,    // "6 tháng cuối năm [2022]", "nửa cuối năm"
  kYear,          // "năm 2022"
  kWholeYear,     // "cả năm [2022]", "năm nay"
  kQuarter,       // "quý III[/2022]"
  kMonth,         // "tháng 7/2022", "riêng tháng 8", "tháng Tám"
  kToEndOfMonth,  // "đến hết tháng 7[/2022]"
  kToDay,         // "đến ngày 20/6/2022"
  kNow,           // "đến nay", "hiện nay": a stock at the publication date
  kSpan,          // "giai đoạn 2021-2025"
  kCropSeason,    // "vụ Đông Xuân 2021-2022", "vụ mùa năm 2022", "vụ xuân"
};

// One period pattern: an RE2 pattern on folded text, what every match
// starts with ("#" stands for any ASCII digit; each other start at least 4
// bytes unless `near` is set), and optionally a word (`near`, at least 4
// bytes) every match holds no more than `reach` bytes after its start.
struct PeriodSpec {
  PeriodForm form;
  const char* pattern;
  std::vector<std::string_view> starts;
  std::string_view near = {};
  std::size_t reach = 0;
};

// The library's period patterns, in the order they are tried.
std::vector<PeriodSpec> PeriodSpecs();

class PeriodFinder {
 public:
  // Compiles `specs` (done once, by internal::Grammar). A pattern that does
  // not compile, or whose starts or near word break the rules above, is an
  // internal error naming it: never an exception.
  static Result<PeriodFinder> Build(std::span<const PeriodSpec> specs);
  PeriodFinder(PeriodFinder&&) noexcept;
  PeriodFinder& operator=(PeriodFinder&&) noexcept;
  ~PeriodFinder();
  PeriodFinder(const PeriodFinder&) = delete;
  PeriodFinder& operator=(const PeriodFinder&) = delete;

  // All period expressions in folded[begin, end), in order, non-overlapping.
  std::vector<PeriodMatch> Find(std::string_view folded, std::optional<Date> published) const;
  // The same found by a plain search of the whole text for every pattern
  // (Find tries a pattern only where one of its starts is spelled): what
  // tests compare Find with, and what Find does past 4 GiB.
  std::vector<PeriodMatch> FindPlain(std::string_view folded, std::optional<Date> published) const;

  std::size_t patterns() const { return patterns_.size(); }
  std::size_t literals() const;  // the distinct starts and near words looked for

 private:
  struct Pattern;
  struct Literals;
  PeriodFinder();
  std::vector<PeriodMatch> FindImpl(std::string_view folded, std::optional<Date> published,
                                    bool plain) const;
  std::unique_ptr<Literals> literals_;  // the starts and near words of all patterns
  std::vector<std::unique_ptr<Pattern>> patterns_;
};

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_PERIODS_H_
