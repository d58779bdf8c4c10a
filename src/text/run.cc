#include "text/run.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace vnextract::text {
namespace {

const icu::Normalizer2* Nfc() {
  // ICU returns a process-wide singleton; the first call loads its data.
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

// What a code point becomes in a run.
enum class CharClass { kKeep, kSpace, kDrop };

CharClass Classify(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case 0x00A0:  // NO-BREAK SPACE: portals put &nbsp; inside sentences
    case 0x1680:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return CharClass::kSpace;
    case 0x00AD:  // SOFT HYPHEN
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return CharClass::kDrop;
    default:
      return cp < 0x20 || cp == 0x7F ? CharClass::kSpace : CharClass::kKeep;
  }
}

}  // namespace

Span TextRun::InputSpan(std::size_t begin, std::size_t end) const {
  // The map is not always ascending: the HTML parser moves text it finds
  // inside a table but outside a cell ("foster parenting") before the table,
  // so text order and source order differ. The span covers every byte.
  std::uint32_t lo = map[begin];
  std::uint32_t hi = map[begin];
  for (std::size_t i = begin + 1; i < end; ++i) {
    lo = std::min(lo, map[i]);
    hi = std::max(hi, map[i]);
  }
  return Span{lo, std::size_t{hi} + 1};
}

// Bytes that start a unit DecodeAt may classify as other than kKeep: ASCII
// spaces and controls, and the lead bytes of U+00A0/U+00AD (C2), U+1680
// (E1), U+2000-U+2060 (E2), U+3000 (E3), U+FEFF (EF) — plus A0 and AD
// themselves, which DecodeAt reads as U+00A0 and U+00AD when they stand
// alone (invalid input). Every other unit is kept byte for byte, so runs of
// them are copied at once.
constexpr std::array<bool, 256> kMayNotKeep = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c <= 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c : {0x7F, 0xA0, 0xAD, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) {
    t[static_cast<std::size_t>(c)] = true;
  }
  return t;
}();

template <typename OffsetOf>
void RunBuilder::AppendWith(std::string_view piece, OffsetOf offset_of) {
  // One allocation for the piece (plus a pending space), growing
  // geometrically: a line is built from many small text nodes.
  const std::size_t need = run_.text.size() + piece.size() + 1;
  if (run_.text.capacity() < need) run_.text.reserve(std::max(need, 2 * run_.text.capacity()));
  if (run_.map.capacity() < need) run_.map.reserve(std::max(need, 2 * run_.map.capacity()));
  const auto keep = [&](std::size_t from, std::size_t to) {
    if (from == to) return;
    if (pending_space_) {
      run_.text += ' ';
      run_.map.push_back(pending_offset_);
      pending_space_ = false;
    }
    run_.text.append(piece.substr(from, to - from));
    const std::size_t at = run_.map.size();
    run_.map.resize(at + (to - from));
    std::uint32_t* out = run_.map.data() + at;
    for (std::size_t k = from; k < to; ++k) *out++ = static_cast<std::uint32_t>(offset_of(k));
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(piece.data());
  const std::size_t n = piece.size();
  std::size_t kept_from = 0;  // the units in [kept_from, i) are kept
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = bytes[i];
    if (!kMayNotKeep[c]) {
      // DecodeAt's unit length, by arithmetic: the next position then waits
      // on one load (the byte), not on two (the byte, then a table).
      const std::size_t len = std::size_t{1} + (c >= 0xC0) + (c >= 0xE0) + (c >= 0xF0);
      i += i + len > n ? 1 : len;
      continue;
    }
    // One ' ' between two kept units stays where it is: the collapse below
    // would write the same ' ' with the same offset (pending_offset_ = i)
    // before the next kept unit. This keeps a line in one copy, not one per
    // word.
    if (c == ' ' && i > kept_from && i + 1 < n && !kMayNotKeep[bytes[i + 1]]) {
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t len = DecodeAt(piece, i, &cp);
    const CharClass cls = Classify(cp);
    if (cls == CharClass::kKeep) {
      i += len;
      continue;
    }
    keep(kept_from, i);
    if (cls == CharClass::kSpace && !run_.text.empty() && !pending_space_) {
      pending_space_ = true;
      pending_offset_ = static_cast<std::uint32_t>(offset_of(i));
    }
    i += len;
    kept_from = i;
  }
  keep(kept_from, piece.size());
}

void RunBuilder::Append(std::string_view piece, std::size_t src_begin, std::size_t src_end) {
  if (piece.size() == src_end - src_begin) {
    AppendWith(piece, [src_begin](std::size_t k) { return src_begin + k; });
  } else {
    // Unknown alignment: keep every byte inside the source range.
    const std::size_t last = src_end > src_begin ? src_end - src_begin - 1 : 0;
    AppendWith(piece, [src_begin, last](std::size_t k) { return src_begin + std::min(k, last); });
  }
}

void RunBuilder::AppendMapped(std::string_view piece, std::span<const std::uint32_t> offsets) {
  AppendWith(piece, [offsets](std::size_t k) { return std::size_t{offsets[k]}; });
}

TextRun RunBuilder::Finish() {
  TextRun run = std::move(run_);
  run_ = TextRun{};
  pending_space_ = false;
  const icu::Normalizer2* nfc = Nfc();
  if (run.text.empty() || nfc == nullptr) return run;
  UErrorCode status = U_ZERO_ERROR;
  if (nfc->isNormalizedUTF8(
          icu::StringPiece(run.text.data(), static_cast<int32_t>(run.text.size())), status) ||
      U_FAILURE(status)) {
    return run;
  }
  // Not NFC (some national sites ship NFD): normalise and carry the map
  // through ICU's edit record, so composed letters map to their source.
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, icu::StringPiece(run.text.data(), static_cast<int32_t>(run.text.size())),
                     sink, &edits, status);
  if (U_FAILURE(status)) return run;
  std::vector<std::uint32_t> map(out.size());
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto src = static_cast<std::size_t>(it.sourceIndex());
    const auto dst = static_cast<std::size_t>(it.destinationIndex());
    const auto old_len = static_cast<std::size_t>(it.oldLength());
    const auto new_len = static_cast<std::size_t>(it.newLength());
    for (std::size_t k = 0; k < new_len; ++k) {
      const std::size_t from =
          it.hasChange() ? (k + 1 == new_len ? src + old_len - 1 : src) : src + k;
      map[dst + k] = run.map[std::min(from, run.map.size() - 1)];
    }
  }
  run.text = std::move(out);
  run.map = std::move(map);
  return run;
}

bool IsNfc(std::string_view s) {
  const icu::Normalizer2* nfc = Nfc();
  UErrorCode status = U_ZERO_ERROR;
  return nfc == nullptr ||
         nfc->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
}

std::string ToNfc(std::string_view s) {
  std::string out;
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr) return std::string(s);
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr,
                     status);
  return U_SUCCESS(status) ? out : std::string(s);
}

}  // namespace vnextract::text
