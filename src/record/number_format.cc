#include "record/number_format.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "vnextract/csv.h"

namespace vnextract {
namespace record {

bool AppendNumber(std::string& out, double v) {
  if (!std::isfinite(v)) return false;
  if (v == 0) {  // also -0: a figure is never "minus nothing"
    out += '0';
    return true;
  }
  // Whole numbers below 2^53 (every count and sum of money a page states) as
  // integers: one conversion, no search for the shortest digits.
  if (std::fabs(v) < 9007199254740992.0 && std::trunc(v) == v) {
    std::array<char, 24> buf;
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), static_cast<std::int64_t>(v));
    out.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
    return true;
  }
  // The shortest digits that read back to the same double, in positional
  // notation: 1e18 is 1000000000000000000, 1.5e-7 is 0.00000015. A double
  // needs at most 309 digits before the point and 327 after it (5e-324).
  std::array<char, 400> buf;
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed);
  out.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
  return true;
}

}  // namespace record

std::string FormatNumber(double value) {
  std::string out;
  record::AppendNumber(out, value);
  return out;
}

}  // namespace vnextract
