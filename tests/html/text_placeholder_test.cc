// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Text placeholders (src/html/prepass.h, GumboTree::RestoreText): a tree
// parsed with long text runs replaced by one character, and the text put
// back, is the tree of the unreplaced buffer — same elements, same
// attributes, same text and source text in every node, same page offsets.
// When that cannot be shown, RestoreText refuses.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/gumbo_tree.h"
#include "html/prepass.h"
#include "page_generator.h"

namespace vnextract::html {
namespace {

// Everything a reader could see of a tree, offsets as page offsets.
std::string Dump(const GumboTree& tree) {
  std::string out;
  struct Item {
    const GumboNode* node;
    int depth;
  };
  std::vector<Item> stack{{tree.root() != nullptr ? tree.root()->parent : nullptr, 0}};
  if (stack.back().node == nullptr) return "(no tree)";
  while (!stack.empty()) {
    const Item item = stack.back();
    stack.pop_back();
    const GumboNode* n = item.node;
    out.append(static_cast<std::size_t>(item.depth) * 2, ' ');
    const GumboVector* children = nullptr;
    switch (n->type) {
      case GUMBO_NODE_DOCUMENT:
        out += "#document\n";
        children = &n->v.document.children;
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = n->v.element;
        out += '<';
        out += gumbo_normalized_tagname(e.tag);
        out += '@';
        out += std::to_string(tree.PageOffset(e.start_pos.offset));
        for (unsigned i = 0; i < e.attributes.length; ++i) {
          const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          out.append(" ").append(a->name).append("=\"").append(a->value).append("\"");
        }
        out += ">\n";
        children = &e.children;
        break;
      }
      default: {
        const GumboText& t = n->v.text;
        out.append("#").append(std::to_string(n->type)).append("@");
        out.append(std::to_string(tree.PageOffset(t.start_pos.offset)));
        out.append(" [").append(t.text).append("] src [");
        out.append(t.original_text.data, t.original_text.length).append("]\n");
        break;
      }
    }
    if (children != nullptr) {
      for (unsigned i = children->length; i-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(children->data[i]), item.depth + 1});
      }
    }
  }
  return out;
}

struct Outcome {
  std::size_t placeholders = 0;
  bool restored = false;
  std::string with;     // the restored tree (when restored)
  std::string without;  // the same range parsed without placeholders
};

Outcome ParseBothWays(const std::string& html) {
  Outcome o;
  const RawScan raw = ScanRaw(html);
  ParseInput in = MakeParseInput(html, raw.cuts, 0, html.size(), &raw.texts);
  o.placeholders = in.placeholders.size();
  GumboTree tree(in.text());
  o.restored = tree.RestoreText(html, in.placeholders);
  tree.SetPageMap(in.map);
  o.with = Dump(tree);
  ParseInput plain = MakeParseInput(html, raw.cuts, 0, html.size());
  GumboTree plain_tree(plain.text());
  plain_tree.SetPageMap(plain.map);
  o.without = Dump(plain_tree);
  return o;
}

void ExpectRestored(const std::string& html, std::size_t placeholders) {
  const Outcome o = ParseBothWays(html);
  EXPECT_EQ(o.placeholders, placeholders) << html;
  ASSERT_TRUE(o.restored) << html;
  EXPECT_EQ(o.with, o.without) << html;
}

const std::string kLong = "sản lượng gỗ dán đạt hơn 64.000 m3";  // 43 bytes

TEST(TextPlaceholder, OrdinaryParagraphsReadAsWithout) {
  ExpectRestored("<html><body><p>" + kLong + "</p><p> " + kLong + " </p></body></html>", 2);
  // Formatting elements reopened around a paragraph, misnested tags, an
  // ignored end tag that joins two runs into one text node.
  ExpectRestored("<b>" + kLong + "<p>" + kLong + "</b>" + kLong + "</p>", 3);
  ExpectRestored("<p>" + kLong + "</i>" + kLong + "</p>", 2);
  ExpectRestored("<p>" + kLong + "<!-- c -->" + kLong + "</p>", 2);
  // Leading and trailing whitespace stay in the buffer: <pre> drops a
  // first newline, textarea is raw text (never replaced).
  ExpectRestored("<pre>\n" + kLong + "\n</pre>", 1);
  ExpectRestored("<textarea>\n" + kLong + "</textarea><p>" + kLong, 1);
  ExpectRestored("<select><option>" + kLong + "</option></select>", 1);
}

TEST(TextPlaceholder, TreeBuilderModesReadAsWithout) {
  // Text in a table outside a cell is moved before the table; text in the
  // head ends it; text after </body> and </html> goes back into the body;
  // text in a column group ends it.
  ExpectRestored("<table><tr>" + kLong + "<td>" + kLong + "</td></tr></table>", 2);
  ExpectRestored("<table> " + kLong + " <tr><td>x</td></tr></table>", 1);
  ExpectRestored("<html><head> " + kLong + "<title>t</title></head><body>", 1);
  ExpectRestored("<body><p>x</p></body> " + kLong + "</html> " + kLong, 2);
  ExpectRestored("<table><colgroup> " + kLong + "<tr><td>x</table>", 1);
  ExpectRestored(kLong + "<p>x", 1);  // before <html>
}

TEST(TextPlaceholder, RunsGumboWouldChangeAreLeftAlone) {
  // A character reference, NUL, CR, '>', a C0 or C1 control or a
  // noncharacter (Gumbo decodes, drops or replaces them); short runs.
  for (const std::string& odd :
       {std::string("&amp;"), std::string(1, '\0'), std::string("\r"), std::string(">"),
        std::string("\x01"), std::string("\x7F"), std::string("\xC2\x85"),
        std::string("\xEF\xB7\x90"), std::string("\xEF\xBF\xBE"), std::string("\xF0\x9F\xBF\xBF"),
        std::string("\xC3"), std::string("\xED\xA0\x80")}) {
    const std::string html = "<p>" + kLong + odd + kLong + "</p><p>" + kLong + "</p>";
    const Outcome o = ParseBothWays(html);
    EXPECT_EQ(o.placeholders, 1u) << html;
    EXPECT_TRUE(o.restored);
    EXPECT_EQ(o.with, o.without);
  }
  EXPECT_EQ(ParseBothWays("<p>Tăng 12,5%</p>").placeholders, 0u);  // 11 bytes
}

TEST(TextPlaceholder, PagesHoldingThePlaceholderCharacterAreNotReplaced) {
  // U+E000 in the page, raw or as any reference Gumbo decodes to it: after
  // the parse a placeholder would not be known for one.
  for (const std::string& own :
       {std::string("\xEE\x80\x80"), std::string("&#xE000;"), std::string("&#XE000"),
        std::string("&#57344;"), std::string("&#x0000e000;"), std::string("&#0057344 ")}) {
    const std::string html = "<p>" + kLong + "</p><p>x" + own + "</p>";
    const Outcome o = ParseBothWays(html);
    EXPECT_EQ(o.placeholders, 0u) << own;
    EXPECT_EQ(o.with, o.without);
  }
  // Near misses are harmless.
  for (const std::string& other : {std::string("&#xE001;"), std::string("&#5734;"),
                                   std::string("&#xE0000;"), std::string("\xEE\x80\x81")}) {
    EXPECT_EQ(ParseBothWays("<p>" + kLong + "</p><p>x" + other + "</p>").placeholders, 1u) << other;
  }
}

TEST(TextPlaceholder, RefusesWhenTextIsDropped) {
  // A frameset drops text that is not whitespace: the placeholder is in no
  // text node, so the tree cannot be restored and must be parsed again.
  const Outcome o = ParseBothWays("<frameset> " + kLong + " <frame src=a></frameset>");
  EXPECT_EQ(o.placeholders, 1u);
  EXPECT_FALSE(o.restored);
}

TEST(TextPlaceholder, RefusesPlaceholdersItDidNotPut) {
  // RestoreText is told of a placeholder the buffer does not show where
  // said, or shows one it is not told of.
  const std::string page = "<p>" + kLong + "</p>";
  {
    const std::string buffer = "<p>\xEE\x80\x80</p>";
    GumboTree tree(buffer);
    EXPECT_FALSE(tree.RestoreText(page, {}));
  }
  {
    const std::string buffer = "<p>x</p>";
    GumboTree tree(buffer);
    EXPECT_FALSE(tree.RestoreText(page, {{3, 3, 3 + kLong.size()}}));
  }
  {
    const std::string buffer = "<p title=\"\xEE\x80\x80\">x</p>";
    GumboTree tree(buffer);
    EXPECT_FALSE(tree.RestoreText(page, {{10, 3, 3 + kLong.size()}}));
  }
  {
    const std::string buffer = "<!--\xEE\x80\x80--><p>x</p>";
    GumboTree tree(buffer);
    EXPECT_FALSE(tree.RestoreText(page, {{4, 3, 3 + kLong.size()}}));
  }
}

TEST(TextPlaceholder, GeneratedPagesUseThemAndReadAsWithout) {
  vnextract_bench::CorpusOptions options;
  options.pages = 20;
  for (std::size_t i = 0; i < options.pages; ++i) {
    const vnextract_bench::GeneratedPage page = vnextract_bench::GeneratePage(options, i);
    const Outcome o = ParseBothWays(page.html);
    EXPECT_GT(o.placeholders, 50u) << page.name;
    ASSERT_TRUE(o.restored) << page.name;
    EXPECT_TRUE(o.with == o.without) << page.name;
  }
}

}  // namespace
}  // namespace vnextract::html
