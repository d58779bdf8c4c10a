// The grammar for tests that call internal functions (the Extractor holds
// its own): built once for the test binary.
#ifndef VNEXTRACT_TESTS_TEST_GRAMMAR_H_
#define VNEXTRACT_TESTS_TEST_GRAMMAR_H_

#include <cstdlib>
#include <iostream>
#include <memory>
#include <utility>

#include "grammar.h"

namespace vnextract::testing {

inline const internal::Grammar& TestGrammar() {
  static const std::unique_ptr<const internal::Grammar> grammar = [] {
    auto g = internal::Grammar::Build();
    if (!g.ok()) {
      std::cerr << "Grammar::Build: " << g.status().ToString() << "\n";
      std::abort();
    }
    return std::move(*g);
  }();
  return *grammar;
}

}  // namespace vnextract::testing

#endif  // VNEXTRACT_TESTS_TEST_GRAMMAR_H_
