// Duckling's Vietnamese Numeral / AmountOfMoney / Ordinal corpus
// (tests/conformance/, BSD-3-Clause, see its README): every line through
// FindQuantities as its own named case, with Duckling's semantics mapped as
// the README says.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

struct Line {
  int number = 0;
  nlohmann::json record;
};

// Lines not expected to pass, with the reason (at most two).
struct Exclusion {
  const char* text;
  const char* reason;
};
constexpr Exclusion kExclusions[] = {{"", ""}};

std::vector<Line> ReadLines() {
  std::vector<Line> out;
  std::ifstream in(std::string(VNEXTRACT_SOURCE_DIR) + "/tests/conformance/duckling_vi.jsonl");
  std::string s;
  int n = 0;
  while (std::getline(in, s)) {
    ++n;
    if (!s.empty()) out.push_back({n, nlohmann::json::parse(s)});
  }
  return out;
}

void PrintTo(const Line& line, std::ostream* os) {
  *os << "line " << line.number << ": " << line.record["text"].get<std::string>();
}

class DucklingVi : public ::testing::TestWithParam<Line> {
 protected:
  static void SetUpTestSuite() { extractor_ = new Extractor(std::move(*Extractor::Create())); }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }
  static Extractor* extractor_;
};
Extractor* DucklingVi::extractor_ = nullptr;

std::string ExpectedUnit(const nlohmann::json& r) {
  const std::string dim = r["dimension"];
  if (dim == "numeral") return "";
  if (dim == "ordinal") return "ordinal";
  const std::string unit = r["unit"];
  if (unit == "$" || unit == "cent") return "USD";
  if (unit == "£") return "GBP";
  return unit;
}

double Scaled(const nlohmann::json& r, const char* field) {
  const double v = r[field].get<double>();
  return r.value("unit", "") == "cent" ? v / 100.0 : v;
}

TEST_P(DucklingVi, OneQuantityWithDucklingsValue) {
  const nlohmann::json& r = GetParam().record;
  const std::string text = r["text"];
  for (const Exclusion& e : kExclusions) {
    if (text == e.text) GTEST_SKIP() << "excluded: " << e.reason;
  }
  const std::vector<Quantity> found = extractor_->FindQuantities(text).value();
  ASSERT_EQ(found.size(), 1u) << "\"" << text << "\"";
  const Quantity& q = found[0];
  EXPECT_EQ(q.unit, ExpectedUnit(r)) << text;
  if (r["type"] == "value") {
    ASSERT_TRUE(q.value) << text;
    EXPECT_NEAR(*q.value, Scaled(r, "value"), 1e-9 * std::max(1.0, std::abs(*q.value))) << text;
    EXPECT_NE(q.qualifier, Qualifier::kRange);
    return;
  }
  const bool has_min = r.contains("min");
  const bool has_max = r.contains("max");
  if (has_min && has_max) {
    EXPECT_EQ(q.qualifier, Qualifier::kRange) << text;
    ASSERT_TRUE(q.value_min && q.value_max) << text;
    EXPECT_DOUBLE_EQ(*q.value_min, Scaled(r, "min")) << text;
    EXPECT_DOUBLE_EQ(*q.value_max, Scaled(r, "max")) << text;
  } else if (has_min) {
    EXPECT_TRUE(q.qualifier == Qualifier::kMoreThan || q.qualifier == Qualifier::kAtLeast)
        << text << ": " << QualifierName(q.qualifier);
    ASSERT_TRUE(q.value) << text;
    EXPECT_NEAR(*q.value, Scaled(r, "min"), 1e-9) << text;
  } else {
    EXPECT_TRUE(q.qualifier == Qualifier::kLessThan || q.qualifier == Qualifier::kAtMost)
        << text << ": " << QualifierName(q.qualifier);
    ASSERT_TRUE(q.value) << text;
    EXPECT_NEAR(*q.value, Scaled(r, "max"), 1e-9) << text;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, DucklingVi, ::testing::ValuesIn(ReadLines()),
                         [](const ::testing::TestParamInfo<Line>& param_info) {
                           return "line" + std::to_string(param_info.param.number);
                         });

TEST(DucklingViCorpus, HasEveryLine) { EXPECT_EQ(ReadLines().size(), 127u); }

}  // namespace
}  // namespace vnextract
