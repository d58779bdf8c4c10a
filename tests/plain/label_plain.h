// The plain twin (DESIGN.md section 6) of label cleaning
// (indicators::CleanLabel, IsGenericLabel, StartsWithTargetHead in
// indicators/label.h). The passes themselves are shared
// (indicators/label_passes.h); the twin runs them with a plain lookup: every
// trim, qualifier and kind cue tried in table order (no index by byte or
// role), frame cues always looked for, the periods filtered rather than
// binary-searched, each verb found by its own search, each "có"/"với" by
// rfind, and the label folded whole after it is cut (the library folds only
// as it copies). What the twin checks is the library's speed-ups.
#ifndef VNEXTRACT_TESTS_PLAIN_LABEL_PLAIN_H_
#define VNEXTRACT_TESTS_PLAIN_LABEL_PLAIN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "time/periods.h"

namespace vnextract::internal {
class Grammar;
}

namespace vnextract::plain {

// `s`, `folded`, `b`, `e` and `periods` as for indicators::CleanLabel (b
// and e on character boundaries of valid UTF-8); there is no `frame_cues`:
// the plain label always looks for them.
std::string CleanLabel(const internal::Grammar& grammar, std::string_view s,
                       std::string_view folded, std::size_t b, std::size_t e,
                       const std::vector<time::PeriodMatch>& periods);

bool IsGenericLabel(std::string_view label);
bool StartsWithTargetHead(std::string_view label);

// Whether the folded sentence holds a frame cue as a whole word (what the
// linker passes CleanLabel as `frame_cues`).
bool HasFrameCue(const internal::Grammar& grammar, std::string_view folded);

}  // namespace vnextract::plain

#endif  // VNEXTRACT_TESTS_PLAIN_LABEL_PLAIN_H_
