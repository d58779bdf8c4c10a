// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Every input a fuzzer ever flagged (tests/fuzz/regressions/<target>/),
// replayed through the same call and checks as its fuzz target, so the
// regular (g++, ASan) suite keeps them fixed without clang. The clang fuzz
// build replays them through the targets themselves (tests/fuzz/).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "plain/plain_checks.h"
#include "test_grammar.h"
#include "text/utf8.h"
#include "time/dates.h"
#include "vnextract/vnextract.h"

namespace vnextract {
namespace {

std::vector<std::string> Inputs(const char* target) {
  const std::filesystem::path dir =
      std::filesystem::path(VNEXTRACT_SOURCE_DIR) / "tests" / "fuzz" / "regressions" / target;
  std::vector<std::string> out;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    out.push_back(s.str());
  }
  return out;
}

const Extractor& TheExtractor() {
  static const Extractor extractor = std::move(*Extractor::Create());
  return extractor;
}

TEST(FuzzRegressions, ExtractHtml) {
  for (const std::string& input : Inputs("fuzz_extract_html")) {
    auto doc = TheExtractor().ExtractHtml(input);
    if (!doc.ok()) {
      EXPECT_FALSE(doc.status().message().empty());
      continue;
    }
    auto decoded = DecodeHtml(input);
    ASSERT_TRUE(decoded.ok());
    for (const Indicator& i : doc->indicators) {
      EXPECT_LE(i.span.begin, i.span.end);
      EXPECT_LE(i.span.end, decoded->size());
    }
    EXPECT_TRUE(nlohmann::json::accept(ToJson(*doc)));  // valid UTF-8 JSON
  }
}

TEST(FuzzRegressions, ExtractText) {
  for (const std::string& input : Inputs("fuzz_extract_text")) {
    auto doc = TheExtractor().ExtractText(input);
    if (!doc.ok()) {
      EXPECT_EQ(doc.status().code(), StatusCode::kInvalidEncoding) << doc.status().ToString();
      continue;
    }
    for (const Indicator& i : doc->indicators) EXPECT_LE(i.span.end, input.size());
  }
}

TEST(FuzzRegressions, FindQuantities) {
  for (const std::string& input : Inputs("fuzz_find_quantities")) {
    auto found = TheExtractor().FindQuantities(input);
    if (!found.ok()) continue;  // not UTF-8: an error, which is an answer
    for (const Quantity& q : *found) {
      EXPECT_LT(q.span.begin, q.span.end);
      EXPECT_LE(q.span.end, input.size());
      EXPECT_EQ(q.qualifier == Qualifier::kRange, !q.value.has_value());
    }
  }
}

TEST(FuzzRegressions, FindDate) {
  for (const std::string& input : Inputs("fuzz_dates")) {
    if (text::FindInvalidUtf8(input)) continue;
    for (std::optional<int> year : {std::optional<int>(), std::optional<int>(2022)}) {
      if (auto m = time::FindDate(input, year)) {
        EXPECT_TRUE(m->date.Valid());
        EXPECT_LE(m->begin, m->end);
        EXPECT_LE(m->end, input.size());
      }
    }
  }
}

TEST(FuzzRegressions, Differential) {
  for (const std::string& input : Inputs("fuzz_differential")) {
    EXPECT_EQ(plain::CheckAll(testing::TestGrammar(), input), "");
    if (input.find('<') != std::string::npos) {
      EXPECT_EQ(plain::CheckRegionParse(TheExtractor(), input), "");
    }
  }
}

}  // namespace
}  // namespace vnextract
