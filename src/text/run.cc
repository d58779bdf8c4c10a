#include "text/run.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// What a piece of a line holds, eight bytes at a time with no branch on the
// data. A piece is kPlain when it is printable ASCII with single spaces and
// the letters Vietnamese is written with, U+00C0-U+01BF (C3-C6 xx) and
// U+1E00-U+1EFF (E1 B8-BB xx), well formed, and neither end is a space:
// every unit of it is kept as it is (nothing to collapse or drop). It is
// kPlainLetters when that holds once runs of ASCII spaces, controls and DEL
// are allowed too: those only collapse to ' '. Either way each character
// kept is NFC on its own and combines with nothing (NFC_Quick_Check Yes,
// combining class 0; RunTest checks the ranges against ICU), so a run made
// of such pieces is NFC.
enum class PieceKind { kOther, kPlainLetters, kPlain };

#if defined(__SSE2__)

// The same judgement sixteen bytes at a time, each class a byte compare:
// a byte that must continue a sequence is the lead's one or two bytes
// later (shifted in from the block before); one block past the end, of
// 'a's, catches a sequence the end cuts.
PieceKind ClassifyPiece(std::string_view s) {
  if (s.empty()) return PieceKind::kOther;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const auto set = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
  const auto in_range = [](__m128i v, __m128i lo, __m128i hi) {
    return _mm_and_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, lo), v),
                         _mm_cmpeq_epi8(_mm_min_epu8(v, hi), v));
  };
  // x moved `k` bytes later, its first `k` bytes from the end of `before`.
  const auto later1 = [](__m128i x, __m128i before) {
    return _mm_or_si128(_mm_slli_si128(x, 1), _mm_srli_si128(before, 15));
  };
  const auto later2 = [](__m128i x, __m128i before) {
    return _mm_or_si128(_mm_slli_si128(x, 2), _mm_srli_si128(before, 14));
  };
  const __m128i top2 = set(0xC0), cont_bits = set(0x80);
  const __m128i c3 = set(0xC3), c6 = set(0xC6), b8 = set(0xB8), bb = set(0xBB);
  const __m128i e1_byte = set(0xE1), space_byte = set(0x20), del_byte = set(0x7F);
  const __m128i zero = _mm_setzero_si128(), below_space = set(0x1F);
  __m128i leads_before = zero, e1_before = zero, space_before = zero;
  __m128i letter_faults = zero, space_faults = zero;
  for (std::size_t i = 0; i <= n; i += 16) {
    __m128i v;
    if (i + 16 <= n) {
      v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    } else {
      alignas(16) unsigned char tail[16];
      std::memset(tail, 'a', sizeof tail);
      std::memcpy(tail, p + i, n - i);
      v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
    }
    const __m128i top = _mm_and_si128(v, top2);
    const __m128i lead = _mm_cmpeq_epi8(top, top2);
    const __m128i continuation = _mm_cmpeq_epi8(top, cont_bits);
    const __m128i e1 = _mm_cmpeq_epi8(v, e1_byte);
    const __m128i leads = _mm_or_si128(in_range(v, c3, c6), e1);
    const __m128i asked = _mm_or_si128(later1(leads, leads_before), later2(e1, e1_before));
    const __m128i after_e1 = later1(e1, e1_before);
    letter_faults =
        _mm_or_si128(letter_faults, _mm_or_si128(_mm_or_si128(_mm_andnot_si128(leads, lead),
                                                              _mm_xor_si128(continuation, asked)),
                                                 _mm_andnot_si128(in_range(v, b8, bb), after_e1)));
    const __m128i space = _mm_cmpeq_epi8(v, space_byte);
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v);
    space_faults =
        _mm_or_si128(space_faults, _mm_or_si128(_mm_or_si128(control, _mm_cmpeq_epi8(v, del_byte)),
                                                _mm_and_si128(space, later1(space, space_before))));
    leads_before = leads;
    e1_before = e1;
    space_before = space;
  }
  if (_mm_movemask_epi8(letter_faults) != 0) return PieceKind::kOther;
  if (_mm_movemask_epi8(space_faults) != 0 || s.front() == ' ' || s.back() == ' ') {
    return PieceKind::kPlainLetters;
  }
  return PieceKind::kPlain;
}

#else

PieceKind ClassifyPiece(std::string_view s) {
  if (s.empty()) return PieceKind::kOther;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::uint64_t letter_faults = 0;
  std::uint64_t space_faults = 0;
  std::uint64_t asked_before = 0;  // continuation bytes the word before asked for
  std::uint64_t e1_before = 0;     // an E1 that ended the word before
  std::uint64_t space_before = 0;  // a space that ended the word before
  for (std::size_t i = 0; i < n; i += 8) {
    std::uint64_t w = 0x6161616161616161ULL;  // a short tail is padded with 'a'
    std::memcpy(&w, p + i, std::min<std::size_t>(8, n - i));
    if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
    // bN: bit N of each byte, moved to bit 7 of the byte.
    const std::uint64_t b7 = w & kHighBits;
    const std::uint64_t b6 = (w << 1) & kHighBits;
    const std::uint64_t b5 = (w << 2) & kHighBits;
    const std::uint64_t b4 = (w << 3) & kHighBits;
    const std::uint64_t b3 = (w << 4) & kHighBits;
    const std::uint64_t b2 = (w << 5) & kHighBits;
    const std::uint64_t b1 = (w << 6) & kHighBits;
    const std::uint64_t b0 = (w << 7) & kHighBits;
    const std::uint64_t lead = b7 & b6;
    const std::uint64_t continuation = b7 & ~b6;
    const std::uint64_t low_3_to_6 = (b2 & ~(b1 & b0)) | (~b2 & b1 & b0);
    const std::uint64_t c3_to_c6 = lead & ~(b5 | b4 | b3) & low_3_to_6;  // 11000011-11000110
    const std::uint64_t e1 = lead & b5 & b0 & ~(b4 | b3 | b2 | b1);      // 11100001
    const std::uint64_t leads = c3_to_c6 | e1;
    const std::uint64_t asked = (leads << 8) | (e1 << 16) | asked_before;
    asked_before = (leads >> 56) | (e1 >> 48);
    const std::uint64_t b8_to_bb = continuation & b5 & b4 & b3 & ~b2;  // 101110xx
    const std::uint64_t after_e1 = (e1 << 8) | e1_before;
    e1_before = e1 >> 56;
    letter_faults |= (lead & ~leads) | (continuation ^ asked) | (after_e1 & ~b8_to_bb);
    const std::uint64_t space = b5 & ~(b7 | b6 | b4 | b3 | b2 | b1 | b0);  // 0x20
    const std::uint64_t control = kHighBits & ~(b7 | b6 | b5);             // below 0x20
    const std::uint64_t del = b6 & b5 & b4 & b3 & b2 & b1 & b0 & ~b7;      // 0x7F
    space_faults |= control | del | (space & ((space << 8) | space_before));
    space_before = space >> 56;
  }
  if ((letter_faults | asked_before | e1_before) != 0) return PieceKind::kOther;
  if (space_faults != 0 || s.front() == ' ' || s.back() == ' ') return PieceKind::kPlainLetters;
  return PieceKind::kPlain;
}

#endif

}  // namespace

template <typename OffsetOf>
void RunBuilder::AppendWith(std::string_view piece, OffsetOf offset_of) {
  // One allocation for the piece (plus a pending space), growing
  // geometrically: a line is built from many small text nodes.
  // (From 256 bytes: a paragraph is a few hundred.)
  const std::size_t need = run_.text.size() + piece.size() + 1;
  constexpr std::size_t kFirst = 256;
  if (run_.text.capacity() < need) {
    run_.text.reserve(std::max({need, 2 * run_.text.capacity(), kFirst}));
  }
  if (run_.map.capacity() < need)
    run_.map.reserve(std::max({need, 2 * run_.map.capacity(), kFirst}));
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
  // The usual piece: spaces or controls around plain text (ClassifyPiece).
  // The loop below would make each byte around a space (the first one
  // pending, as the space before the text; the first one after it pending,
  // as the space after) and keep the middle whole.
  std::size_t lo = 0;
  std::size_t hi = n;
  while (lo < hi && bytes[lo] <= 0x20) ++lo;
  while (hi > lo && bytes[hi - 1] <= 0x20) --hi;
  const PieceKind kind = lo < hi ? ClassifyPiece(piece.substr(lo, hi - lo)) : PieceKind::kOther;
  if (kind == PieceKind::kPlain) {
    if (lo > 0 && !run_.text.empty() && !pending_space_) {
      pending_space_ = true;
      pending_offset_ = static_cast<std::uint32_t>(offset_of(0));
    }
    keep(lo, hi);
    if (hi < n) {
      pending_space_ = true;
      pending_offset_ = static_cast<std::uint32_t>(offset_of(hi));
    }
    return;
  }
  // Spaces and controls only (lo == hi) leave the run as it is.
  if (kind == PieceKind::kOther && lo < hi) may_need_nfc_ = true;
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

namespace {

// The builder's buffer when the run fills at least half of it; otherwise an
// exact copy, and the builder keeps its buffer for the next run. A line of
// one short text node would else keep the builder's first reservation
// (256 bytes of text, 1 KiB of map): 167 MB for 1.1 MB of one-word
// paragraphs. Either way a run holds at most twice its size.
template <typename Buffer>
Buffer TakeOrCopy(Buffer& buffer) {
  if (buffer.capacity() <= 2 * buffer.size()) {
    Buffer out = std::move(buffer);
    buffer = Buffer();
    return out;
  }
  Buffer out(buffer.begin(), buffer.end());
  buffer.clear();
  return out;
}

}  // namespace

TextRun RunBuilder::Finish() {
  TextRun run;
  run.text = TakeOrCopy(run_.text);
  run.map = TakeOrCopy(run_.map);
  pending_space_ = false;
  const bool may_need_nfc = may_need_nfc_;
  may_need_nfc_ = false;
  const icu::Normalizer2* nfc = Nfc();
  if (run.text.empty() || !may_need_nfc || nfc == nullptr) return run;
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
