// Digit numbers written the Vietnamese way, and the scale words after them.
//
// The separator rule (DESIGN.md section 2, research/phrasing.md section 1):
//  * '.' followed by exactly three digits groups thousands ("1.500",
//    "13.500.000"); with 1, 2 or 4+ digits after it, it is an English
//    decimal point copied into the text ("66.6 ha", "3.21%").
//  * ',' is the Vietnamese decimal mark ("14,9", "33,103 tỷ"). Several ','
//    each before three digits are English grouping ("2,350,000,000").
//  * When both appear, the last one is the decimal mark ("1.234,5").
//  * Thousands dots ending in a dot before one or two digits ("3.131.93")
//    are a decimal comma typed as a dot: the evident figure, 3131.93.
//  * A single ',' before exactly three digits with no scale word is ambiguous:
//    the caller decides with the unit (a count cannot be fractional, so
//    "1,500 doanh nghiệp" is 1500) — see Number::comma_may_group.
//  * Space grouping ("346 000 ha") is accepted when the first group has one to
//    three digits and every later group exactly three.
//  * A bare leading comma is a fraction (",77" = 0.77), as Duckling reads it.
//  * A multiplier glued to the digits: k/K ×1e3, M ×1e6, G ×1e9 ("10k đồng",
//    "1,2M", ",0012G"). Lower-case m is metres, never a multiplier; a single
//    digit before G is a network generation ("4G", "5G"), not a number.
#ifndef VNEXTRACT_SRC_NUMBERS_NUMBER_H_
#define VNEXTRACT_SRC_NUMBERS_NUMBER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vnextract::numbers {

struct Number {
  std::size_t begin = 0;  // byte offsets in the scanned text
  std::size_t end = 0;
  std::uint64_t mantissa = 0;    // every digit, separators removed
  int fraction_digits = 0;       // digits after the decimal mark
  int significant_digits = 0;    // digits in mantissa (beyond 18, value is inexact)
  bool comma_may_group = false;  // a single ",ddd" read as a decimal
  bool has_separator = false;
  int power = 0;  // from a k/M/G suffix

  // The value times 10^scale, exact whenever the result is a whole number
  // below 2^53 or a decimal with few digits (mantissa / 10^k is correctly
  // rounded).
  double Value(int scale = 0) const;
  // The same digits with the ambiguous ',' read as a thousands separator.
  Number AsGrouped() const;
};

// Scans a digit number starting at `pos`, which must hold an ASCII digit or a
// ',' followed by a digit. Never fails: at least the digit run is a number.
Number ScanNumber(std::string_view text, std::size_t pos);

}  // namespace vnextract::numbers

#endif  // VNEXTRACT_SRC_NUMBERS_NUMBER_H_
