// Arbitrary bytes into ExtractText: a result or an error Status (invalid
// UTF-8), never a crash, hang or leak; every span inside the input and
// ToJson valid JSON.
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
  auto doc = extractor.ExtractText(input, "fuzz");
  if (!doc.ok()) {
    if (doc.status().code() != vnextract::StatusCode::kInvalidEncoding &&
        doc.status().code() != vnextract::StatusCode::kResourceExhausted) {
      std::abort();
    }
    return 0;
  }
  for (const vnextract::Indicator& i : doc->indicators) {
    if (i.span.begin > i.span.end || i.span.end > size) std::abort();
  }
  const std::string json = vnextract::ToJson(*doc);
  if (!nlohmann::json::accept(json)) std::abort();
  return 0;
}
