// The byline rule (html/byline.h, docs/DESIGN.md section 9): who wrote an
// article and which outlet it is credited to, on the forms real pages show.
#include "html/byline.h"

#include <gtest/gtest.h>

#include <string>

#include "html/blocks.h"
#include "html/portal_table.h"
#include "time/dates.h"

namespace vnextract::html {
namespace {

text::TextRun MakeRun(const std::string& s) {
  text::TextRun run;
  run.text = s;
  for (std::size_t i = 0; i < s.size(); ++i) run.map.push_back(static_cast<std::uint32_t>(i));
  return run;
}

struct BylineCase {
  const char* line;
  std::size_t italic_from;  // npos: none
  const char* author;       // nullptr: none
  const char* outlet;       // nullptr: none
};

constexpr std::size_t kNone = std::string::npos;

TEST(Bylines, EveryFormRealPagesShow) {
  const BylineCase cases[] = {
      {"Hà Thu", kNone, "Hà Thu", nullptr},
      {"Hà Thu (tổng hợp)", kNone, "Hà Thu", nullptr},
      {"Hà Thu (tổng hợp)", 7, "Hà Thu", nullptr},  // "(tổng hợp)" in an <em>
      {"Minh Anh (Theo Reuters)", kNone, "Minh Anh", "Reuters"},
      // A rating widget after the byline goes.
      {"Minh Anh (Theo Reuters) (1204 bình chọn, 8/10 điểm)", kNone, "Minh Anh", "Reuters"},
      {"Minh Anh (1204 lượt xem)", kNone, "Minh Anh", nullptr},
      {"Minh Anh (VnExpress/Reuters) (1204 bình chọn, 8/10 điểm)", kNone, "Minh Anh",
       "VnExpress/Reuters"},
      {"Minh Anh Reuters", 9, "Minh Anh", "Reuters"},  // the outlet in a trailing <em>
      {"Theo TTXVN", kNone, nullptr, "TTXVN"},
      {"Theo Hồ Hương", kNone, "Hồ Hương", nullptr},
      {"Theo Báo Chính phủ", kNone, nullptr, "Báo Chính phủ"},
      {"Theo Dân trí", kNone, nullptr, "Dân trí"},
      {"Theo VnExpress", kNone, nullptr, "VnExpress"},
      {"Nguồn: Sở Công Thương", kNone, nullptr, "Sở Công Thương"},
      {"Nguồn tin: Cục Thống kê tỉnh", kNone, nullptr, "Cục Thống kê tỉnh"},
      {"Tác giả: Nguyễn Thu Hà", kNone, "Nguyễn Thu Hà", nullptr},
      {"Tác giả: quản trị", kNone, nullptr, nullptr},
      {"Viết bởi Super User", kNone, nullptr, nullptr},
      {"Nhóm PV", kNone, "Nhóm PV", nullptr},
      {"B.M", kNone, "B.M", nullptr},
      {"NHẬT XUÂN - NGHI VŨ", kNone, "NHẬT XUÂN - NGHI VŨ", nullptr},
      {"Minh Anh và Thu Trang", kNone, "Minh Anh và Thu Trang", nullptr},
      {"NHẬT XUÂN và 1 tác giả khác", kNone, "NHẬT XUÂN", nullptr},
      {"Phòng QLCN-NL", kNone, "Phòng QLCN-NL", nullptr},
      {"Văn Giáp/Bnews/vnanet.vn", kNone, "Văn Giáp", nullptr},
      {"TTXVN", kNone, nullptr, "TTXVN"},
      {"×", kNone, nullptr, nullptr},
      {"Theo dõi Báo trên Google News", kNone, nullptr, nullptr},
  };
  for (const BylineCase& c : cases) {
    SCOPED_TRACE(c.line);
    const std::optional<Byline> b = ReadByline(MakeRun(c.line), c.italic_from);
    if (c.author == nullptr && c.outlet == nullptr) {
      EXPECT_FALSE(b && (b->author || b->outlet))
          << (b && b->author ? b->author->text : "") << (b && b->outlet ? b->outlet->text : "");
      continue;
    }
    ASSERT_TRUE(b);
    if (c.author == nullptr) {
      EXPECT_FALSE(b->author) << b->author->text;
    } else {
      ASSERT_TRUE(b->author);
      EXPECT_EQ(b->author->text, c.author);
    }
    if (c.outlet == nullptr) {
      EXPECT_FALSE(b->outlet) << b->outlet->text;
    } else {
      ASSERT_TRUE(b->outlet);
      EXPECT_EQ(b->outlet->text, c.outlet);
    }
  }
}

TEST(Bylines, PersonsOutletsAndSites) {
  for (const char* person : {"Hồ Hương", "NHẬT XUÂN", "Lê Minh Đức", "T.Hương", "N.V.A."}) {
    EXPECT_TRUE(IsPersonName(person)) << person;
  }
  for (const char* not_person :
       {"VnExpress", "Dân Trí", "Tuổi Trẻ", "Sở Công Thương", "VCCorp.vn", "baotuoitre",
        "Xem các bài viết của tác giả", "Reuters", "TP.HCM", "quản trị"}) {
    EXPECT_FALSE(IsPersonName(not_person)) << not_person;
  }
  for (const char* outlet :
       {"TTXVN", "VnExpress", "NLD.COM.VN", "VCCorp.vn", "Báo Nhân Dân", "VnExpress/Reuters"}) {
    EXPECT_TRUE(IsOutletName(outlet)) << outlet;
  }
  EXPECT_TRUE(SameSite("Dân Trí", "Báo điện tử Dân Trí"));
  EXPECT_TRUE(SameSite("VnExpress", "vnexpress.net"));
  EXPECT_TRUE(SameSite("baochinhphu.vn", "baochinhphu.vn"));
  EXPECT_FALSE(SameSite("Tri Túc", "Báo điện tử Dân Trí"));
}

// A date written with another zone is the day in Vietnam.
TEST(Bylines, MachineDatesAreVietnamDays) {
  const auto day = [](const std::string& s) {
    const std::optional<time::DateMatch> m = time::FindDate(s);
    return m ? time::VietnamDay(*m).ToString() : std::string();
  };
  EXPECT_EQ(day("2026-03-06T17:05:00Z"), "2026-03-07");
  EXPECT_EQ(day("2026-03-06T17:05:00+00:00"), "2026-03-07");
  EXPECT_EQ(day("2026-12-31T20:00:00+00:00"), "2027-01-01");
  EXPECT_EQ(day("2026-03-01T01:00:00+09:00"), "2026-02-28");
  EXPECT_EQ(day("2026-03-07T00:01:00+07:00"), "2026-03-07");
  EXPECT_EQ(day("2026-03-07T00:01:00"), "2026-03-07");  // no zone: as written
}

// An agency's tag at the start of a lead goes; a sentence that starts the
// same way stays.
TEST(AgencyTags, CutFromTheLead) {
  const auto cut = [](const std::string& s) {
    text::TextRun run = MakeRun(s);
    StripSourceTag(run);
    return run.text;
  };
  EXPECT_EQ(cut("(Chinhphu.vn) – Sáng 5/9, Thủ tướng chủ trì"), "Sáng 5/9, Thủ tướng chủ trì");
  EXPECT_EQ(cut("(Dân trí) - Chiều 4/3, UBND tỉnh"), "Chiều 4/3, UBND tỉnh");
  EXPECT_EQ(cut("BNEWS Kim ngạch xuất khẩu"), "Kim ngạch xuất khẩu");
  // Tuổi Trẻ's bare tag, with its dash; "TT Huế" opens a sentence.
  EXPECT_EQ(cut("TT - Sở Xây dựng cho biết"), "Sở Xây dựng cho biết");
  EXPECT_EQ(cut("TT Huế có 9 huyện"), "TT Huế có 9 huyện");
  // A tag typed without accents, before a dash; small letters alone
  // without one, or a list mark, stay.
  EXPECT_EQ(cut("(kinh te) - Sáng nay, ngân hàng"), "Sáng nay, ngân hàng");
  EXPECT_EQ(cut("(tạm tính) Doanh thu"), "(tạm tính) Doanh thu");
  EXPECT_EQ(cut("(a) - Doanh thu"), "(a) - Doanh thu");
  EXPECT_EQ(cut("(xem them) Doanh thu"), "(xem them) Doanh thu");
}

// Every layout row's selectors parse, and the rows report known layouts.
TEST(PortalTable, RowsNameKnownLayouts) {
  for (const portal::LayoutSpec& row : portal::kLayouts) {
    EXPECT_FALSE(row.detect.empty()) << row.layout;
    EXPECT_FALSE(row.layout.empty());
  }
}

}  // namespace
}  // namespace vnextract::html
