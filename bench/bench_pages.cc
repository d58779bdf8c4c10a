// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Google Benchmark suites over the generated portal corpus
// (page_generator.h): every stage of the pipeline, end to end, and the peak
// memory of one page in flight. Recognised pages (SharePoint BanTin, read
// from the toolbar-through-view-data region) and generic ones (the whole
// page minus script/style bodies and __VIEWSTATE) are measured apart.
//
//   bench/bench_pages --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// VNEXTRACT_BENCH_PAGES sets the corpus size (default 1000 pages, as
// gen_pages and compare_python.py use), VNEXTRACT_BENCH_SEED its seed.
// Each iteration handles one page, cycling through the corpus; items are
// pages, so items_per_second is pages/s.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar.h"
#include "html/blocks.h"
#include "html/gumbo_tree.h"
#include "html/html.h"
#include "html/page.h"
#include "html/prepass.h"
#include "indicators/linker.h"
#include "indicators/quantities.h"
#include "page_generator.h"
#include "text/decode.h"
#include "text/sentences.h"
#include "text/utf8.h"
#include "vnextract/vnextract.h"

// Heap accounting for BM_PeakMemoryPerPage: every operator new/delete of the
// process goes through these (one relaxed atomic each; off unless counting).
namespace {
std::atomic<bool> g_counting{false};
std::atomic<std::int64_t> g_live{0};
std::atomic<std::int64_t> g_peak{0};

void Count(std::int64_t delta) {
  const std::int64_t now = g_live.fetch_add(delta, std::memory_order_relaxed) + delta;
  std::int64_t peak = g_peak.load(std::memory_order_relaxed);
  while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

// A block counts as what malloc gave it (malloc_usable_size), on the way in
// and out: no header of our own, so that while nothing is counted the
// allocator behaves, and costs, as it does without this file (a 16-byte size
// header moved every block up a size class and was ~1% of a page's
// instructions in every benchmark).
void* CountedNew(std::size_t n) {
  void* raw = std::malloc(n == 0 ? 1 : n);
  if (raw == nullptr) throw std::bad_alloc();
  if (g_counting.load(std::memory_order_relaxed)) {
    Count(static_cast<std::int64_t>(malloc_usable_size(raw)));
  }
  return raw;
}

void CountedDelete(void* p) {
  if (p == nullptr) return;
  if (g_counting.load(std::memory_order_relaxed)) {
    Count(-static_cast<std::int64_t>(malloc_usable_size(p)));
  }
  std::free(p);
}
}  // namespace

void* operator new(std::size_t n) { return CountedNew(n); }
void* operator new[](std::size_t n) { return CountedNew(n); }
void operator delete(void* p) noexcept { CountedDelete(p); }
void operator delete[](void* p) noexcept { CountedDelete(p); }
void operator delete(void* p, std::size_t) noexcept { CountedDelete(p); }
void operator delete[](void* p, std::size_t) noexcept { CountedDelete(p); }

namespace {

using vnextract_bench::GeneratedPage;

struct Corpus {
  std::vector<GeneratedPage> recognised;
  std::vector<GeneratedPage> generic;
};

std::size_t EnvSize(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') return fallback;
  return static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
}

const Corpus& TheCorpus() {
  static const Corpus corpus = [] {
    vnextract_bench::CorpusOptions options;
    options.pages = std::max<std::size_t>(EnvSize("VNEXTRACT_BENCH_PAGES", 1000), 5);
    options.seed = EnvSize("VNEXTRACT_BENCH_SEED", options.seed);
    Corpus c;
    for (GeneratedPage& p : vnextract_bench::GenerateCorpus(options)) {
      (vnextract_bench::IsRecognised(p.kind) ? c.recognised : c.generic).push_back(std::move(p));
    }
    return c;
  }();
  return corpus;
}

const std::vector<GeneratedPage>& Pages(const benchmark::State& state) {
  return state.range(0) == 0 ? TheCorpus().recognised : TheCorpus().generic;
}

// The grammar the stage suites pass down (the Extractor holds its own).
const vnextract::internal::Grammar& TheGrammar() {
  static const std::unique_ptr<const vnextract::internal::Grammar> grammar = [] {
    auto g = vnextract::internal::Grammar::Build();
    if (!g.ok()) std::abort();
    return std::move(*g);
  }();
  return *grammar;
}

const vnextract::Extractor& TheExtractor() {
  static const vnextract::Result<vnextract::Extractor> e = vnextract::Extractor::Create();
  if (!e.ok()) std::abort();
  return *e;
}

void Report(benchmark::State& state, std::size_t bytes) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetLabel(state.range(0) == 0 ? "recognised" : "generic");
}

// Adds the two page sets as the argument (0 recognised, 1 generic).
void BothSets(benchmark::internal::Benchmark* b) { b->Arg(0)->Arg(1); }

// ---- stages ---------------------------------------------------------------

void BM_Decode(benchmark::State& state) {
  const auto& pages = Pages(state);
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const GeneratedPage& p = pages[i++ % pages.size()];
    auto decoded = vnextract::text::DecodePage(p.html);
    benchmark::DoNotOptimize(decoded);
    bytes += p.html.size();
  }
  Report(state, bytes);
}
BENCHMARK(BM_Decode)->Apply(BothSets);

// The byte-level pre-pass: raw scan, region search, the buffer Gumbo gets
// (cuts made, text runs replaced by placeholders).
void BM_Prepass(benchmark::State& state) {
  const auto& pages = Pages(state);
  std::size_t i = 0, bytes = 0, regions = 0;
  for (auto _ : state) {
    const GeneratedPage& p = pages[i++ % pages.size()];
    const vnextract::html::RawScan raw = vnextract::html::ScanRaw(p.html);
    const auto region = vnextract::html::FindBanTinRegion(p.html, raw);
    vnextract::html::ParseInput in =
        region ? vnextract::html::MakeParseInput(p.html, raw.cuts, region->bytes.begin,
                                                 region->bytes.end, &raw.texts)
               : vnextract::html::MakeParseInput(p.html, raw.cuts, 0, p.html.size(), &raw.texts);
    if (region) ++regions;
    benchmark::DoNotOptimize(in);
    bytes += p.html.size();
  }
  Report(state, bytes);
  state.counters["region_share"] = static_cast<double>(regions) / static_cast<double>(i);
}
BENCHMARK(BM_Prepass)->Apply(BothSets);

// What Gumbo is given after the pre-pass (the region, or the page with its
// unread bytes cut), and its size.
struct Prepared {
  vnextract::html::RawScan raw;
  std::optional<vnextract::html::BanTinRegion> region;
  vnextract::html::ParseInput in;
};

Prepared Prepare(std::string_view html) {
  Prepared p;
  p.raw = vnextract::html::ScanRaw(html);
  p.region = vnextract::html::FindBanTinRegion(html, p.raw);
  p.in = p.region ? vnextract::html::MakeParseInput(html, p.raw.cuts, p.region->bytes.begin,
                                                    p.region->bytes.end, &p.raw.texts)
                  : vnextract::html::MakeParseInput(html, p.raw.cuts, 0, html.size(), &p.raw.texts);
  return p;
}

// Gumbo on what the pre-pass leaves, and the text put back
// (GumboTree::RestoreText). Bytes are page bytes (the rate compares with
// BM_ParseWholePage); parsed_kb is what Gumbo really read.
void BM_Parse(benchmark::State& state) {
  const auto& pages = Pages(state);
  const std::size_t n = std::min<std::size_t>(pages.size(), 100);
  std::vector<Prepared> prepared;
  std::size_t parsed = 0;
  for (std::size_t k = 0; k < n; ++k) {
    prepared.push_back(Prepare(pages[k].html));
    parsed += prepared.back().in.text().size();
  }
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % n;
    vnextract::html::GumboTree tree(prepared[k].in.text());
    if (!tree.RestoreText(pages[k].html, prepared[k].in.placeholders)) {
      state.SkipWithError("RestoreText refused a generated page");
    }
    benchmark::DoNotOptimize(tree.root());
    bytes += pages[k].html.size();
  }
  Report(state, bytes);
  state.counters["parsed_kb"] = static_cast<double>(parsed) / static_cast<double>(n) / 1024.0;
}
BENCHMARK(BM_Parse)->Apply(BothSets);

// The whole page through Gumbo (the plain path), for reference.
void BM_ParseWholePage(benchmark::State& state) {
  const auto& pages = Pages(state);
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const GeneratedPage& p = pages[i++ % pages.size()];
    vnextract::html::GumboTree tree(p.html);
    benchmark::DoNotOptimize(tree.root());
    bytes += p.html.size();
  }
  Report(state, bytes);
}
BENCHMARK(BM_ParseWholePage)->Apply(BothSets);

// Parsed trees, kept for the stages after the parse.
struct Parsed {
  Prepared prepared;
  std::unique_ptr<vnextract::html::GumboTree> tree;
};

std::vector<Parsed> ParseSome(const std::vector<GeneratedPage>& pages, std::size_t n) {
  std::vector<Parsed> out(std::min(n, pages.size()));
  for (std::size_t k = 0; k < out.size(); ++k) {
    out[k].prepared = Prepare(pages[k].html);
    out[k].tree = std::make_unique<vnextract::html::GumboTree>(out[k].prepared.in.text());
    if (!out[k].tree->RestoreText(pages[k].html, out[k].prepared.in.placeholders)) std::abort();
    out[k].tree->SetPageMap(out[k].prepared.in.map);
  }
  return out;
}

// From a parsed tree to blocks, as ReadHtml does after its parse.
vnextract::html::Blocks BlocksOf(const Parsed& p, const std::string& html) {
  using namespace vnextract::html;
  PageLines lines;
  if (p.prepared.region) {
    PageScan scan = ScanPage(p.tree->root());
    scan.hidden = RawHiddenRules(html, p.prepared.raw);
    ReadBanTin(*p.tree, scan, lines);
  } else {
    lines = ReadTree(*p.tree, TheGrammar().layouts);
  }
  return FindBlocks(std::move(lines));
}

void BM_Blocks(benchmark::State& state) {
  const auto& pages = Pages(state);
  const std::vector<Parsed> parsed = ParseSome(pages, 50);
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % parsed.size();
    vnextract::html::Blocks b = BlocksOf(parsed[k], pages[k].html);
    benchmark::DoNotOptimize(b);
    bytes += pages[k].html.size();
  }
  Report(state, bytes);
}
BENCHMARK(BM_Blocks)->Apply(BothSets);

// The article's runs (title, lead, captions, paragraphs) of some pages.
struct Article {
  vnextract::html::Blocks blocks;
  std::vector<const vnextract::text::TextRun*> runs;
  std::vector<std::string_view> sentences;
  std::vector<std::string> folded;
  std::size_t text_bytes = 0;
};

std::vector<Article> Articles(const std::vector<GeneratedPage>& pages) {
  const std::vector<Parsed> parsed = ParseSome(pages, 50);
  std::vector<Article> out(parsed.size());
  for (std::size_t k = 0; k < parsed.size(); ++k) {
    Article& a = out[k];
    a.blocks = BlocksOf(parsed[k], pages[k].html);
    if (a.blocks.title) a.runs.push_back(&*a.blocks.title);
    if (a.blocks.lead) a.runs.push_back(&*a.blocks.lead);
    for (const auto& r : a.blocks.captions) a.runs.push_back(&r);
    for (const auto& r : a.blocks.paragraphs) a.runs.push_back(&r);
    for (const auto* r : a.runs) {
      a.text_bytes += r->text.size();
      for (const auto& s : vnextract::text::SplitSentences(r->text)) {
        a.sentences.push_back(std::string_view(r->text).substr(s.begin, s.end - s.begin));
        a.folded.push_back(vnextract::text::FoldCaseKeepOffsets(a.sentences.back()));
      }
    }
  }
  return out;
}

// Sentences and case folding of the article text.
void BM_Text(benchmark::State& state) {
  const std::vector<Article> articles = Articles(Pages(state));
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const Article& a = articles[i++ % articles.size()];
    for (const auto* r : a.runs) {
      for (const auto& s : vnextract::text::SplitSentences(r->text)) {
        std::string f = vnextract::text::FoldCaseKeepOffsets(
            std::string_view(r->text).substr(s.begin, s.end - s.begin));
        benchmark::DoNotOptimize(f);
      }
    }
    bytes += a.text_bytes;
  }
  Report(state, bytes);
}
BENCHMARK(BM_Text)->Apply(BothSets);

void BM_Quantities(benchmark::State& state) {
  const std::vector<Article> articles = Articles(Pages(state));
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const Article& a = articles[i++ % articles.size()];
    for (std::size_t s = 0; s < a.sentences.size(); ++s) {
      auto q = vnextract::indicators::FindQuantitiesIn(TheGrammar(), a.sentences[s], a.folded[s]);
      benchmark::DoNotOptimize(q);
    }
    bytes += a.text_bytes;
  }
  Report(state, bytes);
}
BENCHMARK(BM_Quantities)->Apply(BothSets);

// Linking (labels, periods, kinds; it finds the quantities itself), as
// Extractor::ExtractHtml calls it for every sentence.
void BM_Indicators(benchmark::State& state) {
  const std::vector<Article> articles = Articles(Pages(state));
  std::size_t i = 0, bytes = 0, found = 0;
  for (auto _ : state) {
    const Article& a = articles[i++ % articles.size()];
    vnextract::indicators::LinkContext context;
    context.published = a.blocks.published;
    for (std::string_view s : a.sentences) {
      auto linked =
          vnextract::indicators::LinkSentence(TheGrammar(), s, vnextract::Section::kBody, context);
      found += linked.size();
      benchmark::DoNotOptimize(linked);
    }
    bytes += a.text_bytes;
  }
  Report(state, bytes);
  state.counters["indicators_per_page"] =
      static_cast<double>(found) / static_cast<double>(std::max<std::size_t>(i, 1));
}
BENCHMARK(BM_Indicators)->Apply(BothSets);

void BM_Json(benchmark::State& state) {
  const auto& pages = Pages(state);
  std::vector<vnextract::Document> docs;
  for (std::size_t k = 0; k < std::min<std::size_t>(pages.size(), 50); ++k) {
    docs.push_back(*TheExtractor().ExtractHtml(pages[k].html, pages[k].name));
  }
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    std::string json = vnextract::ToJson(docs[i++ % docs.size()]);
    bytes += json.size();
    benchmark::DoNotOptimize(json);
  }
  Report(state, bytes);
}
BENCHMARK(BM_Json)->Apply(BothSets);

// ---- end to end -------------------------------------------------------------

// ExtractHtml and ToJson, the CLI's work per page. With two threads the
// rate is the pair's (real time).
void BM_EndToEnd(benchmark::State& state) {
  const auto& pages = Pages(state);
  const vnextract::Extractor& extractor = TheExtractor();
  std::size_t i = static_cast<std::size_t>(state.thread_index()) * 7919, bytes = 0;
  for (auto _ : state) {
    const GeneratedPage& p = pages[i++ % pages.size()];
    auto doc = extractor.ExtractHtml(p.html, p.name);
    std::string json = vnextract::ToJson(*doc);
    benchmark::DoNotOptimize(json);
    bytes += p.html.size();
  }
  Report(state, bytes);
}
BENCHMARK(BM_EndToEnd)->Apply(BothSets)->ThreadRange(1, 2)->UseRealTime();

// What ExtractHtml does up to the parsed tree — decode, raw scan, region,
// parse buffer, Gumbo, text put back — over the same pages in the same order
// as BM_EndToEnd: BM_EndToEnd/N minus BM_UpToParse/N (same run) is the work
// after the parse with the same cache behaviour (the stage suites above run
// on a few warm pages each).
void BM_UpToParse(benchmark::State& state) {
  const auto& pages = Pages(state);
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const GeneratedPage& p = pages[i++ % pages.size()];
    auto decoded = vnextract::text::DecodePage(p.html);
    const std::string_view utf8 = decoded->converted ? std::string_view(decoded->text) : p.html;
    Prepared prepared = Prepare(utf8);
    vnextract::html::GumboTree tree(prepared.in.text());
    if (!tree.RestoreText(utf8, prepared.in.placeholders)) {
      state.SkipWithError("RestoreText refused a generated page");
    }
    tree.SetPageMap(std::move(prepared.in.map));
    benchmark::DoNotOptimize(tree.root());
    bytes += p.html.size();
  }
  Report(state, bytes);
}
BENCHMARK(BM_UpToParse)->Apply(BothSets);

// The same with every page parsed whole (html::ScopedWholePageParse): the
// plain path the fast one must equal.
void BM_EndToEndWholePage(benchmark::State& state) {
  const auto& pages = Pages(state);
  const vnextract::Extractor& extractor = TheExtractor();
  vnextract::html::ScopedWholePageParse whole;
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const GeneratedPage& p = pages[i++ % pages.size()];
    auto doc = extractor.ExtractHtml(p.html, p.name);
    std::string json = vnextract::ToJson(*doc);
    benchmark::DoNotOptimize(json);
    bytes += p.html.size();
  }
  Report(state, bytes);
}
BENCHMARK(BM_EndToEndWholePage)->Apply(BothSets);

// Peak memory of one page in flight: the highest C++ heap in use during
// ExtractHtml + ToJson above what was in use before (operator new is
// counted), plus the most Gumbo held for the same page (its allocator
// counts; GumboTree::peak_bytes). Reported in KB, the maximum over the
// corpus; the timing of this benchmark means nothing.
void BM_PeakMemoryPerPage(benchmark::State& state) {
  const auto& pages = Pages(state);
  const vnextract::Extractor& extractor = TheExtractor();
  std::int64_t worst_heap = 0;
  std::size_t worst_gumbo = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const GeneratedPage& p = pages[i++ % pages.size()];
    g_live.store(0);
    g_peak.store(0);
    g_counting.store(true);
    {
      auto doc = extractor.ExtractHtml(p.html, p.name);
      std::string json = vnextract::ToJson(*doc);
      benchmark::DoNotOptimize(json);
    }
    g_counting.store(false);
    worst_heap = std::max(worst_heap, g_peak.load());
    const Prepared prepared = Prepare(p.html);
    const vnextract::html::GumboTree tree(prepared.in.text());
    worst_gumbo = std::max(worst_gumbo, tree.peak_bytes());
  }
  Report(state, 0);
  state.counters["heap_peak_kb"] = static_cast<double>(worst_heap) / 1024.0;
  state.counters["gumbo_peak_kb"] = static_cast<double>(worst_gumbo) / 1024.0;
  state.counters["page_peak_kb"] =
      static_cast<double>(worst_heap + static_cast<std::int64_t>(worst_gumbo)) / 1024.0;
}
BENCHMARK(BM_PeakMemoryPerPage)->Apply(BothSets)->Iterations(200);

}  // namespace
