// Arbitrary strings into FindQuantities: spans inside the input, values set
// exactly as the contract says (value, or value_min/value_max for ranges).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "vnextract/vnextract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vnextract::Extractor extractor = std::move(*vnextract::Extractor::Create());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const vnextract::Result<std::vector<vnextract::Quantity>> found = extractor.FindQuantities(input);
  if (!found.ok()) return 0;  // not UTF-8, or too large: an error is an answer
  for (const vnextract::Quantity& q : *found) {
    if (q.span.begin >= q.span.end || q.span.end > size) std::abort();
    const bool range = q.qualifier == vnextract::Qualifier::kRange;
    if (range != (q.value_min.has_value() && q.value_max.has_value())) std::abort();
    if (range == q.value.has_value()) std::abort();
  }
  return 0;
}
