// The context stage (issue 20, src/context/): the vocabulary's and the
// gazetteer's corpora (src/context/corpus/*.tsv, every line), the gazetteer's
// facts (the provinces before and after the 2025 reorganisation), the word
// keys, and every indicator of every page fixture and of the seed page read
// by hand: its concept, its area and whether it restates another.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "context/concepts.h"
#include "context/places.h"
#include "context/tokens.h"
#include "test_corpus.h"
#include "test_files.h"
#include "test_grammar.h"
#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

using internal::Grammar;

using testing::CorpusLine;

std::vector<CorpusLine> ReadCorpus(const std::string& name) {
  return testing::ReadCorpusFile("src/context/corpus/" + name);
}

Extractor& SharedExtractor() {
  static Extractor* extractor = new Extractor(std::move(*Extractor::Create()));
  return *extractor;
}

std::optional<Kind> KindOf(std::string_view name) {
  for (Kind k : {Kind::kActual, Kind::kEstimate, Kind::kTarget, Kind::kChange, Kind::kRatio}) {
    if (KindName(k) == name) return k;
  }
  return std::nullopt;
}

// ---- the vocabulary ----------------------------------------------------------

TEST(ContextCorpus, ConceptsLineByLine) {
  const Grammar& g = testing::TestGrammar();
  const std::vector<CorpusLine> lines = ReadCorpus("concepts.tsv");
  ASSERT_GT(lines.size(), 300u);
  std::set<std::string> covered;
  int fire = 0, quiet = 0;
  for (const CorpusLine& c : lines) {
    SCOPED_TRACE("concepts.tsv:" + std::to_string(c.number));
    ASSERT_GE(c.fields.size(), 5u);
    const std::optional<Kind> kind = KindOf(c.fields[2]);
    ASSERT_TRUE(kind) << c.fields[2];
    context::FigureFacts facts;
    facts.label = c.fields[0];
    facts.unit = c.fields[1];
    facts.kind = *kind;
    if (c.fields[3] != "-") facts.compare_to = c.fields[3];
    // The sentence, when given, frames the label: its phrases, and the
    // concepts of the figures before the label (as the extractor reads them).
    context::FrameContext frame;
    std::string folded;
    std::vector<context::Token> tokens;
    std::vector<std::uint32_t> ids;
    if (c.fields.size() > 5) {
      context::FoldKey(c.fields[5], &folded);
      context::Tokenize(folded, &tokens);
      g.concepts.WordIds(tokens, &ids);
      frame.sentence_ids = ids;
      const std::size_t at = c.fields[5].find(c.fields[0]);
      const std::size_t figure_begin = at == std::string::npos ? c.fields[5].size() : at;
      const auto doc = SharedExtractor().ExtractText(c.fields[5], "", Date{2023, 12, 31});
      ASSERT_TRUE(doc.ok());
      for (const Indicator& i : doc->indicators) {
        if (i.span.begin >= figure_begin) break;
        frame.previous.push_back(i.concept_id ? g.concepts.Find(*i.concept_id) : -1);
      }
    }
    const int got = g.concepts.Match(facts, frame, g.places);
    const std::string name = got < 0 ? "-" : std::string(g.concepts.at(got).entry.id);
    EXPECT_EQ(name, c.fields[4]) << c.fields[0] << " (" << c.fields[1] << ", " << c.fields[2]
                                 << ")";
    if (c.fields[4] == "-") {
      ++quiet;
    } else {
      ++fire;
      covered.insert(c.fields[4]);
    }
  }
  // Every concept of the vocabulary has a line that fires.
  for (std::size_t k = 0; k < g.concepts.size(); ++k) {
    const std::string id(g.concepts.at(static_cast<int>(k)).entry.id);
    EXPECT_TRUE(covered.count(id)) << id << " has no line in concepts.tsv";
  }
  std::cout << "  concepts.tsv: " << fire << " lines that fire, " << quiet << " that must not\n";
  EXPECT_GT(quiet, 40);
}

TEST(Vocabulary, HoldsTheIssuesConceptsInThirteenGroups) {
  const Grammar& g = testing::TestGrammar();
  EXPECT_GE(g.concepts.size(), 120u);
  std::set<context::Group> groups;
  std::set<std::string> ids;
  for (std::size_t k = 0; k < g.concepts.size(); ++k) {
    const context::Vocabulary::Concept& c = g.concepts.at(static_cast<int>(k));
    groups.insert(c.entry.group);
    EXPECT_TRUE(ids.insert(std::string(c.entry.id)).second) << "twice: " << c.entry.id;
    EXPECT_FALSE(c.entry.display.empty()) << c.entry.id;
    EXPECT_FALSE(c.entry.names.empty() && c.entry.subnames.empty()) << c.entry.id;
    EXPECT_TRUE(c.families != 0 || !c.units.empty()) << c.entry.id;
    if (c.entry.relation != context::Relation::kOwn) {
      EXPECT_GE(c.base, 0) << c.entry.id;
    }
    for (const context::Vocabulary::Frame& f : c.frames) {
      EXPECT_TRUE(f.target >= 0 || !f.phrase.empty()) << c.entry.id << ": a frame names no concept";
    }
  }
  EXPECT_EQ(groups.size(), 13u);
  for (const char* id : {"grdp",
                         "grdp_growth",
                         "grdp_per_capita",
                         "economic_structure_share",
                         "cpi",
                         "iip",
                         "retail_sales",
                         "export_value",
                         "import_value",
                         "budget_revenue",
                         "budget_revenue_domestic",
                         "budget_spending",
                         "public_investment_disbursement",
                         "fdi_registered_capital",
                         "fdi_projects",
                         "new_enterprises",
                         "new_enterprises_capital",
                         "industrial_zone_occupancy",
                         "tourist_arrivals",
                         "tourism_revenue",
                         "rice_area",
                         "rice_yield",
                         "rice_output",
                         "livestock_herd",
                         "forest_planted_area",
                         "timber_output",
                         "new_rural_communes",
                         "ocop_products",
                         "jobs_created",
                         "poverty_rate",
                         "credit_outstanding"}) {
    EXPECT_GE(g.concepts.Find(id), 0) << id;
  }
}

// Names and modifiers are written the way they are matched: lower case,
// NFC, tone marks placed the new way (a name that FoldKey changes would
// never match).
TEST(Vocabulary, TablesAreWrittenAsTheyAreMatched) {
  for (const context::ConceptEntry& e : context::ConceptEntries()) {
    for (std::string_view list : {e.names, e.subnames}) {
      std::string folded;
      context::FoldKey(list, &folded);
      EXPECT_EQ(folded, list) << e.id;
    }
  }
  for (std::string_view m : context::ModifierEntries()) {
    std::string folded;
    context::FoldKey(m, &folded);
    EXPECT_EQ(folded, m);
  }
}

TEST(Tokens, FoldKeyMovesOldToneMarksAndKeepsOffsets) {
  for (const auto& [in, out] : std::vector<std::pair<std::string, std::string>>{
           {"Thanh Hoá", "thanh hóa"},
           {"thuỷ sản", "thủy sản"},
           {"KHOẺ", "khỏe"},
           {"hoà bình", "hòa bình"},
           {"quý I", "quý i"},  // qu is one consonant
           {"quỹ", "quỹ"},
           {"hoàn thành", "hoàn thành"},  // not the end of the syllable
           {"Uỷ ban", "ủy ban"}}) {
    std::string folded;
    context::FoldKey(in, &folded);
    EXPECT_EQ(folded, out) << in;
    EXPECT_EQ(folded.size(), in.size()) << in;
  }
  EXPECT_EQ(context::TokenKey("nông, lâm nghiệp và thủy sản"),
            context::TokenKey("nông , lâm nghiệp và thuỷ sản"));
  EXPECT_EQ(context::TokenKey("công nghiệp–xây dựng"), "công nghiệp - xây dựng");
  EXPECT_EQ(context::TokenKey("đạt 1.500,5 tỷ"), "đạt 1.500,5 tỷ");
}

// The word map of the vocabulary and the gazetteer: ids dense in the order
// keys came, every key found (by text, and by a token with or without its
// hash), nothing else found, through many regrowths. Keys that share a
// prefix, a length or their first letters with others, and strings that are
// not keys but sit next to them, are where a probe could stop short or go
// wrong.
TEST(Tokens, TheWordMapFindsEveryKeyAndNothingElse) {
  context::TokenMap map;
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("t" + std::to_string(i * 7));
  for (std::string w : {"tỷ", "tấn", "tăng", "tháng", "thủy sản", "", "a", "ă", "â"}) {
    keys.push_back(w);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    ASSERT_EQ(map.Intern(keys[i]), i) << keys[i];
    ASSERT_EQ(map.size(), i + 1);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(map.Intern(keys[i]), i) << keys[i];  // a second time: the same id
    EXPECT_EQ(map.Find(keys[i]), i) << keys[i];
    context::Token token;
    token.text = keys[i];
    EXPECT_EQ(map.Find(token), i) << keys[i];  // its hash computed
    token.hash = context::TokenMap::Hash(keys[i]);
    EXPECT_EQ(map.Find(token), i) << keys[i];  // its hash given
  }
  EXPECT_EQ(map.size(), keys.size());
  for (int i = 0; i < 5000; ++i) {
    for (std::string other : {"t" + std::to_string(i * 7 + 1), "t" + std::to_string(i * 7) + " ",
                              "T" + std::to_string(i * 7)}) {
      EXPECT_EQ(map.Find(other), context::TokenMap::kMissing) << other;
    }
  }
  for (std::string other : {"tỉ", "tấ", "tăng trưởng", "thủy", "b"}) {
    EXPECT_EQ(map.Find(other), context::TokenMap::kMissing) << other;
  }
  EXPECT_EQ(context::TokenMap().Find("tỷ"), context::TokenMap::kMissing);  // an empty map
}

// ---- the gazetteer -----------------------------------------------------------

TEST(Gazetteer, ProvincesBeforeAndAfterTheReorganisation) {
  const context::Places& places = testing::TestGrammar().places;
  auto in_force = [&](const Date& day) {
    std::vector<std::string> names;
    for (std::size_t k = 0; k < places.provinces(); ++k) {
      const context::Places::Province& p = places.province(static_cast<int>(k));
      auto before = [](const Date& a, const Date& b) {
        return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
      };
      if (p.from && before(day, *p.from)) continue;
      if (p.to && before(*p.to, day)) continue;
      names.push_back(p.area);
    }
    return names;
  };
  EXPECT_EQ(in_force(Date{2024, 6, 30}).size(), 63u);
  EXPECT_EQ(in_force(Date{2025, 7, 1}).size(), 34u);
  const std::vector<std::string> after = in_force(Date{2025, 7, 1});
  for (const char* name :
       {"Thành phố Hà Nội",  "Thành phố Huế",       "tỉnh Lai Châu",         "tỉnh Điện Biên",
        "tỉnh Sơn La",       "tỉnh Lạng Sơn",       "tỉnh Quảng Ninh",       "tỉnh Thanh Hóa",
        "tỉnh Nghệ An",      "tỉnh Hà Tĩnh",        "tỉnh Cao Bằng",         "tỉnh Tuyên Quang",
        "tỉnh Lào Cai",      "tỉnh Thái Nguyên",    "tỉnh Phú Thọ",          "tỉnh Bắc Ninh",
        "tỉnh Hưng Yên",     "Thành phố Hải Phòng", "tỉnh Ninh Bình",        "tỉnh Quảng Trị",
        "Thành phố Đà Nẵng", "tỉnh Quảng Ngãi",     "tỉnh Gia Lai",          "tỉnh Khánh Hòa",
        "tỉnh Lâm Đồng",     "tỉnh Đắk Lắk",        "Thành phố Hồ Chí Minh", "tỉnh Đồng Nai",
        "tỉnh Tây Ninh",     "Thành phố Cần Thơ",   "tỉnh Vĩnh Long",        "tỉnh Đồng Tháp",
        "tỉnh Cà Mau",       "tỉnh An Giang"}) {
    EXPECT_NE(std::find(after.begin(), after.end(), name), after.end()) << name;
  }
  // Merged provinces go to the unit that took them over.
  auto index_of = [&](std::string_view name) {
    for (std::size_t k = 0; k < places.provinces(); ++k) {
      if (places.province(static_cast<int>(k)).entry.name == name) return static_cast<int>(k);
    }
    return -1;
  };
  for (const auto& [from, to] : std::vector<std::pair<const char*, const char*>>{
           {"Bắc Kạn", "Thái Nguyên"},    {"Hà Giang", "Tuyên Quang"},
           {"Yên Bái", "Lào Cai"},        {"Vĩnh Phúc", "Phú Thọ"},
           {"Hòa Bình", "Phú Thọ"},       {"Bắc Giang", "Bắc Ninh"},
           {"Thái Bình", "Hưng Yên"},     {"Hải Dương", "Hải Phòng"},
           {"Hà Nam", "Ninh Bình"},       {"Nam Định", "Ninh Bình"},
           {"Quảng Bình", "Quảng Trị"},   {"Quảng Nam", "Đà Nẵng"},
           {"Kon Tum", "Quảng Ngãi"},     {"Bình Định", "Gia Lai"},
           {"Ninh Thuận", "Khánh Hòa"},   {"Đắk Nông", "Lâm Đồng"},
           {"Bình Thuận", "Lâm Đồng"},    {"Phú Yên", "Đắk Lắk"},
           {"Bình Dương", "Hồ Chí Minh"}, {"Bà Rịa - Vũng Tàu", "Hồ Chí Minh"},
           {"Bình Phước", "Đồng Nai"},    {"Long An", "Tây Ninh"},
           {"Sóc Trăng", "Cần Thơ"},      {"Hậu Giang", "Cần Thơ"},
           {"Bến Tre", "Vĩnh Long"},      {"Trà Vinh", "Vĩnh Long"},
           {"Tiền Giang", "Đồng Tháp"},   {"Bạc Liêu", "Cà Mau"},
           {"Kiên Giang", "An Giang"},    {"Thừa Thiên Huế", "Huế"}}) {
    const int a = index_of(from), b = index_of(to);
    ASSERT_GE(a, 0) << from;
    EXPECT_EQ(places.InForce(a, Date{2025, 7, 1}), b) << from;
    EXPECT_EQ(places.InForce(a, Date{2024, 12, 30}), a) << from;
  }
}

// A one-line text dump read end to end: the area of one figure.
TEST(ContextCorpus, PlacesLineByLine) {
  const std::vector<CorpusLine> lines = ReadCorpus("places.tsv");
  ASSERT_GT(lines.size(), 50u);
  for (const CorpusLine& c : lines) {
    SCOPED_TRACE("places.tsv:" + std::to_string(c.number));
    ASSERT_EQ(c.fields.size(), 5u);
    const auto doc = SharedExtractor().ExtractText(c.fields[1], "", Date::Parse(c.fields[0]));
    ASSERT_TRUE(doc.ok());
    const Indicator* found = nullptr;
    for (const Indicator& i : doc->indicators) {
      if (i.surface == c.fields[2]) found = &i;
    }
    ASSERT_NE(found, nullptr) << c.fields[1] << ": no figure " << c.fields[2];
    EXPECT_EQ(found->area.value_or("-"), c.fields[3]) << c.fields[1];
    EXPECT_EQ(found->area_level.value_or("-"), c.fields[4]) << c.fields[1];
  }
}

// ---- pages, read by hand -------------------------------------------------------

struct Expected {
  const char* surface;
  const char* concept_id;  // nullptr: none
  const char* area;        // nullptr: none
  const char* level;
  int restates = -1;
  const char* todo = nullptr;  // a known gap: checked softly
};

struct PageExpectation {
  const char* file;
  std::vector<Expected> indicators;
};

constexpr const char* kBK = "tỉnh Bắc Kạn";
constexpr const char* kCB = "tỉnh Cao Bằng";
constexpr const char* kP = "province";
constexpr const char* kVN = "cả nước";
constexpr const char* kN = "national";

const std::vector<PageExpectation>& Pages() {
  static const std::vector<PageExpectation> pages = {
      {"data/seed/seed-page.html",
       {
           {"1.500 tỷ đồng", "grdp", "KCN Thanh Bình", "industrial_zone", 10},
           {"64.000 m3", "plywood_output", "KCN Thanh Bình", "industrial_zone", 2},
           {"64.000 m3", "plywood_output", "KCN Thanh Bình", "industrial_zone"},
           {"352 tấn", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"2.900 tấn", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"410 tấn", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"13.500.000 sản phẩm", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"664 tỷ đồng", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"14,9 triệu USD", "export_value", "KCN Thanh Bình", "industrial_zone"},
           {"1.200 lao động", "jobs_created", "KCN Thanh Bình", "industrial_zone"},
           {"1.500 tỷ đồng", "grdp", "KCN Thanh Bình", "industrial_zone"},
           {"30 triệu USD", "trade_value", "KCN Thanh Bình", "industrial_zone"},
           {"30 tỷ đồng", "budget_contribution", "KCN Thanh Bình", "industrial_zone"},
           {"1.500 lao động", "jobs_created", "KCN Thanh Bình", "industrial_zone"},
           {"2,6 tỷ đồng", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"100%", nullptr, "KCN Thanh Bình", "industrial_zone"},
       }},
      {"data/seed/000_af0604fd0860093f.txt",
       {
           {"1.500 tỷ đồng", "grdp", "KCN Thanh Bình", "industrial_zone", 10},
           {"64.000 m3", "plywood_output", "KCN Thanh Bình", "industrial_zone", 2},
           {"64.000 m3", "plywood_output", "KCN Thanh Bình", "industrial_zone"},
           {"352 tấn", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"2.900 tấn", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"410 tấn", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"13.500.000 sản phẩm", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"664 tỷ đồng", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"14,9 triệu USD", "export_value", "KCN Thanh Bình", "industrial_zone"},
           {"1.200 lao động", "jobs_created", "KCN Thanh Bình", "industrial_zone"},
           {"1.500 tỷ đồng", "grdp", "KCN Thanh Bình", "industrial_zone"},
           {"30 triệu USD", "trade_value", "KCN Thanh Bình", "industrial_zone"},
           {"30 tỷ đồng", "budget_contribution", "KCN Thanh Bình", "industrial_zone"},
           {"1.500 lao động", "jobs_created", "KCN Thanh Bình", "industrial_zone"},
           {"2,6 tỷ đồng", nullptr, "KCN Thanh Bình", "industrial_zone"},
           {"100%", nullptr, "KCN Thanh Bình", "industrial_zone"},
       }},
      {"tests/data/bantin_viewdata_sp2010.html",
       {
           {"125,4 triệu USD", "export_value", nullptr, nullptr, 1},
           {"125,4 triệu USD", "export_value", nullptr, nullptr},
           {"12,5%", "export_growth", nullptr, nullptr},
           {"52,3%", nullptr, nullptr, nullptr},
           {"23,1 triệu USD", "export_value", nullptr, nullptr},
           {"41,2 triệu USD", "export_wood", nullptr, nullptr, -1,
            "concept: the export frame is in the sentence before (\"Trong 6 tháng đầu năm, gỗ "
            "và sản phẩm gỗ ước đạt\")"},
           {"8,6 triệu USD", nullptr, nullptr, nullptr},
           {"30 triệu USD", "export_textiles", nullptr, nullptr, -1,
            "concept: the export frame is in the sentence before"},
           {"240 triệu USD", "export_value", nullptr, nullptr},
           {"10%", "export_growth", nullptr, nullptr},
       }},
      {"tests/data/pages/generic_visible_date.html",
       {
           {"312 triệu USD", "export_value", "tỉnh Bình Phước", kP, 1},
           {"312 triệu USD", "export_value", "tỉnh Bình Phước", kP},
           {"11,2%", "export_growth", "tỉnh Bình Phước", kP},
           {"148,5 triệu USD", "import_value", "tỉnh Bình Phước", kP},
           {"21.450 tỷ đồng", "retail_sales", "tỉnh Bình Phước", kP},
       }},
      {"tests/data/pages/generic_wordpress.html",
       {
           {"2.150 tỷ đồng", "budget_revenue", "huyện Tân Phú", "district", 1},
           {"2.150 tỷ đồng", "budget_revenue", "huyện Tân Phú", "district"},
           {"27,4%", nullptr, "huyện Tân Phú", "district"},
           {"5,8%", "budget_revenue_growth", "huyện Tân Phú", "district"},
           {"1.870 tỷ đồng", "budget_revenue_domestic", "huyện Tân Phú", "district"},
           {"412 tỷ đồng", "budget_revenue_soe", "huyện Tân Phú", "district"},
           {"960 tỷ đồng", "budget_spending", "huyện Tân Phú", "district"},
       }},
      {"tests/data/pages/ministry_mic.html",
       {
           {"67.500 tỷ đồng", "telecom_revenue", kVN, kN, 1},
           {"67.500 tỷ đồng", "telecom_revenue", kVN, kN},
           {"3,1%", "telecom_revenue_growth", kVN, kN},
           {"21.300 tỷ đồng", nullptr, kVN, kN},  // of telecom firms: a part, not the total
           {"18.400 tỷ đồng", nullptr, kVN, kN},
           {"142.000 tỷ đồng", "telecom_revenue", kVN, kN},
       }},
      {"tests/data/pages/ministry_vjst.html",
       {
           // The page names its department, never its province.
           {"28.640 tỷ đồng", "industrial_output_value", nullptr, nullptr, 6},
           {"1,8%", "iip", nullptr, nullptr},
           {"9,6%", "iip", nullptr, nullptr},
           {"8,7%", "iip", nullptr, nullptr},
           {"10,2%", "iip_manufacturing", nullptr, nullptr},
           {"0,39%", "iip_electricity", nullptr, nullptr},
           {"28.640 tỷ đồng", "industrial_output_value", nullptr, nullptr},
           {"56,1%", nullptr, nullptr, nullptr},
       }},
      {"tests/data/pages/news_chinhphu.html",
       {
           {"6,5 tỷ USD", "export_seafood", kVN, kN, 1},
           {"6,5 tỷ USD", "export_seafood", kVN, kN},
           {"34%", nullptr, kVN, kN},
           {"2,6 tỷ USD", nullptr, kVN, kN},
           {"950 triệu USD", "export_seafood", kVN, kN},
           {"15%", nullptr, kVN, kN},
           {"1,8 tỷ USD", nullptr, kVN, kN},
           {"640 triệu USD", nullptr, kVN, kN},
           {"10 tỷ USD", "export_seafood", kVN, kN, -1,
            "concept: \"ngành thủy sản phấn đấu kim ngạch xuất khẩu\": the sector is named "
            "before the label, which alone reads as all exports"},
       }},
      {"tests/data/pages/news_conflict.html",
       {
           {"10,1 triệu USD", "export_value", kBK, kP},
           {"6,3%", "export_growth", kBK, kP},
           {"28,3 triệu USD", "export_value", kBK, kP},
           {"95,6 triệu USD", "export_value", kCB, kP, -1,
            "concept: the linker cuts the label at \"Bằng\" (read as \"bằng\", a ratio cue)"},
       }},
      {"tests/data/pages/nfd_bnews.html",
       {
           {"24,4 tỷ USD", "export_value", kVN, kN, 2,
            "area: the page names its source (Tổng cục Hải quan) in one sentence only"},
           {"48 tỷ USD", "trade_value", kVN, kN, -1, "area: as above"},
           {"24,4 tỷ USD", "export_value", kVN, kN},
           {"50,5%", "export_growth", kVN, kN},
           {"23,6 tỷ USD", "import_value", kVN, kN, -1, "area: as above"},
       }},
      {"tests/data/pages/portal_cao_bang.html",
       {
           {"95,6 triệu USD", "export_value", kCB, kP, 1},
           {"95,6 triệu USD", "export_value", kCB, kP},
           {"28,1 triệu USD", "export_value", kCB, kP},
           {"31,4 triệu USD", "export_value", kCB, kP},
           {"36,1 triệu USD", "export_value", kCB, kP},
           {"42 triệu USD", "border_trade_value", "cửa khẩu Trà Lĩnh", "other"},
       }},
      {"tests/data/pages/portal_export_q1.html",
       {
           {"8,2 triệu USD", "export_value", kBK, kP, 1},
           {"8,2 triệu USD", "export_value", kBK, kP},
           {"6,5%", "export_growth", kBK, kP},
           {"3,1 triệu USD", "import_value", kBK, kP},
           {"2.140 tỷ đồng", "retail_sales", kBK, kP},
           {"79,3 tỷ USD", "export_value", kVN, kN},
       }},
      {"tests/data/pages/portal_export_q2.html",
       {
           {"17,9 triệu USD", "export_value", kBK, kP, 1},
           {"17,9 triệu USD", "export_value", kBK, kP},
           {"7,2%", "export_growth", kBK, kP},
           {"9,7 triệu USD", "export_value", kBK, kP},
           {"61 xã", "new_rural_communes", kBK, kP},
       }},
      {"tests/data/pages/portal_export_q3.html",
       {
           {"10,4 triệu USD", "export_value", kBK, kP, 1},
           {"10,4 triệu USD", "export_value", kBK, kP},
           {"9,5%", "export_growth", kBK, kP},
           {"28,3 triệu USD", "export_value", kBK, kP},
           {"75,5%", nullptr, kBK, kP},
           {"185 tỷ đồng", "industrial_output_value", "KCN Thanh Bình", "industrial_zone"},
       }},
      {"tests/data/pages/sp2013_page_fields.html",
       {
           // The page names its department, never its province.
           {"185.600 tấn", "grain_output", nullptr, nullptr, 1},
           {"185.600 tấn", "grain_output", nullptr, nullptr},
           {"2,3%", "grain_output_growth", nullptr, nullptr},
           {"81,5%", nullptr, nullptr, nullptr},
           {"4.120 ha", "forest_planted_area", nullptr, nullptr},
           {"96.500 m3", "timber_output", nullptr, nullptr},
           {"3.240 tỷ đồng", "agriculture_output_value", nullptr, nullptr},
           {"228.000 tấn", "grain_output", nullptr, nullptr},
       }},
      {"tests/data/pages/table_report.html",
       {
           {"6.180 tỷ đồng", "industrial_output_value", nullptr, nullptr},
           {"8,5%", "industrial_output_growth", nullptr, nullptr},
           {"12.500", "industrial_output_value", nullptr, nullptr},
           {"6.180", "industrial_output_value", nullptr, nullptr},
           {"108,5", nullptr, nullptr, nullptr},
           {"49,4", nullptr, nullptr, nullptr},
           {"240", "export_value", nullptr, nullptr},
           {"125,4", "export_value", nullptr, nullptr},
           {"112,5", nullptr, nullptr, nullptr},
           {"52,3", nullptr, nullptr, nullptr},
           {"18.000", "retail_sales", nullptr, nullptr},
           {"9.350", "retail_sales", nullptr, nullptr},
           {"110,2", nullptr, nullptr, nullptr},
           {"51,9", nullptr, nullptr, nullptr},
           {"450", "new_enterprises", nullptr, nullptr},
           {"238", "new_enterprises", nullptr, nullptr},
           {"52,9", nullptr, nullptr, nullptr},
       }},
      {"tests/data/pages/windows1258.html",
       {
           {"1.250 tỷ đồng", "investment_registered_capital", nullptr, nullptr},
           {"2.830 tỷ đồng", "industrial_output_value", nullptr, nullptr},
           {"7,5%", "industrial_output_growth", nullptr, nullptr},
           {"186 tỷ đồng", "budget_contribution", nullptr, nullptr},
           {"9.800 lao động", "jobs_created", nullptr, nullptr},
       }},
  };
  return pages;
}

class ContextPages : public ::testing::TestWithParam<PageExpectation> {};

TEST_P(ContextPages, EveryIndicatorAsReadByHand) {
  const PageExpectation& page = GetParam();
  const std::string file = page.file;
  const std::string bytes = testing::ReadSourceFile(file);
  const auto doc = file.ends_with(".txt") ? SharedExtractor().ExtractText(bytes, file)
                                          : SharedExtractor().ExtractHtml(bytes, file);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->indicators.size(), page.indicators.size()) << ToPrettyJson(*doc);
  for (std::size_t k = 0; k < page.indicators.size(); ++k) {
    const Expected& e = page.indicators[k];
    const Indicator& got = doc->indicators[k];
    SCOPED_TRACE(file + " indicator " + std::to_string(k) + ": " + e.surface);
    ASSERT_EQ(got.surface, e.surface);
    // Restatements are never soft: found where there is one, none invented.
    EXPECT_EQ(got.restates ? static_cast<int>(*got.restates) : -1, e.restates);
    const bool same = got.concept_id.value_or("") == (e.concept_id ? e.concept_id : "") &&
                      got.area.value_or("") == (e.area ? e.area : "") &&
                      got.area_level.value_or("") == (e.level ? e.level : "");
    if (e.todo != nullptr) {
      if (!same) {
        std::cout << "[ TODO     ] " << file << " " << e.surface << ": got "
                  << got.concept_id.value_or("null") << " / " << got.area.value_or("null") << " ("
                  << e.todo << ")\n";
      }
      continue;
    }
    EXPECT_EQ(got.concept_id.value_or(""), e.concept_id ? e.concept_id : "");
    EXPECT_EQ(got.area.value_or(""), e.area ? e.area : "");
    EXPECT_EQ(got.area_level.value_or(""), e.level ? e.level : "");
    if (got.concept_id) {
      EXPECT_TRUE(got.concept_label && !got.concept_label->empty());
    } else {
      EXPECT_FALSE(got.concept_label);
    }
  }
}

void PrintTo(const PageExpectation& p, std::ostream* os) { *os << p.file; }

INSTANTIATE_TEST_SUITE_P(Fixtures, ContextPages, ::testing::ValuesIn(Pages()),
                         [](const ::testing::TestParamInfo<PageExpectation>& param) {
                           std::string name = std::filesystem::path(param.param.file).stem();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

// A page names its own province only in its chrome (og:site_name, a logo,
// the <title>): "toàn tỉnh" is that province.
TEST(ContextPages, TheSiteNameSaysWhichProvince) {
  const std::string page =
      "<html><head><title>Tin tức - Cổng thông tin điện tử tỉnh Lạng Sơn</title></head><body>"
      "<h1 class=\"entry-title\">Tin kinh tế</h1><div class=\"entry-content\"><p>Năm 2023, "
      "toàn tỉnh có 45 doanh nghiệp thành lập mới.</p><p>Năm 2023, tổng thu ngân sách trên "
      "địa bàn đạt 7.200 tỷ đồng.</p></div></body></html>";
  const auto doc = SharedExtractor().ExtractHtml(page);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->indicators.size(), 2u) << ToPrettyJson(*doc);
  for (const Indicator& i : doc->indicators) {
    EXPECT_EQ(i.area.value_or(""), "tỉnh Lạng Sơn") << i.surface;
    EXPECT_EQ(i.area_level.value_or(""), "province");
  }
  // Published after 1 July 2025, the portal of a merged province speaks
  // for the province that took it over.
  const auto later = SharedExtractor().ExtractHtml(
      "<html><head><meta property=\"og:site_name\" content=\"Cổng thông tin điện tử tỉnh Bắc "
      "Kạn\"></head><body><h1 class=\"entry-title\">Tin</h1><div class=\"entry-content\"><p>"
      "Năm 2025, toàn tỉnh có 45 doanh nghiệp thành lập mới.</p></div></body></html>",
      "", Date{2025, 9, 1});
  ASSERT_TRUE(later.ok());
  ASSERT_EQ(later->indicators.size(), 1u);
  EXPECT_EQ(later->indicators[0].area.value_or(""), "tỉnh Thái Nguyên");
}

}  // namespace
}  // namespace vnextract
