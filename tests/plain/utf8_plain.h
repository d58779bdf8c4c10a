// Plain twin (DESIGN.md section 6) of text::FindInvalidUtf8, whose fast path
// checks sixteen bytes at a time (SSSE3) and answers "where" one sequence at
// a time only when it finds an error: here every sequence is decoded to its
// code point and judged by Unicode's Table 3-7 ranges, byte by byte.
#ifndef VNEXTRACT_TESTS_PLAIN_UTF8_PLAIN_H_
#define VNEXTRACT_TESTS_PLAIN_UTF8_PLAIN_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace vnextract::plain {

// The offset of the first byte that does not start a valid UTF-8 sequence,
// or nullopt.
std::optional<std::size_t> FindInvalidUtf8(std::string_view s);

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_UTF8_PLAIN_H_
