// The fast path against the plain one (issue 8): every fixture page and a
// generated corpus (bench/page_generator.h, fixed seed) go through
// ExtractHtml as it runs — pre-pass, region parse or the page with unread
// bytes cut — and through a whole-page parse (html::ScopedWholePageParse),
// and the two Documents must serialise to the same JSON, byte for byte.
// Pages bent to defeat each shortcut's assumptions (markers outside the
// region, formatting left open, stray end tags, foreign content, CR LF,
// upper-case tags...) must come out the same too, and the tests check that
// the region parse is really taken where it should be, so that equality is
// not won by always falling back.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "html/html.h"
#include "html/prepass.h"
#include "page_generator.h"
#include "test_files.h"
#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

const Extractor& TheExtractor() {
  static const Result<Extractor> e = Extractor::Create();
  EXPECT_TRUE(e.ok());
  return *e;
}

std::string FastJson(const std::string& html, const std::string& name) {
  Result<Document> doc = TheExtractor().ExtractHtml(html, name);
  return doc.ok() ? ToJson(*doc) : "error: " + doc.status().ToString();
}

std::string WholeJson(const std::string& html, const std::string& name) {
  html::ScopedWholePageParse whole;
  Result<Document> doc = TheExtractor().ExtractHtml(html, name);
  return doc.ok() ? ToJson(*doc) : "error: " + doc.status().ToString();
}

// Whether ReadHtml would parse the BanTin region alone.
bool TakesRegion(const std::string& html) {
  const html::RawScan raw = html::ScanRaw(html);
  return html::FindBanTinRegion(html, raw).has_value();
}

void ExpectSame(const std::string& html, const std::string& name) {
  const std::string fast = FastJson(html, name);
  const std::string whole = WholeJson(html, name);
  ASSERT_EQ(fast.size(), whole.size()) << name;
  EXPECT_TRUE(fast == whole) << name << "\n fast: " << fast << "\nwhole: " << whole;
}

std::vector<std::string> FixturePaths() {
  namespace fs = std::filesystem;
  std::vector<std::string> out = {"data/seed/seed-page.html",
                                  "tests/data/bantin_viewdata_sp2010.html"};
  for (const auto& e :
       fs::directory_iterator(fs::path(VNEXTRACT_SOURCE_DIR) / "tests/data/pages")) {
    if (e.path().extension() == ".html") {
      out.push_back("tests/data/pages/" + e.path().filename().string());
    }
  }
  return out;
}

TEST(Differential, EveryFixtureReadsTheSame) {
  const std::vector<std::string> paths = FixturePaths();
  ASSERT_GE(paths.size(), 10u);
  for (const std::string& path : paths) {
    SCOPED_TRACE(path);
    ExpectSame(testing::ReadSourceFile(path), path);
  }
}

TEST(Differential, BanTinFixturesTakeTheRegion) {
  for (const char* path : {"data/seed/seed-page.html", "tests/data/bantin_viewdata_sp2010.html",
                           "tests/data/pages/sp2013_page_fields.html"}) {
    EXPECT_TRUE(TakesRegion(testing::ReadSourceFile(path))) << path;
  }
}

std::vector<vnextract_bench::GeneratedPage> Corpus(std::size_t pages) {
  vnextract_bench::CorpusOptions options;
  options.pages = pages;
  options.seed = 8;
  return vnextract_bench::GenerateCorpus(options);
}

TEST(Differential, GeneratedCorpusReadsTheSame) {
  std::size_t regions = 0;
  std::size_t recognised = 0;
  for (const auto& page : Corpus(50)) {
    SCOPED_TRACE(page.name);
    ExpectSame(page.html, page.name);
    if (vnextract_bench::IsRecognised(page.kind)) {
      ++recognised;
      if (TakesRegion(page.html)) ++regions;
    } else {
      EXPECT_FALSE(TakesRegion(page.html));
    }
  }
  EXPECT_EQ(recognised, 40u);
  EXPECT_EQ(regions, recognised);  // every generated BanTin page takes the shortcut
}

// Inserts `what` right after the first `after`.
std::string InsertAfter(std::string html, const std::string& after, const std::string& what) {
  const std::size_t at = html.find(after);
  EXPECT_NE(at, std::string::npos) << after;
  if (at != std::string::npos) html.insert(at + after.size(), what);
  return html;
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
    s.replace(p, from.size(), to);
  }
  return s;
}

struct Bend {
  const char* name;
  std::function<std::string(const std::string&)> apply;
  bool region;  // whether the region parse is still taken
};

const std::vector<Bend>& Bends() {
  static const std::vector<Bend> bends = {
      {"no_toolbar_marker",
       [](const std::string& h) {
         return ReplaceAll(h, "Block_BanTin_Toolbar", "Block_BanTin_Tool");
       },
       false},
      {"marker_in_a_menu",
       [](const std::string& h) {
         return InsertAfter(
             h, "<body>", "<div class=\"lien-ket\"><a href=\"#\">Block_BanTin_ViewData</a></div>");
       },
       false},
      {"second_view_data_after",
       [](const std::string& h) {
         return InsertAfter(h, "<div class=\"col-right sidebar\">",
                            "<span title=\"PublishingPortal - Block_BanTin_ViewData\" "
                            "id=\"WebPartTitleWPQ9\">x</span>"
                            "<div id=\"WebPartWPQ9\" class=\"ms-WPBody\"><p>Năm 2022, doanh thu "
                            "đạt 12 tỷ đồng.</p></div>");
       },
       false},
      {"formatting_left_open",
       [](const std::string& h) { return InsertAfter(h, "<body>", "<b><font color=\"red\">"); },
       false},
      {"stray_div_end_in_a_table",
       [](const std::string& h) {
         return InsertAfter(h, "<div class=\"ExternalClass",
                            "\"><table><tr><td></div>Bảng 1</td></tr></table></div><div "
                            "class=\"ExternalClass");
       },
       false},
      {"svg_before_the_region",
       [](const std::string& h) {
         return InsertAfter(h, "<body>", "<svg><style>.ms-WPBody{display:none}</style></svg>");
       },
       false},
      {"escaped_script",
       [](const std::string& h) {
         return InsertAfter(h, "<head>",
                            "<script><!-- document.write(\"<script>x()</script>\"); --></script>");
       },
       false},
      {"entity_in_a_title",
       [](const std::string& h) {
         return InsertAfter(
             h, "<body>",
             "<span title=\"Block_BanTin&#95;Toolbar\" id=\"WebPartTitleWPQ7\">x</span>");
       },
       false},
      {"crlf", [](const std::string& h) { return ReplaceAll(h, "\n", "\r\n"); }, true},
      {"upper_case_tags",
       [](const std::string& h) {
         return ReplaceAll(ReplaceAll(ReplaceAll(h, "<div", "<DIV"), "</div", "</DIV"), "<script",
                           "<SCRIPT");
       },
       true},
      {"end_tags_in_a_comment",
       [](const std::string& h) {
         return InsertAfter(h, "<div class=\"ExternalClass",
                            "\"><!-- </div></div> --></div><div class=\"ExternalClass");
       },
       true},
      {"marker_in_a_script",
       [](const std::string& h) {
         return InsertAfter(h, "<head>", "<script>var t = \"Block_BanTin_Toolbar\";</script>");
       },
       true},
      {"hidden_by_a_late_style",
       [](const std::string& h) {
         return InsertAfter(h, "<div class=\"chan-trang\">",
                            "<style>.ExternalClassZ, p.x, #y { display : none "
                            "}\r\n.summary{display:none}</style>");
       },
       true},
  };
  return bends;
}

TEST(Differential, BentPagesReadTheSame) {
  std::vector<vnextract_bench::GeneratedPage> pages =
      Corpus(4);  // three BanTin kinds + one generic
  for (const Bend& bend : Bends()) {
    for (const auto& page : pages) {
      if (!vnextract_bench::IsRecognised(page.kind)) continue;
      const std::string html = bend.apply(page.html);
      SCOPED_TRACE(std::string(bend.name) + " " + page.name);
      ExpectSame(html, page.name);
      EXPECT_EQ(TakesRegion(html), bend.region);
    }
  }
}

// Script and style text inside an element a reader takes whole (a <time>,
// a date line) is not its text: the pre-pass cuts those bodies, so reading
// them made the fast and the whole-page parse disagree (fuzz_differential,
// tests/fuzz/regressions/fuzz_differential/).
TEST(Differential, ScriptTextInsideADateElementIsNoDate) {
  for (const char* html : {
           "<time><script>var d = '2022-8-2';</script></time><p>Doanh thu đạt 5 tỷ đồng.</p>",
           "<div><script>x()</script>Cập nhật 2/8/2022</div><h1>Tiêu đề</h1>",
           "<div><script>/* a long script that is no part of the date line at all, "
           "longer than sixty bytes */</script>2/8/2022</div><h1>Tiêu đề</h1>",
           "<div><style>.a{color:red}</style>2/8/2022</div><h1>Tiêu đề</h1>",
       }) {
    SCOPED_TRACE(html);
    ExpectSame(html, "inline.html");
  }
  const Result<Document> doc = TheExtractor().ExtractHtml(
      "<time><script>var d = '2022-8-2';</script></time><p>Doanh thu đạt 5 tỷ đồng.</p>");
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc->published.has_value());
}

// A memory cap the whole page would pass or not: the shortcuts must not
// decide differently (the region alone needs far less).
TEST(Differential, ParseMemoryCapDecidesAsForTheWholePage) {
  Options options;
  // Gumbo holds ~40-60 KB for such a page's region, ~450 KB for all of it.
  options.max_parse_bytes = std::size_t{256} << 10;
  const Result<Extractor> capped = Extractor::Create(options);
  ASSERT_TRUE(capped.ok());
  for (const auto& page : Corpus(2)) {
    const Result<Document> fast = capped->ExtractHtml(page.html, page.name);
    Result<Document> whole = InternalError("unset");
    {
      html::ScopedWholePageParse plain;
      whole = capped->ExtractHtml(page.html, page.name);
    }
    EXPECT_FALSE(whole.ok()) << page.name << ": the cap no longer bites; lower it";
    ASSERT_EQ(fast.ok(), whole.ok()) << page.name;
    if (fast.ok()) {
      EXPECT_EQ(ToJson(*fast), ToJson(*whole)) << page.name;
    } else {
      EXPECT_EQ(fast.status().ToString(), whole.status().ToString()) << page.name;
    }
  }
}

// The late style above hides the lead: the region must read the page's
// stylesheets, not only its own.
TEST(Differential, StylesOutsideTheRegionStillHide) {
  const auto pages = Corpus(1);
  const std::string html = Bends().back().apply(pages[0].html);
  ASSERT_TRUE(TakesRegion(html));
  const Result<Document> plain = TheExtractor().ExtractHtml(pages[0].html);
  const Result<Document> hidden = TheExtractor().ExtractHtml(html);
  ASSERT_TRUE(plain.ok() && hidden.ok());
  EXPECT_NE(plain->lead, hidden->lead);
}

// MayHide decides which style rules the raw path reads at all: a rule it
// misses would show hidden text on the fast path only.
TEST(Differential, MayHideFindsDisplayNoneThroughSkippedBytes) {
  EXPECT_TRUE(html::MayHide("{display:none}"));
  EXPECT_TRUE(html::MayHide("{ color : red ; display : none !important }"));
  EXPECT_TRUE(html::MayHide("{dis\nplay\t:\xC2\xA0no ne}"));  // skipped bytes anywhere
  EXPECT_TRUE(html::MayHide("{ddisplay:none}"));
  EXPECT_TRUE(html::MayHide("display:none"));  // at both ends of the text
  EXPECT_FALSE(html::MayHide("{display:block}"));
  EXPECT_FALSE(html::MayHide("{display:nonE}"));  // case is ParseHiddenRules' business
  EXPECT_FALSE(html::MayHide("{display-none}"));
  EXPECT_FALSE(html::MayHide("{display:-none}"));
  EXPECT_FALSE(html::MayHide("{displa:none}"));
  EXPECT_FALSE(html::MayHide("{isplay:none}"));
  EXPECT_FALSE(html::MayHide("{display:non}"));
  EXPECT_FALSE(html::MayHide(""));
  EXPECT_FALSE(html::MayHide(":"));
  // Against the definition: drop the skipped bytes, then search. Strings
  // from pieces of the pattern, spaces, non-ASCII and near misses.
  const std::string pieces[] = {"d",  "display",  "isplay", ":",  "none", "no",  "ne",   " ",
                                "\n", "\xC3\xA1", "x",      "y:", "::",   "dis", "play", "n"};
  std::uint32_t seed = 12345;
  int positives = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string css;
    const int n = 1 + static_cast<int>((seed = seed * 1103515245u + 12345u) >> 16) % 10;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      css += pieces[(seed >> 16) % std::size(pieces)];
    }
    std::string kept;
    for (char c : css) {
      const auto u = static_cast<unsigned char>(c);
      if (u > 0x20 && u < 0x80) kept += c;
    }
    const bool want = kept.find("display:none") != std::string::npos;
    positives += want;
    ASSERT_EQ(html::MayHide(css), want) << css;
  }
  EXPECT_GT(positives, 20);  // the generator does reach the pattern
}

// The JSON writer (src/record/json.cc, driven by the field table) against
// a tree nlohmann builds from the structs, key by key as DESIGN.md section 2
// lists them: parsing what ToJson wrote must give that tree, and the
// indented form must be nlohmann's layout of the same tree.
using Tree = nlohmann::ordered_json;

Tree Number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  if (std::floor(*v) == *v && std::fabs(*v) < 9007199254740992.0) {
    return static_cast<std::int64_t>(*v);
  }
  return *v;
}

template <typename T>
Tree OrNull(const std::optional<T>& v) {
  return v ? Tree(*v) : Tree(nullptr);
}

void PutQuantity(Tree& j, const Quantity& q) {
  j["value"] = Number(q.value);
  if (q.qualifier == Qualifier::kRange) {
    j["value_min"] = Number(q.value_min);
    j["value_max"] = Number(q.value_max);
  }
  if (q.value_of) j["value_of"] = Number(q.value_of);
  j["unit"] = q.unit;
  j["unit_text"] = q.unit_text;
  j["qualifier"] = QualifierName(q.qualifier);
}

Tree Reference(const Quantity& q) {
  Tree j;
  PutQuantity(j, q);
  j["surface"] = q.surface;
  j["span"] = Tree::array({q.span.begin, q.span.end});
  return j;
}

Tree Reference(const Indicator& i) {
  Tree j;
  j["section"] = SectionName(i.section);
  j["label"] = i.label;
  PutQuantity(j, i);
  j["period"] = OrNull(i.period);
  j["period_basis"] = OrNull(i.period_basis);
  j["kind"] = KindName(i.kind);
  if (i.compare_to) j["compare_to"] = *i.compare_to;
  j["surface"] = i.surface;
  j["span"] = Tree::array({i.span.begin, i.span.end});
  j["sentence"] = i.sentence;
  j["concept"] = OrNull(i.concept_id);
  j["concept_label"] = OrNull(i.concept_label);
  j["area"] = OrNull(i.area);
  j["area_level"] = OrNull(i.area_level);
  j["restates"] = i.restates ? Tree(*i.restates) : Tree(nullptr);
  return j;
}

Tree Reference(const Document& d) {
  Tree j;
  j["schema_version"] = kSchemaVersion;
  j["source"] = d.source;
  j["layout"] = d.layout;
  j["published"] = d.published ? Tree(d.published->ToString()) : Tree(nullptr);
  j["published_text"] = OrNull(d.published_text);
  j["title"] = OrNull(d.title);
  j["lead"] = OrNull(d.lead);
  j["author"] = OrNull(d.author);
  j["source_outlet"] = OrNull(d.source_outlet);
  j["paragraphs"] = d.paragraphs;
  Tree inds = Tree::array();
  for (const Indicator& i : d.indicators) inds.push_back(Reference(i));
  j["indicators"] = std::move(inds);
  Tree diags = Tree::array();
  for (const Diagnostic& x : d.diagnostics) {
    diags.push_back({{"code", DiagnosticCodeName(x.code)}, {"message", x.message}});
  }
  j["diagnostics"] = std::move(diags);
  return j;
}

TEST(JsonWriter, EnumNamesNeedNoEscaping) {
  // ToJson writes these names as they are.
  std::vector<std::string_view> names;
  for (Section x :
       {Section::kTitle, Section::kLead, Section::kBody, Section::kCaption, Section::kTable}) {
    names.push_back(SectionName(x));
  }
  for (Qualifier x :
       {Qualifier::kExact, Qualifier::kMoreThan, Qualifier::kLessThan, Qualifier::kNearly,
        Qualifier::kApprox, Qualifier::kAtLeast, Qualifier::kAtMost, Qualifier::kRange}) {
    names.push_back(QualifierName(x));
  }
  for (Kind x : {Kind::kActual, Kind::kEstimate, Kind::kTarget, Kind::kChange, Kind::kRatio}) {
    names.push_back(KindName(x));
  }
  for (std::string_view n : names) {
    EXPECT_FALSE(n.empty());
    for (char c : n) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << n;
  }
}

TEST(JsonWriter, SameTreeAndLayoutAsNlohmannOnEveryFixture) {
  for (const std::string& path : FixturePaths()) {
    const Result<Document> doc = TheExtractor().ExtractHtml(testing::ReadSourceFile(path), path);
    ASSERT_TRUE(doc.ok()) << path;
    const std::string line = ToJson(*doc);
    EXPECT_EQ(Tree::parse(line), Reference(*doc)) << path;
    // The fixtures' numbers are ones nlohmann writes the same way.
    EXPECT_EQ(line, Reference(*doc).dump()) << path;
    EXPECT_EQ(ToPrettyJson(*doc), Reference(*doc).dump(2)) << path;
    EXPECT_EQ(ToPrettyJson(*doc, 4), Reference(*doc).dump(4)) << path;
    for (const Indicator& i : doc->indicators) {
      EXPECT_EQ(ToJson(i), Reference(i).dump());
      EXPECT_EQ(ToJson(static_cast<const Quantity&>(i)),
                Reference(static_cast<const Quantity&>(i)).dump());
    }
  }
}

TEST(JsonWriter, SameTreeAsNlohmannOnEdgeCases) {
  Document doc;
  doc.source = "dir/\"quoted\" \\ back\tslash\x01\x1f\x7f/trang.html";
  doc.layout = "generic";
  doc.title = "Tiêu đề\nhai dòng\r\f\b — “ngoặc” 𝔸";
  doc.paragraphs = {"", "a\u00a0b", std::string("nul\0byte", 8)};
  doc.diagnostics.push_back({DiagnosticCode::kNoDate, "message with </script> and \\u0000"});
  const double values[] = {0.1,
                           14.9,
                           -6.2,
                           1e-7,
                           1.5e20,
                           123456.789,
                           9007199254740992.0,
                           -0.0,
                           3.0,
                           1e300,
                           5e-324,
                           2.2250738585072014e-308,
                           std::numeric_limits<double>::quiet_NaN(),
                           std::numeric_limits<double>::infinity()};
  for (double v : values) {
    Indicator i;
    i.label = "nhãn";
    i.value = v;
    i.unit = "percent";
    i.period = std::nullopt;
    i.surface = "x";
    i.span = {7, 11};
    i.sentence = "câu";
    doc.indicators.push_back(i);
    i.qualifier = Qualifier::kRange;
    i.value.reset();
    i.value_min = v;
    i.value_max = v * 2;
    i.compare_to = "plan";
    doc.indicators.push_back(i);
  }
  EXPECT_EQ(Tree::parse(ToJson(doc)), Reference(doc));
  EXPECT_EQ(Tree::parse(ToPrettyJson(doc)), Reference(doc));
  for (const Indicator& i : doc.indicators) {
    EXPECT_EQ(Tree::parse(ToJson(i)), Reference(i));
  }
}

}  // namespace
}  // namespace vnextract
