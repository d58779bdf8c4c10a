// The indicator vocabulary (context/concepts.inc) and how a figure gets a
// concept: its label names the concept (or, inside a frame, one of its
// subnames), every other word of the label is a modifier or a place
// (context/modifiers.inc, context/places.inc), and its unit and kind fit
// the concept's measure. Built once by internal::Grammar; read-only after.
#ifndef VNEXTRACT_SRC_CONTEXT_CONCEPTS_H_
#define VNEXTRACT_SRC_CONTEXT_CONCEPTS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "context/places.h"
#include "context/tokens.h"
#include "vnextract/indicator.h"

namespace vnextract::context {

enum class Group {
  kNationalAccounts,
  kPrices,
  kIndustry,
  kTrade,
  kInvestment,
  kPublicFinance,
  kAgriculture,
  kTourism,
  kLabour,
  kSocial,
  kEnergy,
  kTransport,
  kCredit,
};
enum class Measure { kLevel, kRate, kGrowth, kShare };
enum class Relation { kOwn, kGrowthOf, kPlanRatioOf, kChangeOf };

// One row of concepts.inc, as written.
struct ConceptEntry {
  std::string_view id;
  Group group;
  Measure measure;
  Relation relation;
  std::string_view base;
  std::string_view units;
  std::string_view display;
  std::string_view names;
  std::string_view subnames;
  std::string_view frames;
};
std::vector<ConceptEntry> ConceptEntries();
std::vector<std::string_view> ModifierEntries();

std::string_view GroupName(Group group);  // "national_accounts", ...
std::string_view MeasureName(Measure m);  // "level", "rate", "growth", "share"

// A phrase as read: the text it sits in (as written and its FoldKey, the
// same offsets) and its tokens, a span of that text's tokens (a label is
// read inside its sentence, already cut, when it is written there whole).
struct Phrase {
  std::string_view text;
  std::string_view folded;
  std::span<const Token> tokens;
  // Each token's word id in the vocabulary (Vocabulary::WordIds), or empty:
  // Vocabulary::Read finds them.
  std::span<const std::uint32_t> ids = {};
};

// What the matcher reads of a figure.
struct FigureFacts {
  std::string_view label;
  std::string_view unit;
  Kind kind = Kind::kActual;
  std::optional<std::string_view> compare_to;
};

// What the matcher reads around a figure: the concepts of the figures
// before it in its sentence (nearest last) and the sentence's tokens before
// it (for the phrase frames of subnames).
struct FrameContext {
  std::vector<int> previous;  // concept indexes, -1 for none
  // The sentence's word ids (Vocabulary::WordIds of its tokens).
  std::span<const std::uint32_t> sentence_ids;
};

class Vocabulary {
 public:
  Vocabulary();
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  struct Frame {
    int target = -1;                   // "@id"
    std::string phrase;                // a phrase (its TokenKey), when target < 0
    std::vector<std::uint32_t> words;  // the phrase's word ids
  };
  struct Concept {
    ConceptEntry entry;
    std::uint32_t families = 0;           // unit families (bits)
    std::vector<std::string_view> units;  // canonical units named one by one
    int base = -1;
    std::vector<int> dependents;  // concepts whose base this is
    std::vector<Frame> frames;
  };

  std::size_t size() const { return concepts_.size(); }
  const Concept& at(int index) const { return concepts_[static_cast<std::size_t>(index)]; }
  std::size_t names() const { return names_; }
  std::size_t subnames() const { return subnames_; }
  std::size_t modifiers() const { return modifier_count_; }
  std::size_t indexed_words() const { return words_.size(); }
  // The index of concept `id`, or -1.
  int Find(std::string_view id) const;

  // A phrase read against the vocabulary: the names spelled in it and its
  // words that may stand beside a name. Read once, asked again (a change
  // repeats its level's label); the caller owns it.
  class Reading {
   public:
    const Phrase& phrase() const { return phrase_; }

   private:
    friend class Vocabulary;
    struct Hit {
      std::size_t at, len;
      const void* pattern;
    };
    Phrase phrase_;
    std::vector<std::uint32_t> ids_;  // the phrase's ids, when it came without
    std::vector<Hit> hits_;           // longest first
    std::vector<char> harmless_;      // per token: a number, an aside, a modifier
    bool harmless_ready_ = false;     // harmless_ is filled
    bool places_marked_ = false;      // and the places in it marked too
    std::vector<Mention> places_;
  };
  void Read(const Phrase& phrase, Reading* reading) const;

  // Appends to *ids the word id of every token (TokenMap::kMissing for a
  // word no name, subname, frame or modifier holds): the form the tables
  // are matched in.
  void WordIds(std::span<const Token> tokens, std::vector<std::uint32_t>* ids) const;

  // The concept of the figure whose label (or the phrase standing for it)
  // was read into `reading`, or -1. `places` finds the named places in the
  // phrase (they are modifiers).
  int Match(Reading& reading, const FigureFacts& figure, const FrameContext& frame,
            const Places& places) const;
  // The same for figure.label, read here.
  int Match(const FigureFacts& figure, const FrameContext& frame, const Places& places) const;

  // Whether every word of the phrase is a number, a modifier or a place: it
  // names nothing measured ("huyện Đức Trọng", "trị giá", "TP. Cần Thơ").
  bool ContentFree(Reading& reading, const Places& places) const;
  bool ContentFree(std::string_view label, const Places& places) const;

  // Sets (*marks)[k] for every token of `tokens` inside a modifier
  // (modifiers.inc).
  void MarkModifiers(std::span<const Token> tokens, std::span<const std::uint32_t> ids,
                     std::vector<char>* marks) const;

  // Whether a figure with `unit`, `kind` and `compare_to` can be a value of
  // concept `index` read through `relation` (kOwn: by its own names).
  bool Fits(int index, bool by_base_name, std::string_view unit, Kind kind,
            const std::optional<std::string_view>& compare_to) const;

 private:
  struct Pattern {
    int index = -1;
    bool subname = false;
  };
  bool FrameRank(const Concept& c, const FrameContext& frame, int* rank) const;
  void Add(int index, std::string_view list, bool subname);
  std::vector<std::uint32_t> Intern(std::string_view phrase);

  std::vector<Concept> concepts_;
  TokenMap words_;                 // every word of the tables -> its id
  std::vector<Pattern> patterns_;  // every name and subname
  PhraseTrie names_trie_;          // their words -> patterns_ index
  PhraseTrie modifiers_trie_;
  std::size_t names_ = 0;
  std::size_t subnames_ = 0;
  std::size_t modifier_count_ = 0;
};

}  // namespace vnextract::context

#endif  // VNEXTRACT_SRC_CONTEXT_CONCEPTS_H_
