#include "plain/tokens_plain.h"

#include <cstring>
#include <string>

#include "text/utf8.h"

namespace vnextract::plain {
namespace {

bool AsciiWord(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A letter: a word byte, a Vietnamese letter by its lead bytes (U+00C0-U+036F
// but × and ÷, U+1E00-U+1EFF), not General Punctuation or U+0080-U+00BF;
// anything else as the character table says.
bool LetterAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return AsciiWord(c);
  const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
  if (c >= 0xC3 && c <= 0xCD) return !(c == 0xC3 && (next == 0x97 || next == 0xB7));
  if (c == 0xC2 || c == 0xE2) return false;
  if (c == 0xE1 && next >= 0xB8 && next <= 0xBB) return true;
  return text::WordCharAt(s, i);
}

std::size_t Utf8Length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

bool IsDash(std::string_view s, std::size_t i, std::size_t* len) {
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) || (b1 == 0x88 && b2 == 0x92)) {
      *len = 3;
      return true;
    }
  }
  return false;
}

bool Digit(char c) { return c >= '0' && c <= '9'; }

void MoveTones(std::string& s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    const char c = s[i];
    if (c != 'o' && c != 'u') continue;
    // The marked vowels: C3 A0 A1 A3 A8 A9 BD, E1 BA xx, E1 BB xx.
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0xC3) {
      if (b2 != 0xA0 && b2 != 0xA1 && b2 != 0xA3 && b2 != 0xA8 && b2 != 0xA9 && b2 != 0xBD) {
        continue;
      }
    } else if (b1 != 0xE1 || (b2 != 0xBA && b2 != 0xBB)) {
      continue;
    }
    // "quý", "quỹ": qu is one consonant, the mark is where it belongs.
    if (c == 'u' && i > 0 && s[i - 1] == 'q') continue;
    for (const context::ToneMove& m : context::ToneMoves()) {
      if (m.lead != c) continue;
      const std::size_t len = std::strlen(m.marked);
      if (s.compare(i + 1, len, m.marked) != 0) continue;
      if (LetterAt(s, i + 1 + len)) break;  // not the end of the syllable
      s.replace(i, 1 + len, m.moved);
      break;
    }
  }
}

}  // namespace

void FoldKey(std::string_view s, std::string* out) {
  text::FoldCaseKeepOffsetsInto(s, out);
  MoveTones(*out);
}

void Tokenize(std::string_view s, std::vector<context::Token>* out) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    std::size_t dash = 0;
    if (c == '-' || IsDash(s, i, &dash)) {
      const std::size_t len = c == '-' ? 1 : dash;
      out->push_back({i, i + len, "-", false, false});
      i += len;
      continue;
    }
    if (LetterAt(s, i)) {
      const std::size_t begin = i;
      bool digits = true;
      while (i < s.size()) {
        if (LetterAt(s, i)) {
          if (!Digit(s[i])) digits = false;
          i += Utf8Length(static_cast<unsigned char>(s[i]));
          continue;
        }
        // "1.500", "0,05": a separator between digits joins.
        if ((s[i] == '.' || s[i] == ',') && i > begin && Digit(s[i - 1]) && i + 1 < s.size() &&
            Digit(s[i + 1])) {
          ++i;
          continue;
        }
        break;
      }
      out->push_back({begin, i, s.substr(begin, i - begin), true, digits});
      continue;
    }
    // Anything else is one punctuation token (a whole UTF-8 character).
    char32_t cp = 0;
    const std::size_t len = text::DecodeAt(s, i, &cp);
    const std::size_t n = len == 0 ? 1 : len;
    if (cp == 0xA0) {  // no-break space
      i += n;
      continue;
    }
    out->push_back({i, i + n, s.substr(i, n), false, false});
    i += n;
  }
}

}  // namespace vnextract::plain
