// Plain twins (DESIGN.md section 6) of the spelled-number fast paths
// (numbers/spelled.h): StartsNumberWord without its compile-time byte and
// byte-pair filters and without NumberWords::LookupAt (read the whole word,
// then look it up), and ScanSpelled with its words looked up by a linear
// search of the table instead of the first-byte index. The grammar itself
// (numbers::ReadSpelledWords) is the library's: a building block read word
// by word.
#ifndef VNEXTRACT_TESTS_PLAIN_SPELLED_PLAIN_H_
#define VNEXTRACT_TESTS_PLAIN_SPELLED_PLAIN_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "numbers/spelled.h"

namespace vnextract::plain {

// The first entry spelled `word`, in table order, or nullptr.
const numbers::WordEntry* LookupWord(const numbers::NumberWords& words, std::string_view word);

bool StartsNumberWord(const numbers::NumberWords& words, std::string_view folded, std::size_t pos);

std::optional<numbers::SpelledNumber> ScanSpelled(const numbers::NumberWords& words,
                                                  std::string_view folded, std::size_t pos);

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_SPELLED_PLAIN_H_
