// UTF-8 helpers shared by every stage. Text inside vnextract is always UTF-8;
// these never allocate.
#ifndef VNEXTRACT_SRC_TEXT_UTF8_H_
#define VNEXTRACT_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace vnextract::text {

// Offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
// nullopt when `s` is valid.
// The block check runs thirty-two bytes at a time where the processor has
// AVX2, sixteen where it has SSSE3 (x86-64; chosen once, at the first
// call); `blocks` asks for a narrower one (kAvx2 falls back to SSSE3, which
// falls back to none) so that tests hold each to the plain twin. The
// answer is the same whichever runs.
enum class Utf8Blocks { kBest, kAvx2, kSsse3, kNone };
std::optional<std::size_t> FindInvalidUtf8(std::string_view s,
                                           Utf8Blocks blocks = Utf8Blocks::kBest);

// Decodes the code point at `i` (which must be < s.size() and valid UTF-8);
// returns its length in bytes and stores it in *cp.
inline std::size_t DecodeAt(std::string_view s, std::size_t i, char32_t* cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
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

// Start of the code point that ends just before `i` (i > 0).
inline std::size_t PrevStart(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Is `w` spelled at s[pos...]? The first and last bytes are compared before
// the rest: lexicon lookups try many words that seldom match.
inline bool SpelledAt(std::string_view s, std::size_t pos, std::string_view w) {
  if (pos > s.size() || s.size() - pos < w.size()) return false;
  if (w.empty()) return true;
  if (s[pos] != w.front() || s[pos + w.size() - 1] != w.back()) return false;
  return std::memcmp(s.data() + pos, w.data(), w.size()) == 0;
}
inline bool IsAsciiWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

namespace internal {
bool IsWordCharSlow(char32_t cp);
bool WordCharBeforeSlow(std::string_view s, std::size_t i);
bool WordCharAtSlow(std::string_view s, std::size_t i);
}  // namespace internal

// Letters, digits and combining marks: what may not border a lexicon match.
inline bool IsWordChar(char32_t cp) {
  return cp < 0x80 ? IsAsciiWordByte(static_cast<unsigned char>(cp)) : internal::IsWordCharSlow(cp);
}

// True when DecodeAt(s, i) read `len` bytes that are one well-formed
// sequence (a lead byte and its continuation bytes): PrevStart(s, i + len)
// is then i again.
inline bool WellFormedAt(std::string_view s, std::size_t i, std::size_t len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return true;
  if ((c & 0xC0) == 0x80) return false;  // a stray continuation byte
  for (std::size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
  }
  return true;
}

// True when the code point before `i` (if any) is a word character.
// (ASCII, most of the text, is answered inline.)
inline bool WordCharBefore(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  const auto c = static_cast<unsigned char>(s[i - 1]);
  if (c < 0x80) return IsAsciiWordByte(c);
  return internal::WordCharBeforeSlow(s, i);
}
// True when the code point at `i` (if any) is a word character.
inline bool WordCharAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiWordByte(c);
  return internal::WordCharAtSlow(s, i);
}

// The character classes and case folds of code points below U+2100 (Latin,
// combining marks, Vietnamese, General Punctuation) are kept in a table
// read from ICU, shared by the whole process. FillCharTables fills all of
// it (internal::Grammar::Build does, so that no page pays for it) and
// returns its blocks; CharTableBlocksFilled says how many are filled so far.
// (Any code point read before then fills its block of 256 on first use.)
std::size_t FillCharTables();
std::size_t CharTableBlocksFilled();

// Lower-cases `s` code point by code point, keeping every byte offset: a
// character whose lower case has a different UTF-8 length is left as is (no
// Vietnamese letter is affected). Lexicons match on this folded copy while
// surfaces are cut from the original.
// Appends the UTF-8 form of `cp` (a scalar value) to `out`.
void AppendUtf8(char32_t cp, std::string& out);

std::string FoldCaseKeepOffsets(std::string_view s);
// The same into *out (its buffer reused); `s` must not point into *out.
void FoldCaseKeepOffsetsInto(std::string_view s, std::string* out);

}  // namespace vnextract::text

#endif  // VNEXTRACT_SRC_TEXT_UTF8_H_
