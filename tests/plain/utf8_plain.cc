#include "plain/utf8_plain.h"

namespace vnextract::plain {

std::optional<std::size_t> FindInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    char32_t cp = 0;
    if (lead <= 0x7F) {
      len = 1, cp = lead;
    } else if (lead >= 0xC0 && lead <= 0xDF) {
      len = 2, cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      len = 3, cp = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF7) {
      len = 4, cp = lead & 0x07u;
    } else {
      return i;  // a continuation byte, or F8-FF
    }
    if (s.size() - i < len) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if (c < 0x80 || c > 0xBF) return i;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    // The shortest form only, no surrogates, nothing past U+10FFFF.
    const char32_t least = len == 1 ? 0 : len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < least || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += len;
  }
  return std::nullopt;
}

}  // namespace vnextract::plain
