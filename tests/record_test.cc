// The record contract (src/record/fields.inc): one FormatNumber for every
// output, the CSV columns, and the flat records agreeing with JSON.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

TEST(FormatNumber, PlainAndExactOnTheEdges) {
  // Every expected string worked out by hand.
  EXPECT_EQ(FormatNumber(664000000000.0), "664000000000");
  EXPECT_EQ(FormatNumber(14.9), "14.9");
  EXPECT_EQ(FormatNumber(-6.2), "-6.2");
  EXPECT_EQ(FormatNumber(1234.5), "1234.5");
  EXPECT_EQ(FormatNumber(0.0), "0");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(1e15), "1000000000000000");
  // "Tổng thu 1.784,8 nghìn tỷ đồng": 1784.8 x 1e12.
  EXPECT_EQ(FormatNumber(1784.8e12), "1784800000000000");
  EXPECT_EQ(FormatNumber(9007199254740992.0), "9007199254740992");  // 2^53
  EXPECT_EQ(FormatNumber(9007199254740994.0), "9007199254740994");  // 2^53 + 2
  EXPECT_EQ(FormatNumber(-9007199254740994.0), "-9007199254740994");
  EXPECT_EQ(FormatNumber(1.5e16), "15000000000000000");
  EXPECT_EQ(FormatNumber(1e18), "1000000000000000000");
  EXPECT_EQ(FormatNumber(-2.5e18), "-2500000000000000000");
  EXPECT_EQ(FormatNumber(0.1), "0.1");
  EXPECT_EQ(FormatNumber(0.00001), "0.00001");
  EXPECT_EQ(FormatNumber(1.5e-7), "0.00000015");
  EXPECT_EQ(FormatNumber(-1.25e-10), "-0.000000000125");
  EXPECT_EQ(FormatNumber(123456.789), "123456.789");
  EXPECT_EQ(FormatNumber(std::numeric_limits<double>::quiet_NaN()), "");
  EXPECT_EQ(FormatNumber(std::numeric_limits<double>::infinity()), "");
  EXPECT_EQ(FormatNumber(-std::numeric_limits<double>::infinity()), "");
}

TEST(FormatNumber, ReadsBackToTheSameDouble) {
  // Never an exponent, and strtod gives the value back, for values spread
  // over the whole range a record can hold and beyond.
  std::uint64_t seed = 88172645463325252ull;
  for (int k = 0; k < 100000; ++k) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    const double mantissa = static_cast<double>(seed >> 11) / 9007199254740992.0;
    const int exponent = static_cast<int>(seed % 61) - 30;  // 1e-30 .. 1e30
    double v = mantissa * std::pow(10.0, exponent);
    if (k % 2 == 1) v = -v;
    if (k % 3 == 0) v = std::round(v);
    const std::string s = FormatNumber(v);
    ASSERT_EQ(s.find_first_of("eE"), std::string::npos) << s;
    ASSERT_EQ(std::strtod(s.c_str(), nullptr), v == 0 ? 0.0 : v) << s;
  }
}

TEST(RecordColumns, AreTheCsvHeaderAndTheDocumentedColumns) {
  // The README and DESIGN.md promise these columns, in this order.
  const std::vector<std::string_view> expected = {
      "source",    "published",  "title",   "section",   "label",     "value",      "value_min",
      "value_max", "value_of",   "unit",    "unit_text", "qualifier", "period",     "period_basis",
      "kind",      "compare_to", "surface", "concept",   "area",      "area_level", "restates"};
  const auto columns = RecordColumns();
  EXPECT_EQ(std::vector<std::string_view>(columns.begin(), columns.end()), expected);
  std::string header;
  for (std::string_view c : expected) header += (header.empty() ? "" : ",") + std::string(c);
  EXPECT_EQ(CsvHeader(), header + "\n");
}

// A document built by hand with values that used to print in exponent form.
Document HandMade() {
  Document doc;
  doc.source = "tay,\"làm\".txt";
  doc.published = Date{2023, 10, 5};
  doc.title = "Thu ngân sách";
  Indicator i;
  i.label = "Tổng thu";
  i.value = 1784.8e12;
  i.unit = "VND";
  i.unit_text = "đồng";
  i.surface = "1.784,8 nghìn tỷ đồng";
  i.period = "2023-01/2023-09";
  i.period_basis = "heading";
  doc.indicators.push_back(i);
  i.label = "tỷ lệ";
  i.value = 1.5e-7;
  i.unit = "percent";
  i.unit_text = "%";
  i.surface = "0,00000015%";
  i.period.reset();
  i.period_basis.reset();
  i.kind = Kind::kChange;
  i.compare_to = "plan";
  doc.indicators.push_back(i);
  i.value.reset();
  i.qualifier = Qualifier::kRange;
  i.value_min = 2e16;
  i.value_max = 3e16;
  i.surface = "20-30 triệu tỷ";
  i.concept_id = "export_value";
  i.concept_label = "Kim ngạch xuất khẩu";
  i.area = "tỉnh Bắc Kạn, cũ";
  i.area_level = "province";
  i.restates = 0;
  doc.indicators.push_back(i);
  return doc;
}

TEST(CsvRows, HandMadeDocumentByHand) {
  EXPECT_EQ(CsvRows(HandMade()),
            "\"tay,\"\"làm\"\".txt\",2023-10-05,Thu ngân sách,body,Tổng thu,1784800000000000,,,,"
            "VND,đồng,exact,2023-01/2023-09,heading,actual,,\"1.784,8 nghìn tỷ đồng\",,,,\n"
            "\"tay,\"\"làm\"\".txt\",2023-10-05,Thu ngân sách,body,tỷ lệ,0.00000015,,,,percent,"
            "%,exact,,,change,plan,\"0,00000015%\",,,,\n"
            "\"tay,\"\"làm\"\".txt\",2023-10-05,Thu ngân sách,body,tỷ lệ,,20000000000000000,"
            "30000000000000000,,percent,%,range,,,change,plan,20-30 triệu tỷ,export_value,"
            "\"tỉnh Bắc Kạn, cũ\",province,0\n");
}

TEST(RecordRow, AgreesWithJsonOnEveryNumber) {
  const Document doc = HandMade();
  const std::string json = ToJson(doc);
  // JSON's number tokens, as written: parse them as strings.
  const auto tree = nlohmann::json::parse(json);
  EXPECT_NE(json.find("\"value\":1784800000000000"), std::string::npos) << json;
  EXPECT_NE(json.find("\"value\":0.00000015"), std::string::npos) << json;
  EXPECT_NE(json.find("\"value_min\":20000000000000000"), std::string::npos) << json;
  const auto columns = RecordColumns();
  for (std::size_t k = 0; k < doc.indicators.size(); ++k) {
    const std::vector<RecordCell> row = RecordRow(doc, doc.indicators[k]);
    ASSERT_EQ(row.size(), columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string key(columns[c]);
      const auto& j = tree["indicators"][k];
      if (row[c].type != RecordCell::Type::kNumber) continue;
      ASSERT_TRUE(j.contains(key)) << key;
      EXPECT_EQ(j[key].get<double>(), row[c].number) << key;
    }
  }
}

TEST(WriteJson, PiecesJoinToTheWholeText) {
  // 3,000 indicators of one long sentence: the JSON is megabytes, so it comes
  // in several pieces, and the sentence copy that ToJson makes from the
  // previous indicator crosses piece boundaries.
  Document doc = HandMade();
  const std::string sentence(2000, 'x');
  for (int k = 0; k < 3000; ++k) {
    Indicator i = doc.indicators[static_cast<std::size_t>(k % 3)];
    i.sentence = sentence + std::to_string(k / 7);
    doc.indicators.push_back(i);
  }
  for (int indent : {-1, 2, 4}) {
    std::string joined;
    int pieces = 0;
    WriteJson(
        doc,
        [&](std::string_view piece) {
          joined.append(piece);
          ++pieces;
        },
        indent);
    EXPECT_EQ(joined, indent < 0 ? ToJson(doc) : ToPrettyJson(doc, indent));
    EXPECT_GT(pieces, 10);
  }
  std::string rows;
  int pieces = 0;
  WriteCsvRows(doc, [&](std::string_view piece) {
    rows.append(piece);
    ++pieces;
  });
  EXPECT_EQ(rows, CsvRows(doc));
  EXPECT_GT(pieces, 1);
}

}  // namespace
}  // namespace vnextract
