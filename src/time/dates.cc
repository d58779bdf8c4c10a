#include "time/dates.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace vnextract::time {
namespace {

using text::IsAsciiDigit;

struct Word {
  std::string_view text;
  int value;
};

// Month names after "tháng" (folded); a name that starts another after it.
constexpr Word kMonthWords[] = {
#define VNX_MONTH_NAME(word, month) Word{word, month},
#include "time/months.inc"
};

constexpr std::array<std::string_view, 15> kWeekdays = {
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy",  "thứ bẩy",   "thứ 2",
    "thứ 3",   "thứ 4",  "thứ 5",  "thứ 6",   "thứ 7",   "chủ nhật", "chúa nhật",
};

enum class Kind { kDate, kTime, kWeekday };

struct Token {
  Kind kind;
  std::size_t begin = 0;
  std::size_t end = 0;
  Date date;
  int hour = -1;
  int minute = -1;
  int second = -1;
  std::size_t zone_at = 0;  // kTime: where its time zone starts (== end: none)
};

class Scanner {
 public:
  Scanner(std::string_view folded, std::optional<int> default_year)
      : f_(folded), default_year_(default_year) {}

  std::vector<Token> Tokens() {
    std::vector<Token> out;
    for (std::size_t i = 0; i < f_.size();) {
      if (std::optional<Token> t = TokenAt(i)) {
        i = t->end;
        out.push_back(*t);
        continue;
      }
      ++i;
      while (i < f_.size() && (static_cast<unsigned char>(f_[i]) & 0xC0) == 0x80) ++i;
    }
    return out;
  }

  // A time zone at p ("+07:00", " (GMT+7)", "Z"): where it ends, else p.
  std::size_t TimeZone(std::size_t p) const { return TimeZoneImpl(p); }

 private:
  bool Digit(std::size_t i) const { return i < f_.size() && IsAsciiDigit(f_[i]); }
  bool Is(std::size_t i, char c) const { return i < f_.size() && f_[i] == c; }
  bool At(std::size_t i, std::string_view w) const { return f_.substr(i, w.size()) == w; }
  // `w` at i as a whole word.
  bool WordAt(std::size_t i, std::string_view w) const {
    return At(i, w) && !text::WordCharAt(f_, i + w.size());
  }

  // 1..max digits at *p, not followed by another digit.
  bool Digits(std::size_t* p, std::size_t min, std::size_t max, int* value) const {
    std::size_t n = 0;
    int v = 0;
    while (Digit(*p) && n < max) v = v * 10 + (f_[(*p)++] - '0'), ++n;
    *value = v;
    return n >= min && !Digit(*p);
  }

  std::size_t Spaces(std::size_t p) const {
    while (Is(p, ' ')) ++p;
    return p;
  }

  std::optional<Token> TokenAt(std::size_t i) const {
    const bool after_digit = i > 0 && IsAsciiDigit(f_[i - 1]);
    if (Digit(i) && !after_digit) {
      if (auto t = IsoDate(i)) return t;
      if (auto t = NumericDate(i)) return t;
      if (auto t = WordDate(i, i)) return t;
      if (auto t = DayMonth(i, i)) return t;
      if (auto t = Time(i)) return t;
      return std::nullopt;
    }
    if (text::WordCharBefore(f_, i)) return std::nullopt;
    // "ngày", "mồng", "ngày mồng" before a day.
    std::size_t p = i;
    bool prefix = false;
    for (std::string_view w : {"ngày ", "mồng ", "mùng "}) {
      if (At(p, w)) {
        p = Spaces(p + w.size());
        prefix = true;
        if (w == "ngày ") {
          for (std::string_view w2 : {"mồng ", "mùng "}) {
            if (At(p, w2)) p = Spaces(p + w2.size());
          }
        }
        break;
      }
    }
    if (prefix && Digit(p)) {
      if (auto t = WordDate(i, p)) return t;
      if (auto t = DayMonth(i, p)) return t;
      return std::nullopt;
    }
    for (std::string_view w : kWeekdays) {
      if (WordAt(i, w)) return Token{Kind::kWeekday, i, i + w.size(), {}, -1, -1, -1};
    }
    return std::nullopt;
  }

  // 2024-04-16
  std::optional<Token> IsoDate(std::size_t i) const {
    std::size_t p = i;
    int y, m, d;
    if (!Digits(&p, 4, 4, &y) || !Is(p, '-')) return std::nullopt;
    ++p;
    if (!Digits(&p, 1, 2, &m) || !Is(p, '-')) return std::nullopt;
    ++p;
    if (!Digits(&p, 1, 2, &d)) return std::nullopt;
    const Date date{y, m, d};
    if (!date.Valid()) return std::nullopt;
    return Token{Kind::kDate, i, p, date, -1, -1, -1};
  }

  // 02/08/2022, 2/8/2022, 27-07-2022, 02.08.2022, 3/9/91
  std::optional<Token> NumericDate(std::size_t i) const {
    if (i > 0 && (f_[i - 1] == '/' || f_[i - 1] == '.' || f_[i - 1] == '-' ||
                  (f_[i - 1] >= 'a' && f_[i - 1] <= 'z'))) {
      return std::nullopt;
    }
    std::size_t p = i;
    int d, m, y;
    if (!Digits(&p, 1, 2, &d)) return std::nullopt;
    const char sep = p < f_.size() ? f_[p] : '\0';
    if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
    ++p;
    if (!Digits(&p, 1, 2, &m) || !Is(p, sep)) return std::nullopt;
    ++p;
    const std::size_t year_at = p;
    if (!Digits(&p, 2, 4, &y)) return std::nullopt;
    const std::size_t year_digits = p - year_at;
    if (year_digits == 2 && sep == '/') {
      y += y < 50 ? 2000 : 1900;
    } else if (year_digits != 4) {
      return std::nullopt;
    }
    // "12/3/2019/..." and "1.2.2022.5" are not dates.
    if (Is(p, sep) && Digit(p + 1)) return std::nullopt;
    const Date date{y, m, d};
    if (!date.Valid()) return std::nullopt;
    return Token{Kind::kDate, i, p, date, -1, -1, -1};
  }

  // The month after "tháng": digits or a name.
  bool Month(std::size_t* p, int* month) const {
    if (Digit(*p)) return Digits(p, 1, 2, month);
    for (const Word& w : kMonthWords) {
      if (WordAt(*p, w.text)) {
        *p += w.text.size();
        *month = w.value;
        return true;
      }
    }
    return false;
  }

  // [ngày|mồng] D tháng M [năm YYYY | /YYYY]; `begin` is where the prefix
  // starts, `p` the day.
  std::optional<Token> WordDate(std::size_t begin, std::size_t p) const {
    const bool prefix = begin != p;
    int d, m, y = 0;
    if (!Digits(&p, 1, 2, &d)) return std::nullopt;
    p = Spaces(p);
    if (!WordAt(p, "tháng")) return std::nullopt;
    p = Spaces(p + std::string_view("tháng").size());
    const bool month_digits = Digit(p);
    if (!Month(&p, &m)) return std::nullopt;
    std::size_t end = p;
    std::size_t q = Is(p, ',') ? p + 1 : p;
    q = Spaces(q);
    bool has_year = false;
    if (WordAt(q, "năm")) {
      q = Spaces(q + std::string_view("năm").size());
      has_year = Digits(&q, 4, 4, &y);
    } else if (Is(p, '/')) {
      q = p + 1;
      has_year = Digits(&q, 4, 4, &y);
    } else if (q > p && Digit(q) && month_digits) {
      // "30 tháng 8, 2024" (CKAN), "02 Tháng 8 2022" (Joomla's Vietnamese
      // month names): the year after a comma or a space.
      // A year of the portal era only: "5 tháng 8, 1500 hộ" counts households.
      // The month in digits: "11 tháng năm 2021" is eleven months of 2021.
      has_year = Digits(&q, 4, 4, &y) && y >= 1990 && y <= 2100 && !(Is(q, '.') && Digit(q + 1));
    }
    if (has_year) {
      end = q;
    } else if (default_year_ && prefix) {
      y = *default_year_;
    } else {
      return std::nullopt;
    }
    const Date date{y, m, d};
    if (!date.Valid()) return std::nullopt;
    return Token{Kind::kDate, begin, end, date, -1, -1, -1};
  }

  // D/M without a year: only with a default year ("7/3", "ngày 12/10").
  std::optional<Token> DayMonth(std::size_t begin, std::size_t p) const {
    if (!default_year_ || (p > 0 && begin == p && (f_[p - 1] == '/' || f_[p - 1] == '.'))) {
      return std::nullopt;
    }
    int d, m;
    if (!Digits(&p, 1, 2, &d) || !Is(p, '/')) return std::nullopt;
    ++p;
    if (!Digits(&p, 1, 2, &m) || Is(p, '/')) return std::nullopt;
    const Date date{*default_year_, m, d};
    if (!date.Valid()) return std::nullopt;
    return Token{Kind::kDate, begin, p, date, -1, -1, -1};
  }

  // 09:15, 11:18:24, 10h45, 10 giờ 45 phút, 3 giờ rưỡi chiều, 7:30 PM,
  // then a time zone: (GMT+7), +07:00, Z.
  std::optional<Token> Time(std::size_t i) const {
    std::size_t p = i;
    int h, m = 0, s = -1;
    if (!Digits(&p, 1, 2, &h)) return std::nullopt;
    if (Is(p, ':')) {
      ++p;
      if (!Digits(&p, 2, 2, &m)) return std::nullopt;
      if (Is(p, ':') && Digit(p + 1)) {
        ++p;
        if (!Digits(&p, 2, 2, &s)) return std::nullopt;
        // Fractions of a second in ISO stamps.
        if (Is(p, '.') && Digit(p + 1)) {
          ++p;
          while (Digit(p)) ++p;
        }
      }
    } else if ((Is(p, 'h') || Is(p, 'g')) && Digit(p + 1)) {
      ++p;
      if (!Digits(&p, 2, 2, &m) || text::WordCharAt(f_, p)) return std::nullopt;
    } else if (Is(p, 'h') && Is(p + 1, ' ') && Digit(p + 2) && Digit(p + 3) && !Digit(p + 4)) {
      // "09h 30 - 15/02/2011" (a Liferay portal's date format).
      p += 2;
      if (!Digits(&p, 2, 2, &m)) return std::nullopt;
    } else {
      const std::size_t q = Spaces(p);
      if (q == p || !WordAt(q, "giờ")) return std::nullopt;
      p = q + std::string_view("giờ").size();
      std::size_t r = Spaces(p);
      int mm;
      if (WordAt(r, "rưỡi")) {
        m = 30;
        p = r + std::string_view("rưỡi").size();
      } else if (WordAt(r, "kém")) {
        std::size_t k = Spaces(r + std::string_view("kém").size());
        if (!Digits(&k, 1, 2, &mm) || mm > 59 || h == 0) return std::nullopt;
        h -= 1;
        m = 60 - mm;
        p = k;
      } else if (Digit(r) && Digits(&r, 1, 2, &mm)) {
        m = mm;
        p = r;
        const std::size_t t = Spaces(p);
        if (WordAt(t, "phút")) p = t + std::string_view("phút").size();
      }
    }
    // AM/PM, SA/CH and the part of the day.
    {
      const std::size_t q = Spaces(p);
      for (std::string_view w : {"am", "sa"}) {
        if (WordAt(q, w)) {
          if (h == 12) h = 0;
          p = q + w.size();
        }
      }
      for (std::string_view w : {"pm", "ch"}) {
        if (WordAt(q, w)) {
          if (h < 12) h += 12;
          p = q + w.size();
        }
      }
    }
    {
      const std::size_t q = Spaces(p);
      if (WordAt(q, "sáng")) {
        if (h == 12) h = 0;
        p = q + std::string_view("sáng").size();
      } else if (WordAt(q, "chiều") || WordAt(q, "tối")) {
        if (h < 12) h += 12;
        p = q + (At(q, "tối") ? std::string_view("tối").size() : std::string_view("chiều").size());
      } else if (WordAt(q, "đêm")) {
        if (h >= 6 && h < 12) h += 12;
        p = q + std::string_view("đêm").size();
      } else if (WordAt(q, "trưa")) {
        if (h < 6) h += 12;
        p = q + std::string_view("trưa").size();
      }
    }
    if (h > 23 || m > 59 || s > 59) return std::nullopt;
    const std::size_t zone_at = p;
    p = TimeZoneImpl(p);
    return Token{Kind::kTime, i, p, {}, h, m, s, zone_at};
  }

  std::size_t TimeZoneImpl(std::size_t p) const {
    if (Is(p, 'z') && !text::WordCharAt(f_, p + 1)) return p + 1;
    std::size_t q = p;
    if (Is(q, '+') || (Is(q, '-') && Digit(q + 1) && Digit(q + 2) && Is(q + 3, ':'))) {
      ++q;
      int v;
      if (Digits(&q, 2, 4, &v)) {
        if (Is(q, ':') && Digit(q + 1)) {
          ++q;
          if (!Digits(&q, 2, 2, &v)) return p;
        }
        return q;
      }
      return p;
    }
    q = Spaces(p);
    const bool paren = Is(q, '(');
    if (paren) ++q;
    if (!At(q, "gmt") && !At(q, "utc")) return p;
    q += 3;
    if (Is(q, '+') || Is(q, '-')) {
      ++q;
      while (Digit(q) || Is(q, ':')) ++q;
    }
    if (paren) {
      if (!Is(q, ')')) return p;
      ++q;
    }
    return q;
  }

  std::string_view f_;
  std::optional<int> default_year_;
};

// What may stand between a weekday, a date and a time of one expression.
bool Joined(std::string_view f, std::size_t a, std::size_t b) {
  if (b < a || b - a > 16) return false;
  std::size_t p = a;
  // "2022-08-02T09:15"
  if (b == a + 1 && f[a] == 't') return true;
  while (p < b) {
    const char c = f[p];
    // "16:22' - 04/09/2026": a minute mark after the time.
    if (c == ' ' || c == ',' || c == '-' || c == '|' || c == '/' || c == '\'') {
      ++p;
    } else if (f.substr(p, 3) == "\xE2\x80\x99") {  // right single quotation mark
      p += 3;
    } else if (f.substr(p, 3) == "\xE2\x80\x93" || f.substr(p, 3) == "\xE2\x80\x94") {
      p += 3;  // en and em dash
    } else if (f.substr(p, std::string_view("lúc").size()) == "lúc") {
      p += std::string_view("lúc").size();
    } else if (f.substr(p, std::string_view("vào").size()) == "vào") {
      p += std::string_view("vào").size();
    } else if (f.substr(p, std::string_view("ngày").size()) == "ngày") {
      p += std::string_view("ngày").size();  // "7:30 chiều ngày 20/4/2017"
    } else {
      return false;
    }
  }
  return p == b;
}

// "+07:00", "+0700", "-05", "Z", " (GMT+7)", "UTC+07:00": minutes east of
// UTC, or kNoZone.
int ZoneMinutes(std::string_view z) {
  while (!z.empty() && (z.front() == ' ' || z.front() == '(')) z.remove_prefix(1);
  while (!z.empty() && (z.back() == ' ' || z.back() == ')')) z.remove_suffix(1);
  if (z == "z") return 0;
  if (z.substr(0, 3) == "gmt" || z.substr(0, 3) == "utc") z.remove_prefix(3);
  if (z.empty()) return 0;
  if (z.front() != '+' && z.front() != '-') return DateMatch::kNoZone;
  const int sign = z.front() == '-' ? -1 : 1;
  z.remove_prefix(1);
  int digits[4] = {0, 0, 0, 0};
  std::size_t n = 0;
  for (char c : z) {
    if (c == ':') continue;
    if (!IsAsciiDigit(c) || n == 4) return DateMatch::kNoZone;
    digits[n++] = c - '0';
  }
  int hours = 0, minutes = 0;
  if (n == 1) {
    hours = digits[0];
  } else if (n == 2) {
    hours = digits[0] * 10 + digits[1];
  } else if (n == 4) {
    hours = digits[0] * 10 + digits[1];
    minutes = digits[2] * 10 + digits[3];
  } else {
    return DateMatch::kNoZone;
  }
  if (hours > 14 || minutes > 59) return DateMatch::kNoZone;
  return sign * (hours * 60 + minutes);
}

}  // namespace

std::optional<DateMatch> FindDate(std::string_view s, std::optional<int> default_year) {
  const std::string folded = text::FoldCaseKeepOffsets(s);
  Scanner scanner(folded, default_year);
  const std::vector<Token> tokens = scanner.Tokens();
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind != Kind::kDate) continue;
    DateMatch m;
    m.date = tokens[k].date;
    m.begin = tokens[k].begin;
    m.end = tokens[k].end;
    const Token* time = nullptr;
    if (k + 1 < tokens.size() && tokens[k + 1].kind == Kind::kTime &&
        Joined(folded, m.end, tokens[k + 1].begin)) {
      time = &tokens[k + 1];
      m.end = time->end;
    }
    std::size_t j = k;
    if (j > 0 && tokens[j - 1].kind == Kind::kWeekday &&
        Joined(folded, tokens[j - 1].end, m.begin)) {
      m.begin = tokens[--j].begin;
    }
    if (j > 0 && tokens[j - 1].kind == Kind::kTime && Joined(folded, tokens[j - 1].end, m.begin)) {
      m.begin = tokens[j - 1].begin;
      if (time == nullptr) time = &tokens[j - 1];
    }
    // "29/10/2019 (GMT+7)"
    std::size_t zone_at = m.end;
    if (time == nullptr || time->end != m.end) {
      m.end = scanner.TimeZone(m.end);
    } else {
      zone_at = time->zone_at;
    }
    if (zone_at < m.end) {
      m.zone_minutes = ZoneMinutes(std::string_view(folded).substr(zone_at, m.end - zone_at));
    }
    if (time != nullptr) {
      m.hour = time->hour;
      m.minute = time->minute;
      m.second = time->second;
    }
    return m;
  }
  return std::nullopt;
}

Date VietnamDay(const DateMatch& m) {
  constexpr int kVietnam = 7 * 60;
  if (m.hour < 0 || m.zone_minutes == DateMatch::kNoZone || m.zone_minutes == kVietnam) {
    return m.date;
  }
  const int local = m.hour * 60 + std::max(m.minute, 0) - m.zone_minutes + kVietnam;
  Date d = m.date;
  if (local < 0) {
    if (--d.day < 1) {
      if (--d.month < 1) {
        d.month = 12;
        --d.year;
      }
      d.day = 31;
      while (d.day > 28 && !d.Valid()) --d.day;
    }
  } else if (local >= 24 * 60) {
    ++d.day;
    if (!d.Valid()) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
  }
  return d.Valid() ? d : m.date;
}

}  // namespace vnextract::time
