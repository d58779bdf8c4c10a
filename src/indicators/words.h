// The linker's words (indicators/linker_words.inc) as constexpr tables, one
// per family, in file order.
#ifndef VNEXTRACT_SRC_INDICATORS_WORDS_H_
#define VNEXTRACT_SRC_INDICATORS_WORDS_H_

#include <algorithm>
#include <cstddef>
#include <span>
#include <string_view>

namespace vnextract::indicators::words {

#define VNX_CUE(name, words) inline constexpr std::string_view name = words;
#include "indicators/linker_words.inc"

struct MeasureSplit {
  std::string_view word;
  bool always;  // else only before a measure head
};
struct Difference {
  std::string_view word;
  int sign;
};

inline constexpr std::string_view kLabelLeads[] = {
#define VNX_LABEL_LEAD(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr MeasureSplit kMeasureSplits[] = {
#define VNX_MEASURE_SPLIT(words, always) {words, always},
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kMeasureHeads[] = {
#define VNX_MEASURE_HEAD(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kLabelVerbs[] = {
#define VNX_LABEL_VERB(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kGenericLabels[] = {
#define VNX_GENERIC_LABEL(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kTargetHeads[] = {
#define VNX_TARGET_HEAD(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kTargetOpeners[] = {
#define VNX_TARGET_OPENER(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kSubjectOpeners[] = {
#define VNX_SUBJECT_OPENER(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kAspectMeasures[] = {
#define VNX_ASPECT_MEASURE(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kBaseHeads[] = {
#define VNX_BASE_HEAD(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kCountLabelStops[] = {
#define VNX_COUNT_LABEL_STOP(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kMultiplierVerbs[] = {
#define VNX_MULTIPLIER_VERB(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kMultiplierSteps[] = {
#define VNX_MULTIPLIER_STEP(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kRankedFillers[] = {
#define VNX_RANKED_FILLER(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr Difference kDifferences[] = {
#define VNX_DIFFERENCE(words, sign) {words, sign},
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kSessionCues[] = {
#define VNX_SESSION_CUE(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kFalling[] = {
#define VNX_FALLING(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kChangeFillers[] = {
#define VNX_CHANGE_FILLER(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kReporting[] = {
#define VNX_REPORTING(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kActionVerbs[] = {
#define VNX_ACTION_VERB(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kSizedNouns[] = {
#define VNX_SIZED_NOUN(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kProduceVerbs[] = {
#define VNX_PRODUCE_VERB(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kClauseVerbs[] = {
#define VNX_CLAUSE_VERB(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kAsOfCues[] = {
#define VNX_AS_OF_CUE(words) words,
#include "indicators/linker_words.inc"
};
inline constexpr std::string_view kWholeHeads[] = {
#define VNX_WHOLE_HEAD(words) words,
#include "indicators/linker_words.inc"
};

// Is `w` one of `table`?
constexpr bool In(std::span<const std::string_view> table, std::string_view w) {
  return std::ranges::find(table, w) != table.end();
}
// The longest word of `table`.
constexpr std::size_t Longest(std::span<const std::string_view> table) {
  std::size_t n = 0;
  for (std::string_view w : table) n = std::max(n, w.size());
  return n;
}

static_assert(std::ranges::all_of(kLabelVerbs, [](std::string_view w) {
  return w.size() >= 2 && w[0] == ' ';
}));  // the label pass finds them at spaces

}  // namespace vnextract::indicators::words

#endif  // VNEXTRACT_SRC_INDICATORS_WORDS_H_
