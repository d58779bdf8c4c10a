// Publication dates as portals write them (research/phrasing.md section 9):
// "02/08/2022", "Thứ Ba, 02/08/2022 09:15", "Thứ tư - 27/07/2022 09:33"
// (view counters follow), "2024-04-16 11:18:24", "2022-08-02T09:15:00+07:00",
// "17:21 16/07/2015", "Cập nhật, 15:58, Thứ Ba, 29/10/2019 (GMT+7)",
// "15:20, 08/07/2022", "02-08-2022 - 09:15 AM", "ngày 02 tháng 8 năm 2022",
// "7:30 chiều ngày 20/4/2017". Legal document numbers ("35/2022/NĐ-CP") and
// bare years are never dates. (The period expressions of article text are
// in time/periods.h; both read the month words of time/months.inc.)
#ifndef VNEXTRACT_SRC_TIME_DATES_H_
#define VNEXTRACT_SRC_TIME_DATES_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "vnextract/document.h"

namespace vnextract::time {

struct DateMatch {
  Date date;
  // Time of day when written next to the date (24-hour clock; "chiều",
  // "tối" and PM are afternoon), else -1.
  int hour = -1;
  int minute = -1;
  int second = -1;
  // The time zone written after it ("+07:00", "Z", "(GMT+7)"), in minutes
  // east of UTC, else kNoZone.
  static constexpr int kNoZone = -100000;
  int zone_minutes = kNoZone;
  // The whole expression as written: weekday, date, time and time zone
  // ("Thứ Ba, 02/08/2022 09:15"), without labels such as "Cập nhật" or
  // "Ngày đăng:" and without what follows (counters).
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The first date in `s` (NFC UTF-8). Day, month and year must all be
// written, unless `default_year` is given: then "7/3", "ngày 12/10" and
// "mồng 3 tháng ba" take that year (Duckling's corpus convention, used by
// the conformance test; pages always carry the year).
std::optional<DateMatch> FindDate(std::string_view s, std::optional<int> default_year = {});

// The calendar day in Vietnam (UTC+7) of a date with its time and zone
// ("2026-03-06T17:05:00Z" is 2026-03-07 there); the date itself when the
// time or the zone is not written.
Date VietnamDay(const DateMatch& m);

}  // namespace vnextract::time

#endif  // VNEXTRACT_SRC_TIME_DATES_H_
