// Spelled-out Vietnamese numbers ("hai mươi mốt nghìn không trăm mười một",
// "một trăm rưỡi", "một triệu hai") read from case-folded text.
//
// The grammar, as Vietnamese counts:
//  * a group below 1000 is [D trăm] [linh|lẻ D | mười [U] | D mươi [U] | D chục | D],
//    where U after mười/mươi may be mốt (1), tư (4), lăm/nhăm (5) — and "năm"
//    after mười/mươi is never five ("mười năm" is ten years);
//  * groups combine with nghìn/ngàn, triệu, tỷ/tỉ; a larger scale after a
//    smaller one multiplies everything before it ("ba nghìn tỷ" = 3e12);
//  * a lone digit right after a scale or trăm is the next place down
//    ("một triệu hai" = 1 200 000, "ba trăm hai" = 320, "hai nghìn tư" = 2 400);
//    a digit that opens the next group is not ("một tỷ năm triệu" = 1 005 000 000,
//    "một triệu không nghìn không trăm linh một" = 1 000 001);
//  * tens said without mươi: "hai mốt" (21), "ba tư" (34), "một trăm hai mốt"
//    (121), "năm trăm sáu bảy" (567); "hai ba" alone is two or three, not read;
//  * groups may follow a scale word after a comma ("một tỷ, năm trăm triệu")
//    when they hold trăm or a smaller scale word;
//  * rưỡi adds half of the unit before it ("một trăm rưỡi" = 150, "một rưỡi" = 1.5);
//  * tá is a dozen ("hai tá" = 24).
// Whether a spelled number is a quantity in running text is decided by the
// caller (indicators/quantities.cc): single words like "một", "không" are far
// more often determiners or negation than numbers.
#ifndef VNEXTRACT_SRC_NUMBERS_SPELLED_H_
#define VNEXTRACT_SRC_NUMBERS_SPELLED_H_

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace vnextract::numbers {

struct SpelledNumber {
  std::size_t begin = 0;
  std::size_t end = 0;
  double value = 0;
  int words = 0;           // number words consumed
  bool has_scale = false;  // consumed nghìn/triệu/tỷ
  // The scan stopped at a number word it could not take ("một trăm hai ba":
  // the words do not make one number); never set for năm or không, which
  // follow numbers in running text ("hai mươi năm", "một triệu không?").
  bool stopped_at_number = false;
};

// The roles of number_words.inc.
enum class Role {
  kDigit,
  kDigitAfterTens,
  kTen,
  kTens,
  kChuc,
  kHundred,
  kZeroTens,
  kScale,
  kHalf,
  kDozen
};

struct WordEntry {
  std::string_view word;
  Role role;
  long long value;
};

// The number words of number_words.inc, indexed by the first byte of their
// word. Built once, by internal::Grammar (grammar.h).
class NumberWords {
 public:
  NumberWords();
  NumberWords(const NumberWords&) = delete;
  NumberWords& operator=(const NumberWords&) = delete;

  std::span<const WordEntry> entries() const { return entries_; }
  // The entry spelled `word`: the first in table order, or nullptr.
  const WordEntry* Lookup(std::string_view word) const;
  // Lookup(the word starting at s[pos]), without reading the whole word
  // first when every entry is made of word characters.
  const WordEntry* LookupAt(std::string_view s, std::size_t pos) const;

 private:
  std::vector<WordEntry> entries_;
  std::array<std::vector<const WordEntry*>, 256> by_first_;
  bool all_word_chars_ = false;
};

// True when a scale word at folded[pos] is the start of another word
// ("tỷ trọng", "tỷ lệ", "triệu chứng"): no scale there.
bool NotAScale(std::string_view folded, std::size_t pos);

// True when the word at folded[pos] is a number word that can start a
// number (a digit word, mười, trăm, chục).
bool StartsNumberWord(const NumberWords& words, std::string_view folded, std::size_t pos);

// The end of the number words after folded[pos] (one space or ", " before
// each), or pos: what follows a number that stopped at a number word, left
// unread with it.
std::size_t SkipNumberWords(const NumberWords& words, std::string_view folded, std::size_t pos);

// The longest valid spelled number starting at folded[pos] (a word start).
std::optional<SpelledNumber> ScanSpelled(const NumberWords& words, std::string_view folded,
                                         std::size_t pos);

// The grammar ScanSpelled applies once StartsNumberWord holds at pos: the
// longest valid spelled number whose words start at folded[pos], each word
// found by `lookup` (ScanSpelled passes NumberWords::Lookup's index; the
// plain twin in tests/plain/ a linear search). No check of the start.
using WordLookup = const WordEntry* (*)(const NumberWords& words, std::string_view word);
std::optional<SpelledNumber> ReadSpelledWords(const NumberWords& table, WordLookup lookup,
                                              std::string_view folded, std::size_t pos);

// The word starting at s[pos]: up to the next non-word character.
std::string_view WordAt(std::string_view s, std::size_t pos);

}  // namespace vnextract::numbers

#endif  // VNEXTRACT_SRC_NUMBERS_SPELLED_H_
