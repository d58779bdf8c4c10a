// Files that are not text at all: an image, a PDF or an archive saved with
// a .html name, or a crawler's undecompressed body. Reading one as a
// windows-1252 page would give a document of garbage; the caller gets a
// clear error naming what the bytes look like instead.
#ifndef VNEXTRACT_SRC_TEXT_BINARY_H_
#define VNEXTRACT_SRC_TEXT_BINARY_H_

#include <optional>
#include <string>
#include <string_view>

namespace vnextract::text {

// How many leading bytes are looked at.
inline constexpr std::size_t kBinarySniffBytes = 1024;

// "a PNG image", "a PDF document", "gzip-compressed data"... from the
// file's magic number, or "binary data (N control bytes in the first
// 1024)" when more than one in twenty of the leading bytes are control
// characters other than tab, line feed, form feed and carriage return (text
// and HTML have none; a page in UTF-16 must start with its byte-order mark).
// nullopt for anything that may be text.
std::optional<std::string> SniffBinary(std::string_view bytes);

}  // namespace vnextract::text

#endif  // VNEXTRACT_SRC_TEXT_BINARY_H_
