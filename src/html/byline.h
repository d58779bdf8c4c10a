// Bylines: who wrote an article, and which outlet it is credited to. The
// rule (docs/DESIGN.md section 9):
//  - the author is a person or people ("Hà Thu", "NHẬT XUÂN - NGHI VŨ",
//    "Minh Anh và Thu Trang"), a group ("Nhóm PV") or a unit signing its
//    own report ("Phòng QLCN-NL"); never an outlet, a CMS account ("quản
//    trị") or a widget's text ("và 1 tác giả khác", a close button "×");
//  - "Theo X" and "Nguồn: X" credit X: a person's name is the author
//    (cafef's "Theo Hồ Hương"), anything else is the source outlet
//    ("Theo TTXVN", "Nguồn tin: Sở Công Thương");
//  - after a name, an outlet in parentheses or in a trailing <em> is the
//    source outlet ("Minh Anh (Theo Reuters)"), "(tổng hợp)" is dropped;
//  - a bare line is the author unless it names a known outlet ("TTXVN").
// The word lists are the portal table's (portal_table.h).
#ifndef VNEXTRACT_SRC_HTML_BYLINE_H_
#define VNEXTRACT_SRC_HTML_BYLINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text/run.h"

namespace vnextract::html {

struct Byline {
  std::optional<text::TextRun> author;
  std::optional<text::TextRun> outlet;
};

// Reads one byline: a signed line under the body, a byline element's text,
// a structured value. `italic_from` is where a trailing italic part starts
// ("<strong>Hà Thu</strong> <em>(tổng hợp)</em>"), npos when none. Returns
// nullopt when it names nobody and no outlet.
std::optional<Byline> ReadByline(const text::TextRun& run,
                                 std::size_t italic_from = std::string::npos);

// A person's name or names as bylines write them: two to five words each
// capitalised ("Hồ Hương", "NHẬT XUÂN"), initials ("B.M", "T.Hương"), a
// group ("Nhóm PV"), joined by "-", "," or "và"; not an outlet or an
// organisation ("Tuổi Trẻ", "Sở Công Thương").
bool IsPersonName(std::string_view s);

// A known outlet or agency ("TTXVN", "Reuters", "Dân trí"), a site's domain
// ("VCCorp.vn", "NLD.COM.VN"), an acronym or camel-case brand ("VnExpress").
bool IsOutletName(std::string_view s);

// Whether `a` and `b` name the same site once folded to letters and digits
// ("Dân Trí" in "Báo điện tử Dân Trí", "VnExpress" and "vnexpress.net").
bool SameSite(std::string_view a, std::string_view b);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_BYLINE_H_
