// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// The pathological inputs of issue 9 at 1, 4 and 16 MiB: time per byte must
// stay flat as the size grows (linear time). bench/README.md records the
// figures. Run:
//   build/<preset>/bench/bench_pathological --benchmark_min_time=1
// and compare bytes_per_second across /1, /4 and /16 of each benchmark.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "vnextract/vnextract.h"

namespace {

const vnextract::Extractor& TheExtractor() {
  static const vnextract::Extractor extractor = [] {
    auto created = vnextract::Extractor::Create();
    if (!created.ok()) std::abort();
    return std::move(*created);
  }();
  return extractor;
}

// head + `unit` repeated + tail, at most `bytes` long.
std::string Fill(std::string_view head, std::string_view unit, std::string_view tail,
                 std::size_t bytes) {
  std::string out(head);
  out.reserve(bytes);
  while (out.size() + unit.size() + tail.size() <= bytes) out += unit;
  out += tail;
  return out;
}

constexpr std::string_view kFigure = "<p>Doanh thu đạt hơn 5 tỷ đồng.</p>";

std::string Input(std::string_view kind, std::size_t bytes) {
  if (kind == "nested_divs") return Fill("<html><body>", "<div>", kFigure, bytes);
  if (kind == "dotted_ones") return Fill("<p>", "1.", "</p>", bytes);
  if (kind == "hon_paragraphs") return Fill("", "<p>hơn</p>", kFigure, bytes);
  if (kind == "entities") return Fill("<p>", "&#7885;", "</p>", bytes);
  if (kind == "text_node") {
    return Fill("<p>", "các đơn vị tiếp tục triển khai nhiệm vụ ", "</p>", bytes);
  }
  if (kind == "attributes") return Fill("<p ", "a=1 ", ">x</p>", bytes);
  if (kind == "formatting") return Fill("", "<b x=1><i y=2><div>x</div>", kFigure, bytes);
  if (kind == "unclosed_comment") return Fill("<p>x</p><!-- ", "<p>y</p>", "", bytes);
  // Thousands of script bodies: the pre-pass cuts each out of the parse.
  if (kind == "scripts") return Fill("", "<script>x</script><p>a</p>", kFigure, bytes);
  std::abort();
}

void ExtractHtml(benchmark::State& state, std::string_view kind) {
  const std::string input = Input(kind, static_cast<std::size_t>(state.range(0)) << 20);
  for (auto _ : state) {
    auto doc = TheExtractor().ExtractHtml(input);
    if (!doc.ok()) {
      state.SkipWithError(doc.status().ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(doc->paragraphs.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(input.size()));
}

void FindQuantities(benchmark::State& state, std::string_view unit) {
  const std::string input = Fill("", unit, "", static_cast<std::size_t>(state.range(0)) << 20);
  for (auto _ : state) benchmark::DoNotOptimize(TheExtractor().FindQuantities(input)->size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(input.size()));
}

#define PATHOLOGICAL(name, fn, arg) \
  BENCHMARK_CAPTURE(fn, name, arg)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond)

PATHOLOGICAL(nested_divs, ExtractHtml, "nested_divs");
PATHOLOGICAL(dotted_ones, ExtractHtml, "dotted_ones");
PATHOLOGICAL(hon_paragraphs, ExtractHtml, "hon_paragraphs");
PATHOLOGICAL(entities, ExtractHtml, "entities");
PATHOLOGICAL(text_node, ExtractHtml, "text_node");
PATHOLOGICAL(attributes, ExtractHtml, "attributes");
PATHOLOGICAL(formatting, ExtractHtml, "formatting");
PATHOLOGICAL(unclosed_comment, ExtractHtml, "unclosed_comment");
PATHOLOGICAL(scripts, ExtractHtml, "scripts");
PATHOLOGICAL(dotted_ones, FindQuantities, "1.");
PATHOLOGICAL(hon, FindQuantities, "hơn ");

}  // namespace
