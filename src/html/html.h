// HTML pages to lines: parse (Gumbo), recognise the layout, collect the
// visible lines of the article's region. No Gumbo type crosses this header.
#ifndef VNEXTRACT_SRC_HTML_HTML_H_
#define VNEXTRACT_SRC_HTML_HTML_H_

#include <string_view>

#include "html/blocks.h"

namespace vnextract::html {

// `html` must be valid UTF-8 (text/decode.h makes it so). Offsets in the
// lines are offsets into `html`. Layouts, in the order tried:
// "sharepoint_bantin", the table in layouts.cc ("article_description",
// "news"), then "generic".
PageLines ReadHtml(std::string_view html);

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_HTML_H_
