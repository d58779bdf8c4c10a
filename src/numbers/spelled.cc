#include "numbers/spelled.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "text/utf8.h"

namespace vnextract::numbers {

// The word starting at pos: up to the next non-word character.
std::string_view WordAt(std::string_view s, std::size_t pos) {
  std::size_t e = pos;
  while (e < s.size() && text::WordCharAt(s, e)) {
    char32_t cp;
    e += text::DecodeAt(s, e, &cp);
  }
  return s.substr(pos, e - pos);
}

NumberWords::NumberWords() {
  using enum Role;
  entries_ = {
#define VNX_WORD(word, role, value) {word, role, value},
#define VNX_NOT_SCALE(words)
#define VNX_NOT_DIGIT(words)
#include "numbers/number_words.inc"
#undef VNX_NOT_DIGIT
#undef VNX_NOT_SCALE
#undef VNX_WORD
  };
  // The entries by the first byte of their word, in table order.
  for (const WordEntry& e : entries_) {
    if (!e.word.empty()) by_first_[static_cast<unsigned char>(e.word[0])].push_back(&e);
  }
  all_word_chars_ = std::ranges::all_of(
      entries_, [](const WordEntry& e) { return !e.word.empty() && WordAt(e.word, 0) == e.word; });
}

const WordEntry* NumberWords::Lookup(std::string_view word) const {
  if (word.empty()) {
    for (const WordEntry& e : entries_) {
      if (e.word.empty()) return &e;
    }
    return nullptr;
  }
  for (const WordEntry* e : by_first_[static_cast<unsigned char>(word[0])]) {
    if (e->word == word) return e;
  }
  return nullptr;
}

// Lookup(WordAt(s, pos)), without reading the whole word first: an entry
// made of word characters only is the word at pos when it is spelled there
// and no word character follows it.
const WordEntry* NumberWords::LookupAt(std::string_view s, std::size_t pos) const {
  if (!all_word_chars_ || pos >= s.size()) return Lookup(WordAt(s, pos));
  for (const WordEntry* e : by_first_[static_cast<unsigned char>(s[pos])]) {
    if (text::SpelledAt(s, pos, e->word) && !text::WordCharAt(s, pos + e->word.size())) return e;
  }
  return nullptr;
}

namespace {

enum class Phase {
  kStart,          // at the start of a group
  kAfterHundred,   // "... trăm"
  kAfterTen,       // "mười" or "D mươi": a units word may follow
  kAfterZeroTens,  // "linh"/"lẻ": a digit must follow
  kClosed,         // the group is complete ("hai chục", units after tens)
};

// True when one of `compounds` is spelled at folded[pos] as whole words.
template <std::size_t N>
bool CompoundAt(const std::string_view (&compounds)[N], std::string_view folded, std::size_t pos) {
  for (std::string_view c : compounds) {
    // (SpelledAt: folded.substr(pos, c.size()) == c, for pos <= folded.size().)
    if (text::SpelledAt(folded, pos, c) && !text::WordCharAt(folded, pos + c.size())) return true;
  }
  return false;
}

// A units word (tư, lăm) that begins another word: "tư nhân", "lăm le".
bool NotADigit(std::string_view folded, std::size_t pos) {
  static constexpr std::string_view kCompounds[] = {
#define VNX_WORD(word, role, value)
#define VNX_NOT_SCALE(words)
#define VNX_NOT_DIGIT(words) words,
#include "numbers/number_words.inc"
#undef VNX_NOT_DIGIT
#undef VNX_NOT_SCALE
#undef VNX_WORD
  };
  return CompoundAt(kCompounds, folded, pos);
}
}  // namespace

bool NotAScale(std::string_view folded, std::size_t pos) {
  static constexpr std::string_view kCompounds[] = {
#define VNX_WORD(word, role, value)
#define VNX_NOT_SCALE(words) words,
#define VNX_NOT_DIGIT(words)
#include "numbers/number_words.inc"
#undef VNX_NOT_DIGIT
#undef VNX_NOT_SCALE
#undef VNX_WORD
  };
  return CompoundAt(kCompounds, folded, pos);
}

namespace {
// StartsNumberWord past its byte filters. (Out of line: the filters, which
// answer most calls, then need no registers saved.)
[[gnu::noinline]] bool StartsNumberWordAt(const NumberWords& words, std::string_view folded,
                                          std::size_t pos) {
  if (text::WordCharBefore(folded, pos)) return false;
  const WordEntry* e = words.LookupAt(folded, pos);
  // A number starts with a digit word, mười, trăm (alone: a hundred) or is
  // the whole number "chục"; scales and mươi never start one.
  return e != nullptr && (e->role == Role::kDigit || e->role == Role::kTen ||
                          e->role == Role::kHundred || e->role == Role::kChuc);
}

// The first bytes and first byte pairs of the number words, known at compile
// time (no guard, nothing to set up on the hot path): a number word spelled
// at pos begins with folded[pos] and, unless it is one byte long,
// folded[pos + 1]; a one-byte word admits any second byte.
struct NumberWordFirsts {
  std::array<bool, 256> first{};
  std::array<std::array<std::uint64_t, 4>, 256> pair{};  // [b0][b1 / 64] bit b1 % 64
  constexpr bool Pair(unsigned char b0, unsigned char b1) const {
    return ((pair[b0][b1 / 64] >> (b1 % 64)) & 1) != 0;
  }
};
constexpr NumberWordFirsts kNumberWordFirsts = [] {
  constexpr std::string_view kWords[] = {
#define VNX_WORD(word, role, value) word,
#define VNX_NOT_SCALE(words)
#define VNX_NOT_DIGIT(words)
#include "numbers/number_words.inc"
#undef VNX_NOT_DIGIT
#undef VNX_NOT_SCALE
#undef VNX_WORD
  };
  NumberWordFirsts f;
  for (std::string_view w : kWords) {
    const auto b0 = static_cast<unsigned char>(w[0]);
    f.first[b0] = true;
    if (w.size() == 1) {
      for (std::uint64_t& bits : f.pair[b0]) bits = ~std::uint64_t{0};
    } else {
      const auto b1 = static_cast<unsigned char>(w[1]);
      f.pair[b0][b1 / 64] |= std::uint64_t{1} << (b1 % 64);
    }
  }
  return f;
}();
}  // namespace

bool StartsNumberWord(const NumberWords& words, std::string_view folded, std::size_t pos) {
  // Called at every word of every sentence: a byte no number word starts
  // with, or a pair of bytes none starts with, answers at once.
  if (pos >= folded.size()) return false;
  const auto b0 = static_cast<unsigned char>(folded[pos]);
  if (!kNumberWordFirsts.first[b0]) return false;
  if (pos + 1 < folded.size() &&
      !kNumberWordFirsts.Pair(b0, static_cast<unsigned char>(folded[pos + 1]))) {
    return false;
  }
  return StartsNumberWordAt(words, folded, pos);
}

std::size_t SkipNumberWords(const NumberWords& words, std::string_view folded, std::size_t pos) {
  std::size_t end = pos;
  for (;;) {
    std::size_t p = end;
    if (p < folded.size() && folded[p] == ' ') {
      p += 1;
    } else if (p + 1 < folded.size() && folded[p] == ',' && folded[p + 1] == ' ') {
      p += 2;
    } else {
      break;
    }
    const std::string_view word = WordAt(folded, p);
    if (word.empty() || words.Lookup(word) == nullptr) break;
    end = p + word.size();
  }
  return end;
}

std::optional<SpelledNumber> ScanSpelled(const NumberWords& words, std::string_view folded,
                                         std::size_t pos) {
  if (!StartsNumberWord(words, folded, pos)) return std::nullopt;
  return ReadSpelledWords(
      words, [](const NumberWords& w, std::string_view word) { return w.Lookup(word); }, folded,
      pos);
}

std::optional<SpelledNumber> ReadSpelledWords(const NumberWords& table, WordLookup lookup,
                                              std::string_view folded, std::size_t pos) {
  double total = 0;     // finished parts times their scale
  long long group = 0;  // the group below 1000 being read
  long long max_scale = 1;
  long long last_scale = 0;  // the value of the last scale word read (0: none yet)
  // A digit waiting for mươi/trăm/chục/scale. (Two plain variables rather
  // than std::optional: g++ 12 -O2 warns maybe-uninitialized on the latter.)
  bool has_pending = false;
  long long pending_value = 0;
  // What the pending digit follows: kScale, kHundred, or kDigit (it opens
  // the number or follows a comma).
  Role pending_after = Role::kDigit;
  Phase phase = Phase::kStart;
  long long trailing_unit = 0;  // place value of a lone digit after trăm/scale
  bool pending_is_trailing_only = false;
  Role last_role = Role::kDigit;
  int words = 0;
  bool has_scale = false;
  // "một tỷ, năm trăm triệu": groups after a comma that follows a scale word
  // (number-to-text-vietnamese writes so). The part after the comma counts
  // only once it holds trăm or a scale word below the one before the comma.
  bool after_comma = false;        // the word right after "<scale>, "
  bool comma_unconfirmed = false;  // no trăm or scale word since the comma
  long long comma_scale = 0;       // the scale word before the last comma
  bool stopped_at_number = false;

  std::optional<SpelledNumber> best;
  auto value_now = [&](bool trailing) {
    const double tail = has_pending ? (trailing && trailing_unit > 0
                                           ? static_cast<double>(pending_value * trailing_unit)
                                           : static_cast<double>(pending_value))
                                    : 0.0;
    return total + static_cast<double>(group) + tail;
  };
  auto accept = [&](std::size_t end, double value) {
    best = SpelledNumber{pos, end, value, words, has_scale, false};
  };
  // The entry of the word after the one ending at `end` (one space between).
  auto next_at = [&](std::size_t end, std::size_t* at) -> const WordEntry* {
    if (end >= folded.size() || folded[end] != ' ') return nullptr;
    *at = end + 1;
    return lookup(table, WordAt(folded, end + 1));
  };
  // A scale word below the last one at the word after `end` ("một tỷ năm
  // triệu": triệu after tỷ).
  auto smaller_scale_next = [&](std::size_t end) {
    std::size_t at = 0;
    const WordEntry* n = next_at(end, &at);
    return n != nullptr && n->role == Role::kScale && n->value < last_scale &&
           !NotAScale(folded, at);
  };
  // Tens said without mươi: the units word `u` (at `at`, ending at `u_end`)
  // after a digit d that follows `after`. "hai mốt" (21), "ba tư" (34) open
  // a number; after trăm a plain digit too ("năm trăm sáu bảy" = 567, as
  // "một trăm hai" is 120), never năm (years) or một/không; after a scale
  // word only before a smaller one ("một triệu hai lăm nghìn"), since "một
  // triệu hai" is 1 200 000. "hai ba" at the start is two or three.
  auto tens_units = [&](const WordEntry* u, std::size_t at, std::size_t u_end, long long d,
                        Role after) {
    if (u == nullptr || d < 2) return false;
    if (u->role == Role::kDigitAfterTens) {
      if (NotADigit(folded, at)) return false;
      return after != Role::kScale || smaller_scale_next(u_end);
    }
    return u->role == Role::kDigit && after == Role::kHundred && u->value >= 2 && u->value != 5;
  };

  std::size_t p = pos;
  while (p < folded.size()) {
    const std::string_view word = WordAt(folded, p);
    if (word.empty()) break;
    const WordEntry* e = lookup(table, word);
    if (e == nullptr) break;
    const std::size_t end = p + word.size();
    const long long v = e->value;
    const bool after_scale_word =
        words > 0 && !after_comma && (last_role == Role::kScale || last_role == Role::kHundred);
    bool ok = true;
    bool number_word = true;  // when !ok: a number word the grammar cannot take here
    bool finished = false;    // the number cannot continue after this word
    switch (e->role) {
      case Role::kDigit:
      case Role::kDigitAfterTens:
        if (e->role == Role::kDigitAfterTens && NotADigit(folded, p)) {
          ok = false;  // "hai mươi tư vấn viên": tư begins another word
          number_word = false;
          break;
        }
        if (phase == Phase::kAfterTen) {
          // Units after mười/mươi: never "năm" (five is lăm there) or "không".
          if (word == "năm" || v == 0 || (last_role == Role::kTen && word == "mốt")) {
            ok = false;
            break;
          }
          group += v;
          phase = Phase::kClosed;
        } else if (phase == Phase::kAfterZeroTens) {
          if (v == 0) {
            ok = false;
            break;
          }
          group += v;
          phase = Phase::kClosed;
        } else if (has_pending) {
          // "hai mốt", "một trăm hai mốt", "năm trăm sáu bảy".
          if (pending_is_trailing_only ||
              !(phase == Phase::kStart || phase == Phase::kAfterHundred) || group % 100 != 0 ||
              !tens_units(e, p, end, pending_value, pending_after)) {
            ok = false;
            break;
          }
          group += pending_value * 10 + v;
          has_pending = false;
          phase = Phase::kClosed;
        } else if (after_scale_word) {
          // "một triệu hai", "ba trăm hai": the next place down — unless the
          // digit starts the next group ("một nghìn hai trăm", "hai mươi mốt
          // nghìn không trăm mười một", "một tỷ năm triệu", "một triệu không
          // nghìn", "không trăm năm tư"). A trailing "năm" or "không" is a
          // year or a negation far more often than a digit.
          std::size_t at = 0;
          const WordEntry* next = next_at(end, &at);
          const bool starts_group =
              next != nullptr &&
              (next->role == Role::kHundred || next->role == Role::kTens ||
               (last_role == Role::kScale && smaller_scale_next(end)) ||
               (last_role == Role::kHundred && e->role == Role::kDigit &&
                tens_units(next, at, at + WordAt(folded, at).size(), v, Role::kHundred)));
          if ((word == "năm" || v == 0) && !starts_group) {
            ok = false;
            break;
          }
          has_pending = true;
          pending_value = v;
          pending_after = last_role;
          pending_is_trailing_only = e->role == Role::kDigitAfterTens;
        } else if (phase == Phase::kStart && group == 0 && e->role == Role::kDigit) {
          has_pending = true;
          pending_value = v;
          pending_after = Role::kDigit;
          pending_is_trailing_only = false;
        } else {
          ok = false;
        }
        break;
      case Role::kTen:
        if (has_pending || !(phase == Phase::kStart || phase == Phase::kAfterHundred) ||
            group % 100 != 0) {
          ok = false;
          break;
        }
        group += 10;
        phase = Phase::kAfterTen;
        break;
      case Role::kTens:
        if (!has_pending || pending_value < 2 || pending_is_trailing_only ||
            !(phase == Phase::kStart || phase == Phase::kAfterHundred)) {
          ok = false;
          break;
        }
        group += pending_value * 10;
        has_pending = false;
        phase = Phase::kAfterTen;
        break;
      case Role::kChuc:
        if ((has_pending && (pending_value == 0 || pending_is_trailing_only)) ||
            phase != Phase::kStart || group != 0) {
          ok = false;
          break;
        }
        group += (has_pending ? pending_value : 1) * 10;
        has_pending = false;
        phase = Phase::kClosed;
        break;
      case Role::kHundred:
        if (group != 0 || phase != Phase::kStart || pending_is_trailing_only) {
          ok = false;
          break;
        }
        group = (has_pending ? pending_value : 1) * 100;
        has_pending = false;
        phase = Phase::kAfterHundred;
        trailing_unit = 10;
        comma_unconfirmed = false;
        break;
      case Role::kZeroTens:
        if (has_pending ||
            !(phase == Phase::kAfterHundred ||
              (phase == Phase::kStart && last_role == Role::kScale && !after_comma))) {
          ok = false;
          break;
        }
        phase = Phase::kAfterZeroTens;
        break;
      case Role::kScale: {
        if (NotAScale(folded, p)) {
          ok = false;  // "tỷ lệ"
          number_word = false;
          break;
        }
        if (pending_is_trailing_only || phase == Phase::kAfterZeroTens ||
            (comma_scale != 0 && v >= comma_scale)) {
          ok = false;
          break;
        }
        const long long g = group + (has_pending ? pending_value : 0);
        // "một triệu không nghìn ...": a zero group below a larger scale.
        const bool zero_group = has_pending && g == 0 && v < last_scale;
        if (g == 0 && !(last_role == Role::kScale && words > 0 && !after_comma) && !zero_group) {
          ok = false;  // "không nghìn", a scale with nothing before it
          break;
        }
        if (v > max_scale) {
          total = (total + static_cast<double>(g)) * static_cast<double>(v);
          max_scale = v;
        } else {
          total += static_cast<double>(g) * static_cast<double>(v);
        }
        group = 0;
        has_pending = false;
        phase = Phase::kStart;
        trailing_unit = v / 10;
        has_scale = true;
        last_scale = v;
        comma_unconfirmed = false;
        break;
      }
      case Role::kHalf:
        if (last_role == Role::kHundred && phase == Phase::kAfterHundred) {
          group += 50;
        } else if (last_role == Role::kScale && !after_comma) {
          total += static_cast<double>(trailing_unit) * 5.0;  // half of the scale
        } else if (has_pending && words == 1) {
          total += 0.5;  // "một rưỡi"
        } else {
          ok = false;
          break;
        }
        pending_is_trailing_only = false;
        finished = true;
        break;
      case Role::kDozen:
        if (words > 1 || (has_pending && pending_value == 0) || group != 0 || total != 0) {
          ok = false;
          break;
        }
        group = (has_pending ? pending_value : 1) * 12;
        has_pending = false;
        finished = true;
        break;
    }
    if (!ok) {
      // A number word the grammar cannot take: the words do not make one
      // number ("một trăm hai ba"), unless it is năm (years) or không (not),
      // which follow numbers in running text.
      stopped_at_number = number_word && word != "năm" && !(e->role == Role::kDigit && v == 0);
      break;
    }
    ++words;
    last_role = e->role;
    after_comma = false;
    // Valid ends: anything but a dangling linh/lẻ or a comma part without
    // trăm or a scale word.
    if (phase != Phase::kAfterZeroTens && !comma_unconfirmed) {
      const bool trailing = has_pending && after_scale_word &&
                            (e->role == Role::kDigit || e->role == Role::kDigitAfterTens);
      accept(end, value_now(trailing));
    }
    if (finished || end >= folded.size()) break;
    if (folded[end] == ' ') {
      p = end + 1;
      continue;
    }
    if (e->role == Role::kScale && folded[end] == ',' && end + 2 < folded.size() &&
        folded[end + 1] == ' ') {
      after_comma = true;
      comma_unconfirmed = true;
      comma_scale = v;
      p = end + 2;
      continue;
    }
    break;
  }
  if (best) best->stopped_at_number = stopped_at_number;
  return best;
}

}  // namespace vnextract::numbers
