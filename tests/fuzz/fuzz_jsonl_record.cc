// Arbitrary lines into the extract CLI's JSON Lines record reader
// (examples/extract/record.h): a record or an error that says why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "record.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto record = extract::ParseRecord(line, &error);
  if (!record) {
    if (error.empty()) std::abort();
    return 0;
  }
  if (record->published && !record->published->Valid()) std::abort();
  return 0;
}
