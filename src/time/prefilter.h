// Where a period pattern can match, derived from the pattern itself: the
// literals every match starts with, and (when some of those are too short
// to look for) a literal every match holds no more than `reach` bytes after
// its start. The period finder tries a pattern only there (time/periods.h),
// so that nothing has to be kept in step with a pattern by hand.
//
// The analysis reads the part of RE2's syntax the period patterns use:
// literals (UTF-8), groups "(…)" and "(?:…)", alternation, the quantifiers
// ? * + {n} {n,} {n,m} (lazy or not), classes "[…]", "\d", escaped
// punctuation, "." and the anchors ^ $. Anything else is an error.
#ifndef VNEXTRACT_SRC_TIME_PREFILTER_H_
#define VNEXTRACT_SRC_TIME_PREFILTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/status.h"

namespace vnextract::time {

struct Prefilter {
  // Every match begins with one of these; "#" stands for one ASCII digit.
  // None is a prefix of another.
  std::vector<std::string> starts;
  // Empty when every start is a literal of at least kMinLiteral bytes, or
  // when no `near` exists and every start is a literal of at least
  // kMinShortLiteral bytes (the finder then looks for the starts
  // themselves). Otherwise every match holds `near` (at least kMinLiteral
  // bytes) beginning no more than `reach` bytes after the match's start.
  std::string near;
  std::size_t reach = 0;
  // No match is longer than this many bytes (on valid UTF-8); npos when a
  // match can be any length or the pattern holds an assertion (^, $, \b,
  // \B, \A, \z), which reads beyond the match. The finder then gives RE2
  // only that much of the text after a start: the matches there are the
  // same, found sooner.
  std::size_t max_length = std::string::npos;
};

// The literals the finder's scan looks for are at least kMinLiteral bytes;
// a pattern whose starts cannot be (and that holds no such literal near
// its start) may have starts of kMinShortLiteral bytes ("q3/").
inline constexpr std::size_t kMinLiteral = 4;
inline constexpr std::size_t kMinShortLiteral = 2;

// The prefilter of `pattern`, or kInvalidArgument saying why there is none
// (a construct the analysis does not read, a match that can be empty or
// start anywhere, no literal near the start to look for).
Result<Prefilter> DerivePrefilter(std::string_view pattern);

}  // namespace vnextract::time

#endif  // VNEXTRACT_SRC_TIME_PREFILTER_H_
