// Sentence and clause boundaries inside a run of NFC text.
#ifndef VNEXTRACT_SRC_TEXT_SENTENCES_H_
#define VNEXTRACT_SRC_TEXT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace vnextract::text {

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool cut = false;  // SplitSentences: a piece of a sentence over kMaxSentenceBytes
};

// Sentences of `s`, trimmed, in order. A sentence ends at '.', '!', '?' or
// '…' (with any closing quotes or brackets) followed by a space and a
// capital letter, a digit or an opening quote — or at the end of the text.
// The '.' inside numbers ("1.500") never ends a sentence because no space
// follows it; Vietnamese title abbreviations ("TP.", "ThS.") are kept whole.
//
// A "sentence" longer than kMaxSentenceBytes (no real one is: press-release
// sentences stay under ~800 bytes) is cut at its last ';', ',' or space
// before the limit (the pieces have `cut` set). Every indicator carries its
// sentence, so an unbounded sentence would make output size quadratic in
// the input.
inline constexpr std::size_t kMaxSentenceBytes = 2048;
std::vector<Range> SplitSentences(std::string_view s);

// Clauses of a sentence: split at ';' outside parentheses. Ranges are
// relative to `s`, trimmed of spaces.
std::vector<Range> SplitClauses(std::string_view s);

}  // namespace vnextract::text

#endif  // VNEXTRACT_SRC_TEXT_SENTENCES_H_
