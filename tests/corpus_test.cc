// Runs every line of every corpus beside the rules (src/*/corpus/*.tsv), the
// way Duckling checks Corpus.hs against Rules.hs: adding a word to a lexicon
// is one line there and one line here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) out.push_back(field);
  return out;
}

struct CorpusLine {
  std::string file;
  int number = 0;
  std::vector<std::string> fields;
};

std::vector<CorpusLine> ReadCorpus(const std::string& name_filter, bool want) {
  std::vector<CorpusLine> out;
  for (const char* dir : {"src/numbers/corpus", "src/indicators/corpus"}) {
    const fs::path root = fs::path(VNEXTRACT_SOURCE_DIR) / dir;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(root)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) {
      if (path.extension() != ".tsv") continue;
      if ((path.filename().string() == name_filter) != want) continue;
      std::ifstream in(path);
      std::string line;
      int n = 0;
      while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line[0] == '#') continue;
        out.push_back({path.filename().string(), n, SplitTabs(line)});
      }
    }
  }
  return out;
}

std::string Where(const CorpusLine& c) { return c.file + ":" + std::to_string(c.number); }

Extractor& SharedExtractor() {
  static Extractor* extractor = new Extractor(std::move(*Extractor::Create()));
  return *extractor;
}

// Test names: "units_tsv_20" for units.tsv line 20.
std::string CaseName(const ::testing::TestParamInfo<CorpusLine>& param_info) {
  std::string name = param_info.param.file + "_" + std::to_string(param_info.param.number);
  for (char& ch : name) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
      ch = '_';
    }
  }
  return name;
}

void PrintTo(const CorpusLine& c, std::ostream* os) { *os << Where(c) << ": " << c.fields[0]; }

class QuantityCorpus : public ::testing::TestWithParam<CorpusLine> {};

TEST_P(QuantityCorpus, Line) {
  const CorpusLine& c = GetParam();
  const std::vector<Quantity> found = SharedExtractor().FindQuantities(c.fields[0]).value();
  if (c.fields.size() == 2 && c.fields[1] == "-") {
    EXPECT_TRUE(found.empty()) << "found " << (found.empty() ? "" : found[0].surface);
    return;
  }
  // text, value, unit, qualifier, surface [, unit_text [, value_of]]: "-" for
  // an empty unit or unit_text and for no value_of.
  ASSERT_TRUE(c.fields.size() >= 5 && c.fields.size() <= 7) << "malformed corpus line";
  ASSERT_EQ(found.size(), 1u);
  const Quantity& q = found[0];
  const std::string& value = c.fields[1];
  if (const std::size_t dots = value.find(".."); dots != std::string::npos) {
    ASSERT_TRUE(q.value_min && q.value_max);
    EXPECT_DOUBLE_EQ(*q.value_min, std::stod(value.substr(0, dots)));
    EXPECT_DOUBLE_EQ(*q.value_max, std::stod(value.substr(dots + 2)));
    EXPECT_FALSE(q.value);
  } else {
    ASSERT_TRUE(q.value);
    EXPECT_DOUBLE_EQ(*q.value, std::stod(value));
  }
  EXPECT_EQ(q.unit.empty() ? std::string("-") : q.unit, c.fields[2]);
  EXPECT_EQ(QualifierName(q.qualifier), c.fields[3]);
  EXPECT_EQ(q.surface, c.fields[4]);
  EXPECT_EQ(c.fields[0].substr(q.span.begin, q.span.end - q.span.begin), q.surface);
  if (c.fields.size() >= 6) {
    EXPECT_EQ(q.unit_text.empty() ? std::string("-") : q.unit_text, c.fields[5]);
  }
  if (c.fields.size() >= 7) {
    if (c.fields[6] == "-") {
      EXPECT_FALSE(q.value_of);
    } else {
      ASSERT_TRUE(q.value_of);
      EXPECT_DOUBLE_EQ(*q.value_of, std::stod(c.fields[6]));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, QuantityCorpus,
                         ::testing::ValuesIn(ReadCorpus("indicators.tsv", false)), CaseName);

class IndicatorCorpus : public ::testing::TestWithParam<CorpusLine> {};

TEST_P(IndicatorCorpus, Line) {
  const CorpusLine& c = GetParam();
  ASSERT_EQ(c.fields.size(), 7u) << "malformed corpus line";
  const auto published = Date::Parse(c.fields[0]);
  ASSERT_TRUE(published);
  auto doc = SharedExtractor().ExtractText(c.fields[1], "corpus", published);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const auto index = static_cast<std::size_t>(std::stoi(c.fields[2]));
  ASSERT_LT(index, doc->indicators.size());
  const Indicator& ind = doc->indicators[index];
  EXPECT_EQ(ind.label, c.fields[3]);
  EXPECT_EQ(KindName(ind.kind), c.fields[4]);
  EXPECT_EQ(ind.period.value_or("-"), c.fields[5]);
  EXPECT_EQ(ind.compare_to.value_or("-"), c.fields[6]);
}

INSTANTIATE_TEST_SUITE_P(Corpus, IndicatorCorpus,
                         ::testing::ValuesIn(ReadCorpus("indicators.tsv", true)), CaseName);

// The corpora are as large as issue 3 asks: 300 positive and 100 negative
// quantity lines at least.
TEST(CorpusSize, AtLeast300PositiveAnd100NegativeLines) {
  std::size_t positive = 0, negative = 0;
  for (const CorpusLine& c : ReadCorpus("indicators.tsv", false)) {
    (c.fields.size() == 2 ? negative : positive) += 1;
  }
  EXPECT_GE(positive, 300u);
  EXPECT_GE(negative, 100u);
}

}  // namespace
}  // namespace vnextract
