// The corpora of the named rules, run as named tests (test names
// "periods_tsv_12" for line 12 of time/corpus/periods.tsv): every line says
// which rule it shows, whether the rule fires there, and what comes out.
// Every rule of every table has at least one line where it fires and one
// where it does not.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "indicators/label.h"
#include "indicators/linker.h"
#include "indicators/rules.h"
#include "test_corpus.h"
#include "test_grammar.h"
#include "text/sentences.h"
#include "text/utf8.h"
#include "time/periods.h"
#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

namespace fs = std::filesystem;
using testing::CorpusLine;

std::vector<CorpusLine> ReadLines(const char* path) { return testing::ReadCorpusFile(path); }

std::optional<Date> Published(const std::string& field) {
  if (field == "-") return std::nullopt;
  return Date::Parse(field);
}

// ---- periods -------------------------------------------------------------

const char kPeriods[] = "src/time/corpus/periods.tsv";

std::string Render(const std::vector<time::PeriodMatch>& matches) {
  if (matches.empty()) return "-";
  std::string out;
  for (const time::PeriodMatch& m : matches) {
    if (!out.empty()) out += "; ";
    out += m.period.value_or("null");
    if (m.point) out += "@" + *m.point;
    if (m.comparator) out += " cmp";
  }
  return out;
}

class PeriodCorpus : public ::testing::TestWithParam<CorpusLine> {};

TEST_P(PeriodCorpus, Line) {
  const CorpusLine& c = GetParam();
  ASSERT_EQ(c.fields.size(), 5u) << "malformed line";
  const std::string& form = c.fields[0];
  const bool fires = c.fields[1] == "+";
  ASSERT_TRUE(fires || c.fields[1] == "-");
  const time::PeriodFinder& finder = testing::TestGrammar().periods;
  const std::string folded = text::FoldCaseKeepOffsets(c.fields[3]);
  const std::vector<time::PeriodMatch> found = finder.Find(folded, Published(c.fields[2]));
  EXPECT_EQ(Render(found), c.fields[4]);
  bool fired = false;
  for (const time::PeriodMatch& m : found) fired |= finder.FormName(m.form) == form;
  EXPECT_EQ(fired, fires) << form << (fires ? " does not match" : " matches");
}

INSTANTIATE_TEST_SUITE_P(Corpus, PeriodCorpus, ::testing::ValuesIn(ReadLines(kPeriods)),
                         testing::CorpusCaseName);

TEST(PeriodCorpusCoverage, EveryFormMatchesAndFailsSomewhere) {
  const time::PeriodFinder& finder = testing::TestGrammar().periods;
  std::map<std::string, std::set<std::string>> seen;
  for (const CorpusLine& c : ReadLines(kPeriods)) seen[c.fields[0]].insert(c.fields[1]);
  for (std::size_t f = 0; f < finder.patterns(); ++f) {
    const std::string name(finder.FormName(f));
    EXPECT_TRUE(seen[name].contains("+")) << name << " has no line where it matches";
    EXPECT_TRUE(seen[name].contains("-")) << name << " has no line where it does not";
  }
  for (const auto& [name, signs] : seen) {
    bool known = false;
    for (std::size_t f = 0; f < finder.patterns(); ++f) known |= finder.FormName(f) == name;
    EXPECT_TRUE(known) << "no period form is named " << name;
  }
}

// Where each form is looked for is derived from its pattern: shown here (the
// test log is where to read them) and checked for the finder's rules.
TEST(PeriodForms, PrefiltersAreDerived) {
  const time::PeriodFinder& finder = testing::TestGrammar().periods;
  for (std::size_t f = 0; f < finder.patterns(); ++f) {
    std::string starts;
    for (const std::string& s : finder.Starts(f)) starts += " [" + s + "]";
    std::cout << "  " << finder.FormName(f) << ":" << starts;
    if (!finder.Near(f).empty()) std::cout << " near [" << finder.Near(f) << "]";
    std::cout << "\n";
    EXPECT_FALSE(finder.Starts(f).empty());
  }
  EXPECT_LE(finder.literals(), 128u);
}

// ---- kinds, comparators, labels -----------------------------------------

// Columns: rule, + (fires for the figure) or -, publication date, text (one
// block: a period carries between its sentences), the figure (index of the
// indicator, or "drop" for a figure that is no indicator), then the value,
// label, kind, period and compare_to it must have ("-" for null).
const char* const kRuleCorpora[] = {"src/indicators/corpus/rules/kinds.tsv",
                                    "src/indicators/corpus/rules/comparators.tsv",
                                    "src/indicators/corpus/rules/labels.tsv"};

std::vector<CorpusLine> RuleLines() {
  std::vector<CorpusLine> out;
  for (const char* path : kRuleCorpora) {
    for (CorpusLine& c : ReadLines(path)) out.push_back(std::move(c));
  }
  return out;
}

struct Linked {
  std::vector<Indicator> indicators;
  indicators::LinkTrace trace;
};

Linked Link(const std::string& text, std::optional<Date> published) {
  Linked out;
  indicators::LinkContext context;
  context.published = published;
  for (const text::Range& r : text::SplitSentences(text)) {
    const std::string_view sentence = std::string_view(text).substr(r.begin, r.end - r.begin);
    for (Indicator& ind : indicators::LinkSentence(testing::TestGrammar(), sentence, Section::kBody,
                                                   context, &out.trace)) {
      out.indicators.push_back(std::move(ind));
    }
  }
  return out;
}

std::string Fired(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) out.append(out.empty() ? "" : ", ").append(n);
  return "[" + out + "]";
}

class RuleCorpus : public ::testing::TestWithParam<CorpusLine> {};

TEST_P(RuleCorpus, Line) {
  const CorpusLine& c = GetParam();
  ASSERT_EQ(c.fields.size(), 10u) << "malformed line";
  const std::string& rule = c.fields[0];
  const bool fires = c.fields[1] == "+";
  ASSERT_TRUE(fires || c.fields[1] == "-");
  const Linked linked = Link(c.fields[3], Published(c.fields[2]));
  if (c.fields[4] == "drop") {
    const auto& d = linked.trace.dropped;
    EXPECT_EQ(std::ranges::find(d, rule) != d.end(), fires) << Fired(d);
    return;
  }
  const auto index = static_cast<std::size_t>(std::stoi(c.fields[4]));
  ASSERT_LT(index, linked.indicators.size());
  const Indicator& ind = linked.indicators[index];
  const std::vector<std::string_view>& fired = linked.trace.rules[index];
  EXPECT_EQ(std::ranges::find(fired, rule) != fired.end(), fires) << Fired(fired);
  ASSERT_TRUE(ind.value || c.fields[5] == "-");
  if (ind.value) {
    EXPECT_DOUBLE_EQ(*ind.value, std::stod(c.fields[5]));
  }
  EXPECT_EQ(ind.label, c.fields[6]);
  EXPECT_EQ(KindName(ind.kind), c.fields[7]);
  EXPECT_EQ(ind.period.value_or("-"), c.fields[8]);
  EXPECT_EQ(ind.compare_to.value_or("-"), c.fields[9]);
}

INSTANTIATE_TEST_SUITE_P(Corpus, RuleCorpus, ::testing::ValuesIn(RuleLines()),
                         testing::CorpusCaseName);

TEST(RuleCorpusCoverage, EveryRuleFiresAndDoesNotSomewhere) {
  std::map<std::string, std::set<std::string>> seen;
  for (const CorpusLine& c : RuleLines()) seen[c.fields[0]].insert(c.fields[1]);
  std::vector<std::string_view> names = indicators::AllRuleNames();
  for (std::string_view n : indicators::LabelPassNames()) names.push_back(n);
  std::set<std::string> known;
  for (std::string_view n : names) {
    const std::string name(n);
    known.insert(name);
    EXPECT_TRUE(seen[name].contains("+")) << name << " has no line where it fires";
    EXPECT_TRUE(seen[name].contains("-")) << name << " has no line where it does not";
  }
  for (const auto& [name, signs] : seen) EXPECT_TRUE(known.contains(name)) << "no rule " << name;
}

}  // namespace
}  // namespace vnextract
