#include "text/sentences.h"

#include <unicode/uchar.h>

#include <array>

#include "text/utf8.h"

namespace vnextract::text {
namespace {

// Abbreviations after which a '.' does not end a sentence (compared case-
// sensitively on the word before the dot).
constexpr std::array<std::string_view, 10> kAbbreviations = {"TP", "Tp", "ThS", "TS", "PGS",
                                                             "GS", "BS", "KS",  "St", "Th"};
static_assert([] {
  for (std::string_view a : kAbbreviations) {
    if (a.size() > 3) return false;
  }
  return true;
}());  // kLongestAbbreviation below

bool IsSpace(char c) { return c == ' '; }

Range Trim(std::string_view s, std::size_t b, std::size_t e) {
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return {b, e};
}

bool StartsSentence(std::string_view s, std::size_t i) {
  if (i >= s.size()) return true;
  char32_t cp;
  DecodeAt(s, i, &cp);
  if (cp < 0x80 && IsAsciiDigit(static_cast<char>(cp))) return true;
  if (cp == '"' || cp == 0x201C || cp == '(' || cp == '-' || cp == 0x2013) return true;
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

// Looks back at most kLongestAbbreviation + 1 bytes: scanning back to the
// previous space would make a run of dots without spaces ("1.1.1.1…")
// quadratic.
constexpr std::size_t kLongestAbbreviation = 3;

bool AfterAbbreviation(std::string_view s, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(') {
    if (dot - b > kLongestAbbreviation) return false;
    --b;
  }
  const std::string_view word = s.substr(b, dot - b);
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

// Cuts [r.begin, r.end) into pieces of at most kMaxSentenceBytes.
void PushBounded(std::string_view s, Range r, std::vector<Range>& out) {
  while (r.end - r.begin > kMaxSentenceBytes) {
    const std::size_t limit = r.begin + kMaxSentenceBytes;
    std::size_t cut = std::string_view::npos;
    // Look only in the second half of the window: rfind over the whole text
    // would make many cuts quadratic.
    const std::size_t half = r.begin + kMaxSentenceBytes / 2;
    const std::string_view window = s.substr(half, limit - half);
    for (char c : {';', ',', ' '}) {
      const std::size_t p = window.rfind(c);
      if (p != std::string_view::npos) {
        cut = half + p + 1;
        break;
      }
    }
    if (cut == std::string_view::npos) {
      cut = limit;
      while (cut > r.begin && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    }
    Range piece = Trim(s, r.begin, cut);
    piece.cut = true;
    if (piece.end > piece.begin) out.push_back(piece);
    r = Trim(s, cut, r.end);
    r.cut = true;
  }
  if (r.end > r.begin) out.push_back(r);
}

// The bytes a sentence end starts with: '.', '!', '?' and the lead byte of
// U+2026 HORIZONTAL ELLIPSIS.
constexpr std::array<bool, 256> kMayEnd = [] {
  std::array<bool, 256> t{};
  t['.'] = t['!'] = t['?'] = true;
  t[0xE2] = true;
  return t;
}();

}  // namespace

std::vector<Range> SplitSentences(std::string_view s) {
  std::vector<Range> out;
  out.reserve(s.size() / 128 + 1);  // (a sentence of the news is 100-300 bytes)
  std::size_t start = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (i < s.size() && !kMayEnd[p[i]]) ++i;  // skipped in one tight loop
    if (i == s.size()) break;
    const char c = s[i];
    bool terminal = c == '.' || c == '!' || c == '?';
    std::size_t j = i + 1;
    if (!terminal && static_cast<unsigned char>(c) == 0xE2 && s.substr(i, 3) == "\xE2\x80\xA6") {
      terminal = true;  // U+2026 HORIZONTAL ELLIPSIS
      j = i + 3;
    }
    if (!terminal) continue;
    if (c == '.' && AfterAbbreviation(s, i)) continue;
    // Swallow "./." and closing quotes/brackets.
    while (j < s.size() && (s[j] == '.' || s[j] == '/' || s[j] == '"' || s[j] == ')' ||
                            s.substr(j, 3) == "\xE2\x80\x9D")) {
      j += s.substr(j, 3) == "\xE2\x80\x9D" ? std::size_t{3} : std::size_t{1};
    }
    if (j < s.size() && !(IsSpace(s[j]) && StartsSentence(s, j + 1))) continue;
    PushBounded(s, Trim(s, start, j), out);
    start = j;
    i = j - 1;
  }
  PushBounded(s, Trim(s, start, s.size()), out);
  return out;
}

std::vector<Range> SplitClauses(std::string_view s) {
  std::vector<Range> out;
  if (s.find(';') == std::string_view::npos) {  // one clause: the usual case
    const Range r = Trim(s, 0, s.size());
    if (r.end > r.begin) out.push_back(r);
    return out;
  }
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && depth > 0) --depth;
    if (s[i] == ';' && depth == 0) {
      const Range r = Trim(s, start, i);
      if (r.end > r.begin) out.push_back(r);
      start = i + 1;
    }
  }
  const Range r = Trim(s, start, s.size());
  if (r.end > r.begin) out.push_back(r);
  return out;
}

}  // namespace vnextract::text
