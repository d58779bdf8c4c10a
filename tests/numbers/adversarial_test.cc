// Any string gives a result or a clear error (issue 3, DESIGN.md section 8):
// huge digit runs, a million dots, long number-word chains, mixed scripts.
// These would hang a backtracking or quadratic scanner; the ctest timeout is
// the guard, and bench/ measures the linear scaling (no timing here).
#include <gtest/gtest.h>

#include <string>

#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

std::string Repeat(std::string_view unit, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out.append(unit);
  return out;
}

class Adversarial : public ::testing::Test {
 protected:
  void SetUp() override {
    auto ex = Extractor::Create();
    ASSERT_TRUE(ex.ok());
    extractor_ = std::make_unique<Extractor>(std::move(*ex));
  }
  // The quantities of valid UTF-8 text.
  std::vector<Quantity> Find(std::string_view text) const {
    return extractor_->FindQuantities(text).value();
  }
  std::unique_ptr<Extractor> extractor_;
};

TEST_F(Adversarial, TenMegabytesOfDigitsIsOneCodeNotAQuantity) {
  const std::string digits(10u << 20, '7');
  // One digit run of ten million digits: a code, like a tax number.
  EXPECT_TRUE(Find(digits).empty());
  auto doc = extractor_->ExtractText(digits);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->indicators.empty());
}

TEST_F(Adversarial, AMillionDots) {
  EXPECT_TRUE(Find(std::string(1u << 20, '.')).empty());
  auto doc = extractor_->ExtractText(std::string(1u << 20, '.'));
  ASSERT_TRUE(doc.ok());
}

TEST_F(Adversarial, DotSeparatedDigitsAndCommas) {
  // "1.1.1.1…" is not a number with a million groups; at most its head is.
  EXPECT_LE(Find(Repeat("1.", 1u << 20)).size(), 1u);
  EXPECT_LE(Find(Repeat("1,", 1u << 20)).size(), 1u);
  EXPECT_LE(Find(Repeat("999 ", 1u << 20)).size(), 1u);
}

TEST_F(Adversarial, ManyQuantitiesInOneSentence) {
  // 50 000 figures in one sentence: every one is found, in linear time.
  std::string text;
  for (int k = 0; k < 50000; ++k) text += "hơn 1 tấn, ";
  const auto found = Find(text);
  EXPECT_EQ(found.size(), 50000u);
  auto doc = extractor_->ExtractText("Tin\n" + text + "\n", "x", Date{2022, 8, 2});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->indicators.size(), 50000u);
}

TEST_F(Adversarial, LongChainsOfNumberWords) {
  EXPECT_LE(Find(Repeat("một ", 1u << 20)).size(), 1u);
  // "một nghìn nghìn nghìn …": one (enormous) number, not a hang.
  EXPECT_LE(Find("một " + Repeat("nghìn ", 1u << 18)).size(), 1u);
  EXPECT_TRUE(Find(Repeat("hàng trăm ", 1u << 18)).empty());
}

TEST_F(Adversarial, MixedScriptsAndControlCharacters) {
  const std::string mixed =
      "Доход 5 млн; 収入は5万円; 5 tỷ đồng\x01\x02; مبلغ 7 tấn; 😀 3 ha\tand 4,5%";
  const auto found = Find(mixed);
  // The Vietnamese figures are found; the others (no Vietnamese unit) are
  // bare numbers at most. Nothing crashes.
  bool vnd = false, tonne = false, ha = false, percent = false;
  for (const Quantity& q : found) {
    vnd |= q.unit == "VND" && q.value == 5e9;
    tonne |= q.unit == "tonne" && q.value == 7;
    ha |= q.unit == "ha" && q.value == 3;
    percent |= q.unit == "percent" && q.value == 4.5;
  }
  EXPECT_TRUE(vnd && tonne && ha && percent);
}

TEST_F(Adversarial, InvalidUtf8IsAnEmptyResultOrAnError) {
  const std::string bad = "5 t\xE1\xBA" + std::string(1000, '\xFF');
  EXPECT_EQ(extractor_->FindQuantities(bad).status().code(), StatusCode::kInvalidEncoding);
  EXPECT_EQ(extractor_->ExtractText(bad).status().code(), StatusCode::kInvalidEncoding);
}

}  // namespace
}  // namespace vnextract
