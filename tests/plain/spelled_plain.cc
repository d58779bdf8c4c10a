#include "plain/spelled_plain.h"

#include "text/utf8.h"

namespace vnextract::plain {

using numbers::Role;
using numbers::WordEntry;

const WordEntry* LookupWord(const numbers::NumberWords& words, std::string_view word) {
  for (const WordEntry& e : words.entries()) {
    if (e.word == word) return &e;
  }
  return nullptr;
}

bool StartsNumberWord(const numbers::NumberWords& words, std::string_view folded, std::size_t pos) {
  if (pos >= folded.size() || text::WordCharBefore(folded, pos)) return false;
  const WordEntry* e = LookupWord(words, numbers::WordAt(folded, pos));
  // A number starts with a digit word, mười, trăm or chục.
  return e != nullptr && (e->role == Role::kDigit || e->role == Role::kTen ||
                          e->role == Role::kHundred || e->role == Role::kChuc);
}

std::optional<numbers::SpelledNumber> ScanSpelled(const numbers::NumberWords& words,
                                                  std::string_view folded, std::size_t pos) {
  if (!plain::StartsNumberWord(words, folded, pos)) return std::nullopt;
  return numbers::ReadSpelledWords(words, &LookupWord, folded, pos);
}

}  // namespace vnextract::plain
