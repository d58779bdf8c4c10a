// Arbitrary UTF-8 into the publication-date finder (src/time/dates.h): a
// match is a real date, its span inside the input, its time of day in range.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/utf8.h"
#include "time/dates.h"

namespace {

void Check(const vnextract::time::DateMatch& m, std::size_t size) {
  if (!m.date.Valid()) std::abort();
  if (m.begin > m.end || m.end > size) std::abort();
  if (m.hour < -1 || m.hour > 23 || m.minute < -1 || m.minute > 59) std::abort();
  if (m.second < -1 || m.second > 60) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (vnextract::text::FindInvalidUtf8(input)) return 0;  // the caller's contract
  if (auto m = vnextract::time::FindDate(input)) Check(*m, size);
  if (auto m = vnextract::time::FindDate(input, 2022)) Check(*m, size);
  return 0;
}
