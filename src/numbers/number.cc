#include "numbers/number.h"

#include <array>
#include <cmath>
#include <vector>

#include "text/utf8.h"

namespace vnextract::numbers {
namespace {

using text::IsAsciiDigit;

constexpr std::array<double, 23> kPow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                           1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                           1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

double Pow10(int e) {
  if (e >= 0 && e < static_cast<int>(kPow10.size())) return kPow10[static_cast<std::size_t>(e)];
  return std::pow(10.0, e);
}

struct Group {
  std::size_t begin;
  std::size_t end;  // digits [begin, end)
  char sep_before;  // '\0' for the first group, else '.', ',' or ' '
};

// The groups of one number: most have a few, kept without allocating.
class Groups {
 public:
  void push_back(const Group& g) {
    if (size_ < kInline) {
      inline_[size_] = g;
    } else {
      overflow_.push_back(g);
    }
    ++size_;
  }
  const Group& operator[](std::size_t k) const {
    return k < kInline ? inline_[k] : overflow_[k - kInline];
  }
  const Group& front() const { return (*this)[0]; }
  std::size_t size() const { return size_; }

 private:
  static constexpr std::size_t kInline = 8;
  std::array<Group, kInline> inline_{};
  std::vector<Group> overflow_;
  std::size_t size_ = 0;
};

std::size_t DigitRunEnd(std::string_view t, std::size_t i) {
  while (i < t.size() && IsAsciiDigit(t[i])) ++i;
  return i;
}

}  // namespace

double Number::Value(int scale) const {
  const int exp = scale + power - fraction_digits;
  const auto m = static_cast<double>(mantissa);
  if (exp >= 0) return m * Pow10(exp);
  return m / Pow10(-exp);  // both exact for |exp| <= 22: one correctly rounded division
}

Number Number::AsGrouped() const {
  Number n = *this;
  n.fraction_digits = 0;
  n.comma_may_group = false;
  return n;
}

namespace {

// k/K, M, G right after the digits and not followed by a letter.
int SuffixPower(std::string_view t, const Number& n) {
  if (n.end >= t.size()) return 0;
  const char c = t[n.end];
  int power = 0;
  if (c == 'k' || c == 'K') power = 3;
  if (c == 'M') power = 6;
  if (c == 'G') power = 9;
  if (power == 0 || text::WordCharAt(t, n.end + 1)) return 0;
  if (c == 'G' && n.end - n.begin == 1) return 0;  // "4G", "5G"
  return power;
}

}  // namespace

Number ScanNumber(std::string_view t, std::size_t pos) {
  if (t[pos] == ',') {
    // ",77": a fraction with no integer part.
    Number n;
    n.begin = pos;
    n.end = DigitRunEnd(t, pos + 1);
    for (std::size_t j = pos + 1; j < n.end && n.significant_digits < 18; ++j) {
      n.mantissa = n.mantissa * 10 + static_cast<std::uint64_t>(t[j] - '0');
      if (n.mantissa > 0) ++n.significant_digits;
      ++n.fraction_digits;
    }
    n.has_separator = true;
    n.power = SuffixPower(t, n);
    if (n.power > 0) ++n.end;
    return n;
  }
  Groups groups;
  std::size_t i = DigitRunEnd(t, pos);
  groups.push_back({pos, i, '\0'});
  bool only_spaces = true;
  // Extend with separated groups: ".ddd", ",d+", " ddd".
  while (i + 1 < t.size()) {
    const char sep = t[i];
    if (sep != '.' && sep != ',' && sep != ' ') break;
    if (!IsAsciiDigit(t[i + 1])) break;
    const std::size_t e = DigitRunEnd(t, i + 1);
    if (sep == ' ') {
      // Space grouping: exactly three digits, after a first group of 1-3 digits
      // with only space separators so far.
      const Group& first = groups.front();
      if (!only_spaces || first.end - first.begin > 3 || e - (i + 1) != 3) break;
    }
    groups.push_back({i + 1, e, sep});
    only_spaces = only_spaces && sep == ' ';  // kept as we go: no rescans
    i = e;
  }
  Number n;
  n.begin = pos;
  const std::size_t count = groups.size();
  // Decide the decimal separator.
  char decimal = '\0';
  std::size_t dots = 0, commas = 0;
  char last_sep = '\0';
  for (std::size_t k = 1; k < count; ++k) {
    if (groups[k].sep_before == '.') ++dots;
    if (groups[k].sep_before == ',') ++commas;
    if (groups[k].sep_before != ' ') last_sep = groups[k].sep_before;
  }
  auto len = [&](std::size_t k) { return groups[k].end - groups[k].begin; };
  // "3.131.93": thousands dots and then a dot before one or two digits, a
  // decimal comma typed as a dot; the evident figure is 3131,93.
  bool last_dot_decimal = false;
  if (dots >= 2 && commas == 0 && len(count - 1) <= 2 && groups[count - 1].sep_before == '.') {
    last_dot_decimal = true;
    for (std::size_t k = 1; k + 1 < count; ++k) {
      last_dot_decimal = last_dot_decimal && groups[k].sep_before == '.' && len(k) == 3;
    }
  }
  if (last_dot_decimal) {
    decimal = '.';
  } else if (dots > 0 && commas > 0) {
    decimal = last_sep;  // "1.234,5" or "1,234.5"
  } else if (dots == 1) {
    std::size_t k = 1;
    while (groups[k].sep_before != '.') ++k;
    if (len(k) != 3) decimal = '.';  // "66.6", "3.21": English decimal point
  } else if (commas == 1) {
    std::size_t k = 1;
    while (groups[k].sep_before != ',') ++k;
    decimal = ',';
    n.comma_may_group = len(k) == 3 && k == count - 1;
  } else if (commas > 1) {
    decimal = '\0';  // "2,350,000,000": English grouping
  }
  // A group separator must be followed by exactly three digits; stop at the
  // first group that breaks this (the rest is another token).
  std::size_t used = 1;
  bool seen_decimal = false;
  for (std::size_t k = 1; k < count; ++k) {
    const char sep = groups[k].sep_before;
    if (sep == decimal && !seen_decimal && (!last_dot_decimal || k + 1 == count)) {
      seen_decimal = true;
      used = k + 1;
      if (k + 1 < count) {
        // digits after the decimal part belong to another token
        break;
      }
      continue;
    }
    if (seen_decimal || len(k) != 3) break;
    used = k + 1;
  }
  if (!seen_decimal) n.comma_may_group = false;
  for (std::size_t k = 0; k < used; ++k) {
    const bool fraction = k > 0 && seen_decimal && groups[k].sep_before == decimal &&
                          (!last_dot_decimal || k + 1 == count);
    for (std::size_t j = groups[k].begin; j < groups[k].end; ++j) {
      const auto digit = static_cast<std::uint64_t>(t[j] - '0');
      if (n.significant_digits < 18) {
        n.mantissa = n.mantissa * 10 + digit;  // leading zeros ("01 dự án") add nothing
        if (n.mantissa > 0) ++n.significant_digits;
        if (fraction) ++n.fraction_digits;
      } else if (!fraction) {
        --n.fraction_digits;  // beyond 18 digits keep the magnitude, drop precision
      }
    }
    if (k > 0) n.has_separator = true;
  }
  n.end = groups[used - 1].end;
  n.power = SuffixPower(t, n);
  if (n.power > 0) {
    ++n.end;
    n.comma_may_group = false;  // "1,2M": a decimal before a multiplier
  }
  return n;
}

}  // namespace vnextract::numbers
