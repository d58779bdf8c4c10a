// The context stage, after linking (extractor.cc's Assemble calls it once
// per document): every indicator gets
//  - concept / concept_label: what was measured, from the vocabulary
//    (context/concepts.h), when its label, unit and kind fit a concept;
//  - area / area_level: the place it describes, from the figure's clause,
//    then its sentence, the heading above its paragraph, the lead, the title
//    and last the page's own identity (the portal's name), each read with
//    the gazetteer (context/places.h); "toàn tỉnh", "trên địa bàn", "KCN"
//    resolve to the page's own province, place or zone;
//  - restates: for a title, lead or caption figure that repeats a figure
//    further down (same value, unit, period and kind, a compatible label),
//    the index of that figure.
#ifndef VNEXTRACT_SRC_CONTEXT_ANNOTATE_H_
#define VNEXTRACT_SRC_CONTEXT_ANNOTATE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context/concepts.h"
#include "context/places.h"
#include "vnextract/document.h"

namespace vnextract::context {

// Where an indicator was found, as the extractor knows it.
struct FigureSite {
  Section section = Section::kBody;
  std::size_t block = 0;   // which caption, paragraph or table of its section
  std::size_t offset = 0;  // the figure's begin in its sentence (text figures)
};

// The page around the indicators.
struct PageText {
  std::optional<std::string_view> title;
  std::optional<std::string_view> lead;
  std::vector<std::string_view> paragraphs;      // body paragraphs, in order
  std::vector<std::string_view> table_captions;  // per table ("" for none)
  std::vector<std::string_view> identity;        // the portal's own names
  std::optional<Date> published;
};

// Fills concept, concept_label, area, area_level and restates of
// `indicators` (sites[i] is where indicators[i] was found).
void Annotate(const Vocabulary& vocabulary, const Places& places, const PageText& page,
              const std::vector<FigureSite>& sites, std::vector<Indicator>& indicators);

}  // namespace vnextract::context

#endif  // VNEXTRACT_SRC_CONTEXT_ANNOTATE_H_
