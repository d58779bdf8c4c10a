// Arbitrary bytes into ExtractHtml: a result or an error Status, never a
// crash, hang or leak; every span inside the decoded text, ToJson valid JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "vnextract/vnextract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vnextract::Extractor extractor = std::move(*vnextract::Extractor::Create());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto doc = extractor.ExtractHtml(input, "fuzz");
  if (!doc.ok()) {
    if (doc.status().message().empty()) std::abort();  // an error always says why
    return 0;
  }
  // Spans index the decoded text (the input itself when it is UTF-8).
  auto decoded = vnextract::DecodeHtml(input);
  if (!decoded.ok()) std::abort();  // ExtractHtml decoded it, so must DecodeHtml
  for (const vnextract::Indicator& i : doc->indicators) {
    if (i.span.begin > i.span.end || i.span.end > decoded->size()) std::abort();
  }
  const std::string json = vnextract::ToJson(*doc);
  if (!nlohmann::json::accept(json)) std::abort();
  return 0;
}
