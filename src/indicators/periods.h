// Period expressions ("6 tháng đầu năm", "năm 2022", "quý III/2022",
// "tháng 7/2022") found in case-folded text and resolved against the
// publication date (DESIGN.md section 2, the periods table).
#ifndef VNEXTRACT_SRC_INDICATORS_PERIODS_H_
#define VNEXTRACT_SRC_INDICATORS_PERIODS_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/document.h"

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

class PeriodFinder {
 public:
  PeriodFinder();  // compiles the patterns; done once per Extractor
  ~PeriodFinder();
  PeriodFinder(const PeriodFinder&) = delete;
  PeriodFinder& operator=(const PeriodFinder&) = delete;

  // All period expressions in folded[begin, end), in order, non-overlapping.
  std::vector<PeriodMatch> Find(std::string_view folded, std::optional<Date> published) const;
  // The same found by a plain search of the whole text for every pattern
  // (Find tries a pattern only where one of its starts is spelled): what
  // tests compare Find with.
  std::vector<PeriodMatch> FindPlain(std::string_view folded, std::optional<Date> published) const;

 private:
  struct Pattern;
  struct Literals;
  std::vector<PeriodMatch> FindImpl(std::string_view folded, std::optional<Date> published,
                                    bool plain) const;
  std::unique_ptr<Literals> literals_;  // the starts and near words of all patterns
  std::vector<std::unique_ptr<Pattern>> patterns_;
};

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_PERIODS_H_
