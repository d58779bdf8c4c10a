// UTF-8 helpers shared by every stage. Text inside vnextract is always UTF-8;
// these never allocate.
#ifndef VNEXTRACT_SRC_TEXT_UTF8_H_
#define VNEXTRACT_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vnextract::text {

// Offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
// nullopt when `s` is valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view s);

// Decodes the code point at `i` (which must be < s.size() and valid UTF-8);
// returns its length in bytes and stores it in *cp.
std::size_t DecodeAt(std::string_view s, std::size_t i, char32_t* cp);

// Start of the code point that ends just before `i` (i > 0).
std::size_t PrevStart(std::string_view s, std::size_t i);

// Letters, digits and combining marks: what may not border a lexicon match.
bool IsWordChar(char32_t cp);
// True when the code point before `i` (if any) is a word character.
bool WordCharBefore(std::string_view s, std::size_t i);
// True when the code point at `i` (if any) is a word character.
bool WordCharAt(std::string_view s, std::size_t i);

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Lower-cases `s` code point by code point, keeping every byte offset: a
// character whose lower case has a different UTF-8 length is left as is (no
// Vietnamese letter is affected). Lexicons match on this folded copy while
// surfaces are cut from the original.
std::string FoldCaseKeepOffsets(std::string_view s);

}  // namespace vnextract::text

#endif  // VNEXTRACT_SRC_TEXT_UTF8_H_
