#include "text/utf8.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>
#include <string>

namespace vnextract::text {

std::optional<std::size_t> FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Pages are mostly ASCII (markup, scripts, view state): eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, sizeof word);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    char32_t min;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07u;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t DecodeAt(std::string_view s, std::size_t i, char32_t* cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 1;
  char32_t v = c;
  if (c >= 0xF0) {
    len = 4, v = c & 0x07u;
  } else if (c >= 0xE0) {
    len = 3, v = c & 0x0Fu;
  } else if (c >= 0xC0) {
    len = 2, v = c & 0x1Fu;
  }
  if (i + len > s.size()) {  // truncated: report the byte itself
    *cp = c;
    return 1;
  }
  for (std::size_t k = 1; k < len; ++k) {
    v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  }
  *cp = v;
  return len;
}

std::size_t PrevStart(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  const auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

bool WordCharBefore(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  char32_t cp;
  DecodeAt(s, PrevStart(s, i), &cp);
  return IsWordChar(cp);
}

bool WordCharAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  char32_t cp;
  DecodeAt(s, i, &cp);
  return IsWordChar(cp);
}

namespace {
std::size_t Utf8Length(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}
}  // namespace

std::string FoldCaseKeepOffsets(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t len = DecodeAt(s, i, &cp);
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    if (Utf8Length(lower) == len && len > 1) {
      AppendUtf8(out, lower);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace vnextract::text
