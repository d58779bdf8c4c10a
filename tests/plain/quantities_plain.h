// The plain twin (DESIGN.md section 6) of the quantity finder
// (indicators::FindQuantitiesIn): the same rules (quantity_rules.h, written
// once), read at every character with every lexicon searched entry by entry.
// tests/plain_differential_test.cc and tests/fuzz/fuzz_differential.cc hold
// the two equal.
#ifndef VNEXTRACT_TESTS_PLAIN_QUANTITIES_PLAIN_H_
#define VNEXTRACT_TESTS_PLAIN_QUANTITIES_PLAIN_H_

#include <string_view>
#include <vector>

#include "indicators/quantities.h"

namespace vnextract::plain {

std::vector<indicators::FoundQuantity> FindQuantities(const internal::Grammar& grammar,
                                                      std::string_view text,
                                                      std::string_view folded);

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_QUANTITIES_PLAIN_H_
