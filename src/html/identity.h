// The page's own identity: the names under which the portal shows itself in
// its chrome and metadata ("Cổng thông tin điện tử tỉnh Bắc Kạn", "Sở Công
// Thương tỉnh Bình Phước"), for what "toàn tỉnh" and "trên địa bàn" mean on
// that page (context/annotate.h). Read from the raw scan (prepass.h), so the
// region parse and the whole-page parse give the same names.
#ifndef VNEXTRACT_SRC_HTML_IDENTITY_H_
#define VNEXTRACT_SRC_HTML_IDENTITY_H_

#include <string>
#include <string_view>
#include <vector>

#include "html/prepass.h"

namespace vnextract::html {

// og:site_name, then the logo's alt texts, then the site parts of the
// <title> ("… - Cổng thông tin điện tử huyện Tân Phú": the segments that
// name an office or a portal); character references decoded, spaces
// collapsed, NFC.
std::vector<std::string> SiteIdentity(std::string_view page, const RawScan& raw);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_IDENTITY_H_
