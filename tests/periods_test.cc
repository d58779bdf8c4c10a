// PeriodFinder::Find tries each pattern only where one of its declared starts
// is spelled (near its declared `near` word): it must find exactly what a
// plain search of the whole text for every pattern finds (FindPlain). This
// checks the declared starts against the patterns on the gold set, the
// corpora, generated pages and many random strings made of the patterns'
// own words.
#include "time/periods.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "page_generator.h"
#include "test_grammar.h"
#include "text/sentences.h"
#include "text/utf8.h"
#include "time/prefilter.h"
#include "vnextract/vnextract.h"

namespace vnextract::time {
namespace {

namespace fs = std::filesystem;

std::string Describe(const std::vector<PeriodMatch>& v) {
  std::string out;
  for (const PeriodMatch& m : v) {
    out.append("[").append(std::to_string(m.begin)).append(",").append(std::to_string(m.end));
    out.append(" ").append(m.period.value_or("-")).append(m.comparator ? " cmp" : "");
    out.append(" ").append(m.point.value_or("-")).append("] ");
  }
  return out;
}

bool Same(const std::vector<PeriodMatch>& a, const std::vector<PeriodMatch>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].period != b[i].period ||
        a[i].comparator != b[i].comparator || a[i].point != b[i].point) {
      return false;
    }
  }
  return true;
}

const PeriodFinder& Finder() { return testing::TestGrammar().periods; }

// Checks `text` (not yet folded) with and without a publication date;
// returns the number of matches found, for the caller's sanity checks.
std::size_t Check(std::string_view text) {
  const std::string folded = text::FoldCaseKeepOffsets(text);
  std::size_t found = 0;
  for (const std::optional<Date>& published :
       {std::optional<Date>(Date{2023, 7, 15}), std::optional<Date>()}) {
    const std::vector<PeriodMatch> fast = Finder().Find(folded, published);
    const std::vector<PeriodMatch> plain = Finder().FindPlain(folded, published);
    EXPECT_TRUE(Same(fast, plain)) << "text: " << text << "\n  Find:      " << Describe(fast)
                                   << "\n  FindPlain: " << Describe(plain);
    found += plain.size();
  }
  return found;
}

TEST(PeriodFinderTest, FindsWhatAPlainSearchFindsOnTheGoldSetAndCorpora) {
  std::size_t texts = 0, found = 0;
  {
    std::ifstream in(fs::path(VNEXTRACT_SOURCE_DIR) / "tests/gold/indicators.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      found += Check(nlohmann::json::parse(line).at("text").get<std::string>());
      ++texts;
    }
  }
  for (const char* dir : {"src/numbers/corpus", "src/indicators/corpus", "src/time/corpus"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(VNEXTRACT_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".tsv") continue;
      std::ifstream in(entry.path());
      std::string line;
      while (std::getline(in, line)) {
        found += Check(line);
        ++texts;
      }
    }
  }
  EXPECT_GT(texts, 500u);
  EXPECT_GT(found, 100u);
}

TEST(PeriodFinderTest, FindsWhatAPlainSearchFindsOnGeneratedPages) {
  vnextract_bench::CorpusOptions options;
  options.pages = 40;
  const Result<Extractor> extractor = Extractor::Create();
  ASSERT_TRUE(extractor.ok());
  std::size_t found = 0;
  for (const auto& page : vnextract_bench::GenerateCorpus(options)) {
    const Result<Document> doc = extractor->ExtractHtml(page.html, page.name);
    ASSERT_TRUE(doc.ok());
    std::vector<std::string> runs = doc->paragraphs;
    if (doc->title) runs.push_back(*doc->title);
    if (doc->lead) runs.push_back(*doc->lead);
    for (const std::string& run : runs) {
      for (const text::Range& r : text::SplitSentences(run)) {
        found += Check(std::string_view(run).substr(r.begin, r.end - r.begin));
      }
    }
  }
  EXPECT_GT(found, 1000u);
}

// Random strings of the patterns' words, whole period expressions and their
// neighbours, joined by a space or glued, so that matches start inside words,
// overlap, and sit next to the words that make them durations or comparators.
TEST(PeriodFinderTest, FindsWhatAPlainSearchFindsOnRandomStrings) {
  static constexpr std::string_view kWords[] = {
      // whole expressions
      "6 tháng đầu năm", "9 tháng năm 2022", "lũy kế 10 tháng", "luỹ kế mười một tháng",
      "sáu tháng cuối năm 2022", "nửa đầu năm", "nửa cuối năm 2023", "cả năm 2021", "năm nay",
      "quý III/2022", "quý iv năm 2021", "quý 2", "đến hết tháng 7/2022", "tháng 7/2022",
      "tháng Tám", "tháng mười một năm 2021", "tính đến ngày 30/6/2023", "đến hết ngày 31/12",
      "đến nay", "hiện tại", "đến thời điểm này", "giai đoạn 2021-2025", "giai đoạn 2021 – 2025",
      "vụ Đông Xuân 2021-2022", "vụ mùa năm 2022", "vụ xuân", "năm 2022", "3 tháng qua",
      // their words
      "lũy kế", "luỹ kế", "6", "06", "12", "3", "2022", "2023", "1", "30/6", "7/2022", "một", "hai",
      "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "giêng", "chạp", "tư",
      "tháng", "Tháng", "quý", "i", "ii", "iv", "/", "-", "–", "đầu", "cuối", "nửa", "cả", "nay",
      "qua", "đến", "Đến", "hết", "ngày", "tính", "hiện", "tại", "giai đoạn", "vụ", "đông xuân",
      "mùa",
      // neighbours
      "cùng kỳ", "so với", "so", "sau", "hơn", "tới", "nữa", "liên tiếp", "x", "a", "tăng", "5%",
      ",", "(", ")", "đạt"};
  std::uint64_t state = 20220802;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  std::size_t found = 0;
  for (int n = 0; n < 30000; ++n) {
    std::string text;
    const int words = 2 + static_cast<int>(next() % 10);
    for (int w = 0; w < words; ++w) {
      if (w > 0 && next() % 6 != 0) text += ' ';
      text += kWords[next() % std::size(kWords)];
    }
    found += Check(text);
  }
  EXPECT_GT(found, 30000u);
}

TEST(DerivePrefilter, LiteralStartsWhenEveryStartIsLongEnough) {
  const Result<Prefilter> p = DerivePrefilter(R"(năm (\d{4}))");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->starts, std::vector<std::string>{"năm "});
  EXPECT_TRUE(p->near.empty());
}

TEST(DerivePrefilter, StartsAreExtendedThroughWhatFollows) {
  const Result<Prefilter> p =
      DerivePrefilter(R"((?:6|sáu) tháng cuối năm(?: (\d{4}))?|nửa cuối năm)");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->starts,
            (std::vector<std::string>{"6 tháng cuối năm", "nửa cuối năm", "sáu tháng cuối năm"}));
  EXPECT_TRUE(p->near.empty());
}

TEST(DerivePrefilter, ANearWordWhenAStartIsADigit) {
  const Result<Prefilter> p = DerivePrefilter(R"((?:lũy kế )?(\d{1,2}|ba) tháng(?: qua)?)");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->starts, (std::vector<std::string>{"#", "ba tháng", "lũy kế "}));
  EXPECT_EQ(p->near, " tháng");
  EXPECT_EQ(p->reach, std::string_view("lũy kế ").size() + 2);
}

TEST(DerivePrefilter, TheLongestMatchInBytes) {
  // "quý " is 5 bytes ("ý" is two), then "iii" at most, then "/" and four
  // digits.
  Result<Prefilter> p = DerivePrefilter(R"(quý (iv|i{1,3}|[1-4])(?:[/.-](\d{4}))?)");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->max_length, 5u + 3u + 1u + 4u);
  // Any character ("\s", ".") counts as four bytes.
  p = DerivePrefilter(R"(năm\s(\d{4}))");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->max_length, 4u + 4u + 4u);
  // No bound: a repetition without a maximum, or an assertion (it reads
  // past the match).
  for (const char* pattern : {R"(năm (\d{4,}))", R"(năm (\d{4})\b)", R"(năm (\d{4})$)"}) {
    p = DerivePrefilter(pattern);
    ASSERT_TRUE(p.ok()) << pattern << ": " << p.status().ToString();
    EXPECT_EQ(p->max_length, std::string::npos) << pattern;
  }
}

TEST(DerivePrefilter, NoPrefilterIsAnError) {
  for (const char* pattern : {".x", "a?", "(?i)năm", "[^x]năm", "(\\d+) tháng", "(năm"}) {
    EXPECT_FALSE(DerivePrefilter(pattern).ok()) << pattern;
  }
}

}  // namespace
}  // namespace vnextract::time
