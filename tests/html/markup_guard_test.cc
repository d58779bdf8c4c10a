// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// The markup guard (src/html/markup_guard.h): ordinary markup, however
// sloppy, passes untouched; only nesting past the bounds is blanked, with
// every offset kept.
#include "html/markup_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace vnextract::html {
namespace {

std::string Times(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(MarkupGuard, SloppyButShallowMarkupPassesUntouched) {
  // Implied end tags: unclosed <p>, <li>, <td>, <tr>, <option>, <dd>.
  EXPECT_FALSE(GuardMarkup(Times("<p>a", 10000)));
  EXPECT_FALSE(GuardMarkup("<ul>" + Times("<li>a", 10000) + "</ul>"));
  EXPECT_FALSE(GuardMarkup("<table>" + Times("<tr><td>a<td>b", 10000) + "</table>"));
  EXPECT_FALSE(GuardMarkup("<select>" + Times("<option>a", 10000) + "</select>"));
  EXPECT_FALSE(GuardMarkup("<dl>" + Times("<dt>a<dd>b", 10000) + "</dl>"));
  // Void and self-closing SVG elements open nothing; script text is no markup.
  EXPECT_FALSE(GuardMarkup(Times("<br><img src=x><hr>", 10000)));
  EXPECT_FALSE(GuardMarkup("<svg>" + Times("<path d=\"M0 0\"/>", 10000) + "</svg>"));
  EXPECT_FALSE(GuardMarkup("<script>" + Times("<div>", 10000) + "</script>"));
  EXPECT_FALSE(GuardMarkup("<!-- " + Times("<div>", 10000) + " -->"));
  EXPECT_FALSE(GuardMarkup("<div title=\"" + Times("<div>", 10000) + "\"></div>"));
  // Balanced nesting at the bound.
  EXPECT_FALSE(GuardMarkup(Times("<div>", 256) + "x" + Times("</div>", 256)));
  // Unclosed formatting tags closed by their paragraph: Gumbo keeps three
  // identical ones to re-open, so does the model.
  EXPECT_FALSE(GuardMarkup(Times("<p><b>x</p>", 10000)));
}

TEST(MarkupGuard, BlanksWhatNestsTooDeepKeepingOffsets) {
  const std::string html = Times("<div>", 300) + "text" + Times("</div>", 300);
  auto g = GuardMarkup(html);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->blanked_tags, 88u);  // 44 start tags past 256, and their end tags
  ASSERT_EQ(g->html.size(), html.size());
  EXPECT_EQ(g->html.substr(0, 256 * 5), html.substr(0, 256 * 5));
  EXPECT_EQ(g->html.substr(256 * 5, 44 * 5), std::string(44 * 5, ' '));
  EXPECT_EQ(g->html.substr(300 * 5, 4), "text");
  // The first 44 </div> close the blanked divs: blanked too.
  EXPECT_EQ(g->html.substr(300 * 5 + 4, 44 * 6), std::string(44 * 6, ' '));
  EXPECT_EQ(g->html.substr(300 * 5 + 4 + 44 * 6), Times("</div>", 256));
}

// Markup Gumbo nests deeper than a naive count of start and end tags would:
// the guard's model must see it (each of these, unguarded, is quadratic in
// Gumbo).
TEST(MarkupGuard, SeesTheNestingGumboBuilds) {
  // "</span>" does not close past the special <div>.
  EXPECT_TRUE(GuardMarkup(Times("<span><div></span>", 20000)));
  // "</b>" with a block above it: the adoption agency keeps the depth.
  EXPECT_TRUE(GuardMarkup(Times("<b><div></b>", 20000)));
  // "<div>" leaves SVG content, so "<span/>" opens a span again.
  EXPECT_TRUE(GuardMarkup("<svg><div>" + Times("<span/>", 20000)));
  // A comment ends at "--!>" too.
  EXPECT_TRUE(GuardMarkup("<!-- --!>" + Times("<div>", 20000)));
  // A raw-text element at full depth is no deeper, and its text no markup.
  EXPECT_FALSE(GuardMarkup(Times("<div>", 256) + "<script>" + Times("<div>", 1000) + "</script>"));
}

TEST(MarkupGuard, NestedTablesCountEveryLevel) {
  // <table><td> per level: 2 open elements each (Gumbo adds tbody and tr).
  auto g = GuardMarkup(Times("<table><td>", 200));
  ASSERT_TRUE(g);
  // Levels 1-128 fill the 256; each later <table> is blanked, and its <td>
  // then closes the open cell and takes its place, as Gumbo does.
  EXPECT_EQ(g->blanked_tags, 72u);
}

TEST(MarkupGuard, TooManyAttributesAreBlanked) {
  const std::string html = "<p " + Times("a=\"1>\" ", 300) + ">x</p>";
  auto g = GuardMarkup(html);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->blanked_attrs, 1u);
  EXPECT_EQ(g->blanked_tags, 0u);
  // The first 256 attributes stay; from the 257th on, spaces up to '>'.
  const std::size_t cut = 3 + 256 * 7;
  EXPECT_EQ(g->html.substr(0, cut), html.substr(0, cut));
  EXPECT_EQ(g->html.substr(cut, 44 * 7), std::string(44 * 7, ' '));
  EXPECT_EQ(g->html.substr(cut + 44 * 7), ">x</p>");
}

}  // namespace
}  // namespace vnextract::html
