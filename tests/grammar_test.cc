// The Grammar (src/grammar.h): every table it holds, by name, none empty;
// a period pattern that does not compile is a Status, not an exception; and
// Extractor::Create leaves nothing to build for the first page
// (first_page_test.cc checks that from the allocations).
#include "grammar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "html/portal_table.h"
#include "test_grammar.h"
#include "text/utf8.h"
#include "time/periods.h"
#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

using internal::Grammar;

TEST(Grammar, ListsEveryTableAndNoneIsEmpty) {
  // Adding a table to the Grammar means adding it here and to Tables().
  const std::vector<std::string_view> expected = {"units",
                                                  "scale_words",
                                                  "denominators",
                                                  "qualifiers",
                                                  "kind_cues",
                                                  "comparators",
                                                  "label_trims",
                                                  "currency_prefixes",
                                                  "traps",
                                                  "fixed_quantities",
                                                  "cues_by_role",
                                                  "trim_tails",
                                                  "trim_heads",
                                                  "qualifiers_before",
                                                  "exceeds",
                                                  "short_comparators",
                                                  "number_words",
                                                  "period_patterns",
                                                  "period_literals",
                                                  "layouts",
                                                  "layout_selectors",
                                                  "char_table_blocks",
                                                  "concepts",
                                                  "concept_names",
                                                  "concept_modifiers",
                                                  "concept_words",
                                                  "provinces",
                                                  "regions",
                                                  "place_patterns",
                                                  "place_words"};
  const auto tables = testing::TestGrammar().Tables();
  std::vector<std::string_view> names;
  for (const auto& [name, size] : tables) {
    names.push_back(name);
    std::cout << "  " << name << ": " << size << "\n";
    EXPECT_GT(size, 0u) << name;
  }
  EXPECT_EQ(names, expected);
}

TEST(Grammar, IndexesHoldEveryEntryOfTheirKind) {
  const Grammar& g = testing::TestGrammar();
  std::size_t cues = 0;
  for (const auto& v : g.cues_by_role) cues += v.size();
  EXPECT_EQ(cues, g.kind_cues.size());
  std::size_t tails = 0, heads = 0, trims = 0;
  for (const auto& v : g.trim_tails) tails += v.size();
  for (const auto& v : g.trim_heads) heads += v.size();
  EXPECT_EQ(tails + heads, g.label_trims.size());
  for (const indicators::TrimEntry& t : g.label_trims) trims += !t.word.empty();
  EXPECT_EQ(trims, g.label_trims.size());
  EXPECT_EQ(g.layouts.size(), html::portal::kLayouts.size());  // the portal table's rows
}

TEST(Grammar, CreateFillsTheCharacterTable) {
  ASSERT_TRUE(Extractor::Create().ok());
  const std::size_t filled = text::CharTableBlocksFilled();
  EXPECT_EQ(filled, text::FillCharTables());  // (which fills what is left: nothing)
}

TEST(Grammar, APatternThatDoesNotCompileIsAnInternalStatus) {
  std::vector<time::PeriodSpec> specs(time::PeriodSpecs().begin(), time::PeriodSpecs().end());
  time::PeriodSpec bad = specs.back();
  bad.pattern = R"(năm (\d{4})";
  specs.push_back(bad);
  Result<std::unique_ptr<const Grammar>> g = Status(StatusCode::kInternal, "unset");
  EXPECT_NO_THROW(g = Grammar::Build(specs));
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kInternal);
  EXPECT_NE(g.status().message().find(R"(năm (\d{4})"), std::string::npos) << g.status().message();
  EXPECT_NE(g.status().message().find("does not compile"), std::string::npos)
      << g.status().message();
}

TEST(Grammar, APatternWithNoPrefilterIsAnInternalStatus) {
  // A match may start with any character: nothing for the scan to look for
  // (periods.cc threw std::logic_error for a start list it could not hold
  // before; the starts are now derived from the pattern).
  const time::PeriodSpec spec[] = {{"any", R"(.(\d))", time::PeriodSpecs()[0].resolve}};
  Result<time::PeriodFinder> f = Status(StatusCode::kInternal, "unset");
  EXPECT_NO_THROW(f = time::PeriodFinder::Build(spec));
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kInternal);
  EXPECT_NE(f.status().message().find(R"(.(\d))"), std::string::npos) << f.status().message();
  EXPECT_NE(f.status().message().find("\"any\""), std::string::npos) << f.status().message();
  EXPECT_TRUE(time::PeriodFinder::Build(time::PeriodSpecs()).ok());
}

// Forms the rules name: count_named_after keeps a crop's season by the form
// "crop_season" (rules.cc kCropSeason); renaming the form must fail here.
TEST(Grammar, TheFormsTheRulesNameExist) {
  EXPECT_TRUE(std::ranges::any_of(time::PeriodSpecs(), [](const time::PeriodSpec& spec) {
    return spec.name == "crop_season";
  }));
}

TEST(Grammar, AFormWithNoResolverIsAnInternalStatus) {
  const time::PeriodSpec spec[] = {{"unresolved", R"(năm (\d{4}))", nullptr}};
  const Result<time::PeriodFinder> f = time::PeriodFinder::Build(spec);
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("no resolver"), std::string::npos) << f.status().message();
}

}  // namespace
}  // namespace vnextract
