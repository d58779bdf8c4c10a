// Plain twin (DESIGN.md section 6) of context::Tokenize, whose fast path
// reads ASCII through a table and keeps a word's bytes in one loop: here
// each character is asked whether it is a letter, as the tokenizer was
// first written.
#ifndef VNEXTRACT_TESTS_PLAIN_TOKENS_PLAIN_H_
#define VNEXTRACT_TESTS_PLAIN_TOKENS_PLAIN_H_

#include <string_view>
#include <vector>

#include "context/tokens.h"

namespace vnextract::plain {

// Appends the tokens of `folded` to *out, as context::Tokenize does.
void Tokenize(std::string_view folded, std::vector<context::Token>* out);

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_TOKENS_PLAIN_H_
