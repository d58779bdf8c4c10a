// Looking for kind cues and words in part of a folded sentence: the
// searches the linker's rules and the fast label lookup share.
#ifndef VNEXTRACT_SRC_INDICATORS_CUE_SEARCH_H_
#define VNEXTRACT_SRC_INDICATORS_CUE_SEARCH_H_

#include <cstddef>
#include <span>
#include <string_view>

#include "indicators/lexicon.h"
#include "vnextract/indicator.h"

namespace vnextract::internal {
class Grammar;
}

namespace vnextract::indicators {

// `words`, when given, is the filter of `folded` (lexicon.h): cues it
// cannot hold are not searched.

// The kind cues of `role`, in table order.
std::span<const KindEntry* const> CuesOf(const internal::Grammar& g, KindRole role);

// The end of the last kind cue of `role` in folded[b, e), or npos.
std::size_t LastCueEnd(const internal::Grammar& g, std::string_view folded, std::size_t b,
                       std::size_t e, KindRole role, const WordFilter* words = nullptr);

// The end of the first kind cue of `role` in folded[b, e), or npos.
std::size_t FirstCueEnd(const internal::Grammar& g, std::string_view folded, std::size_t b,
                        std::size_t e, KindRole role, const WordFilter* words = nullptr);

// Does folded[b, e) hold a kind cue of `role` and `kind`?
bool HasCue(const internal::Grammar& g, std::string_view folded, std::size_t b, std::size_t e,
            KindRole role, Kind kind, const WordFilter* words = nullptr);

// The last occurrence of `w` that lies inside f[b, e), or npos: what
// f.substr(0, e).rfind(w) finds when that is at or after b.
std::size_t RFindIn(std::string_view f, std::string_view w, std::size_t b, std::size_t e);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_CUE_SEARCH_H_
