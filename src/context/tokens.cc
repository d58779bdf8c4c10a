#include "context/tokens.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vnextract::context {
namespace {

constexpr ToneMove kToneMoves[] = {
    {'o', "\xC3\xA0",
     "\xC3\xB2"
     "a"},  // oà -> òa
    {'o', "\xC3\xA1",
     "\xC3\xB3"
     "a"},  // oá -> óa
    {'o', "\xE1\xBA\xA3",
     "\xE1\xBB\x8F"
     "a"},  // oả -> ỏa
    {'o', "\xC3\xA3",
     "\xC3\xB5"
     "a"},  // oã -> õa
    {'o', "\xE1\xBA\xA1",
     "\xE1\xBB\x8D"
     "a"},  // oạ -> ọa
    {'o', "\xC3\xA8",
     "\xC3\xB2"
     "e"},  // oè -> òe
    {'o', "\xC3\xA9",
     "\xC3\xB3"
     "e"},  // oé -> óe
    {'o', "\xE1\xBA\xBB",
     "\xE1\xBB\x8F"
     "e"},  // oẻ -> ỏe
    {'o', "\xE1\xBA\xB9",
     "\xE1\xBB\x8D"
     "e"},  // oẹ -> ọe
    {'u', "\xC3\xBD",
     "\xC3\xBA"
     "y"},  // uý -> úy
    {'u', "\xE1\xBB\xB7",
     "\xE1\xBB\xA7"
     "y"},  // uỷ -> ủy
    {'u', "\xE1\xBB\xB5",
     "\xE1\xBB\xA5"
     "y"},  // uỵ -> ụy
};

constexpr bool AsciiWord(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// AsciiWord as a table, for the tokenizer's loop.
constexpr std::array<bool, 128> kAsciiWordByte = [] {
  std::array<bool, 128> t{};
  for (unsigned c = 0; c < 128; ++c) t[c] = AsciiWord(static_cast<unsigned char>(c));
  return t;
}();

// Whether a letter (a word byte, or any multi-byte character but
// punctuation) starts at s[i]. Vietnamese letters are decided by their lead
// bytes (U+00C0-U+036F but × and ÷, U+1E00-U+1EFF); General Punctuation and
// U+0080-U+00BF are not letters; anything else asks the character table.
bool LetterAtSlow(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
  if (c >= 0xC3 && c <= 0xCD) return !(c == 0xC3 && (next == 0x97 || next == 0xB7));
  if (c == 0xC2 || c == 0xE2) return false;
  if (c == 0xE1 && next >= 0xB8 && next <= 0xBB) return true;
  return text::WordCharAt(s, i);
}

inline bool LetterAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return AsciiWord(c);
  return LetterAtSlow(s, i);
}

// The length of the UTF-8 character that starts with `lead` (valid input).
std::size_t Utf8Length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The tone move at s[i], if one is there (i + 2 < s.size()).
void MoveToneAt(std::string& s, std::size_t i) {
  const char c = s[i];
  if (c != 'o' && c != 'u') return;
  // The marked vowels: C3 A0 A1 A3 A8 A9 BD, E1 BA xx, E1 BB xx.
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if (b1 == 0xC3) {
    if (b2 != 0xA0 && b2 != 0xA1 && b2 != 0xA3 && b2 != 0xA8 && b2 != 0xA9 && b2 != 0xBD) return;
  } else if (b1 != 0xE1 || (b2 != 0xBA && b2 != 0xBB)) {
    return;
  }
  // "quý", "quỹ": qu is one consonant, the mark is where it belongs.
  if (c == 'u' && i > 0 && s[i - 1] == 'q') return;
  for (const ToneMove& m : kToneMoves) {
    if (m.lead != c) continue;
    const std::size_t len = std::strlen(m.marked);
    if (s.compare(i + 1, len, m.marked) != 0) continue;
    if (LetterAt(s, i + 1 + len)) return;  // not the end of the syllable
    s.replace(i, 1 + len, m.moved);
    return;
  }
}

void MoveTones(std::string& s) {
  const std::size_t n = s.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen places at a time: only an 'o' or 'u' before a C3 or E1 byte can
  // move. (A move rewrites its own bytes only, none of them an 'o' or 'u':
  // the places found before it stay the places.)
  for (; i + 17 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
    const __m128i vowel =
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('o')), _mm_cmpeq_epi8(v, _mm_set1_epi8('u')));
    const __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8(static_cast<char>(0xC3))),
                                      _mm_cmpeq_epi8(next, _mm_set1_epi8(static_cast<char>(0xE1))));
    auto places = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(vowel, lead)));
    while (places != 0) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(places));
      places &= places - 1;
      if (at + 2 < n) MoveToneAt(s, at);
    }
  }
#endif
  for (; i + 2 < n; ++i) MoveToneAt(s, i);
}

bool IsDash(std::string_view s, std::size_t i, std::size_t* len) {
  // U+2010..U+2015 (hyphen, figure dash, en dash, em dash, bar), U+2212.
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

}  // namespace

std::span<const ToneMove> ToneMoves() { return kToneMoves; }

void FoldKey(std::string_view s, std::string* out) {
  text::FoldCaseKeepOffsetsInto(s, out);
  MoveTones(*out);
}

void Tokenize(std::string_view s, std::vector<Token>* out) {
  const std::size_t first = out->size();
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    // ASCII other than a word byte: a space, a dash or one punctuation mark.
    if (c < 0x80 && !kAsciiWordByte[c]) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++i;
        continue;
      }
      out->push_back({i, i + 1, c == '-' ? std::string_view("-") : s.substr(i, 1), false, false});
      ++i;
      continue;
    }
    std::size_t dash = 0;
    if (c >= 0x80 && IsDash(s, i, &dash)) {
      out->push_back({i, i + dash, "-", false, false});
      i += dash;
      continue;
    }
    if (c < 0x80 || LetterAtSlow(s, i)) {
      const std::size_t begin = i;
      bool digits = true;
      while (i < n) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
          if (kAsciiWordByte[b]) {
            digits = digits && Digit(s[i]);
            ++i;
            continue;
          }
          // "1.500", "0,05": a separator between digits joins.
          if ((b == '.' || b == ',') && i > begin && Digit(s[i - 1]) && i + 1 < n &&
              Digit(s[i + 1])) {
            ++i;
            continue;
          }
          break;
        }
        if (!LetterAtSlow(s, i)) break;
        digits = false;
        i += Utf8Length(b);
      }
      out->push_back({begin, i, s.substr(begin, i - begin), true, digits});
      continue;
    }
    // Anything else is one punctuation token (a whole UTF-8 character).
    char32_t cp = 0;
    const std::size_t len = text::DecodeAt(s, i, &cp);
    const std::size_t step = len == 0 ? 1 : len;
    if (cp == 0xA0) {  // no-break space
      i += step;
      continue;
    }
    out->push_back({i, i + step, s.substr(i, step), false, false});
    i += step;
  }
  // (Each token is looked up twice, in the places and in the vocabulary:
  // its hash is computed once.)
  for (std::size_t k = first; k < out->size(); ++k) {
    (*out)[k].hash = TokenMap::Hash((*out)[k].text);
  }
}

std::string TokenKey(std::string_view phrase) {
  std::string folded;
  FoldKey(phrase, &folded);
  std::vector<Token> tokens;
  Tokenize(folded, &tokens);
  std::string key;
  for (const Token& t : tokens) {
    if (!key.empty()) key += ' ';
    key.append(t.text);
  }
  return key;
}

std::vector<std::string> KeyWords(std::string_view key) {
  std::vector<std::string> out;
  while (!key.empty()) {
    const std::size_t sp = key.find(' ');
    out.emplace_back(key.substr(0, sp));
    if (sp == std::string_view::npos) break;
    key.remove_prefix(sp + 1);
  }
  return out;
}

std::vector<std::string_view> SplitAlternatives(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    const std::size_t bar = list.find('|');
    const std::string_view item = list.substr(0, bar);
    if (!item.empty()) out.push_back(item);
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return out;
}

bool CapitalAt(std::string_view original, std::string_view folded, std::size_t at) {
  if (at >= original.size() || at >= folded.size()) return false;
  const auto c = static_cast<unsigned char>(original[at]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  char32_t cp = 0;
  const std::size_t len = text::DecodeAt(original, at, &cp);
  return len > 0 && original.compare(at, len, folded, at, len) != 0;
}

std::uint64_t TokenMap::Hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

namespace {
// The high half of a hash, which a slot keeps beside the id.
constexpr std::uint64_t kHashHalf = 0xFFFFFFFF00000000ull;
}  // namespace

// A slot holds the key's id + 1 (0: empty) in its low half and the high
// half of the key's hash in its high half: a probe compares the halves
// first and reads a key only when they agree.
std::uint64_t TokenMap::Slot(std::uint64_t hash, std::uint32_t id) {
  return (hash & kHashHalf) | (static_cast<std::uint64_t>(id) + 1);
}

void TokenMap::Grow() {
  std::vector<std::uint64_t> slots(slots_.empty() ? 64 : slots_.size() * 2, 0);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t id = 0; id < keys_.size(); ++id) {
    const std::uint64_t hash = Hash(keys_[id]);
    std::size_t at = static_cast<std::size_t>(hash) & mask;
    while (slots[at] != 0) at = (at + 1) & mask;
    slots[at] = Slot(hash, id);
  }
  slots_ = std::move(slots);
}

std::uint32_t TokenMap::Intern(std::string_view key) {
  if (const std::uint32_t id = Find(key); id != kMissing) return id;
  const auto id = static_cast<std::uint32_t>(keys_.size());
  keys_.emplace_back(key);
  if (keys_.size() * 2 > slots_.size()) {
    Grow();
    return id;
  }
  const std::uint64_t hash = Hash(key);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = static_cast<std::size_t>(hash) & mask;
  while (slots_[at] != 0) at = (at + 1) & mask;
  slots_[at] = Slot(hash, id);
  return id;
}

std::uint32_t TokenMap::Find(std::string_view key) const { return Find(key, Hash(key)); }

std::uint32_t TokenMap::Find(const Token& token) const {
  return Find(token.text, token.hash != 0 ? token.hash : Hash(token.text));
}

std::uint32_t TokenMap::Find(std::string_view key, std::uint64_t hash) const {
  if (slots_.empty()) return kMissing;
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t high = hash & kHashHalf;
  for (std::size_t at = static_cast<std::size_t>(hash) & mask;; at = (at + 1) & mask) {
    const std::uint64_t slot = slots_[at];
    if (slot == 0) return kMissing;
    if ((slot & kHashHalf) != high) continue;
    const auto id = static_cast<std::uint32_t>(slot) - 1;
    if (keys_[id] == key) return id;
  }
}

void PhraseTrie::Add(const std::vector<std::uint32_t>& words, std::uint32_t value) {
  if (words.empty()) return;
  if (words.front() >= first_.size()) first_.resize(words.front() + 1, 0);
  if (first_[words.front()] == 0) {
    first_[words.front()] = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back();
  }
  std::uint32_t node = first_[words.front()];
  for (std::size_t k = 1; k < words.size(); ++k) {
    std::uint32_t child = Child(node, words[k]);
    if (child == 0) {
      child = static_cast<std::uint32_t>(nodes_.size());
      auto& next = nodes_[node].next;
      next.insert(std::lower_bound(next.begin(), next.end(), std::make_pair(words[k], 0u)),
                  {words[k], child});
      nodes_.emplace_back();
    }
    node = child;
  }
  nodes_[node].values.push_back(value);
  ++phrases_;
}

std::uint32_t PhraseTrie::Child(std::uint32_t node, std::uint32_t word) const {
  const auto& next = nodes_[node].next;
  const auto it = std::lower_bound(next.begin(), next.end(), word,
                                   [](const std::pair<std::uint32_t, std::uint32_t>& a,
                                      std::uint32_t w) { return a.first < w; });
  return it != next.end() && it->first == word ? it->second : 0;
}

}  // namespace vnextract::context
