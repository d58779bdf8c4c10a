// Arbitrary bytes into ExtractHtml and ExtractText: a result or an error
// Status, never a crash, hang or leak; every span inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "vnextract/vnextract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vnextract::Extractor extractor = std::move(*vnextract::Extractor::Create());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (bool html : {true, false}) {
    auto doc = html ? extractor.ExtractHtml(input) : extractor.ExtractText(input);
    if (!doc.ok()) continue;
    for (const vnextract::Indicator& i : doc->indicators) {
      if (i.span.begin > i.span.end || i.span.end > size) std::abort();
    }
    (void)vnextract::ToJson(*doc);
  }
  return 0;
}
