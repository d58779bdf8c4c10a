// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// DecodeHtml: the UTF-8 text that Extractor::ExtractHtml reads from the bytes
// of a page. Every Span in the Document of that page is a byte offset into
// this text, so a caller that wants to highlight `surface` in a page that was
// not UTF-8 (windows-1258, UTF-16) decodes it with this function and slices
// the result. For a page that is already UTF-8 the text is the input itself,
// byte for byte (a UTF-8 byte-order mark included).
//
// The charset rule, in order:
//   1. a byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE (a UTF-16
//      page must decode to text that is at least half ASCII, as markup is);
//   2. bytes that are valid UTF-8 are UTF-8, whatever the page declares (a
//      page declaring another charset then gets a "charset_mismatch"
//      diagnostic);
//   3. otherwise the charset the page declares in <meta charset="…"> or
//      <meta http-equiv="Content-Type" content="…; charset=…"> within its
//      first 8 KB: windows-1258 and any other charset ICU knows is converted
//      ("latin1", "iso-8859-1" and "us-ascii" mean windows-1252, as in the
//      HTML standard);
//   4. otherwise, when nothing is declared and the bytes are plainly a
//      single-byte encoding (stray high bytes and no valid multi-byte UTF-8
//      sequence beyond chance), windows-1258 if the Vietnamese letters and
//      tone marks of that code page show, else windows-1252 (diagnostic
//      "charset_guessed");
//   5. anything else is an error with StatusCode::kInvalidEncoding: broken
//      UTF-8 (a page with UTF-8 letters and a truncated sequence; the
//      message names the offset of the first bad byte), a page that declares
//      UTF-8 but is not, a declared charset ICU cannot convert.
// A converted page gets the diagnostic "decoded_from" whose message is the
// source charset ("windows-1258"); bytes undefined in that charset become
// U+FFFD (diagnostic "replaced_bytes").
//
// The text is not normalised: a windows-1258 page decodes to letters with
// combining tone marks, exactly as the code page spells them. Document
// strings (title, paragraphs, surface) are NFC; a span covers the decoded
// characters they came from.
//
// Thread-safety: a pure function; call it from any thread.
#ifndef VNEXTRACT_DECODE_H_
#define VNEXTRACT_DECODE_H_

#include <string>
#include <string_view>

#include "vnextract/status.h"

namespace vnextract {

Result<std::string> DecodeHtml(std::string_view bytes);

}  // namespace vnextract

#endif  // VNEXTRACT_DECODE_H_
