// Arbitrary bytes through every fast path and its plain twin (tests/plain/,
// DESIGN.md section 6): the lexicon indexes and the number words at each
// position, the quantity finder and label cleaning on the text the library
// makes of the bytes, and ExtractHtml against the whole-page parse when the
// bytes start as markup. Any difference is a bug in a fast path: the input is
// printed and the run aborts (keep it in regressions/fuzz_differential/).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "grammar.h"
#include "plain/plain_checks.h"
#include "vnextract/vnextract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<const vnextract::internal::Grammar> grammar =
      std::move(*vnextract::internal::Grammar::Build());
  static const vnextract::Extractor extractor = std::move(*vnextract::Extractor::Create());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The per-position twins on the first 16 positions (their cost grows
  // with the lexicons times the length; the finders read the whole input).
  std::string diff = vnextract::plain::CheckAll(*grammar, input, nullptr, 16);
  if (diff.empty() && input.starts_with('<')) {
    diff = vnextract::plain::CheckRegionParse(extractor, input);
  }
  if (!diff.empty()) {
    std::fprintf(stderr, "fuzz_differential: %s\n", diff.c_str());
    std::abort();
  }
  return 0;
}
