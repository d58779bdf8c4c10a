// Charset decoding: the bytes of a page to the UTF-8 text every later stage
// reads. Spans are offsets into that text, so the rule that picks the
// charset is part of the contract (it is stated in vnextract/decode.h):
//   1. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE; a UTF-16 page
//      must decode to mostly ASCII, markup being ASCII);
//   2. bytes that are valid UTF-8 are UTF-8, whatever the page declares;
//   3. otherwise the charset declared in a <meta charset> or
//      <meta http-equiv="Content-Type"> near the top of the page;
//   4. otherwise, when the bytes are plainly a single-byte encoding (no valid
//      multi-byte UTF-8 sequence among many stray high bytes), windows-1258
//      when Vietnamese letters and tone marks of that code page show, else
//      windows-1252;
//   5. anything else (broken UTF-8, a declared charset ICU does not know) is
//      kInvalidEncoding, naming the offset or the charset.
#ifndef VNEXTRACT_SRC_TEXT_DECODE_H_
#define VNEXTRACT_SRC_TEXT_DECODE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/document.h"
#include "vnextract/status.h"

namespace vnextract::text {

struct Decoded {
  // True when `text` holds the converted page; false when the input bytes
  // are already the UTF-8 text (nothing was copied).
  bool converted = false;
  std::string text;
  std::string charset;  // "UTF-8", "windows-1258", "UTF-16LE", ...
  std::vector<Diagnostic> diagnostics;
};

// How far into the page a <meta> charset declaration is looked for. The
// HTML standard's prescan reads 1024 bytes; SharePoint pages put scripts and
// a long <head> first, so this reads further.
inline constexpr std::size_t kCharsetPrescanBytes = 8192;

Result<Decoded> DecodePage(std::string_view bytes);

// The charset label declared by a <meta> element within the first
// kCharsetPrescanBytes, lower-cased and trimmed, or nullopt. Comments are
// skipped. Exposed for tests.
std::optional<std::string> DeclaredCharset(std::string_view bytes);

// The canonical name for a label ("latin1" and "iso-8859-1" are
// windows-1252, as in the HTML standard; "utf8" is UTF-8), or the label
// itself when it is not one of the common ones.
std::string CanonicalCharset(std::string_view label);

}  // namespace vnextract::text

#endif  // VNEXTRACT_SRC_TEXT_DECODE_H_
