// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// The tag model (src/html/tags.h) against the HTML standard (WHATWG HTML
// Living Standard). The expected lists below are copied by hand from the
// sections named; where the model departs from the standard on purpose (to
// read pages as Gumbo 0.10.1 does, or to err the way the markup guard may
// err), the test says so and removes or adds exactly those names.
#include "html/tags.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

namespace vnextract::html {
namespace {

using Names = std::set<std::string>;

Names Of(std::uint16_t tag_class) {
  Names out;
  for (const TagEntry& t : kTags) {
    if ((t.classes & tag_class) != 0) out.emplace(t.name);
  }
  return out;
}

Names Plus(Names a, const Names& b) {
  a.insert(b.begin(), b.end());
  return a;
}

Names Minus(Names a, const Names& b) {
  for (const std::string& n : b) a.erase(n);
  return a;
}

// §13.1.2 Elements, "Void elements".
const Names kStandardVoid = {"area",  "base", "br",   "col",    "embed", "hr", "img",
                             "input", "link", "meta", "source", "track", "wbr"};
// §13.3 Serializing HTML fragments: elements serialised without content or
// end tag, the void elements and the legacy ones the parser still treats so.
const Names kSerialisedVoid = {"area",  "base",  "basefont", "bgsound", "br",    "col",
                               "embed", "frame", "hr",       "img",     "input", "keygen",
                               "link",  "meta",  "param",    "source",  "track", "wbr"};

TEST(TagModel, VoidElements) {
  EXPECT_TRUE(std::includes(kSerialisedVoid.begin(), kSerialisedVoid.end(), kStandardVoid.begin(),
                            kStandardVoid.end()));
  // §13.2.6.4.7 "in body": a start tag "image" is read as "img".
  EXPECT_EQ(Of(kVoidTag), Plus(kSerialisedVoid, {"image"}));
}

TEST(TagModel, RawTextElements) {
  // §13.1.2: raw text elements, escapable raw text elements.
  const Names raw = {"script", "style"};
  const Names escapable = {"textarea", "title"};
  // §13.2.6.4.4 "in head" (noframes, style) and §13.2.6.4.7 "in body"
  // (xmp, iframe, noembed): the generic raw text element parsing algorithm.
  // noscript only with the scripting flag, which Gumbo parses without.
  const Names generic = {"xmp", "iframe", "noembed", "noframes"};
  EXPECT_EQ(Of(kRawTextTag), Plus(Plus(raw, escapable), generic));
}

TEST(TagModel, FormattingElements) {
  // §13.2.4.3 The list of active formatting elements.
  EXPECT_EQ(Of(kFormattingTag), Names({"a", "b", "big", "code", "em", "font", "i", "nobr", "s",
                                       "small", "strike", "strong", "tt", "u"}));
}

TEST(TagModel, SpecialElements) {
  // §13.2.4.2 The stack of open elements, the "special" category, HTML
  // namespace (its MathML and SVG members are the integration points).
  const Names special = {
      "address", "applet",     "area",     "article",    "aside",     "base",     "basefont",
      "bgsound", "blockquote", "body",     "br",         "button",    "caption",  "center",
      "col",     "colgroup",   "dd",       "details",    "dir",       "div",      "dl",
      "dt",      "embed",      "fieldset", "figcaption", "figure",    "footer",   "form",
      "frame",   "frameset",   "h1",       "h2",         "h3",        "h4",       "h5",
      "h6",      "head",       "header",   "hgroup",     "hr",        "html",     "iframe",
      "img",     "input",      "keygen",   "li",         "link",      "listing",  "main",
      "marquee", "menu",       "meta",     "nav",        "noembed",   "noframes", "noscript",
      "object",  "ol",         "p",        "param",      "plaintext", "pre",      "script",
      "search",  "section",    "select",   "source",     "style",     "summary",  "table",
      "tbody",   "td",         "template", "textarea",   "tfoot",     "th",       "thead",
      "title",   "tr",         "track",    "ul",         "wbr",       "xmp"};
  // <search> (2023) is unknown to Gumbo 0.10.1: an ordinary element there.
  EXPECT_EQ(Of(kSpecialTag), Minus(special, {"search"}));
}

TEST(TagModel, ScopeBoundaries) {
  // §13.2.4.2 "has an element in the specific scope", the default list,
  // HTML namespace.
  EXPECT_EQ(Of(kScopeBoundaryTag), Names({"applet", "caption", "html", "table", "td", "th",
                                          "marquee", "object", "template"}));
}

TEST(TagModel, MarkerElements) {
  // Start tags that insert a marker on the list of active formatting
  // elements: applet, marquee, object (§13.2.6.4.7), caption (in table),
  // td, th (in row), template (in head).
  EXPECT_EQ(Of(kMarkerTag),
            Names({"applet", "marquee", "object", "caption", "td", "th", "template"}));
}

TEST(TagModel, StartTagsThatCloseAP) {
  // §13.2.6.4.7 "in body": start tags that close a p element in button
  // scope.
  const Names closes_p = {"address", "article",   "aside",   "blockquote", "center",   "details",
                          "dialog",  "dir",       "div",     "dl",         "fieldset", "figcaption",
                          "figure",  "footer",    "header",  "hgroup",     "main",     "menu",
                          "nav",     "ol",        "p",       "search",     "section",  "summary",
                          "ul",      "h1",        "h2",      "h3",         "h4",       "h5",
                          "h6",      "pre",       "listing", "form",       "li",       "dd",
                          "dt",      "plaintext", "table",   "hr",         "xmp"};
  // <search>: unknown to Gumbo 0.10.1. <table> closes a p only outside
  // quirks mode; the model keeps the p open (a deeper tree, the side the
  // markup guard may err on).
  EXPECT_EQ(Of(kClosesPTag), Minus(closes_p, {"search", "table"}));
}

TEST(TagModel, StartTagsThatBreakOutOfForeignContent) {
  // §13.2.6.5 The rules for parsing tokens in foreign content.
  const Names breaks_out = {
      "b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
      "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
      "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
      "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
      "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var"};
  // The standard adds <font> with a color, face or size attribute; the
  // model counts every <font>.
  EXPECT_EQ(Of(kBreaksOutOfForeignTag), Plus(breaks_out, {"font"}));
}

TEST(TagModel, TableParts) {
  // §4.9 Tabular data: the table model's elements.
  const Names table_model = {"table", "caption", "colgroup", "col", "tbody",
                             "thead", "tfoot",   "tr",       "td",  "th"};
  // col is void; colgroup's end tag the guard reads with the default rule.
  EXPECT_EQ(Of(kTablePartTag), Minus(table_model, {"col", "colgroup"}));
}

TEST(TagModel, IntegrationPoints) {
  // §13.2.6 Tree construction: MathML text integration points and HTML
  // integration points (annotation-xml whatever its encoding; SVG names
  // lower-cased as the tokenizer emits them).
  const Names mathml_text = {"mi", "mo", "mn", "ms", "mtext"};
  const Names html_points = {"annotation-xml", "foreignobject", "desc", "title"};
  EXPECT_EQ(Of(kIntegrationPointTag), Plus(mathml_text, html_points));
  EXPECT_EQ(Of(kForeignRootTag), Names({"math", "svg"}));
  EXPECT_EQ(Of(kPlaintextTag), Names({"plaintext"}));
}

TEST(TagModel, EveryEntryHasAClassAndIsFound) {
  for (std::size_t k = 0; k < kTagCount; ++k) {
    EXPECT_NE(kTags[k].classes, 0) << kTags[k].name;
    EXPECT_EQ(FindTag(kTags[k].name), k) << kTags[k].name;
    EXPECT_LE(kTags[k].name.size(), kLongestTagName);
  }
  EXPECT_EQ(kLongestTagName, std::string_view("annotation-xml").size());
}

TEST(TagModel, OtherNamesAreNoTagOfIt) {
  for (std::string_view name : {"", "DIV", "Div", "span1", "x", "zzz", "tables", "t", "h7", "1p",
                                "-", "annotation-xmls", "foreignObject"}) {
    EXPECT_EQ(FindTag(name), kNoTag) << name;
    EXPECT_EQ(TagClasses(name), 0) << name;
  }
  EXPECT_EQ(TagClasses("td"), kSpecialTag | kScopeBoundaryTag | kMarkerTag | kTablePartTag);
  static_assert(TagClasses("br") == (kVoidTag | kSpecialTag | kBreaksOutOfForeignTag));
}

}  // namespace
}  // namespace vnextract::html
