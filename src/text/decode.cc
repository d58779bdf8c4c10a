#include "text/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ustring.h>

#include <array>
#include <memory>

#include "text/utf8.h"

namespace vnextract::text {
namespace {

constexpr std::string_view kUtf8 = "UTF-8";

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Alias {
  std::string_view label;
  std::string_view name;
};
// Labels pages use, to the converter vnextract opens. As in the HTML
// standard, Latin-1 and ASCII labels mean windows-1252 (its superset), and a
// <meta> that says UTF-16 on a page without a byte-order mark means UTF-8.
constexpr std::array kAliases = {
    Alias{"ansi_x3.4-1968", "windows-1252"},
    Alias{"ascii", "windows-1252"},
    Alias{"cp1252", "windows-1252"},
    Alias{"cp1258", "windows-1258"},
    Alias{"iso-8859-1", "windows-1252"},
    Alias{"iso8859-1", "windows-1252"},
    Alias{"iso_8859-1", "windows-1252"},
    Alias{"l1", "windows-1252"},
    Alias{"latin1", "windows-1252"},
    Alias{"unicode", kUtf8},
    Alias{"unicode-1-1-utf-8", kUtf8},
    Alias{"us-ascii", "windows-1252"},
    Alias{"utf-16", kUtf8},
    Alias{"utf-16be", kUtf8},
    Alias{"utf-16le", kUtf8},
    Alias{"utf-8", kUtf8},
    Alias{"utf8", kUtf8},
    Alias{"windows-1252", "windows-1252"},
    Alias{"windows-1258", "windows-1258"},
    Alias{"x-cp1252", "windows-1252"},
    Alias{"x-cp1258", "windows-1258"},
};

// The length of the valid UTF-8 sequence of two or more bytes at `i`, or 0.
std::size_t MultiByteAt(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  return FindInvalidUtf8(s.substr(i, len)) ? 0 : len;
}

// In windows-1258, Vietnamese letters with no Latin-1 counterpart (Ă ă Đ đ
// Ơ ơ Ư ư) and the five combining tone marks (0xCC grave, 0xEC acute, 0xD2
// hook, 0xDE tilde, 0xF2 dot below).
bool IsVietnamese1258(unsigned char c) {
  switch (c) {
    case 0xC3:
    case 0xE3:
    case 0xD0:
    case 0xF0:
    case 0xD5:
    case 0xF5:
    case 0xDD:
    case 0xFD:
    case 0xCC:
    case 0xEC:
    case 0xD2:
    case 0xDE:
    case 0xF2:
      return true;
    default:
      return false;
  }
}

struct ByteSurvey {
  std::size_t multibyte = 0;   // valid UTF-8 sequences of two or more bytes
  std::size_t stray = 0;       // high bytes outside any valid sequence
  std::size_t vietnamese = 0;  // stray bytes that are Vietnamese in windows-1258
};

ByteSurvey Survey(std::string_view s) {
  ByteSurvey out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
    } else if (const std::size_t len = MultiByteAt(s, i); len > 0) {
      ++out.multibyte;
      i += len;
    } else {
      ++out.stray;
      if (IsVietnamese1258(c)) ++out.vietnamese;
      ++i;
    }
  }
  return out;
}

// Plainly a single-byte page: many stray high bytes, and the valid UTF-8
// pairs among them are no more than chance (a 1258 "Â" before a no-break
// space is one).
bool LooksSingleByte(const ByteSurvey& s) { return s.stray >= 4 && s.multibyte * 20 < s.stray; }

struct CounterContext {
  std::size_t replaced = 0;
};

// Substitutes U+FFFD for bytes the charset does not define, and counts them.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* units,
                        int32_t length, UConverterCallbackReason reason, UErrorCode* error) {
  if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
    ++static_cast<CounterContext*>(const_cast<void*>(context))->replaced;
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, units, length, reason, error);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// `bytes` in `charset` to UTF-8. Returns nullopt when ICU has no converter
// for `charset`.
std::optional<std::string> Convert(std::string_view bytes, const std::string& charset,
                                   std::size_t* replaced) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status) || cnv == nullptr) return std::nullopt;
  CounterContext counter;
  ucnv_setToUCallBack(cnv.get(), CountingSubstitute, &counter, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  const auto size = static_cast<int32_t>(bytes.size());
  status = U_ZERO_ERROR;
  const int32_t units = ucnv_toUChars(cnv.get(), nullptr, 0, bytes.data(), size, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::u16string utf16(static_cast<std::size_t>(units), u'\0');
  ucnv_resetToUnicode(cnv.get());
  counter.replaced = 0;
  status = U_ZERO_ERROR;
  ucnv_toUChars(cnv.get(), utf16.data(), units + 1, bytes.data(), size, &status);
  if (U_FAILURE(status)) return std::nullopt;
  int32_t length = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &length, utf16.data(), units, 0xFFFD, nullptr, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<std::size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), length + 1, &length, utf16.data(), units, 0xFFFD, nullptr,
                     &status);
  if (U_FAILURE(status)) return std::nullopt;
  *replaced = counter.replaced;
  return out;
}

Result<Decoded> Converted(std::string_view bytes, const std::string& charset) {
  std::size_t replaced = 0;
  std::optional<std::string> text = Convert(bytes, charset, &replaced);
  if (!text) {
    return InvalidEncodingError("the page is in charset \"" + charset +
                                "\", which vnextract cannot decode (ICU has no converter for it); "
                                "convert it to UTF-8 first");
  }
  Decoded d;
  d.converted = true;
  d.text = std::move(*text);
  d.charset = charset;
  d.diagnostics.push_back({DiagnosticCode::kDecodedFrom, charset});
  if (replaced > 0) {
    d.diagnostics.push_back({DiagnosticCode::kReplacedBytes,
                             std::to_string(replaced) + " byte sequence(s) undefined in " +
                                 charset + " were replaced with U+FFFD"});
  }
  return d;
}

// Markup and Vietnamese text: at least half of the characters are ASCII.
bool LooksLikeText(std::string_view utf8) {
  std::size_t ascii = 0;
  std::size_t chars = 0;
  for (char c : utf8) {
    const auto u = static_cast<unsigned char>(c);
    if ((u & 0xC0) == 0x80) continue;  // continuation byte
    ++chars;
    if (u < 0x80) ++ascii;
  }
  return chars == 0 || ascii * 2 >= chars;
}

std::string Offset(std::size_t at) { return "first bad byte at offset " + std::to_string(at); }

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  std::string lower = LowerAscii(label);
  for (const Alias& a : kAliases) {
    if (a.label == lower) return std::string(a.name);
  }
  return lower;
}

std::optional<std::string> DeclaredCharset(std::string_view bytes) {
  const std::string_view s = bytes.substr(0, kCharsetPrescanBytes);
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) break;
    if (s.substr(lt, 4) == "<!--") {
      const std::size_t end = s.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (lt + 5 < s.size() && LowerAscii(s.substr(lt, 5)) == "<meta" &&
        (IsSpace(s[lt + 5]) || s[lt + 5] == '/')) {
      std::size_t gt = s.find('>', lt);
      if (gt == std::string_view::npos) gt = s.size();
      const std::string tag = LowerAscii(s.substr(lt, gt - lt));
      for (std::size_t p = tag.find("charset"); p != std::string::npos;
           p = tag.find("charset", p + 7)) {
        std::size_t q = p + 7;
        while (q < tag.size() && IsSpace(tag[q])) ++q;
        if (q >= tag.size() || tag[q] != '=') continue;
        ++q;
        while (q < tag.size() && (IsSpace(tag[q]) || tag[q] == '"' || tag[q] == '\'')) ++q;
        std::size_t e = q;
        while (e < tag.size() && !IsSpace(tag[e]) && tag[e] != '"' && tag[e] != '\'' &&
               tag[e] != ';' && tag[e] != '/') {
          ++e;
        }
        if (e > q) {
          // Labels are ASCII; a byte outside printable ASCII (from a page
          // that is not UTF-8) would make every message that quotes the
          // label invalid UTF-8, and ICU's alias matching ignores it anyway.
          std::string label = tag.substr(q, e - q);
          for (char& c : label) {
            if (c < 0x21 || c > 0x7E) c = '?';
          }
          return label;
        }
      }
      i = gt;
      continue;
    }
    i = lt + 1;
  }
  return std::nullopt;
}

Result<Decoded> DecodePage(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    if (auto bad = FindInvalidUtf8(bytes)) {
      return InvalidEncodingError(
          "input starts with a UTF-8 byte-order mark but is not valid UTF-8 (" + Offset(*bad) +
          ")");
    }
    Decoded d;
    d.charset = std::string(kUtf8);
    return d;
  }
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    const bool le = bytes[0] == '\xFF';
    Result<Decoded> d = Converted(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE");
    if (!d.ok() || LooksLikeText(d->text)) return d;
    // Any byte pair is a UTF-16 unit, so "\xFF\xFE" before arbitrary bytes
    // always "decodes"; a page in UTF-16 is still mostly markup and ASCII.
    return InvalidEncodingError(
        std::string("input is not valid UTF-8 (first bad byte at offset 0): it starts "
                    "with a UTF-16") +
        (le ? "LE" : "BE") + " byte-order mark but does not decode to UTF-16 text");
  }

  const std::optional<std::string> declared = DeclaredCharset(bytes);
  const std::string canonical = declared ? CanonicalCharset(*declared) : std::string();
  const auto bad = FindInvalidUtf8(bytes);
  if (!bad) {
    Decoded d;
    d.charset = std::string(kUtf8);
    if (declared && canonical != kUtf8) {
      for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          d.diagnostics.push_back({DiagnosticCode::kCharsetMismatch,
                                   "the page declares charset \"" + *declared +
                                       "\" but its bytes are valid UTF-8; read as UTF-8"});
          break;
        }
      }
    }
    return d;
  }
  if (declared && canonical != kUtf8) return Converted(bytes, canonical);
  if (declared) {
    return InvalidEncodingError("the page declares charset \"" + *declared +
                                "\" but is not valid UTF-8 (" + Offset(*bad) + ")");
  }
  const ByteSurvey survey = Survey(bytes);
  if (LooksSingleByte(survey)) {
    const bool vietnamese = survey.vietnamese * 5 >= survey.stray && survey.vietnamese >= 2;
    Result<Decoded> d = Converted(bytes, vietnamese ? "windows-1258" : "windows-1252");
    if (d.ok()) {
      d->diagnostics.push_back({DiagnosticCode::kCharsetGuessed,
                                "the page declares no charset and is not UTF-8; read as " +
                                    d->charset + " from its bytes"});
    }
    return d;
  }
  return InvalidEncodingError("input is not valid UTF-8 (" + Offset(*bad) +
                              ") and declares no charset; convert it to UTF-8 first, e.g. "
                              "iconv -f windows-1258 -t utf-8");
}

}  // namespace vnextract::text
