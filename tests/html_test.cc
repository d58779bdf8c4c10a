// html/: layouts, visible text and the block finder on a fixture written for
// the project (tests/data/bantin_viewdata_sp2010.html: SharePoint 2010 chrome,
// title and lead inside the ViewData web part, entities, hidden elements,
// script, comment, related news and footer with figures). Expected values are
// read off the fixture's Vietnamese text by hand; it is dated 15/07/2022.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "html/gumbo_tree.h"
#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

std::string ReadFile(const std::string& relative) {
  std::ifstream in(std::string(VNEXTRACT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Row {
  Section section;
  const char* label;
  double value;
  const char* unit;
  Qualifier qualifier;
  const char* period;
  Kind kind;
  const char* compare_to;
};

TEST(BanTinViewDataVariant, BlocksAndIndicators) {
  const std::string html = ReadFile("tests/data/bantin_viewdata_sp2010.html");
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractHtml(html, "viewdata.html");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->layout, "sharepoint_bantin");
  EXPECT_EQ(doc->published.value_or(Date{}).ToString(), "2022-07-15");
  EXPECT_EQ(doc->title.value_or(""),
            "Kim ngạch xuất khẩu 6 tháng đầu năm của tỉnh ước đạt 125,4 triệu USD");
  EXPECT_EQ(doc->lead.value_or(""),
            "Theo Sở Công Thương, hoạt động xuất khẩu của tỉnh trong nửa đầu năm 2022 tiếp tục "
            "phục hồi sau dịch bệnh.");
  EXPECT_EQ(doc->author.value_or(""), "Minh Châu");
  ASSERT_EQ(doc->paragraphs.size(), 3u);
  // &nbsp; became a plain space; &egrave; became è.
  EXPECT_TRUE(doc->paragraphs[0].starts_with("Trong 6 tháng đầu năm, kim ngạch xuất khẩu"));
  EXPECT_NE(doc->paragraphs[1].find("; chè 8,6 triệu USD;"), std::string::npos);
  for (const std::string& p : doc->paragraphs) {
    EXPECT_EQ(p.find("Page Content"), std::string::npos);
    EXPECT_EQ(p.find("Tiêu đề ẩn"), std::string::npos);
    EXPECT_EQ(p.find("bản nháp"), std::string::npos);
  }

  using enum Section;
  using enum Qualifier;
  using enum Kind;
  const std::vector<Row> expected = {
      {kTitle, "Kim ngạch xuất khẩu của tỉnh", 125.4e6, "USD", kExact, "2022-H1", kEstimate, ""},
      {kBody, "kim ngạch xuất khẩu", 125.4e6, "USD", kExact, "2022-H1", kEstimate, ""},
      {kBody, "kim ngạch xuất khẩu", 12.5, "percent", kExact, "2022-H1", kChange,
       "same_period_last_year"},
      {kBody, "kim ngạch xuất khẩu", 52.3, "percent", kExact, "2022-H1", kRatio, "plan"},
      {kBody, "kim ngạch xuất khẩu", 23.1e6, "USD", kExact, "2022-06", kActual, ""},
      {kBody, "gỗ và sản phẩm gỗ", 41.2e6, "USD", kExact, "2022-H1", kEstimate, ""},
      {kBody, "chè", 8.6e6, "USD", kExact, "2022-H1", kEstimate, ""},
      {kBody, "hàng dệt may", 30e6, "USD", kNearly, "2022-H1", kEstimate, ""},
      {kBody, "kim ngạch xuất khẩu", 240e6, "USD", kExact, "2022", kTarget, ""},
      // "phấn đấu … tăng 10% so với năm 2021": a planned change, which
      // DESIGN.md counts as a target that keeps its comparison.
      {kBody, "kim ngạch xuất khẩu", 10, "percent", kExact, "2022", kTarget, "previous_year"},
  };
  ASSERT_EQ(doc->indicators.size(), expected.size()) << ToJson(*doc);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Row& e = expected[i];
    const Indicator& got = doc->indicators[i];
    SCOPED_TRACE("indicator " + std::to_string(i) + ": " + got.surface);
    EXPECT_EQ(got.section, e.section);
    EXPECT_EQ(got.label, e.label);
    EXPECT_DOUBLE_EQ(got.value.value_or(-1), e.value);
    EXPECT_EQ(got.unit, e.unit);
    EXPECT_EQ(got.qualifier, e.qualifier);
    EXPECT_EQ(got.period.value_or(""), e.period);
    EXPECT_EQ(got.kind, e.kind);
    EXPECT_EQ(got.compare_to.value_or(""), e.compare_to);
    // Spans are exact even after the &nbsp; and &egrave; references.
    EXPECT_EQ(html.substr(got.span.begin, got.span.end - got.span.begin), got.surface);
  }
}

TEST(VisibleText, AlignDecodedMapsReferencesToTheirAmpersand) {
  // original: "ch&egrave; 8,6" -> decoded "chè 8,6" (è is two bytes).
  const std::string original = "ch&egrave; 8,6\r\nx";
  const std::string decoded = "ch\xC3\xA8 8,6\nx";
  std::vector<std::uint32_t> offsets;
  html::AlignDecoded(original, decoded, 100, offsets);
  ASSERT_EQ(offsets.size(), decoded.size());
  EXPECT_EQ(offsets[0], 100u);
  EXPECT_EQ(offsets[2], 102u);  // è -> '&'
  EXPECT_EQ(offsets[3], 102u);
  EXPECT_EQ(offsets[4], 110u);  // ' ' after ';'
  EXPECT_EQ(offsets[5], 111u);  // '8'
  EXPECT_EQ(offsets[8], 114u);  // '\n' -> '\r'
  EXPECT_EQ(offsets[9], 116u);  // 'x'
}

TEST(VisibleText, HiddenScriptsCommentsAndOtherWebPartsNeverReachTheText) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  const std::string html = ReadFile("tests/data/bantin_viewdata_sp2010.html");
  auto doc = ex->ExtractHtml(html);
  ASSERT_TRUE(doc.ok());
  for (const Indicator& i : doc->indicators) {
    for (double trap : {999e9, 77e9, 500e9, 60e6, 4321.0, 2468135.0}) {
      EXPECT_NE(i.value.value_or(0), trap) << i.surface;
    }
  }
}

TEST(GenericLayout, FallsBackToHeadingsAndSaysSo) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractHtml(
      "<html><head><title>Tin</title></head><body><h1>Doanh thu tăng mạnh</h1>"
      "<p>Ngày 02/08/2022</p><p style='display:none'>ẩn 9 tỷ đồng</p>"
      "<p>Trong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.</p></body></html>");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->layout, "generic");
  EXPECT_EQ(doc->title.value_or(""), "Doanh thu tăng mạnh");
  ASSERT_FALSE(doc->diagnostics.empty());
  EXPECT_EQ(doc->diagnostics[0].code, "generic_layout");
  ASSERT_EQ(doc->indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(doc->indicators[0].value.value_or(0), 664e9);
}

TEST(DeepNesting, IsBoundedNotACrash) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "<p>hơn 664 tỷ đồng</p>";
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractHtml(html);
  ASSERT_TRUE(doc.ok());
  bool reported = false;
  for (const Diagnostic& d : doc->diagnostics) reported |= d.code == "too_deep";
  EXPECT_TRUE(reported);
}

}  // namespace
}  // namespace vnextract
