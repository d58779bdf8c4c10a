// The separator rule of numbers/number.h, table-driven. Values by hand.
#include "numbers/number.h"

#include <gtest/gtest.h>

#include <string>

namespace vnextract::numbers {
namespace {

struct Case {
  const char* text;
  double value;
  const char* token;  // the part of text read as the number
  bool comma_may_group;
};

TEST(NumberTest, SeparatorRule) {
  const Case cases[] = {
      {"1.500", 1500, "1.500", false},
      {"14,9", 14.9, "14,9", false},
      {"1.234,5", 1234.5, "1.234,5", false},
      {"1,234.5", 1234.5, "1,234.5", false},
      {"13.500.000", 13500000, "13.500.000", false},
      {"33,103", 33.103, "33,103", true},
      {"66.6", 66.6, "66.6", false},
      {"3.21", 3.21, "3.21", false},
      {"2,350,000,000", 2350000000, "2,350,000,000", false},
      {"346 000 ha", 346000, "346 000", false},
      {"2022 100", 2022, "2022", false},
      {"01", 1, "01", false},
      {"0,5", 0.5, "0,5", false},
      {"7.256,80", 7256.8, "7.256,80", false},
      {"1.500.", 1500, "1.500", false},
      {"5, 6", 5, "5", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::string text = c.text;
    const Number n = ScanNumber(text, 0);
    EXPECT_DOUBLE_EQ(n.Value(), c.value);
    EXPECT_EQ(text.substr(n.begin, n.end - n.begin), c.token);
    EXPECT_EQ(n.comma_may_group, c.comma_may_group);
  }
}

TEST(NumberTest, ScaleIsExactForWholeResults) {
  const std::string text = "14,9";
  const Number n = ScanNumber(text, 0);
  EXPECT_EQ(n.Value(6), 14900000.0);  // not 14899999.999999998
  EXPECT_EQ(ScanNumber("1.234,5", 0).Value(9), 1234500000000.0);
  EXPECT_EQ(ScanNumber("33,103", 0).AsGrouped().Value(), 33103.0);
}

TEST(NumberTest, VeryLongDigitRunsKeepTheirMagnitude) {
  const std::string digits(30, '9');
  const Number n = ScanNumber(digits, 0);
  EXPECT_EQ(n.end, digits.size());
  EXPECT_NEAR(n.Value() / 1e30, 1.0, 1e-12);
}

}  // namespace
}  // namespace vnextract::numbers
