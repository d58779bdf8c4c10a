// Plain twins (DESIGN.md section 6) of context::Tokenize, whose fast path
// reads ASCII through a table and keeps a word's bytes in one loop, and of
// context::FoldKey, whose tone moves are looked for sixteen bytes at a time:
// here each character is asked whether it is a letter and each byte whether
// a move starts there, as both were first written.
#ifndef VNEXTRACT_TESTS_PLAIN_TOKENS_PLAIN_H_
#define VNEXTRACT_TESTS_PLAIN_TOKENS_PLAIN_H_

#include <string>
#include <string_view>
#include <vector>

#include "context/tokens.h"

namespace vnextract::plain {

// `s` folded into *out, as context::FoldKey does.
void FoldKey(std::string_view s, std::string* out);

// Appends the tokens of `folded` to *out, as context::Tokenize does.
void Tokenize(std::string_view folded, std::vector<context::Token>* out);

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_TOKENS_PLAIN_H_
