#include <gtest/gtest.h>

#include <string>

#include "text/run.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace vnextract::text {
namespace {

TEST(Utf8Test, FindsTheFirstInvalidByte) {
  EXPECT_FALSE(FindInvalidUtf8("Sản lượng gỗ dán"));
  EXPECT_EQ(FindInvalidUtf8("ab\xFF"), 2u);
  EXPECT_EQ(FindInvalidUtf8("a\xC0\x80"), 1u);          // overlong
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);       // surrogate
  EXPECT_EQ(FindInvalidUtf8("x\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xE1\xBB"), 0u);           // truncated
}

TEST(Utf8Test, FoldCaseKeepsOffsets) {
  const std::string s = "Phấn Đấu ƯỚC ĐẠT";
  const std::string f = FoldCaseKeepOffsets(s);
  EXPECT_EQ(f, "phấn đấu ước đạt");
  EXPECT_EQ(f.size(), s.size());
}

TEST(RunTest, CollapsesSpacesAndMapsBack) {
  const std::string input = "  hơn\xC2\xA0 64.000\n m3 ";
  RunBuilder b;
  b.Append(input, 0, input.size());
  const TextRun run = b.Finish();
  EXPECT_EQ(run.text, "hơn 64.000 m3");
  const std::size_t at = run.text.find("64.000 m3");
  const Span span = run.InputSpan(at, run.text.size());
  EXPECT_EQ(input.substr(span.begin, span.end - span.begin), "64.000\n m3");
}

TEST(RunTest, NormalisesNfdToNfc) {
  EXPECT_FALSE(IsNfc("Vie\xCC\xA3\xCC\x82t"));
  EXPECT_EQ(ToNfc("Vie\xCC\xA3\xCC\x82t"), "Việt");
  EXPECT_TRUE(IsNfc("Việt"));
}

TEST(SentencesTest, SplitsAtSentenceEndsOnly) {
  const std::string s =
      "Sản lượng đạt 1.500 tấn. Trong 6 tháng đầu năm, TP. Hà Nội thu 2,6 tỷ đồng./. Hương Lan";
  const auto r = SplitSentences(s);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(s.substr(r[0].begin, r[0].end - r[0].begin), "Sản lượng đạt 1.500 tấn.");
  EXPECT_EQ(s.substr(r[1].begin, r[1].end - r[1].begin),
            "Trong 6 tháng đầu năm, TP. Hà Nội thu 2,6 tỷ đồng./.");
}

TEST(SentencesTest, ClausesSplitAtSemicolonsOutsideParentheses) {
  const std::string s = "a 1 tấn; b (x; y) 2 tấn;c";
  const auto r = SplitClauses(s);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(s.substr(r[1].begin, r[1].end - r[1].begin), "b (x; y) 2 tấn");
}

}  // namespace
}  // namespace vnextract::text

namespace vnextract::text {
namespace {

TEST(SentencesTest, OverlongSentencesAreCutAtAClauseOrWordBoundary) {
  std::string s;
  while (s.size() < 5 * kMaxSentenceBytes) s += "doanh thu 5 tỷ đồng; ";
  const auto r = SplitSentences(s);
  ASSERT_GE(r.size(), 3u);
  for (const Range& x : r) {
    EXPECT_LE(x.end - x.begin, kMaxSentenceBytes);
    EXPECT_EQ(s[x.end - 1], ';');  // cut after a clause, not inside a word
  }
}

}  // namespace
}  // namespace vnextract::text
