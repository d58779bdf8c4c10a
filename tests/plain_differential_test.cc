// Every fast path against its plain twin (tests/plain/, DESIGN.md section
// 6): the quantity finder (skip loop, lexicon indexes), spelled numbers
// (byte-pair filter, LookupAt, the word index), the lexicon indexes
// (StartingWith / EndingWith and the linker's indexes by byte and role) and
// label cleaning (indexes, frame-cue hint, folding only the head), the
// sentence word filter of FindWord (lexicon.h WordFilter), the UTF-8 check
// (text::FindInvalidUtf8, thirty-two bytes at a time with AVX2, sixteen
// with SSSE3: each is checked), the tokens of the context stage
// (context::Tokenize), the period finder (PeriodFinder::FindPlain) and
// the linker's blocks (BlockLinker against LinkSentence). They must
// agree on every corpus line, the gold set, the golden and fixture pages,
// generated pages and random Vietnamese-heavy strings (fixed seeds). The
// region parse has its own (differential_test.cc) and the whole_page test
// runs; tests/fuzz/fuzz_differential.cc runs the same checks on fuzzed bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "page_generator.h"
#include "plain/plain_checks.h"
#include "plain/utf8_plain.h"
#include "test_files.h"
#include "test_grammar.h"
#include "text/utf8.h"
#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

namespace fs = std::filesystem;

const Extractor& TheExtractor() {
  static const Result<Extractor> e = Extractor::Create();
  EXPECT_TRUE(e.ok());
  return *e;
}

// Fails the test with the first difference found in `text`; false then (the
// caller stops: one difference is enough to read).
bool Check(std::string_view text, plain::Counts* counts = nullptr) {
  const std::string diff = plain::CheckAll(testing::TestGrammar(), text, counts);
  if (diff.empty()) return true;
  ADD_FAILURE() << diff;
  return false;
}

std::vector<std::string> CorpusLines() {
  std::vector<std::string> out;
  for (const char* dir : {"src/numbers/corpus", "src/indicators/corpus"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(VNEXTRACT_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".tsv") continue;
      std::ifstream in(entry.path());
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        out.push_back(line);
        // Each column alone too: the phrase columns are what the corpus
        // test feeds the library.
        for (std::size_t b = 0, t; b <= line.size(); b = t + 1) {
          t = line.find('\t', b);
          if (t == std::string::npos) t = line.size();
          if (t > b) out.push_back(line.substr(b, t - b));
        }
      }
    }
  }
  return out;
}

std::vector<std::string> JsonTexts(const char* path, const char* key) {
  std::vector<std::string> out;
  std::ifstream in(fs::path(VNEXTRACT_SOURCE_DIR) / path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    if (j.contains(key) && j.at(key).is_string()) out.push_back(j.at(key).get<std::string>());
  }
  return out;
}

// The texts the linker reads from a document: title, lead, paragraphs and
// the sentences of its indicators (captions and table rows among them).
std::vector<std::string> DocumentTexts(const Result<Document>& doc) {
  std::vector<std::string> out;
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return out;
  if (doc->title) out.push_back(*doc->title);
  if (doc->lead) out.push_back(*doc->lead);
  for (const std::string& p : doc->paragraphs) out.push_back(p);
  for (const Indicator& i : doc->indicators) out.push_back(i.sentence);
  return out;
}

// Every lead byte with every second byte, and third and fourth bytes from
// each range Unicode's Table 3-7 tells apart, at each place in a block and
// across the edge of one, then cut by the end.
TEST(PlainTwins, Utf8CheckOnEverySequenceShape) {
  const unsigned char thirds[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
                                  0xA0, 0xBF, 0xC0, 0xC3, 0xE1, 0xF0, 0xFF};
  const unsigned char fourths[] = {0x20, 0x80, 0xBF, 0xC4};
  std::size_t compared = 0;
  for (int b0 = 0x80; b0 <= 0xFF; ++b0) {
    for (int b1 = 0; b1 <= 0xFF; ++b1) {
      // A continuation byte or F8-FF is wrong whatever follows.
      if ((b0 < 0xC0 || b0 > 0xF7) && b1 % 16 != 0) continue;
      for (unsigned char b2 : thirds) {
        for (unsigned char b3 : fourths) {
          const char seq[] = {static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2),
                              static_cast<char>(b3)};
          // (Across a 16-byte lane's edge and a 32-byte block's.)
          for (std::size_t at : {std::size_t{0}, std::size_t{5}, std::size_t{12}, std::size_t{13},
                                 std::size_t{14}, std::size_t{15}, std::size_t{29}, std::size_t{30},
                                 std::size_t{31}, std::size_t{45}}) {
            std::string s(at, 'a');
            s.append(seq, sizeof seq);
            for (std::size_t keep : {s.size(), at + 1, at + 2, at + 3}) {
              const std::string_view v = std::string_view(s).substr(0, keep);
              const std::optional<std::size_t> want = plain::FindInvalidUtf8(v);
              for (const text::Utf8Blocks blocks :
                   {text::Utf8Blocks::kAvx2, text::Utf8Blocks::kSsse3, text::Utf8Blocks::kNone}) {
                ASSERT_EQ(text::FindInvalidUtf8(v, blocks), want)
                    << std::hex << b0 << ' ' << b1 << ' ' << int{b2} << ' ' << int{b3} << " at "
                    << std::dec << at << ", " << keep << " bytes, blocks "
                    << static_cast<int>(blocks);
                ++compared;
              }
            }
          }
        }
      }
    }
  }
  EXPECT_GT(compared, 1000000u);
}

TEST(PlainTwins, LexiconIndexesAreTheirEntriesFiltered) {
  const std::string diff = plain::CheckIndexes(testing::TestGrammar());
  EXPECT_TRUE(diff.empty()) << diff;
}

TEST(PlainTwins, EveryCorpusLine) {
  plain::Counts counts;
  const std::vector<std::string> lines = CorpusLines();
  ASSERT_GT(lines.size(), 1000u);
  for (const std::string& line : lines) {
    if (!Check(line, &counts)) return;
  }
  EXPECT_GT(counts.quantities, 1000u);
  EXPECT_GT(counts.labels, 1000u);
  EXPECT_GT(counts.spelled, 300u);
}

TEST(PlainTwins, TheGoldSetAndTheConformanceCorpus) {
  plain::Counts counts;
  const std::vector<std::string> gold = JsonTexts("tests/gold/indicators.jsonl", "text");
  ASSERT_GE(gold.size(), 289u);  // (the set grows)
  for (const std::string& t : gold) {
    if (!Check(t, &counts)) return;
  }
  for (const char* path :
       {"tests/conformance/duckling_vi.jsonl", "tests/conformance/duckling_vi_time.jsonl"}) {
    for (const std::string& t : JsonTexts(path, "text")) {
      if (!Check(t, &counts)) return;
    }
  }
  EXPECT_GT(counts.quantities, 400u);
  EXPECT_GT(counts.labels, 400u);
}

TEST(PlainTwins, GoldenAndFixturePages) {
  plain::Counts counts;
  std::vector<std::string> html = {"data/seed/seed-page.html",
                                   "tests/data/bantin_viewdata_sp2010.html"};
  for (const auto& e :
       fs::directory_iterator(fs::path(VNEXTRACT_SOURCE_DIR) / "tests/data/pages")) {
    if (e.path().extension() == ".html")
      html.push_back("tests/data/pages/" + e.path().filename().string());
  }
  for (const std::string& path : html) {
    for (const std::string& t :
         DocumentTexts(TheExtractor().ExtractHtml(testing::ReadSourceFile(path), path))) {
      if (!Check(t, &counts)) return;
    }
  }
  for (const std::string& t : DocumentTexts(TheExtractor().ExtractText(
           testing::ReadSourceFile("data/seed/000_af0604fd0860093f.txt")))) {
    if (!Check(t, &counts)) return;
  }
  EXPECT_GT(counts.quantities, 100u);
}

TEST(PlainTwins, GeneratedPages) {
  vnextract_bench::CorpusOptions options;
  options.pages = 60;
  options.seed = 16;
  plain::Counts counts;
  for (const auto& page : vnextract_bench::GenerateCorpus(options)) {
    for (const std::string& t : DocumentTexts(TheExtractor().ExtractHtml(page.html, page.name))) {
      if (!Check(t, &counts)) return;
    }
  }
  EXPECT_GT(counts.quantities, 2000u);
}

// Random strings of the grammar's own words, digits with '.' and ','
// groups, punctuation and glued or broken pieces (plain::RandomText).
TEST(PlainTwins, RandomVietnameseText) {
  plain::Counts counts;
  std::uint64_t state = 20260816;
  for (int n = 0; n < 20000; ++n) {
    if (!Check(plain::RandomText(testing::TestGrammar(), state), &counts)) return;
  }
  EXPECT_GT(counts.quantities, 20000u);
  EXPECT_GT(counts.spelled, 5000u);
  EXPECT_GT(counts.labels, 20000u);
}

// Bytes that are not UTF-8: the per-position twins (lexicons, number words)
// read bytes and must agree on any; the finders get the valid text the
// library hands them.
TEST(PlainTwins, RandomBytes) {
  std::uint64_t state = 99;
  for (int n = 0; n < 5000; ++n) {
    const std::string text = plain::RandomBytes(testing::TestGrammar(), state);
    if (!Check(text)) return;
  }
}

}  // namespace
}  // namespace vnextract
