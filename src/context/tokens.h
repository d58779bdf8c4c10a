// The words the context stage (concepts, places) matches on: text
// case-folded with every byte offset kept (text::FoldCaseKeepOffsets), tone
// marks moved to where the new spelling puts them ("hoá" -> "hóa", "thuỷ" ->
// "thủy": the same bytes long, so offsets still hold), then cut into tokens:
// runs of word characters ("1.500" and "0,05" stay whole: a '.' or ',' between
// digits joins) and single punctuation marks (, ; : ( ) / . and dashes, every
// dash read as "-"). Tables are written in the same form and cut the same
// way, so "nông, lâm nghiệp" and "nông , lâm nghiệp" are one name.
#ifndef VNEXTRACT_SRC_CONTEXT_TOKENS_H_
#define VNEXTRACT_SRC_CONTEXT_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vnextract::context {

struct Token {
  std::size_t begin = 0;  // into the folded text (= into the original)
  std::size_t end = 0;
  std::string_view text;  // the folded bytes, or "-" for any dash
  bool word = false;      // letters or digits (else punctuation)
  bool digits = false;    // a number: only digits, '.' and ','
  // TokenMap::Hash(text), set by Tokenize (0: not computed; TokenMap::Find
  // of a token then computes it).
  std::uint64_t hash = 0;
};

// Folds `s` into *out: lower case, new-style tone placement, same length.
void FoldKey(std::string_view s, std::string* out);

// Old-style tone placement ("oà", "uỷ": the mark on the second vowel of an
// open syllable) and the new one ("òa", "ủy"), where both take the same
// bytes: the moves FoldKey makes, as data (its plain twin reads the same
// table). uỳ, uỹ and oẽ change length: left as written; no table word needs
// them.
struct ToneMove {
  char lead;           // 'o' or 'u'
  const char* marked;  // the marked vowel as written after it
  const char* moved;   // the marked lead vowel, then the plain vowel
};
std::span<const ToneMove> ToneMoves();

// Appends the tokens of `folded` (a FoldKey result) to *out.
void Tokenize(std::string_view folded, std::vector<Token>* out);

// `phrase` folded and tokenized, as one string of token texts joined by
// single spaces ("nông , lâm nghiệp"): how tables key their entries.
std::string TokenKey(std::string_view phrase);

// The token texts of a TokenKey, in order.
std::vector<std::string> KeyWords(std::string_view key);

// The items of a table cell that lists alternatives with '|' ("a|b|c"),
// empty items left out; views into `list`.
std::vector<std::string_view> SplitAlternatives(std::string_view list);

// Whether the character at `original[at]` is a capital letter: its folded
// bytes differ from the original's (the same offsets, FoldCaseKeepOffsets).
bool CapitalAt(std::string_view original, std::string_view folded, std::size_t at);

// An open-addressing map from a token's text to a small integer (an index
// into the owner's vector of buckets), built once and only read after.
class TokenMap {
 public:
  TokenMap() = default;
  // Adds `key` if new; returns its id (ids are dense: 0, 1, ...).
  std::uint32_t Intern(std::string_view key);
  // The id of `key`, or kMissing.
  std::uint32_t Find(std::string_view key) const;
  // The id of `token`'s text, with its hash when Tokenize set it.
  std::uint32_t Find(const Token& token) const;
  // The hash the map files `key` under (FNV-1a).
  static std::uint64_t Hash(std::string_view key);
  std::size_t size() const { return keys_.size(); }
  static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

 private:
  std::uint32_t Find(std::string_view key, std::uint64_t hash) const;
  static std::uint64_t Slot(std::uint64_t hash, std::uint32_t id);
  void Grow();
  std::vector<std::string> keys_;
  // Open addressing, at most half full: the high half of the key's hash and
  // its id + 1 (0 for empty).
  std::vector<std::uint64_t> slots_;
};

// Phrases of word ids (TokenMap ids) in a trie, built once: every phrase
// that starts at a position of a text is found by one walk down from the
// word there, however many phrases share their first words.
class PhraseTrie {
 public:
  // Adds `words` (not empty) with `value`.
  void Add(const std::vector<std::uint32_t>& words, std::uint32_t value);
  // Calls f(length, value) for every phrase written at ids[at...], shortest
  // first; values of one phrase in the order they were added.
  template <typename F>
  void MatchAt(std::span<const std::uint32_t> ids, std::size_t at, F&& f) const {
    if (at >= ids.size() || ids[at] >= first_.size()) return;
    std::uint32_t node = first_[ids[at]];
    for (std::size_t j = at + 1; node != 0; ++j) {
      for (const std::uint32_t v : nodes_[node].values) f(j - at, v);
      if (j >= ids.size()) break;
      node = Child(node, ids[j]);
    }
  }
  std::size_t size() const { return phrases_; }

 private:
  struct Node {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> next;  // (word, node), by word
    std::vector<std::uint32_t> values;
  };
  std::uint32_t Child(std::uint32_t node, std::uint32_t word) const;
  std::vector<std::uint32_t> first_;  // by word id: the node after it, 0 for none
  std::vector<Node> nodes_{Node{}};   // nodes_[0]: no node
  std::size_t phrases_ = 0;
};

}  // namespace vnextract::context

#endif  // VNEXTRACT_SRC_CONTEXT_TOKENS_H_
