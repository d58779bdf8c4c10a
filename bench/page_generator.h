// A deterministic generator of Vietnamese government portal pages for the
// benchmarks (bench/), bench/compare_python.py (through gen_pages) and the
// differential test (tests/differential_test.cc). The pages are shaped like
// real ones (docs research notes, data/seed/seed-page.html): SharePoint
// web-part chrome, a head of inline scripts and styles and a __VIEWSTATE
// field (about half the bytes), menus, breadcrumbs, a related-news list, a
// footer, and an article of 8-15 paragraphs full of indicators, some of
// them in NFD or with numeric character references. Every fifth page uses
// an unrecognised layout (the generic reader).
//
// Same options, same bytes: on every machine and every run (own PRNG, no
// std:: distributions). Thread-compatible (no shared state).
#ifndef VNEXTRACT_BENCH_PAGE_GENERATOR_H_
#define VNEXTRACT_BENCH_PAGE_GENERATOR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace vnextract_bench {

enum class PageKind {
  kBanTin2013,    // SP2013 divs; title and lead inside the toolbar web part
  kBanTinFields,  // SP2013; title and lead as page fields between the web parts
  kBanTin2010,    // SP2010 tables; title and lead inside the view data
  kGeneric,       // a WordPress-like theme: no known layout
};

const char* PageKindName(PageKind kind);
// True for the SharePoint BanTin kinds.
bool IsRecognised(PageKind kind);

struct GeneratedPage {
  std::string name;  // "bantin-0001.html", "generic-0004.html"
  PageKind kind = PageKind::kBanTin2013;
  std::string html;
};

struct CorpusOptions {
  std::size_t pages = 1000;
  std::uint64_t seed = 20220802;
  std::size_t target_bytes = 100000;  // approximate size of each page
};

// Page `index` of the corpus: index % 5 == 4 is generic, the other four
// cycle through the BanTin kinds.
GeneratedPage GeneratePage(const CorpusOptions& options, std::size_t index);
std::vector<GeneratedPage> GenerateCorpus(const CorpusOptions& options);

}  // namespace vnextract_bench

#endif  // VNEXTRACT_BENCH_PAGE_GENERATOR_H_
