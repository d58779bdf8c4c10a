// The public API's contract: errors are Status values naming the reason,
// content problems are diagnostics, JSON has the documented shape.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

TEST(ExtractorTest, RejectsBadOptions) {
  Options zero;
  zero.max_input_bytes = 0;
  auto a = Extractor::Create(zero);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument);
  Options bad_date;
  bad_date.reference_date = Date{2022, 2, 30};
  EXPECT_EQ(Extractor::Create(bad_date).status().code(), StatusCode::kInvalidArgument);
}

TEST(ExtractorTest, InvalidUtf8IsAnErrorNamingTheOffset) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  const std::string bad = "<p>gi\xE1\xBB trị</p>";  // truncated 3-byte sequence at offset 5
  auto doc = ex->ExtractHtml(bad, "bad.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_NE(doc.status().message().find("offset 5"), std::string::npos) << doc.status().message();
  EXPECT_FALSE(ex->ExtractText("\xFF", "x.txt").ok());
  auto overlong = ex->FindQuantities("\xC0\x80 5 tấn");  // overlong NUL at offset 0
  ASSERT_FALSE(overlong.ok());
  EXPECT_EQ(overlong.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_NE(overlong.status().message().find("offset 0"), std::string::npos)
      << overlong.status().message();
}

TEST(ExtractorTest, InputOverTheLimitIsRejected) {
  Options small;
  small.max_input_bytes = 10;
  auto ex = Extractor::Create(small);
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractText("hơn 664 tỷ đồng doanh thu", "big.txt");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInputTooLarge);
  EXPECT_NE(doc.status().message().find("max_input_bytes"), std::string::npos);
}

TEST(ExtractorTest, EmptyAndMarkupOnlyInputGiveDiagnosticsNotErrors) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  for (const char* html : {"", "<html><body><div></div></body></html>", "<<<>>>", "<p"}) {
    auto doc = ex->ExtractHtml(html);
    ASSERT_TRUE(doc.ok()) << html;
    EXPECT_TRUE(doc->indicators.empty());
    EXPECT_FALSE(doc->diagnostics.empty());
  }
}

// A figure broken over two lines (issue 17): a <br> or a line break of a text
// dump between the number and its scale word and unit; the span covers both.
TEST(ExtractorTest, AFigureBrokenOverTwoLinesIsOneFigure) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  const std::string html =
      "<html><body><h1>Tin du lịch</h1><p>Trong 9 tháng, lượng khách ước đạt 2.150<br>"
      "nghìn lượt khách.</p><p>Năm 2023 đón 12<br>Đoàn khách quốc tế.</p></body></html>";
  auto doc = ex->ExtractHtml(html, "br.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->indicators.size(), 1u);
  const Indicator& i = doc->indicators[0];
  EXPECT_EQ(*i.value, 2150000);
  EXPECT_EQ(i.unit_text, "lượt khách");
  EXPECT_EQ(html.substr(i.span.begin, i.span.end - i.span.begin), "2.150<br>nghìn lượt khách");
  // A line that goes on with a capital letter is another paragraph.
  ASSERT_EQ(doc->paragraphs.size(), 3u);
  auto text = ex->ExtractText("Tin\nSản lượng đạt 3.475\nnghìn tấn.\n", "t.txt", Date{2024, 5, 8});
  ASSERT_TRUE(text.ok());
  ASSERT_EQ(text->indicators.size(), 1u);
  EXPECT_EQ(*text->indicators[0].value, 3475000);
  EXPECT_EQ(text->indicators[0].unit, "tonne");
}

// "cao hơn 12 lần": "hơn" is the comparative, no hedge; "gấp hơn 2 lần"
// hedges. "1,6 lần" is no count of occurrences (rule occurrences).
TEST(ExtractorTest, MultiplesReadTheirComparativeAndHedge) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractText(
      "Tin\nSố khách quốc tế đến tỉnh cao hơn 12 lần so với cùng kỳ năm ngoái. "
      "Doanh thu gấp hơn 2 lần so với cùng kỳ. Thu nhập của lao động có tay nghề là 1,6 lần so "
      "với lao động phổ thông.\n",
      "t.txt", Date{2024, 11, 5});
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->indicators.size(), 3u);
  EXPECT_EQ(*doc->indicators[0].value, 12);
  EXPECT_EQ(doc->indicators[0].qualifier, Qualifier::kExact);
  EXPECT_EQ(doc->indicators[0].kind, Kind::kRatio);
  EXPECT_EQ(doc->indicators[1].qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(*doc->indicators[2].value, 1.6);
  EXPECT_EQ(doc->indicators[2].compare_to.value_or(""), "other");
}

// Rule elided_unit: a figure of digits and a scale word with no unit takes
// the money unit of the paragraph's last money figure with the same scale
// word; a figure with another unit (but percent) ends it, and a new
// paragraph starts with none.
TEST(ExtractorTest, AMoneyUnitLeftOutIsTakenFromTheParagraph) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractText(
      "Tin\nPhiên hôm nay khối ngoại bán ròng 85,2 tỷ đồng. Bị bán nhiều nhất là cổ phiếu KTA "
      "giảm 2,1% với 31,4 tỷ, tiếp đến là PLM -12,5 tỷ.\n"
      "Cổ phiếu KTB khớp lệnh 7,3 tỷ.\n"
      "Doanh thu đạt 420 tỷ đồng, lợi nhuận 36 triệu.\n"
      "Thu hút 2,5 triệu USD; đón 1,8 triệu lượt khách, dân số 1,3 triệu.\n"
      "Lương bình quân 9 triệu đồng/tháng, phụ cấp 2 triệu.\n",
      "t.txt", Date{2024, 11, 5});
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> got;
  for (const Indicator& ind : doc->indicators) {
    got.push_back(ind.surface + " " + ind.unit + " [" + ind.unit_text + "]");
  }
  EXPECT_EQ(got, (std::vector<std::string>{"85,2 tỷ đồng VND [đồng]", "2,1% percent [%]",
                                           "31,4 tỷ VND []", "-12,5 tỷ VND []",
                                           "420 tỷ đồng VND [đồng]", "2,5 triệu USD USD [usd]",
                                           "1,8 triệu lượt khách visitor [lượt khách]",
                                           "9 triệu đồng/tháng VND/month [đồng/tháng]"}));
  ASSERT_EQ(doc->indicators.size(), 8u);
  EXPECT_EQ(*doc->indicators[2].value, 31.4e9);
  EXPECT_EQ(*doc->indicators[3].value, -12.5e9);
}

// Rule ranked_measure: in a ranking, a figure whose label names only who is
// ranked takes the measure of the ranking (what "về" names, else the
// block's first measure); who is ranked is the area.
TEST(ExtractorTest, ARankingNamesWhatItRanksOn) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractText(
      "Tin\nTỉnh D dẫn đầu với doanh thu đạt 2.100 tỷ đồng, tăng 12% so với cùng kỳ. Đứng thứ hai "
      "là tỉnh E với 1.450 tỷ đồng, tăng 6% so với cùng kỳ. Tỉnh G xếp thứ ba với 980 tỷ đồng.\n",
      "t.txt", Date{2025, 10, 10});
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> got;
  for (const Indicator& ind : doc->indicators) got.push_back(ind.surface + " | " + ind.label);
  // (The first rank comes before any measure: it keeps its own words.)
  EXPECT_EQ(got, (std::vector<std::string>{"dẫn đầu | Tỉnh D", "2.100 tỷ đồng | doanh thu",
                                           "12% | doanh thu", "thứ hai | doanh thu",
                                           "1.450 tỷ đồng | doanh thu", "6% | doanh thu",
                                           "thứ ba | doanh thu", "980 tỷ đồng | doanh thu"}));
}

TEST(ExtractorTest, PublishedOverridesAndResolvesPeriods) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  const std::string text = "Tin kinh tế\nTrong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.\n";
  auto doc = ex->ExtractText(text, "t.txt", Date{2023, 7, 10});
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->indicators.size(), 1u);
  EXPECT_EQ(doc->indicators[0].period.value_or(""), "2023-H1");
  // Published in March: the first half of the year has not ended, so the
  // figures are last year's.
  auto march = ex->ExtractText(text, "t.txt", Date{2023, 3, 1});
  ASSERT_TRUE(march.ok());
  EXPECT_EQ(march->indicators[0].period.value_or(""), "2022-H1");
  EXPECT_FALSE(ex->ExtractText(text, "t.txt", Date{2023, 2, 29}).ok());
}

TEST(ExtractorTest, PublishedOverridesTheDateOnAnHtmlPage) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  const std::string html =
      "<html><body><h1>Tin kinh tế</h1><p>Ngày 02/08/2022</p>"
      "<p>Trong 6 tháng đầu năm, tổng doanh thu hơn 664 "
      "tỷ đồng.</p></body></html>";
  auto own = ex->ExtractHtml(html, "p.html");
  ASSERT_TRUE(own.ok());
  ASSERT_TRUE(own->published.has_value());
  EXPECT_EQ(own->published->ToString(), "2022-08-02");
  // The crawler's date wins; the printed date is no longer the published one.
  auto dated = ex->ExtractHtml(html, "p.html", Date{2024, 8, 1});
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated->published->ToString(), "2024-08-01");
  EXPECT_FALSE(dated->published_text.has_value());
  ASSERT_EQ(dated->indicators.size(), 1u);
  EXPECT_EQ(dated->indicators[0].period.value_or(""), "2024-H1");
  auto bad = ex->ExtractHtml(html, "p.html", Date{2023, 2, 29});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST(ExtractorTest, NfdInputIsNormalisedAndSpansStillPointAtTheInput) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  // "giá trị xuất khẩu hơn 14,9 triệu USD" with decomposed letters (NFD).
  const std::string nfd =
      "Tin\ngia\xCC\x81 tri\xCC\xA3 xua\xCC\x82\xCC\x81t kha\xCC\x82\xCC\x89u ho\xCC\x9Bn 14,9 "
      "trie\xCC\xA3\xCC\x82u USD.\n";
  auto doc = ex->ExtractText(nfd, "nfd.txt", Date{2022, 8, 2});
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->indicators.size(), 1u);
  const Indicator& ind = doc->indicators[0];
  EXPECT_EQ(ind.label, "giá trị xuất khẩu");
  EXPECT_DOUBLE_EQ(ind.value.value_or(0), 14.9e6);
  EXPECT_EQ(ind.surface, "14,9 triệu USD");  // NFC
  // The span covers the NFD bytes of the same text.
  EXPECT_EQ(nfd.substr(ind.span.begin, ind.span.end - ind.span.begin),
            "14,9 trie\xCC\xA3\xCC\x82u USD");
}

TEST(JsonTest, DocumentShapeAndStableKeys) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  auto doc = ex->ExtractText(
      "Tin\nPhấn đấu năm 2022, doanh thu đạt từ 12 - 15 tỷ đồng; thu 2,6 tỷ đồng đạt 100% kế "
      "hoạch.\n",
      "x.txt", Date{2022, 8, 2});
  ASSERT_TRUE(doc.ok());
  const auto j = nlohmann::ordered_json::parse(ToJson(*doc));
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  EXPECT_EQ(keys,
            (std::vector<std::string>{"schema_version", "source", "layout", "published",
                                      "published_text", "title", "lead", "author", "source_outlet",
                                      "paragraphs", "indicators", "diagnostics"}));
  EXPECT_EQ(j["schema_version"], kSchemaVersion);
  EXPECT_EQ(j["published"], "2022-08-02");
  ASSERT_EQ(j["indicators"].size(), 3u);
  const auto& range = j["indicators"][0];
  EXPECT_EQ(range["qualifier"], "range");
  EXPECT_TRUE(range["value"].is_null());
  EXPECT_EQ(range["value_min"], 12000000000);  // an integer, not 1.2e10
  EXPECT_EQ(range["value_max"], 15000000000);
  EXPECT_FALSE(range.contains("compare_to"));
  const auto& ratio = j["indicators"][2];
  EXPECT_EQ(ratio["kind"], "ratio");
  EXPECT_EQ(ratio["compare_to"], "plan");
  EXPECT_FALSE(ratio.contains("value_min"));
  EXPECT_TRUE(j["indicators"][1]["value"].is_number_integer());
  EXPECT_EQ(j["indicators"][1]["value"], 2600000000);
}

TEST(JsonTest, StringsAreWrittenAsNlohmannWritesThem) {
  // ToJson writes strings itself; nlohmann is the reference it must equal,
  // byte for byte, and, for bytes that are not UTF-8, fail as it fails.
  Document doc;
  doc.source = "s";
  doc.title = "a\"b\\c\x01\x7F\n";
  // By hand: the quote, backslash, U+0001 and newline escaped, DEL as is.
  EXPECT_NE(ToJson(doc).find(R"("title":"a\"b\\c\u0001)"
                             "\x7F"
                             R"(\n")"),
            std::string::npos);
  const std::string valid[] = {
      "Tổng doanh thu hơn 664 tỷ đồng",    // E1 BB 95 ... and C3 B4
      "\xC2\x80\xDF\xBF",                  // U+0080, U+07FF: two-byte ends
      "\xE0\xA0\x80\xEF\xBF\xBF",          // U+0800, U+FFFF
      "\xED\x9F\xBF\xEE\x80\x80",          // U+D7FF, U+E000: around the surrogates
      "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF",  // U+10000, U+10FFFF
  };
  for (const std::string& s : valid) {
    doc.title = s;
    const std::string ours = ToJson(doc);
    EXPECT_EQ(ours, nlohmann::ordered_json::parse(ours).dump()) << s;
    EXPECT_EQ(nlohmann::ordered_json::parse(ours)["title"], s);
  }
  const std::string invalid[] = {
      "\xC0\xAF",          // overlong '/'
      "\xC1\xBF",          // overlong
      "\xE0\x9F\xBF",      // overlong U+07FF
      "\xED\xA0\x80",      // surrogate U+D800
      "\xF4\x90\x80\x80",  // past U+10FFFF
      "\xC3",              // cut short at the end
      "\xE1\xBA",          // cut short at the end
      "\xE1\xBA"
      "a",  // a letter where a continuation byte belongs
      "\xC3"
      "a",
      "\x80",              // a lone continuation byte
      "\xF8\x88\x80\x80",  // no such lead byte
  };
  // Each maximal invalid subpart becomes U+FFFD, as nlohmann's
  // error_handler_t::replace writes it: ToJson never throws.
  for (const std::string& s : invalid) {
    doc.title = s;
    const std::string ours = ToJson(doc);
    const std::string theirs =
        nlohmann::ordered_json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_NE(ours.find("\"title\":" + theirs), std::string::npos) << s << " -> " << ours;
  }
  // By hand: E1 BA is the start of a letter cut by 'a' (one U+FFFD, the 'a'
  // kept); F8 is no lead byte and 88 80 80 are three stray continuations.
  doc.title =
      "\xE1\xBA"
      "a";
  EXPECT_NE(ToJson(doc).find("\"title\":\"\xEF\xBF\xBD"
                             "a\""),
            std::string::npos);
  doc.title = "\xF8\x88\x80\x80";
  std::string four;
  for (int k = 0; k < 4; ++k) four += "\xEF\xBF\xBD";
  EXPECT_NE(ToJson(doc).find("\"title\":\"" + four + "\""), std::string::npos);
  // Random bytes, biased to UTF-8 leads and continuations, against nlohmann.
  std::uint32_t seed = 2022;
  const unsigned char pool[] = {'a',  '"',  '\\', 0x01, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    seed = seed * 1103515245u + 12345u;
    const int n = 1 + static_cast<int>((seed >> 16) % 9);
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      t += static_cast<char>(pool[(seed >> 16) % std::size(pool)]);
    }
    // Every other round inside a long line (32 bytes and more are first
    // checked whole, then written as they are when nothing needs care).
    if (round % 2 == 1) {
      std::string line = "Doanh thu đạt hơn 664 tỷ đồng, tăng 12%";
      seed = seed * 1103515245u + 12345u;
      line.insert((seed >> 16) % (line.size() + 1), round % 4 == 1 ? t : std::string("ơn"));
      t = line;
    }
    doc.title = t;
    const std::string theirs =
        nlohmann::ordered_json(t).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    ASSERT_NE(ToJson(doc).find("\"title\":" + theirs + ","), std::string::npos) << round;
  }
}
TEST(ExtractorTest, SharedAcrossThreadsGivesIdenticalResults) {
  auto ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  const std::string text =
      "Tin\nTrong 6 tháng đầu năm, sản lượng gỗ dán đạt hơn 64.000 m3; tổng doanh thu hơn 664 tỷ "
      "đồng.\n";
  const std::string expected = ToJson(*ex->ExtractText(text, "t", Date{2022, 8, 2}));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        if (ToJson(*ex->ExtractText(text, "t", Date{2022, 8, 2})) != expected)
          ++mismatches[static_cast<std::size_t>(t)];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace vnextract
