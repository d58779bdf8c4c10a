// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Google Benchmark programs for the extraction pipeline, on the bundled seed
// article (data/seed/). Run from the build tree:
//
//   bench/bench_extract --benchmark_min_time=0.2
//
// The data directory is compiled in (VNEXTRACT_DATA_DIR); the environment
// variable of the same name overrides it, e.g. for an installed binary.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vnextract/vnextract.h"

#ifndef VNEXTRACT_DATA_DIR
#error "VNEXTRACT_DATA_DIR must be defined (see bench/CMakeLists.txt)"
#endif

namespace {

// The body sentence of the seed article that carries eight quantities, copied
// verbatim from data/seed/000_af0604fd0860093f.txt.
constexpr std::string_view kSeedSentence =
    "Trong 6 tháng đầu năm, sản lượng gỗ dán đạt hơn 64.000 m3; "
    "thực phẩm chế biến từ mơ, gừng, kiệu, rau cải đạt hơn 352 tấn; "
    "bột đá thạch anh 2.900 tấn; "
    "chiết nạp gas gần 410 tấn; "
    "đồ gỗ dùng một lần (dao, thìa, dĩa gỗ) đạt 13.500.000 sản phẩm; "
    "tổng doanh thu hơn 664 tỷ đồng; "
    "giá trị xuất khẩu hơn 14,9 triệu USD; "
    "tạo việc làm cho hơn 1.200 lao động trong khu vực.";

std::string DataPath(std::string_view relative) {
  const char* env = std::getenv("VNEXTRACT_DATA_DIR");
  std::string path = (env != nullptr && *env != '\0') ? env : VNEXTRACT_DATA_DIR;
  path += '/';
  path += relative;
  return path;
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(contents).str();
}

// Reads `relative` under the data directory, or marks the benchmark as
// skipped with a message naming the file.
std::optional<std::string> ReadDataOrSkip(benchmark::State& state, std::string_view relative) {
  const std::string path = DataPath(relative);
  std::optional<std::string> contents = ReadFile(path);
  if (!contents) {
    const std::string message = "cannot read " + path;
    state.SkipWithError(message.c_str());
  }
  return contents;
}

// One Extractor for the whole process, created before any timed loop: it is
// immutable and thread-safe, and creating it compiles the lexicons.
const vnextract::Result<vnextract::Extractor>& SharedExtractor() {
  static const vnextract::Result<vnextract::Extractor> extractor = vnextract::Extractor::Create();
  return extractor;
}

const vnextract::Extractor* ExtractorOrSkip(benchmark::State& state) {
  const vnextract::Result<vnextract::Extractor>& extractor = SharedExtractor();
  if (!extractor.ok()) {
    const std::string message = "Extractor::Create failed: " + extractor.status().ToString();
    state.SkipWithError(message.c_str());
    return nullptr;
  }
  return &extractor.value();
}

void SkipWithStatus(benchmark::State& state, std::string_view what,
                    const vnextract::Status& status) {
  const std::string message = std::string(what) + " failed: " + status.ToString();
  state.SkipWithError(message.c_str());
}

// bytes/s, pages/s (items) and the "pages_per_s" rate counter for a benchmark
// that processes one page of `page_bytes` bytes per iteration.
void ReportPages(benchmark::State& state, std::size_t page_bytes, std::size_t indicators) {
  const int64_t iterations = static_cast<int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<int64_t>(page_bytes));
  state.SetItemsProcessed(iterations);
  state.counters["pages_per_s"] =
      benchmark::Counter(static_cast<double>(iterations), benchmark::Counter::kIsRate);
  state.counters["indicators"] = benchmark::Counter(static_cast<double>(indicators));
}

// The whole pipeline on the seed page: HTML parse, SharePoint block finding,
// sentences, quantities, linking.
void BM_ExtractHtmlSeed(benchmark::State& state) {
  const vnextract::Extractor* extractor = ExtractorOrSkip(state);
  if (extractor == nullptr) return;
  const std::optional<std::string> html = ReadDataOrSkip(state, "seed/seed-page.html");
  if (!html) return;
  std::size_t indicators = 0;
  for (auto _ : state) {
    vnextract::Result<vnextract::Document> doc =
        extractor->ExtractHtml(*html, "data/seed/seed-page.html");
    if (!doc.ok()) {
      SkipWithStatus(state, "ExtractHtml", doc.status());
      break;
    }
    indicators = doc->indicators.size();
    benchmark::DoNotOptimize(doc);
  }
  ReportPages(state, html->size(), indicators);
}
BENCHMARK(BM_ExtractHtmlSeed);

// The same article from its plain-text dump (no HTML parsing).
void BM_ExtractTextSeed(benchmark::State& state) {
  const vnextract::Extractor* extractor = ExtractorOrSkip(state);
  if (extractor == nullptr) return;
  const std::optional<std::string> text = ReadDataOrSkip(state, "seed/000_af0604fd0860093f.txt");
  if (!text) return;
  std::size_t indicators = 0;
  for (auto _ : state) {
    vnextract::Result<vnextract::Document> doc =
        extractor->ExtractText(*text, "data/seed/000_af0604fd0860093f.txt");
    if (!doc.ok()) {
      SkipWithStatus(state, "ExtractText", doc.status());
      break;
    }
    indicators = doc->indicators.size();
    benchmark::DoNotOptimize(doc);
  }
  ReportPages(state, text->size(), indicators);
}
BENCHMARK(BM_ExtractTextSeed);

// Quantity finding alone on one dense sentence; items are quantities found.
void BM_FindQuantities(benchmark::State& state) {
  const vnextract::Extractor* extractor = ExtractorOrSkip(state);
  if (extractor == nullptr) return;
  std::size_t found = 0;
  for (auto _ : state) {
    std::vector<vnextract::Quantity> quantities = extractor->FindQuantities(kSeedSentence).value();
    found = quantities.size();
    benchmark::DoNotOptimize(quantities);
  }
  const int64_t iterations = static_cast<int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<int64_t>(kSeedSentence.size()));
  state.SetItemsProcessed(iterations * static_cast<int64_t>(found));
  state.counters["quantities"] = benchmark::Counter(static_cast<double>(found));
}
BENCHMARK(BM_FindQuantities);

// FindQuantities must stay linear in the input (issue 3): the seed sentence
// repeated to 16 KB .. 1 MB, and adversarial inputs of the same sizes (digits
// only; dots only). Google Benchmark fits the complexity; compare the
// per-byte times within one run, not across machines.
std::string Repeat(std::string_view unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out.append(unit);
  return out;
}

template <typename MakeInput>
void RunScaling(benchmark::State& state, MakeInput make) {
  const vnextract::Extractor* extractor = ExtractorOrSkip(state);
  if (extractor == nullptr) return;
  const std::string input = make(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    std::vector<vnextract::Quantity> quantities = extractor->FindQuantities(input).value();
    benchmark::DoNotOptimize(quantities);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.size()));
  state.SetComplexityN(state.range(0));
}

void BM_FindQuantitiesArticle(benchmark::State& state) {
  RunScaling(state, [](std::size_t n) { return Repeat(std::string(kSeedSentence) + " ", n); });
}
BENCHMARK(BM_FindQuantitiesArticle)->RangeMultiplier(4)->Range(16 << 10, 1 << 20)->Complexity();

void BM_FindQuantitiesDigits(benchmark::State& state) {
  RunScaling(state, [](std::size_t n) { return std::string(n, '7'); });
}
BENCHMARK(BM_FindQuantitiesDigits)->RangeMultiplier(4)->Range(16 << 10, 1 << 20)->Complexity();

void BM_FindQuantitiesDots(benchmark::State& state) {
  RunScaling(state, [](std::size_t n) { return Repeat("1.", n); });
}
BENCHMARK(BM_FindQuantitiesDots)->RangeMultiplier(4)->Range(16 << 10, 1 << 20)->Complexity();

// JSON serialisation of the seed page's document; bytes are JSON bytes written.
void BM_ToJson(benchmark::State& state) {
  const vnextract::Extractor* extractor = ExtractorOrSkip(state);
  if (extractor == nullptr) return;
  const std::optional<std::string> html = ReadDataOrSkip(state, "seed/seed-page.html");
  if (!html) return;
  const vnextract::Result<vnextract::Document> doc =
      extractor->ExtractHtml(*html, "data/seed/seed-page.html");
  if (!doc.ok()) {
    SkipWithStatus(state, "ExtractHtml", doc.status());
    return;
  }
  std::size_t json_bytes = 0;
  for (auto _ : state) {
    std::string json = vnextract::ToJson(*doc);
    json_bytes = json.size();
    benchmark::DoNotOptimize(json);
  }
  const int64_t iterations = static_cast<int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<int64_t>(json_bytes));
  state.SetItemsProcessed(iterations);
}
BENCHMARK(BM_ToJson);

}  // namespace
