#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/decode.h"
#include "text/run.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace vnextract::text {
namespace {

TEST(Utf8Test, FindsTheFirstInvalidByte) {
  EXPECT_FALSE(FindInvalidUtf8("Sản lượng gỗ dán"));
  EXPECT_EQ(FindInvalidUtf8("ab\xFF"), 2u);
  EXPECT_EQ(FindInvalidUtf8("a\xC0\x80"), 1u);          // overlong
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);       // surrogate
  EXPECT_EQ(FindInvalidUtf8("x\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xE1\xBB"), 0u);           // truncated
}

TEST(Utf8Test, FoldCaseKeepsOffsets) {
  const std::string s = "Phấn Đấu ƯỚC ĐẠT";
  const std::string f = FoldCaseKeepOffsets(s);
  EXPECT_EQ(f, "phấn đấu ước đạt");
  EXPECT_EQ(f.size(), s.size());
}

TEST(RunTest, CollapsesSpacesAndMapsBack) {
  const std::string input = "  hơn\xC2\xA0 64.000\n m3 ";
  RunBuilder b;
  b.Append(input, 0, input.size());
  const TextRun run = b.Finish();
  EXPECT_EQ(run.text, "hơn 64.000 m3");
  const std::size_t at = run.text.find("64.000 m3");
  const Span span = run.InputSpan(at, run.text.size());
  EXPECT_EQ(input.substr(span.begin, span.end - span.begin), "64.000\n m3");
}

TEST(RunTest, SpacesAndInvisiblesAmongLettersMapByte) {
  // U+2009 THIN SPACE and U+00A0 become one ' ', U+200B and U+00AD vanish;
  // every byte kept maps to its own input byte.
  const std::string input =
      "đạt\xE2\x80\x89\xC2\xA0hơn\xE2\x80\x8B"
      "5\xC2\xAD"
      "0";
  RunBuilder b;
  b.Append(input, 100, 100 + input.size());
  const TextRun run = b.Finish();
  ASSERT_EQ(run.text, "đạt hơn50");
  ASSERT_EQ(run.map.size(), run.text.size());
  EXPECT_EQ(run.map[0], 100u);                  // đ
  EXPECT_EQ(run.map[5], 105u);                  // t
  EXPECT_EQ(run.map[6], 106u);                  // the space: the thin space's first byte
  EXPECT_EQ(run.map[7], 111u);                  // h
  EXPECT_EQ(run.map[11], 115u + 3u);            // 5, after U+200B
  EXPECT_EQ(run.map[12], 115u + 3u + 1u + 2u);  // 0, after U+00AD
}

TEST(RunTest, SpacesBetweenAndAcrossPiecesMapToTheirOwnBytes) {
  // Two text nodes: "thu hơn " at input 10..19 and " 664  tỷ" at 30..40.
  // A space between letters keeps its own byte; the space that ends the
  // first piece stands for the one that starts the second; of two spaces
  // the first is kept.
  RunBuilder b;
  b.Append("thu hơn ", 10, 19);
  b.Append(" 664  tỷ", 30, 40);
  const TextRun run = b.Finish();
  ASSERT_EQ(run.text, "thu hơn 664 tỷ");
  const std::vector<std::uint32_t> want = {10, 11, 12, 13, 14, 15, 16, 17,  // "thu hơn"
                                           18,                              // ' ' (input 18)
                                           31, 32, 33,                      // "664"
                                           34,                              // ' ' (input 34)
                                           36, 37, 38, 39};                 // "tỷ"
  EXPECT_EQ(run.map, want);

  // A piece that is not the input verbatim (an entity was decoded): every
  // byte maps inside the range, the last ones onto its last byte.
  RunBuilder c;
  c.Append("a b", 50, 52);
  const TextRun r = c.Finish();
  EXPECT_EQ(r.text, "a b");
  EXPECT_EQ(r.map, (std::vector<std::uint32_t>{50, 51, 51}));
}

TEST(RunTest, StrayBytesReadAsTheirLatin1Characters) {
  // Not UTF-8 (callers pass UTF-8; this pins what happens if not): a lone
  // A0 byte reads as U+00A0, a space; a lone AD as U+00AD, dropped.
  RunBuilder b;
  b.Append(
      "a\xA0"
      "b\xAD"
      "c",
      0, 5);
  EXPECT_EQ(b.Finish().text, "a bc");
}

TEST(RunTest, NormalisesNfdToNfc) {
  EXPECT_FALSE(IsNfc("Vie\xCC\xA3\xCC\x82t"));
  EXPECT_EQ(ToNfc("Vie\xCC\xA3\xCC\x82t"), "Việt");
  EXPECT_TRUE(IsNfc("Việt"));
}

TEST(SentencesTest, SplitsAtSentenceEndsOnly) {
  const std::string s =
      "Sản lượng đạt 1.500 tấn. Trong 6 tháng đầu năm, TP. Hà Nội thu 2,6 tỷ đồng./. Hương Lan";
  const auto r = SplitSentences(s);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(s.substr(r[0].begin, r[0].end - r[0].begin), "Sản lượng đạt 1.500 tấn.");
  EXPECT_EQ(s.substr(r[1].begin, r[1].end - r[1].begin),
            "Trong 6 tháng đầu năm, TP. Hà Nội thu 2,6 tỷ đồng./.");
}

TEST(SentencesTest, ClausesSplitAtSemicolonsOutsideParentheses) {
  const std::string s = "a 1 tấn; b (x; y) 2 tấn;c";
  const auto r = SplitClauses(s);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(s.substr(r[1].begin, r[1].end - r[1].begin), "b (x; y) 2 tấn");
}

// The plain definitions the tables and fast paths of text/utf8.cc answer for.
bool ReferenceWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  const auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

std::string ReferenceFold(std::string_view s) {
  auto length = [](char32_t cp) -> std::size_t {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t len = DecodeAt(s, i, &cp);
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    if (length(lower) == len && len > 1) {
      if (lower < 0x800) {
        out += static_cast<char>(0xC0 | (lower >> 6));
      } else if (lower < 0x10000) {
        out += static_cast<char>(0xE0 | (lower >> 12));
        out += static_cast<char>(0x80 | ((lower >> 6) & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (lower >> 18));
        out += static_cast<char>(0x80 | ((lower >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((lower >> 6) & 0x3F));
      }
      out += static_cast<char>(0x80 | (lower & 0x3F));
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

bool ReferenceWordCharAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  char32_t cp;
  DecodeAt(s, i, &cp);
  return ReferenceWordChar(cp);
}

bool ReferenceWordCharBefore(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  char32_t cp;
  DecodeAt(s, PrevStart(s, i), &cp);
  return ReferenceWordChar(cp);
}

std::string Encode(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

TEST(Utf8Test, WordCharactersAndFoldingAgreeWithIcuOnEveryCodePoint) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    ASSERT_EQ(IsWordChar(cp), ReferenceWordChar(cp)) << std::hex << static_cast<std::uint32_t>(cp);
    const std::string s = Encode(cp);
    ASSERT_EQ(FoldCaseKeepOffsets(s), ReferenceFold(s))
        << std::hex << static_cast<std::uint32_t>(cp);
    ASSERT_EQ(WordCharAt(s, 0), ReferenceWordCharAt(s, 0))
        << std::hex << static_cast<std::uint32_t>(cp);
    ASSERT_EQ(WordCharBefore(s, s.size()), ReferenceWordCharBefore(s, s.size()))
        << std::hex << static_cast<std::uint32_t>(cp);
  }
}

TEST(Utf8Test, FoldingAgreesOnLongWellFormedText) {
  // Well-formed text of every length up to a few words, the letters at every
  // offset of a word: Vietnamese letters in both cases (the ones folded
  // eight bytes at a time, and those that are not), Latin-1, Latin
  // Extended-A and -B around the ranges the fast path reads by their bytes,
  // other scripts, four-byte characters.
  std::vector<char32_t> pool = {'a', 'Z', ' ', '5', 0xC0, 0xDD, 0xDF, 0xE0, 0xFD, 0xFF};
  for (char32_t cp = 0x100; cp < 0x250; ++cp) pool.push_back(cp);
  for (char32_t cp = 0x1E00; cp < 0x1F00; ++cp) pool.push_back(cp);
  const char32_t others[] = {0x391,  0x3B1,   0x410,   0x430,  0x1F08, 0x2126, 0x212A, 0x2C00,
                             0xFF21, 0x10400, 0x1F600, 0x1680, 0x80,   0x7FF,  0x800,  0xFFFD};
  pool.insert(pool.end(), std::begin(others), std::end(others));
  std::uint64_t state = 5;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int n = 0; n < 100000; ++n) {
    std::string s;
    const std::size_t count = next() % 30;
    for (std::size_t k = 0; k < count; ++k) {
      // Half the time ASCII, which moves the next letter within the word.
      s += next() % 2 == 0 ? std::string(1, static_cast<char>('A' + next() % 58))
                           : Encode(pool[next() % pool.size()]);
    }
    ASSERT_EQ(FoldCaseKeepOffsets(s), ReferenceFold(s)) << testing::PrintToString(s);
  }
}

TEST(Utf8Test, FoldingAndWordCharactersAgreeOnMalformedBytes) {
  // Random bytes, biased to lead and continuation bytes and ASCII letters:
  // overlong forms, stray continuation bytes, truncated sequences.
  static constexpr unsigned char kBytes[] = {'A',  'Z',  'a',  'z',  '0',  ' ',  '@',  '[',  0x80,
                                             0x81, 0x8F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC3, 0xC8, 0xDF,
                                             0xE0, 0xE1, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xFF};
  std::uint64_t state = 7;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int n = 0; n < 200000; ++n) {
    std::string s;
    const std::size_t len = next() % 48;  // (past two 16-byte blocks)
    for (std::size_t k = 0; k < len; ++k) {
      s += static_cast<char>(next() % 3 == 0 ? static_cast<unsigned char>(next() % 256)
                                             : kBytes[next() % std::size(kBytes)]);
    }
    ASSERT_EQ(FoldCaseKeepOffsets(s), ReferenceFold(s)) << testing::PrintToString(s);
    for (std::size_t i = 0; i <= s.size(); ++i) {
      ASSERT_EQ(WordCharAt(s, i), ReferenceWordCharAt(s, i));
      ASSERT_EQ(WordCharBefore(s, i), ReferenceWordCharBefore(s, i));
    }
  }
}

}  // namespace
}  // namespace vnextract::text

namespace vnextract::text {
namespace {

TEST(SentencesTest, OverlongSentencesAreCutAtAClauseOrWordBoundary) {
  std::string s;
  while (s.size() < 5 * kMaxSentenceBytes) s += "doanh thu 5 tỷ đồng; ";
  const auto r = SplitSentences(s);
  ASSERT_GE(r.size(), 3u);
  for (const Range& x : r) {
    EXPECT_LE(x.end - x.begin, kMaxSentenceBytes);
    EXPECT_EQ(s[x.end - 1], ';');  // cut after a clause, not inside a word
  }
}

}  // namespace
}  // namespace vnextract::text

namespace vnextract::text {
namespace {

// "Việt Nam: giá trị đạt 5 tỷ đồng" in windows-1258, as iconv writes it:
// ệ = ê (0xEA) + dot below (0xF2), á = a + acute (0xEC), ị = i + 0xF2,
// đ = 0xF0, ỷ = y + hook (0xD2), ồ = ô (0xF4) + grave (0xCC).
const char kCp1258[] =
    "Vi\xEA\xF2t Nam: gia\xEC tri\xF2 \xF0"
    "a\xF2t 5 ty\xD2 \xF0\xF4\xCCng";

TEST(DecodeTest, DeclaredCharsetFromMetaElements) {
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"UTF-8\">"), "utf-8");
  EXPECT_EQ(DeclaredCharset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; "
                            "charset=windows-1258'>"),
            "windows-1258");
  EXPECT_EQ(DeclaredCharset("<meta name=x content=y><meta charset=cp1258 />"), "cp1258");
  EXPECT_FALSE(DeclaredCharset("<!-- <meta charset=\"latin1\"> --><p>x</p>"));
  EXPECT_FALSE(DeclaredCharset("<metadata charset=x>"));
  EXPECT_FALSE(DeclaredCharset(std::string(kCharsetPrescanBytes, ' ') + "<meta charset=x>"));
  EXPECT_EQ(CanonicalCharset("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(CanonicalCharset("utf8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("Windows-1258"), "windows-1258");
}

TEST(DecodeTest, Utf8IsPassedThroughUncopied) {
  for (const std::string& page : {std::string("<p>Sản lượng gỗ dán</p>"),
                                  std::string("\xEF\xBB\xBF<p>Việt</p>"), std::string()}) {
    Result<Decoded> d = DecodePage(page);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_FALSE(d->converted);
    EXPECT_EQ(d->charset, "UTF-8");
    EXPECT_TRUE(d->diagnostics.empty());
  }
}

TEST(DecodeTest, DeclaredWindows1258IsConverted) {
  const std::string page = std::string("<meta charset=\"windows-1258\"><p>") + kCp1258 + "</p>";
  Result<Decoded> d = DecodePage(page);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_TRUE(d->converted);
  EXPECT_EQ(d->charset, "windows-1258");
  ASSERT_FALSE(d->diagnostics.empty());
  EXPECT_EQ(DiagnosticCodeName(d->diagnostics[0].code), "decoded_from");
  EXPECT_EQ(d->diagnostics[0].message, "windows-1258");
  // Combining tone marks, as the code page spells them; NFC composes them.
  EXPECT_NE(d->text.find("Vi\xC3\xAA\xCC\xA3t"), std::string::npos);  // ê + U+0323
  EXPECT_NE(ToNfc(d->text).find("Việt Nam: giá trị đạt 5 tỷ đồng"), std::string::npos);
}

TEST(DecodeTest, UndeclaredSingleByteTextIsGuessed) {
  Result<Decoded> vn = DecodePage(std::string("<p>") + kCp1258 + "</p>");
  ASSERT_TRUE(vn.ok()) << vn.status().ToString();
  EXPECT_EQ(vn->charset, "windows-1258");
  ASSERT_EQ(vn->diagnostics.size(), 2u);
  EXPECT_EQ(DiagnosticCodeName(vn->diagnostics[1].code), "charset_guessed");
  // French in windows-1252: no Vietnamese letters of 1258.
  Result<Decoded> fr = DecodePage(
      "<p>caf\xE9 cr\xE8me br\xFBl\xE9"
      "e \xE0 la fran\xE7"
      "aise</p>");
  ASSERT_TRUE(fr.ok()) << fr.status().ToString();
  EXPECT_EQ(fr->charset, "windows-1252");
  EXPECT_EQ(fr->text, "<p>café crème brûlée à la française</p>");
}

TEST(DecodeTest, ByteOrderMarksDecide) {
  // "<p>Việt</p>" in UTF-16LE with its BOM.
  const std::string le("\xFF\xFE<\0p\0>\0V\0i\0\xC7\x1Et\0<\0/\0p\0>\0", 24);
  Result<Decoded> d = DecodePage(le);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->charset, "UTF-16LE");
  EXPECT_EQ(d->text, "<p>Việt</p>");
  // "\xFF\xFE" before bytes that are not UTF-16 text is not a UTF-16 page.
  Result<Decoded> junk = DecodePage("\xFF\xFE bad");
  ASSERT_FALSE(junk.ok());
  EXPECT_NE(junk.status().message().find("UTF-16LE byte-order mark"), std::string::npos);
  // A UTF-8 BOM followed by bytes that are not UTF-8 is an error.
  EXPECT_EQ(DecodePage("\xEF\xBB\xBFgi\xE1\xBB").status().code(), StatusCode::kInvalidEncoding);
}

TEST(DecodeTest, UndecodablePagesAreErrorsNamingTheReason) {
  // Broken UTF-8: UTF-8 letters and a truncated sequence.
  Result<Decoded> broken = DecodePage("<p>gi\xE1\xBB trị</p>");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_NE(broken.status().message().find("offset 5"), std::string::npos);
  // Declares UTF-8, is not.
  Result<Decoded> liar = DecodePage(std::string("<meta charset=utf-8><p>") + kCp1258);
  ASSERT_FALSE(liar.ok());
  EXPECT_NE(liar.status().message().find("declares charset \"utf-8\""), std::string::npos);
  // A font-encoded Vietnamese charset ICU has no converter for.
  Result<Decoded> tcvn = DecodePage(std::string("<meta charset=x-viet-tcvn3><p>") + kCp1258);
  ASSERT_FALSE(tcvn.ok());
  EXPECT_NE(tcvn.status().message().find("x-viet-tcvn3"), std::string::npos);
  // One stray byte is not evidence of a single-byte page.
  EXPECT_FALSE(DecodePage("\xFF").ok());
}

TEST(DecodeTest, ValidUtf8WinsOverADeclaredLegacyCharset) {
  Result<Decoded> d = DecodePage("<meta charset=\"windows-1258\"><p>Việt Nam</p>");
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d->converted);
  ASSERT_EQ(d->diagnostics.size(), 1u);
  EXPECT_EQ(DiagnosticCodeName(d->diagnostics[0].code), "charset_mismatch");
  // Pure ASCII is the same text in either: nothing to report.
  EXPECT_TRUE(DecodePage("<meta charset=\"windows-1258\"><p>Viet Nam</p>")->diagnostics.empty());
}

// RunBuilder copies plain Vietnamese pieces whole and skips ICU's NFC check
// for runs made only of them: every character of U+00C0-U+01BF and
// U+1E00-U+1EFF must be NFC on its own and combine with nothing.
TEST(RunTest, PlainLetterRangesCombineWithNothing) {
  for (const auto& [first, last] : {std::pair<UChar32, UChar32>{0xC0, 0x1BF}, {0x1E00, 0x1EFF}}) {
    for (UChar32 cp = first; cp <= last; ++cp) {
      EXPECT_EQ(u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK), UNORM_YES) << std::hex << cp;
      EXPECT_EQ(u_getCombiningClass(cp), 0) << std::hex << cp;
    }
  }
}

// The run RunBuilder must give, built the plain way: unit by unit, spaces
// (ASCII controls, DEL and the Unicode spaces) collapsed to one ' ' mapped
// to the first of them, zero-width characters dropped.
struct ReferenceRun {
  std::string text;
  std::vector<std::uint32_t> map;
};

ReferenceRun BuildReference(const std::vector<std::pair<std::string, std::uint32_t>>& pieces) {
  static const std::u32string kSpaces = {0x20,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
                                         0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                                         0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x7F};
  static const std::u32string kDropped = {0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF};
  ReferenceRun out;
  bool pending = false;
  std::uint32_t pending_at = 0;
  for (const auto& [piece, src] : pieces) {
    for (std::size_t i = 0; i < piece.size();) {
      char32_t cp;
      const std::size_t len = DecodeAt(piece, i, &cp);
      if (cp < 0x20 || kSpaces.find(cp) != std::u32string::npos) {
        if (!out.text.empty() && !pending) {
          pending = true;
          pending_at = src + static_cast<std::uint32_t>(i);
        }
      } else if (kDropped.find(cp) == std::u32string::npos) {
        if (pending) {
          out.text += ' ';
          out.map.push_back(pending_at);
          pending = false;
        }
        out.text.append(piece, i, len);
        for (std::size_t k = 0; k < len; ++k)
          out.map.push_back(src + static_cast<std::uint32_t>(i + k));
      }
      i += len;
    }
  }
  return out;
}

TEST(RunTest, AgreesWithTheUnitByUnitReference) {
  const std::string tokens[] = {"a",
                                "B",
                                "1.000",
                                ",",
                                " ",
                                "  ",
                                "\t",
                                "\n",
                                "ạ",
                                "Ậ",
                                "ơ",
                                "Ư",
                                "đ",
                                "à",
                                "ử",
                                "\xC2\xA0",
                                "\xC2\xAD",
                                "\xE2\x80\x8B",
                                "\xE1\x9A\x80",  // U+1680, an E1 that is a space
                                "\xE2\x80\x9C",  // a quotation mark, kept
                                "e\xCC\x81",     // NFD
                                "\x7F",
                                "\x01",
                                "\xE1\xBA",
                                "\xA0",
                                "\xEF\xBB\xBF",
                                "\xC3"};
  std::uint64_t state = 99;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  int plain_runs = 0;
  for (int round = 0; round < 50000; ++round) {
    std::vector<std::pair<std::string, std::uint32_t>> pieces;
    std::uint32_t src = 0;
    const std::size_t count = 1 + next() % 4;
    for (std::size_t k = 0; k < count; ++k) {
      std::string piece;
      const std::size_t len = next() % 12;
      // Mostly letters and single spaces, as real lines are.
      const std::size_t alphabet = next() % 2 == 0 ? 15 : std::size(tokens);
      for (std::size_t t = 0; t < len; ++t) piece += tokens[next() % alphabet];
      src += 3;  // a tag between the pieces
      pieces.emplace_back(piece, src);
      src += static_cast<std::uint32_t>(piece.size());
    }
    RunBuilder b;
    for (const auto& [piece, at] : pieces) b.Append(piece, at, at + piece.size());
    const TextRun run = b.Finish();
    const ReferenceRun want = BuildReference(pieces);
    if (IsNfc(want.text)) {
      ASSERT_EQ(run.text, want.text);
      ASSERT_EQ(run.map, want.map) << testing::PrintToString(want.text);
      ++plain_runs;
    } else {
      ASSERT_EQ(run.text, ToNfc(want.text));
    }
  }
  EXPECT_GT(plain_runs, 10000);
}

}  // namespace
}  // namespace vnextract::text
