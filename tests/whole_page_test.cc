// The whole_page test runs (ctest label whole_page, tests/CMakeLists.txt):
// with VNEXTRACT_TEST_WHOLE_PAGE set, every page this binary extracts on its
// main thread (where the tests run) is parsed whole, without the pre-pass
// and the region parse (html::ScopedWholePageParse), so the corpus, golden
// and pages suites check the plain path with the same expectations. Only
// the tests read the variable; the library has no such switch.
#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>

#include "html/html.h"

namespace vnextract {
namespace {

bool WholePageAsked() {
  const char* v = std::getenv("VNEXTRACT_TEST_WHOLE_PAGE");
  return v != nullptr && *v != '\0' && *v != '0';
}

class WholePageEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    if (WholePageAsked()) whole_.emplace();
  }
  void TearDown() override { whole_.reset(); }

 private:
  std::optional<html::ScopedWholePageParse> whole_;
};

[[maybe_unused]] ::testing::Environment* const kWholePage =
    ::testing::AddGlobalTestEnvironment(new WholePageEnvironment);

TEST(WholePageSwitch, IsOnExactlyWhenAsked) {
  EXPECT_EQ(html::WholePageParseForced(), WholePageAsked());
}

}  // namespace
}  // namespace vnextract
