// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// The catalogue of adversarial inputs (issue 9): each gives a Document or a
// specific error, and nothing in it is quadratic (the sizes here would take
// minutes if anything were; bench/bench_pathological.cc measures the time
// per MB). Expected values were worked out by hand from the inputs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

const Extractor& Default() {
  static const Extractor extractor = std::move(*Extractor::Create());
  return extractor;
}

// `unit` repeated while it fits in `bytes`.
std::string Repeat(std::string_view unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes);
  while (out.size() + unit.size() <= bytes) out += unit;
  return out;
}

bool HasDiagnostic(const Document& doc, std::string_view code, std::string* message = nullptr) {
  for (const Diagnostic& d : doc.diagnostics) {
    if (DiagnosticCodeName(d.code) == code) {
      if (message != nullptr) *message = d.message;
      return true;
    }
  }
  return false;
}

template <typename T>
void ExpectError(const Result<T>& r, StatusCode code, std::string_view says) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), code) << r.status().ToString();
  EXPECT_NE(r.status().message().find(says), std::string::npos) << r.status().ToString();
}

constexpr std::string_view kFigure = "Doanh thu đạt hơn 5 tỷ đồng.";

// The one indicator of kFigure, at its place in `input`.
void ExpectTheFigure(const Result<Document>& doc, std::string_view input) {
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->indicators.size(), 1u);
  const Indicator& i = doc->indicators[0];
  EXPECT_DOUBLE_EQ(i.value.value_or(0), 5e9);
  EXPECT_EQ(i.unit, "VND");
  EXPECT_EQ(i.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(i.surface, "5 tỷ đồng");
  EXPECT_EQ(i.span.begin, input.find("5 tỷ đồng"));
}

TEST(AdversarialPage, EmptyInput) {
  auto html = Default().ExtractHtml("");
  ASSERT_TRUE(html.ok());
  EXPECT_TRUE(html->paragraphs.empty());
  EXPECT_TRUE(html->indicators.empty());
  EXPECT_TRUE(HasDiagnostic(*html, "no_body"));
  auto text = Default().ExtractText("");
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(HasDiagnostic(*text, "no_body"));
  auto none = Default().FindQuantities("");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(AdversarialPage, OnlyWhitespace) {
  const std::string input = Repeat(" \t\r\n", 1 << 20);
  for (bool as_html : {true, false}) {
    auto doc = as_html ? Default().ExtractHtml(input) : Default().ExtractText(input);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->paragraphs.empty());
    EXPECT_TRUE(doc->indicators.empty());
    EXPECT_TRUE(HasDiagnostic(*doc, "no_body"));
  }
}

TEST(AdversarialPage, NulBytes) {
  // A stray NUL in a page is read past (Gumbo drops it from the text).
  const std::string page = "<p>" + std::string("Doanh thu\0 ", 11) + "đạt hơn 5 tỷ đồng.</p>";
  ExpectTheFigure(Default().ExtractHtml(page), page);
  // A file of NULs is no page.
  const std::string nuls(1000, '\0');
  ExpectError(Default().ExtractHtml(nuls), StatusCode::kInvalidEncoding,
              "looks like binary data (1000 control bytes in the first 1000)");
  ExpectError(Default().ExtractText(nuls), StatusCode::kInvalidEncoding, "binary data");
}

TEST(AdversarialPage, InvalidUtf8) {
  // "<p>Doanh thu đạt " is 20 bytes (đ 2, ạ 3); 0xFF follows.
  const std::string page = "<p>Doanh thu đạt \xFF hơn 5 tỷ đồng.</p>";
  ExpectError(Default().ExtractHtml(page), StatusCode::kInvalidEncoding,
              "not valid UTF-8 (first bad byte at offset 20)");
  ExpectError(Default().ExtractText(page), StatusCode::kInvalidEncoding, "offset 20");
  ExpectError(Default().FindQuantities(page), StatusCode::kInvalidEncoding, "offset 20");
}

TEST(AdversarialPage, OverlongUtf8) {
  // '/' as two, three and four bytes, and a code point past U+10FFFF.
  for (std::string_view bad :
       {"\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xF4\x90\x80\x80"}) {
    const std::string page = "<p>Doanh thu đạt " + std::string(bad) + " 5 tỷ đồng.</p>";
    ExpectError(Default().ExtractHtml(page), StatusCode::kInvalidEncoding, "offset 20");
    ExpectError(Default().ExtractText(page), StatusCode::kInvalidEncoding, "offset 20");
  }
}

TEST(AdversarialPage, LoneSurrogate) {
  // U+D800 encoded (CESU-8 style) is not UTF-8.
  const std::string page = "<p>Doanh thu đạt \xED\xA0\x80 hơn 5 tỷ đồng.</p>";
  ExpectError(Default().ExtractHtml(page), StatusCode::kInvalidEncoding, "offset 20");
  ExpectError(Default().ExtractText(page), StatusCode::kInvalidEncoding, "offset 20");
  // As a character reference it becomes U+FFFD, and the figure is read.
  const std::string ref = "<p>Doanh thu &#xD800; đạt hơn 5 tỷ đồng.</p>";
  auto doc = Default().ExtractHtml(ref);
  ExpectTheFigure(doc, ref);
  ASSERT_EQ(doc->paragraphs.size(), 1u);
  EXPECT_NE(doc->paragraphs[0].find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(AdversarialPage, TenMegabyteTextNode) {
  // One paragraph of 10 MB between two figures: both are read, the
  // sentence pieces are reported.
  const std::string page = "<p>Doanh thu đạt hơn 5 tỷ đồng. " +
                           Repeat("các đơn vị tiếp tục triển khai nhiệm vụ ", 10 << 20) +
                           "Lợi nhuận đạt 7 tỷ đồng.</p>";
  auto doc = Default().ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(doc->indicators[0].value.value_or(0), 5e9);
  EXPECT_DOUBLE_EQ(doc->indicators[1].value.value_or(0), 7e9);
  EXPECT_EQ(doc->indicators[1].span.begin, page.rfind("7 tỷ đồng"));
  ASSERT_EQ(doc->paragraphs.size(), 1u);
  EXPECT_GT(doc->paragraphs[0].size(), (std::size_t{10} << 20) - 100);
  EXPECT_TRUE(HasDiagnostic(*doc, "sentence_split"));
}

TEST(AdversarialPage, HundredThousandNestedDivs) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>" + std::string(kFigure) + "</p>";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  auto doc = Default().ExtractHtml(page);
  ExpectTheFigure(doc, page);
  std::string message;
  ASSERT_TRUE(HasDiagnostic(*doc, "markup_flattened", &message));
  // 256 divs stay; the other 99,744 start tags, the <p> (at depth 256),
  // its end tag and the 99,744 matching </div> are blanked.
  EXPECT_TRUE(message.starts_with("199490 tags nested deeper than 256 levels")) << message;
}

// The article reader's searches (issue 19) on pages built to make them
// quadratic: related-box headings, byline blocks, author links, JSON-LD
// author keys and headings in chrome-looking containers, by the thousand.
TEST(AdversarialPage, ArticleReaderFloods) {
  const std::string figure = "<p>" + std::string(kFigure) + "</p>";
  const std::vector<std::string> pages = {
      "<html><body><h1>Tiêu đề</h1><div class=\"content\">" + figure +
          Repeat("<div><div>Tin khác</div><ul><li><a href=\"/a\">Một tin</a></li></ul></div>",
                 1 << 20) +
          "</div></body></html>",
      "<html><body><h1>Tiêu đề</h1>" + figure + Repeat("<div class=\"author\">Hà Thu ", 200000) +
          "</body></html>",
      "<html><body><h1>Tiêu đề</h1>" + figure +
          Repeat("<a href=\"/tac-gia/x\">Thu Hà</a><a href=\"/tac-gia/y\">Minh Anh</a>", 1 << 20) +
          "</body></html>",
      "<html><head><script type=\"application/ld+json\">" +
          Repeat("{\"author\":{\"name\":\"Hà Thu\",\"x\":[", 1 << 20) +
          "</script></head><body><h1>Tiêu đề</h1>" + figure + "</body></html>",
      "<html><body>" +
          Repeat("<div class=\"sidebar\"><h1>Tiêu đề</h1><p>Một câu.</p></div>", 1 << 20) + figure +
          "</body></html>",
  };
  for (const std::string& page : pages) {
    auto doc = Default().ExtractHtml(page);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  }
}

TEST(AdversarialPage, MegabyteOfDottedOnes) {
  const std::string dots = Repeat("1.", 1 << 20);
  for (bool as_html : {true, false}) {
    auto doc = as_html ? Default().ExtractHtml("<p>" + dots + "</p>") : Default().ExtractText(dots);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->indicators.empty());  // a section number, not a figure
    EXPECT_TRUE(HasDiagnostic(*doc, "sentence_split"));
  }
  // At most the leading "1" reads as a number; nothing quadratic.
  const std::vector<Quantity> q = Default().FindQuantities(dots).value();
  EXPECT_LE(q.size(), 1u);
  for (const Quantity& x : q) EXPECT_LE(x.span.end, 2u);
}

TEST(AdversarialPage, MegabyteOfHonParagraphs) {
  // 1 MiB of "<p>hơn</p>" (11 bytes) is 95,325 paragraphs; the default cap
  // reads 50,000 and says so. "hơn" alone is no figure.
  const std::string page = Repeat("<p>hơn</p>", 1 << 20);
  auto doc = Default().ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->paragraphs.size(), 50000u);
  EXPECT_EQ(doc->paragraphs.front(), "hơn");
  EXPECT_TRUE(doc->indicators.empty());
  std::string message;
  ASSERT_TRUE(HasDiagnostic(*doc, "paragraphs_cut", &message));
  EXPECT_EQ(message,
            "the body has 95325 paragraphs; only the first 50000 (Options::max_paragraphs) were "
            "read");
}

TEST(AdversarialPage, MillionEntities) {
  std::string page = "<p>" + Repeat("&#7885;", 7000000) + " " + std::string(kFigure) + "</p>";
  auto doc = Default().ExtractHtml(page);
  ExpectTheFigure(doc, page);  // the span still counts input bytes
  ASSERT_EQ(doc->paragraphs.size(), 1u);
  // A million "ọ" (3 bytes each), a space and the sentence.
  EXPECT_EQ(doc->paragraphs[0].size(), 3000000 + 1 + kFigure.size());
  const std::string amps = "<p>" + Repeat("&amp;", 5000000) + "</p>";
  auto doc2 = Default().ExtractHtml(amps);
  ASSERT_TRUE(doc2.ok());
  ASSERT_EQ(doc2->paragraphs.size(), 1u);
  EXPECT_EQ(doc2->paragraphs[0], std::string(1000000, '&'));
}

TEST(AdversarialPage, UnclosedCommentAndScript) {
  const std::string rest = Repeat("<p>Lợi nhuận đạt 9 tỷ đồng.</p>", 1 << 20);
  for (std::string_view open : {"<!-- ", "<script>", "<style>", "<textarea>"}) {
    const std::string page = "<p>" + std::string(kFigure) + "</p>" + std::string(open) + rest;
    ExpectTheFigure(Default().ExtractHtml(page), page);  // nothing after the opener is text
  }
}

TEST(AdversarialPage, ManyComments) {
  // 1 MB of short comments, closed both ways, then the figure. Each comment
  // once made the markup guard search the rest of the page for "--!>"
  // (quadratic: 100,000 comments took minutes); the figure is still read.
  for (std::string_view unit : {"<!-- a -->", "<!-- a --!>"}) {
    const std::string page =
        Repeat(unit, 1 << 20) + "<p>" + std::string(kFigure) + "</p><!-- b -->";
    ExpectTheFigure(Default().ExtractHtml(page), page);
  }
}

TEST(AdversarialPage, UnknownCharset) {
  const std::string page = "<meta charset=\"x-klingon\"><p>Doanh thu \xF0\xE1t 5 t\xFD</p>";
  ExpectError(Default().ExtractHtml(page), StatusCode::kInvalidEncoding,
              "the page is in charset \"x-klingon\", which vnextract cannot decode");
  // Declared but plainly UTF-8: read as UTF-8, the mismatch reported.
  const std::string utf8 = "<meta charset=\"x-klingon\"><p>" + std::string(kFigure) + "</p>";
  auto doc = Default().ExtractHtml(utf8);
  ExpectTheFigure(doc, utf8);
  EXPECT_TRUE(HasDiagnostic(*doc, "charset_mismatch"));
}

TEST(AdversarialPage, CharsetLabelWithAStrayByte) {
  // Found by fuzz_extract_html: a declared label "UTF-8\xFB" (ICU ignores
  // the byte and converts) was quoted into the diagnostics as invalid UTF-8,
  // and ToJson threw. The label now reads "utf-8?".
  const std::string page = "<meta charset=\"UTF-8\xFB\"><p>Doanh thu \xF0\xE1t 5 t\xFD</p>";
  auto doc = Default().ExtractHtml(page);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::string message;
  ASSERT_TRUE(HasDiagnostic(*doc, "decoded_from", &message));
  EXPECT_EQ(message, "utf-8?");
  EXPECT_FALSE(ToJson(*doc).empty());
  for (const Diagnostic& d : doc->diagnostics) {
    EXPECT_EQ(d.message.find('\xFB'), std::string::npos) << DiagnosticCodeName(d.code);
  }
}

TEST(AdversarialPage, TextMovedOutOfATableKeepsAnOrderedSpan) {
  // Found by fuzz_extract_html (minimised): Gumbo moves the "5" it finds in
  // the table but outside a cell before the table, so the title reads
  // "5 Khu công nghiệp" while the "5" comes last in the source. The span
  // covers both pieces instead of running backwards.
  const std::string page = "<h1><table><td>Khu công nghiệp</td>5<t";
  auto doc = Default().ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->title.value_or(""), "5 Khu công nghiệp");
  ASSERT_EQ(doc->indicators.size(), 1u);  // 5 (industrial zones)
  EXPECT_EQ(doc->indicators[0].surface, "5 Khu công nghiệp");
  EXPECT_EQ(doc->indicators[0].span.begin, page.find("Khu"));
  EXPECT_EQ(doc->indicators[0].span.end, page.find('5') + 1);
}

TEST(AdversarialPage, CharacterReferencesPastUnicode) {
  // Found by fuzz_extract_html: Gumbo 0.10.1 reads "&#x180301EA1;" into a
  // 32-bit int that wraps and wrote the lone byte 0xA1 into the text, which
  // no JSON writer accepts ("internal error"). The spec decodes a reference
  // past U+10FFFF to U+FFFD, in text and in attribute values alike.
  const std::string page =
      "<html><head><meta property=\"og:title\" content=\"Tin &#x180301EA1; mới\">"
      "</head><body><p>Doanh thu đạt hơn 5 tỷ đồng. Mã &#2147483649; và &#x110000;.</p>"
      "</body></html>";
  auto doc = Default().ExtractHtml(page);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title.value_or(""), "Tin \uFFFD mới");
  ASSERT_EQ(doc->paragraphs.size(), 1u);
  EXPECT_EQ(doc->paragraphs[0], std::string(kFigure) + " Mã \uFFFD và \uFFFD.");
  ASSERT_EQ(doc->indicators.size(), 1u);
  EXPECT_EQ(doc->indicators[0].surface, "5 tỷ đồng");
  EXPECT_TRUE(nlohmann::json::accept(ToJson(*doc)));
}

TEST(AdversarialPage, BinaryFiles) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nstream\n";
  std::string gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
  for (int i = 0; i < 4096; ++i) {
    png += static_cast<char>((i * 7919 + 13) % 256);
    pdf += static_cast<char>((i * 104729 + 7) % 256);
    gzip += static_cast<char>((i * 31337 + 1) % 256);
  }
  for (const auto& [bytes, what] :
       {std::pair{png, "looks like a PNG image"}, std::pair{pdf, "looks like a PDF document"},
        std::pair{gzip, "looks like gzip-compressed data"}}) {
    ExpectError(Default().ExtractHtml(bytes), StatusCode::kInvalidEncoding, what);
    ExpectError(Default().ExtractText(bytes), StatusCode::kInvalidEncoding, what);
  }
}

TEST(AdversarialPage, ConflictingCharsetDeclarations) {
  // The first declaration wins (as in the HTML standard's prescan): a page
  // that says UTF-8 first and windows-1258 second, in windows-1258 bytes
  // ("đạt" = F0 E1 F2 t... here "Doanh thu \xF0"), is an error naming both.
  const std::string page =
      "<meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=windows-1258\"><p>Doanh thu \xF0\xE1t 5 t\xFD</p>";
  const std::size_t bad = page.find('\xF0');
  ExpectError(Default().ExtractHtml(page), StatusCode::kInvalidEncoding,
              "the page declares charset \"utf-8\" but is not valid UTF-8 (first bad byte at "
              "offset " +
                  std::to_string(bad) + ")");
  // windows-1258 first, then UTF-8, in UTF-8 bytes: read as UTF-8.
  const std::string utf8 =
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
      "<meta charset=\"utf-8\"><p>" +
      std::string(kFigure) + "</p>";
  auto doc = Default().ExtractHtml(utf8);
  ExpectTheFigure(doc, utf8);
  EXPECT_TRUE(HasDiagnostic(*doc, "charset_mismatch"));
}

TEST(AdversarialPage, HundredThousandAttributes) {
  const std::string page = "<p " + Repeat("a=1 ", 400000) + ">" + std::string(kFigure) + "</p>";
  auto doc = Default().ExtractHtml(page);
  ExpectTheFigure(doc, page);
  std::string message;
  ASSERT_TRUE(HasDiagnostic(*doc, "markup_flattened", &message));
  EXPECT_NE(message.find("1 runs of attributes past 256"), std::string::npos) << message;
}

TEST(AdversarialPage, FormattingElementFlood) {
  // Unclosed <b>/<i> before every block: Gumbo would re-open all of them in
  // each <div>; past 64 open the guard reads them as spaces.
  const std::string page =
      Repeat("<b x=1><i y=2><div>x</div>", 1 << 20) + "<p>" + std::string(kFigure) + "</p>";
  auto doc = Default().ExtractHtml(page);
  ExpectTheFigure(doc, page);
  EXPECT_TRUE(HasDiagnostic(*doc, "markup_flattened"));
}

TEST(AdversarialPage, MarkupGumboNestsDeeperThanItLooks) {
  // Each of these builds a tree 100,000+ deep in Gumbo (quadratic: minutes
  // for 1 MiB) unless the guard sees through it.
  for (std::string_view unit : {"<span><div></span>", "<b><div></b>"}) {
    const std::string page = Repeat(unit, 1 << 20) + "<p>" + std::string(kFigure) + "</p>";
    auto doc = Default().ExtractHtml(page);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(HasDiagnostic(*doc, "markup_flattened")) << unit;
    ASSERT_EQ(doc->indicators.size(), 1u) << unit;
  }
  const std::string svg = "<svg><div>" + Repeat("<span/>", 1 << 20) + std::string(kFigure);
  auto doc = Default().ExtractHtml(svg);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(HasDiagnostic(*doc, "markup_flattened"));
}

TEST(Limits, ParseMemoryCapIsAClearErrorAndTheExtractorGoesOn) {
  Options options;
  options.max_parse_bytes = 1 << 20;
  auto ex = Extractor::Create(options);
  ASSERT_TRUE(ex.ok());
  // 200,000 table cells need far more than 1 MiB of parse tree.
  const std::string cells = "<table>" + Repeat("<td>x", 1000000);
  ExpectError(ex->ExtractHtml(cells), StatusCode::kResourceExhausted,
              "parsing the page needs more than 1048576 bytes of memory "
              "(Options::max_parse_bytes)");
  EXPECT_EQ(StatusCodeName(StatusCode::kResourceExhausted), "resource_exhausted");
  // The memory was given back and the extractor still reads pages.
  const std::string page = "<p>" + std::string(kFigure) + "</p>";
  ExpectTheFigure(ex->ExtractHtml(page), page);
  // With the default cap the same cells parse.
  ASSERT_TRUE(Default().ExtractHtml(cells).ok());
}

TEST(Limits, IndicatorCapSaysHowManyWereLeftOut) {
  Options options;
  options.max_indicators = 3;
  auto ex = Extractor::Create(options);
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractText(
      "Tin\nDoanh thu đạt 1 tỷ đồng. Lợi nhuận đạt 2 tỷ đồng. Nộp ngân sách 3 tỷ đồng. "
      "Đầu tư 4 tỷ đồng. Xuất khẩu 5 tỷ đồng.\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->indicators.size(), 3u);
  EXPECT_DOUBLE_EQ(doc->indicators[2].value.value_or(0), 3e9);
  std::string message;
  ASSERT_TRUE(HasDiagnostic(*doc, "indicators_cut", &message));
  EXPECT_EQ(message, "2 indicators past the first 3 (Options::max_indicators) were left out");
}

TEST(Limits, ParagraphCap) {
  Options options;
  options.max_paragraphs = 2;
  auto ex = Extractor::Create(options);
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractHtml("<p>Một.</p><p>Doanh thu đạt 5 tỷ đồng.</p><p>Lãi 7 tỷ đồng.</p>");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->paragraphs.size(), 2u);
  ASSERT_EQ(doc->indicators.size(), 1u);  // the third paragraph is not read
  EXPECT_TRUE(HasDiagnostic(*doc, "paragraphs_cut"));
}

TEST(Limits, EveryBoundMustBePositive) {
  for (int which = 0; which < 3; ++which) {
    Options options;
    (which == 0   ? options.max_parse_bytes
     : which == 1 ? options.max_paragraphs
                  : options.max_indicators) = 0;
    auto ex = Extractor::Create(options);
    ASSERT_FALSE(ex.ok());
    EXPECT_EQ(ex.status().code(), StatusCode::kInvalidArgument);
    const char* name[] = {"max_parse_bytes", "max_paragraphs", "max_indicators"};
    EXPECT_EQ(ex.status().message(), std::string("Options::") + name[which] + " must be positive");
  }
}

}  // namespace
}  // namespace vnextract
