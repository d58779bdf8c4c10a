#include "text/utf8.h"

#include <unicode/uchar.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define VNEXTRACT_UTF8_SSSE3 1
#endif

#include <array>
#include <atomic>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>

namespace vnextract::text {

namespace {

// The first invalid byte, one sequence at a time (ASCII eight bytes at a
// time): the answer when the block check below finds an error, and the
// whole check where it is not built.
std::optional<std::size_t> FindInvalidUtf8Bytewise(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Pages are mostly ASCII (markup, scripts, view state): eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, sizeof word);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    char32_t min;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07u;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

#if defined(VNEXTRACT_UTF8_SSSE3)

// What a pair of bytes (the byte before, this byte) can get wrong: the
// bits of the three lookup tables below.
constexpr int kTooShort = 1 << 0;      // 11______ then not 10______
constexpr int kTooLong = 1 << 1;       // 0_______ then 10______
constexpr int kOverlong3 = 1 << 2;     // 11100000 100_____
constexpr int kTooLarge = 1 << 3;      // 11110100 1001____, 11110100 101_____, 11110101+
constexpr int kSurrogate = 1 << 4;     // 11101101 101_____
constexpr int kOverlong2 = 1 << 5;     // 1100000_ 10______
constexpr int kTooLarge1000 = 1 << 6;  // 11110101+ 1000____
constexpr int kOverlong4 = 1 << 6;     // 11110000 1000____
constexpr int kTwoConts = 1 << 7;      // 10______ 10______ (right when a lead is 2-3 back)
constexpr int kCarry = kTooShort | kTooLong | kTwoConts;

// One copy of each table for both widths (AVX2 puts it in both lanes).
// By the high nibble of the byte before:
alignas(16) constexpr unsigned char kByte1High[16] = {
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTwoConts,
    kTwoConts,
    kTwoConts,
    kTwoConts,
    kTooShort | kOverlong2,
    kTooShort,
    kTooShort | kOverlong3 | kSurrogate,
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4};
// By the low nibble of the byte before:
alignas(16) constexpr unsigned char kByte1Low[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4,
    kCarry | kOverlong2,
    kCarry,
    kCarry,
    kCarry | kTooLarge,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000};
// By the high nibble of this byte:
alignas(16) constexpr unsigned char kByte2High[16] = {
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort};
// A block whose last three bytes open a sequence the block does not end:
// 32 bytes for AVX2, the last 16 of them for SSSE3.
alignas(32) constexpr unsigned char kIncompleteAbove[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,     0xFF,     0xFF,    0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,     0xFF,     0xFF,    0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0 - 1, 0xE0 - 1, 0xC0 - 1};

// A byte as the intrinsics take it.
constexpr char Byte(int v) { return static_cast<char>(v); }

[[gnu::target("ssse3")]] __m128i Load16(const unsigned char* table) {
  return _mm_load_si128(reinterpret_cast<const __m128i*>(table));
}

// Whether s[0, n) is valid UTF-8, sixteen bytes at a time: the lookup
// algorithm of Keiser and Lemire, "Validating UTF-8 in less than one
// instruction per byte" (Software: Practice and Experience, 2021), as
// simdjson writes it. Each byte is judged with the three before it: three
// table lookups (the high and low nibble of the byte before, the high nibble
// of this one) give the errors a pair of bytes can show; a byte that must be
// the second or third continuation of a three- or four-byte sequence is
// checked against the lead two or three bytes back. The last block is
// padded with zeros; a sequence the end cuts is an error.
[[gnu::target("ssse3")]] bool ValidUtf8Ssse3(const unsigned char* p, std::size_t n) {
  const __m128i byte1_high = Load16(kByte1High);
  const __m128i byte1_low = Load16(kByte1Low);
  const __m128i byte2_high = Load16(kByte2High);
  const __m128i incomplete_above = Load16(kIncompleteAbove + 16);
  const __m128i low_nibble = _mm_set1_epi8(0x0F);
  __m128i prev = _mm_setzero_si128();
  __m128i prev_incomplete = _mm_setzero_si128();
  __m128i error = _mm_setzero_si128();
  // The full blocks, then the rest padded with zeros.
  const std::size_t full = n - n % 16;
  alignas(16) unsigned char tail[16] = {};
  if (n > full) std::memcpy(tail, p + full, n - full);
  for (std::size_t i = 0; i <= full; i += 16) {
    const __m128i in = _mm_loadu_si128(reinterpret_cast<const __m128i*>(i < full ? p + i : tail));
    if (_mm_movemask_epi8(in) == 0) {  // all ASCII: only a sequence left open before
      error = _mm_or_si128(error, prev_incomplete);
      prev_incomplete = _mm_setzero_si128();
      prev = in;
      continue;
    }
    const __m128i prev1 = _mm_alignr_epi8(in, prev, 15);
    const __m128i special = _mm_and_si128(
        _mm_and_si128(
            _mm_shuffle_epi8(byte1_high, _mm_and_si128(_mm_srli_epi16(prev1, 4), low_nibble)),
            _mm_shuffle_epi8(byte1_low, _mm_and_si128(prev1, low_nibble))),
        _mm_shuffle_epi8(byte2_high, _mm_and_si128(_mm_srli_epi16(in, 4), low_nibble)));
    const __m128i prev2 = _mm_alignr_epi8(in, prev, 14);
    const __m128i prev3 = _mm_alignr_epi8(in, prev, 13);
    // Only 111_____ two back, or 1111____ three back, reach 0x80.
    const __m128i must23 = _mm_or_si128(_mm_subs_epu8(prev2, _mm_set1_epi8(Byte(0xE0 - 0x80))),
                                        _mm_subs_epu8(prev3, _mm_set1_epi8(Byte(0xF0 - 0x80))));
    const __m128i must23_80 = _mm_and_si128(must23, _mm_set1_epi8(Byte(0x80)));
    error = _mm_or_si128(error, _mm_xor_si128(must23_80, special));
    prev_incomplete = _mm_subs_epu8(in, incomplete_above);
    prev = in;
  }
  error = _mm_or_si128(error, prev_incomplete);  // a sequence the end cuts
  return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
}

bool HasSsse3() {
  static const bool has = __builtin_cpu_supports("ssse3");
  return has;
}

// ValidUtf8Ssse3 thirty-two bytes at a time: the same tables in both
// 128-bit lanes, the bytes before a lane's first taken from the lane (or
// block) before it.
[[gnu::target("avx2")]] bool ValidUtf8Avx2(const unsigned char* p, std::size_t n) {
  const __m256i byte1_high = _mm256_broadcastsi128_si256(Load16(kByte1High));
  const __m256i byte1_low = _mm256_broadcastsi128_si256(Load16(kByte1Low));
  const __m256i byte2_high = _mm256_broadcastsi128_si256(Load16(kByte2High));
  const __m256i incomplete_above =
      _mm256_load_si256(reinterpret_cast<const __m256i*>(kIncompleteAbove));
  const __m256i low_nibble = _mm256_set1_epi8(0x0F);
  __m256i prev = _mm256_setzero_si256();
  __m256i prev_incomplete = _mm256_setzero_si256();
  __m256i error = _mm256_setzero_si256();
  const std::size_t full = n - n % 32;
  alignas(32) unsigned char tail[32] = {};
  if (n > full) std::memcpy(tail, p + full, n - full);
  for (std::size_t i = 0; i <= full; i += 32) {
    const __m256i in =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(i < full ? p + i : tail));
    if (_mm256_movemask_epi8(in) == 0) {  // all ASCII: only a sequence left open before
      error = _mm256_or_si256(error, prev_incomplete);
      prev_incomplete = _mm256_setzero_si256();
      prev = in;
      continue;
    }
    // [the previous block's high lane, this block's low lane]: what comes
    // before each lane.
    const __m256i before = _mm256_permute2x128_si256(prev, in, 0x21);
    const __m256i prev1 = _mm256_alignr_epi8(in, before, 15);
    const __m256i special = _mm256_and_si256(
        _mm256_and_si256(_mm256_shuffle_epi8(
                             byte1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), low_nibble)),
                         _mm256_shuffle_epi8(byte1_low, _mm256_and_si256(prev1, low_nibble))),
        _mm256_shuffle_epi8(byte2_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), low_nibble)));
    const __m256i prev2 = _mm256_alignr_epi8(in, before, 14);
    const __m256i prev3 = _mm256_alignr_epi8(in, before, 13);
    const __m256i must23 =
        _mm256_or_si256(_mm256_subs_epu8(prev2, _mm256_set1_epi8(Byte(0xE0 - 0x80))),
                        _mm256_subs_epu8(prev3, _mm256_set1_epi8(Byte(0xF0 - 0x80))));
    const __m256i must23_80 = _mm256_and_si256(must23, _mm256_set1_epi8(Byte(0x80)));
    error = _mm256_or_si256(error, _mm256_xor_si256(must23_80, special));
    prev_incomplete = _mm256_subs_epu8(in, incomplete_above);
    prev = in;
  }
  error = _mm256_or_si256(error, prev_incomplete);  // a sequence the end cuts
  return _mm256_testz_si256(error, error) != 0;
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}

#endif

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view s, Utf8Blocks blocks) {
#if defined(VNEXTRACT_UTF8_SSSE3)
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  if ((blocks == Utf8Blocks::kBest || blocks == Utf8Blocks::kAvx2) && HasAvx2()) {
    if (ValidUtf8Avx2(p, s.size())) return std::nullopt;
  } else if ((blocks == Utf8Blocks::kBest || blocks == Utf8Blocks::kAvx2 ||
              blocks == Utf8Blocks::kSsse3) &&
             HasSsse3()) {
    if (ValidUtf8Ssse3(p, s.size())) return std::nullopt;
  }
#else
  (void)blocks;
#endif
  return FindInvalidUtf8Bytewise(s);
}

namespace {

bool IsWordCharIcu(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

std::size_t Utf8Length(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Code points below kTableLimit (Latin, combining marks, Vietnamese, General
// Punctuation) are answered from tables filled from ICU a block of 256 at a
// time, on first use; the rest ask ICU.
constexpr char32_t kTableLimit = 0x2100;
constexpr char32_t kBlockSize = 256;

struct Block {
  std::bitset<kBlockSize> word;
  // What FoldCaseKeepOffsets writes for a code point: its lower case when
  // that has the same UTF-8 length, else 0 (the bytes are kept as they are).
  std::array<char32_t, kBlockSize> fold;
};

std::array<std::atomic<const Block*>, kTableLimit / kBlockSize> g_blocks{};

[[gnu::noinline]] const Block& FillBlock(char32_t cp) {
  std::atomic<const Block*>& slot = g_blocks[cp / kBlockSize];
  auto* fresh = new Block();
  const char32_t first = cp / kBlockSize * kBlockSize;
  for (char32_t k = 0; k < kBlockSize; ++k) {
    const char32_t c = first + k;
    fresh->word[k] = c < 0x80 ? IsAsciiWordByte(static_cast<unsigned char>(c)) : IsWordCharIcu(c);
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    fresh->fold[k] = Utf8Length(lower) == Utf8Length(c) ? lower : 0;
  }
  const Block* expected = nullptr;
  if (!slot.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel)) {
    delete fresh;  // another thread filled it first
    return *expected;
  }
  return *fresh;  // kept for the life of the process
}

inline const Block& BlockOf(char32_t cp) {
  if (const Block* b = g_blocks[cp / kBlockSize].load(std::memory_order_acquire)) return *b;
  return FillBlock(cp);
}

}  // namespace

std::size_t FillCharTables() {
  for (char32_t cp = 0; cp < kTableLimit; cp += kBlockSize) (void)BlockOf(cp);
  return g_blocks.size();
}

std::size_t CharTableBlocksFilled() {
  std::size_t n = 0;
  for (const auto& slot : g_blocks) n += slot.load(std::memory_order_acquire) != nullptr;
  return n;
}

namespace internal {

bool IsWordCharSlow(char32_t cp) {
  if (cp < kTableLimit) return BlockOf(cp).word[cp % kBlockSize];
  return IsWordCharIcu(cp);
}

}  // namespace internal

namespace internal {

bool WordCharBeforeSlow(std::string_view s, std::size_t i) {
  char32_t cp;
  DecodeAt(s, PrevStart(s, i), &cp);
  return IsWordChar(cp);
}

bool WordCharAtSlow(std::string_view s, std::size_t i) {
  char32_t cp;
  DecodeAt(s, i, &cp);
  return IsWordChar(cp);
}

}  // namespace internal

namespace {
// Writes the UTF-8 form of `cp` (Utf8Length(cp) bytes) at `out`.
void EncodeUtf8(char32_t cp, unsigned char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<unsigned char>(cp);
  } else if (cp < 0x800) {
    out[0] = static_cast<unsigned char>(0xC0 | (cp >> 6));
    out[1] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out[0] = static_cast<unsigned char>(0xE0 | (cp >> 12));
    out[1] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
  } else {
    out[0] = static_cast<unsigned char>(0xF0 | (cp >> 18));
    out[1] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
  }
}
}  // namespace

void AppendUtf8(char32_t cp, std::string& out) {
  unsigned char bytes[4];
  EncodeUtf8(cp, bytes);
  out.append(reinterpret_cast<const char*>(bytes), Utf8Length(cp));
}

std::string FoldCaseKeepOffsets(std::string_view s) {
  std::string out;
  FoldCaseKeepOffsetsInto(s, &out);
  return out;
}

void FoldCaseKeepOffsetsInto(std::string_view s, std::string* out_string) {
  std::string& out = *out_string;
  out.assign(s);
  // Read from `s`, written to p: a byte is read before it is written, and
  // reading what was just stored would stall the loads.
  auto* p = reinterpret_cast<unsigned char*>(out.data());
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = out.size();
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
#if defined(__SSE2__)
  // 'A'-'Z' lowered sixteen bytes at a time over the whole text (no byte of
  // a multi-byte character is one of them), then the loop below visits the
  // other characters only, skipping ASCII sixteen bytes at a time.
  std::size_t full = 0;
  for (; full + 16 <= n; full += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + full));
    // (v - ('A' + 128)) as signed bytes is below -128 + 26 exactly on 'A'-'Z'.
    const __m128i upper =
        _mm_cmplt_epi8(_mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>('A' + 128))),
                       _mm_set1_epi8(static_cast<char>(-128 + 26)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + full),
                     _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  }
  for (std::size_t i = full; i < n; ++i) {
    if (in[i] >= 'A' && in[i] <= 'Z') p[i] = static_cast<unsigned char>(in[i] + 32);
  }
#endif
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = in[i];
#if defined(__SSE2__)
    if (c < 0x80) {  // lowered above: on to the next byte >= 0x80
      ++i;
      while (i + 16 <= n) {
        const int high =
            _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i)));
        if (high != 0) {
          i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(high)));
          break;
        }
        i += 16;
      }
      while (i < n && in[i] < 0x80) ++i;
      continue;
    }
#endif
    if (c < 0x80) {
      // Eight ASCII bytes at a time: 0x20 added to those in 'A'..'Z'.
      if (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, in + i, sizeof w);
        if ((w & kHigh) == 0) {
          const std::uint64_t at_least_a = (w + 0x3F3F3F3F3F3F3F3FULL) & kHigh;  // >= 'A'
          const std::uint64_t past_z = (w + 0x2525252525252525ULL) & kHigh;      // > 'Z'
          w |= (at_least_a & ~past_z) >> 2;
          std::memcpy(p + i, &w, sizeof w);
          i += 8;
          continue;
        }
      }
      if (c >= 'A' && c <= 'Z') p[i] = static_cast<unsigned char>(c + 32);
      ++i;
      continue;
    }
    // Lower-case letters stay: U+00E0-U+00FF (C3 A0-BF) and the odd code
    // points of U+1E00-U+1EFF (E1 B8-BB, an odd third byte), most of what
    // Vietnamese text holds. (Utf8Test checks every code point.)
    if (c == 0xC3 && i + 1 < n && (in[i + 1] & 0xE0) == 0xA0) {
      i += 2;
      continue;
    }
    if (c == 0xE1 && i + 2 < n && (in[i + 1] & 0xFC) == 0xB8 && (in[i + 2] & 0xC1) == 0x81) {
      i += 3;
      continue;
    }
    // The usual letters first: a well-formed two-byte sequence or a
    // three-byte one led by E1-EC (Vietnamese letters are E1 BA/BB xx). Their
    // lower case has the same length or is 0 (table); it is written only
    // when it differs, since the bytes are canonical already.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (in[i + 1] & 0xC0) == 0x80) {
      const char32_t two = (char32_t{c} & 0x1Fu) << 6 | (in[i + 1] & 0x3Fu);
      const char32_t lower = BlockOf(two).fold[two % kBlockSize];
      if (lower != 0 && lower != two) EncodeUtf8(lower, p + i);
      i += 2;
      continue;
    }
    if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (in[i + 1] & 0xC0) == 0x80 &&
        (in[i + 2] & 0xC0) == 0x80) {
      const char32_t three =
          (char32_t{c} & 0x0Fu) << 12 | (in[i + 1] & 0x3Fu) << 6 | (in[i + 2] & 0x3Fu);
      if (three < kTableLimit) {
        const char32_t lower = BlockOf(three).fold[three % kBlockSize];
        if (lower != 0 && lower != three) EncodeUtf8(lower, p + i);
        i += 3;
        continue;
      }
    }
    char32_t cp;
    const std::size_t len = DecodeAt(s, i, &cp);
    if (len == 1) {  // a stray byte: copied as is
      ++i;
      continue;
    }
    // The lower case when it has the same length (DecodeAt's, which is not
    // the canonical one for a malformed sequence), written out canonically;
    // else (0) the bytes stay.
    char32_t lower;
    if (cp < kTableLimit && Utf8Length(cp) == len) {
      lower = BlockOf(cp).fold[cp % kBlockSize];
    } else {
      lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
      if (Utf8Length(lower) != len) lower = 0;
    }
#if defined(__SSE2__)
    // (A malformed sequence can hold ASCII bytes, which stay as they are
    // here: undo their lowering above.)
    std::memcpy(p + i, in + i, len);
#endif
    if (lower != 0) EncodeUtf8(lower, p + i);
    i += len;
  }
}

}  // namespace vnextract::text
