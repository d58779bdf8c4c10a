// The fast paths against their plain twins on one input, shared by the
// differential test (tests/plain_differential_test.cc) and the fuzzer
// (tests/fuzz/fuzz_differential.cc). Each check returns an empty string when
// fast and plain agree, else a description of the first difference.
#ifndef VNEXTRACT_TESTS_PLAIN_PLAIN_CHECKS_H_
#define VNEXTRACT_TESTS_PLAIN_PLAIN_CHECKS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vnextract {
class Extractor;
}
namespace vnextract::internal {
class Grammar;
}

namespace vnextract::plain {

// What the checks compared (for tests that the inputs reach them).
struct Counts {
  std::size_t quantities = 0;  // quantities found (by both)
  std::size_t spelled = 0;     // spelled numbers read (by both)
  std::size_t labels = 0;      // labels cleaned (by both)
};

// On `input` as bytes: every lexicon's MatchAt (plain and glued) and
// MatchEndingAt, and the number words (Lookup, LookupAt, StartsNumberWord,
// ScanSpelled) at each of the first `positions` positions of its folded
// copy (all by default). When `input` is UTF-8: context::Tokenize against
// its twin on its FoldKey; then, on the text the library makes of it (a
// run, as FindQuantities builds it) and on each of its sentences:
// FindQuantitiesIn, CleanLabel on spans before each figure and at random
// (with IsGenericLabel and StartsWithTargetHead on what comes out), and
// PeriodFinder::Find against FindPlain; then the sentences linked by
// indicators::BlockLinker against LinkSentence on each.
std::string CheckAll(const internal::Grammar& grammar, std::string_view input,
                     Counts* counts = nullptr, std::size_t positions = SIZE_MAX);

// text::FindInvalidUtf8 (sixteen bytes at a time where the processor has
// SSSE3) against plain::FindInvalidUtf8 on `input` without each of its
// first 16 bytes and without each of its last 16, so that every sequence
// meets every place in a block (CheckAll runs it first).
std::string CheckUtf8(std::string_view input);

// ExtractHtml as it runs (pre-pass, region parse) against the whole-page
// parse (html::ScopedWholePageParse): the JSON, or the error, must be the
// same (differential_test.cc runs the fixtures and generated pages).
std::string CheckRegionParse(const Extractor& extractor, std::string_view html);

// Each Lexicon's StartingWith / EndingWith and the Grammar's indexes by
// byte and role, against their entries filtered in table order.
std::string CheckIndexes(const internal::Grammar& grammar);

// A random string of the grammar's own words (units, scale words, number
// words, qualifiers, kind cues, comparators, traps, prefixes, label trims,
// period words), digits with '.' and ',' groups and suffixes, punctuation,
// capitals, glued and broken pieces. `state` is a xorshift64 state (not 0).
std::string RandomText(const internal::Grammar& grammar, std::uint64_t& state);
// The same with some bytes replaced by arbitrary ones (not always UTF-8).
std::string RandomBytes(const internal::Grammar& grammar, std::uint64_t& state);

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_PLAIN_CHECKS_H_
