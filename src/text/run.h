// A run of article text (a title, a paragraph, a line of a dump) with a map
// from each of its bytes back to the byte of the decoded input it came from.
// Whitespace is collapsed, non-breaking and other Unicode spaces become ' ',
// zero-width characters are dropped and the result is NFC — yet every span
// found in the run can still be reported as input offsets.
#ifndef VNEXTRACT_SRC_TEXT_RUN_H_
#define VNEXTRACT_SRC_TEXT_RUN_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vnextract/indicator.h"

namespace vnextract::text {

struct TextRun {
  std::string text;
  std::vector<std::uint32_t> map;  // map[i]: input offset of text[i]

  bool empty() const { return text.empty(); }
  // The input span of text[begin, end): from the lowest to past the highest
  // input offset of those bytes (text the HTML parser moved out of a table
  // maps out of order). Requires begin < end <= text.size().
  Span InputSpan(std::size_t begin, std::size_t end) const;
};

class RunBuilder {
 public:
  // Appends `piece`, which stands for input bytes [src_begin, src_end). When
  // the piece is the input verbatim (same length) the map is exact; otherwise
  // (an entity decoded by the HTML parser) every byte maps inside the range.
  void Append(std::string_view piece, std::size_t src_begin, std::size_t src_end);
  // Appends `piece` whose byte k came from input offset offsets[k] (an HTML
  // text node with entities, aligned by the HTML reader).
  void AppendMapped(std::string_view piece, std::span<const std::uint32_t> offsets);
  bool empty() const { return run_.text.empty(); }
  // Trims, normalises to NFC (only when the text is not NFC already) and
  // returns the run, holding at most twice its size; the builder is left
  // empty (it may keep its buffers for the next run).
  TextRun Finish();

 private:
  template <typename OffsetOf>
  void AppendWith(std::string_view piece, OffsetOf offset_of);

  TextRun run_;
  bool pending_space_ = false;
  // False while every piece so far held only plain letters (ClassifyPiece
  // in run.cc): the run is NFC then, and Finish need not ask ICU.
  bool may_need_nfc_ = false;
  std::uint32_t pending_offset_ = 0;
};

// True when `s` is in NFC; NFC(s) otherwise (a copy). Exposed for tests.
bool IsNfc(std::string_view s);
std::string ToNfc(std::string_view s);

}  // namespace vnextract::text

#endif  // VNEXTRACT_SRC_TEXT_RUN_H_
