// HTML pages to lines: parse (Gumbo), recognise the layout, collect the
// visible lines of the article's region. No Gumbo type crosses this header.
#ifndef VNEXTRACT_SRC_HTML_HTML_H_
#define VNEXTRACT_SRC_HTML_HTML_H_

#include <cstddef>
#include <limits>
#include <memory>
#include <string_view>

#include "html/blocks.h"

namespace vnextract::html {

// The portal knowledge table (portal_table.h) with its CSS selectors parsed:
// the layout rows and the generic lead, byline, outlet, date and in-article
// chrome selectors. Built once, by internal::Grammar (grammar.h), and read
// by every ReadHtml. Immutable.
class Layouts {
 public:
  struct Table;  // html/page.h
  Layouts();
  ~Layouts();
  Layouts(const Layouts&) = delete;
  Layouts& operator=(const Layouts&) = delete;

  const Table& table() const { return *table_; }
  std::size_t size() const;       // the layouts of the table
  std::size_t selectors() const;  // every selector parsed (the rows' and the generic ones)

 private:
  std::unique_ptr<const Table> table_;
};

// `html` must be valid UTF-8 (text/decode.h makes it so). Offsets in the
// lines are offsets into `html`. Layouts, in the order tried:
// "sharepoint_bantin", the rows of portal_table.h ("article_description",
// the platforms, "news"), then "generic". When Gumbo would hold more than
// `max_parse_bytes` the parse stops and the result is empty with
// parse_exhausted set (gumbo_tree.h). Tags the markup guard blanked are
// reported as the diagnostic "markup_flattened".
PageLines ReadHtml(std::string_view html, const Layouts& layouts,
                   std::size_t max_parse_bytes = std::numeric_limits<std::size_t>::max());

// ReadHtml parses what the page's layout needs (prepass.h): the BanTin
// region alone when it can be found and read as the whole page would be,
// else the page without script and style bodies and the __VIEWSTATE value.
// ReadHtmlWhole parses every byte: same PageLines, slower. The
// differential test (tests/differential_test.cc) holds the two equal.
PageLines ReadHtmlWhole(std::string_view html, const Layouts& layouts,
                        std::size_t max_parse_bytes = std::numeric_limits<std::size_t>::max());

// While one is alive, ReadHtml on this thread reads every page whole (for
// the differential test, the whole_page test runs and comparisons in
// bench/). Not nestable.
class ScopedWholePageParse {
 public:
  ScopedWholePageParse();
  ~ScopedWholePageParse();
  ScopedWholePageParse(const ScopedWholePageParse&) = delete;
  ScopedWholePageParse& operator=(const ScopedWholePageParse&) = delete;
};
// Whether one is alive on this thread.
bool WholePageParseForced();

}  // namespace vnextract::html

#endif  // VNEXTRACT_SRC_HTML_HTML_H_
