// JSON for the public records, written directly from the field table
// (record/fields.inc): keys in the table's order, numbers by FormatNumber
// (plain and exact: 664000000000, never 6.64e+11), strings escaped as
// nlohmann/json escapes them (\b \f \n \r \t \" \\, \u00xx for the other
// control characters, UTF-8 as is). A string that is not valid UTF-8 (only a
// Document built by hand can hold one) has each maximal invalid subpart
// replaced by U+FFFD, as nlohmann's error_handler_t::replace does: ToJson
// never throws. The one-line form is the hot path (DESIGN.md section 7:
// building a tree first cost more than all the work after the parse); the
// indented form is the same writer with line breaks.
#include "vnextract/json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "record/fields.h"
#include "record/number_format.h"
#include "text/utf8.h"

namespace vnextract {
namespace {

using record::Json;
using record::Record;
using record::Type;

// Bytes a JSON string holds as they are: printable ASCII but '"' and '\\'.
constexpr std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return t;
}();

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

// The high bit of some byte of the result is set when a byte of w needs an
// escape: below 0x20, '"' or '\\' (bytes from 0x80 do not count). The
// borrow trick: (x - 0x0101..) & ~x & 0x8080.. is not zero exactly when some
// byte of x is zero, and (w - 0x2020..) & ~w & 0x8080.. when some byte of w
// is below 0x20 (a true hit may mark bytes above it too; any hit is enough).
inline std::uint64_t EscapeBits(std::uint64_t w) {
  const auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  return ((w - kOnes * 0x20) & ~w & kHigh) | has_zero(w ^ (kOnes * '"')) |
         has_zero(w ^ (kOnes * '\\'));
}

inline std::uint64_t Load8(const unsigned char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// Whether the eight bytes at p are all plain (kPlainAscii).
inline bool PlainWord(const unsigned char* p) {
  const std::uint64_t w = Load8(p);
  return ((w & kHigh) | EscapeBits(w)) == 0;
}

// Whether s can be written as it is: valid UTF-8 with nothing to escape.
// For long strings (sentences, paragraphs): eight bytes at a time, then
// text::FindInvalidUtf8 (sixteen at a time) when a byte is from 0x80.
bool VerbatimString(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::uint64_t escape = 0;
  std::uint64_t high = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const std::uint64_t w = Load8(p + i);
    escape |= EscapeBits(w);
    high |= w & kHigh;
  }
  for (; i < n; ++i) {
    if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\') return false;
    high |= p[i] & 0x80u;
  }
  return escape == 0 && (high == 0 || !text::FindInvalidUtf8(s));
}

inline bool InRange(unsigned char b, unsigned char lo, unsigned char hi) {
  return b >= lo && b <= hi;
}

// The length of the valid UTF-8 sequence at s[i] (a lead byte >= 0x80), or
// 0 with *bad set to the bytes of its maximal invalid subpart (at least 1):
// overlong forms, surrogates and code points past U+10FFFF are invalid.
std::size_t Utf8Length(std::string_view s, std::size_t i, std::size_t* bad) {
  const auto c = static_cast<unsigned char>(s[i]);
  const auto at = [&](std::size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
  };
  // The common cases first: C2-DF with one continuation byte (U+0080-U+07FF)
  // and E1-EC, EE, EF with two (Vietnamese letters are E1 BA/BB xx).
  if (c >= 0xC2 && c <= 0xDF && InRange(at(1), 0x80, 0xBF)) return 2;
  std::size_t len;
  unsigned char lo = 0x80;  // the second byte's range (Unicode Table 3-7)
  unsigned char hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *bad = 1;
    return 0;
  }
  std::size_t k = 1;
  if (InRange(at(1), lo, hi)) {
    for (k = 2; k < len && InRange(at(k), 0x80, 0xBF);) ++k;
    if (k == len) return len;
  }
  *bad = k;
  return 0;
}

// The writer: one line (indent < 0) or indented by `indent` spaces per level
// with ": " after keys, as nlohmann's dump(indent) lays a document out.
class Writer {
 public:
  // With a sink, the text is handed to it in pieces of about kPiece bytes
  // (at the end of an array element) and the rest by Finish().
  Writer(std::string& out, int indent, const JsonSink* sink = nullptr)
      : out_(out), indent_(indent), sink_(sink) {}

  void Finish() {
    if (sink_ != nullptr && !out_.empty()) (*sink_)(out_);
    out_.clear();
  }

  void String(std::string_view s) {
    if (s.size() >= 32 && VerbatimString(s)) {
      out_ += '"';
      out_.append(s);
      out_ += '"';
      return;
    }
    out_ += '"';
    std::size_t run = 0;  // start of the bytes copied as they are
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
      // Eight plain bytes at a time, then one at a time.
      while (i + 8 <= n && PlainWord(p + i)) i += 8;
      while (i < n && kPlainAscii[p[i]]) ++i;
      if (i == n) break;
      const unsigned char c = p[i];
      if (c >= 0x80) {  // a multi-byte character: checked, copied as is
        // Vietnamese letters first: E1 BA/BB xx, and any E1-EC (not E0,
        // ED) lead with two continuation bytes.
        if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
            (p[i + 2] & 0xC0) == 0x80) {
          i += 3;
          continue;
        }
        std::size_t bad = 0;
        const std::size_t len = Utf8Length(s, i, &bad);
        if (len != 0) {
          i += len;
          continue;
        }
        out_.append(s.data() + run, i - run);
        out_.append("\xEF\xBF\xBD");
        run = i += bad;
        continue;
      }
      out_.append(s.data() + run, i - run);
      run = ++i;
      switch (c) {
        case '\b':
          out_.append("\\b");
          break;
        case '\t':
          out_.append("\\t");
          break;
        case '\n':
          out_.append("\\n");
          break;
        case '\f':
          out_.append("\\f");
          break;
        case '\r':
          out_.append("\\r");
          break;
        case '"':
          out_.append("\\\"");
          break;
        case '\\':
          out_.append("\\\\");
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          out_.append(esc, sizeof esc);
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }

  // One of the library's own lower-case names (SectionName, KindName, ...):
  // nothing to escape or check (JsonWriter tests hold them to [a-z_]).
  void Name(std::string_view name) {
    out_ += '"';
    out_.append(name);
    out_ += '"';
  }

  template <typename Int>
  void Integer(Int v) {
    std::array<char, 24> buf;
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    out_.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
  }

  void Number(const std::optional<double>& v) {
    if (!v || !record::AppendNumber(out_, *v)) out_.append("null");
  }

  void Object(const Document& d) { Fields<Record::DOCUMENT>(d); }
  void Object(const Indicator& i) { Fields<Record::INDICATOR>(i); }
  void Object(const Quantity& q) { Fields<Record::QUANTITY>(q); }
  void Object(const Diagnostic& x) { Fields<Record::DIAGNOSTIC>(x); }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr std::size_t kPiece = 64 * 1024;

  void Break() {
    if (indent_ < 0) return;
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent_) * depth_, ' ');
  }

  void Open(char c) {
    out_ += c;
    ++depth_;
  }
  void Close(char c, bool empty) {
    --depth_;
    if (!empty) Break();
    out_ += c;
  }

  // The key of the next member: a comma unless it is the first, the line
  // break of the indented form, the quoted key and the colon. `member` is
  // the one-line form's text, spelled at compile time: ,"name":
  template <std::size_t N>
  void Key(bool& first, const char (&member)[N]) {
    static_assert(N > 5);
    if (indent_ < 0) {
      const std::size_t skip = first ? 1 : 0;
      first = false;
      out_.append(member + skip, N - 1 - skip);
      return;
    }
    if (!first) out_ += ',';
    first = false;
    Break();
    out_.append(member + 1, N - 3);  // "name"
    out_.append(": ");
  }

  template <typename List>
  void Array(const List& items) {
    Open('[');
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (k > 0) out_ += ',';
      Break();
      Value(items[k]);
      if (sink_ != nullptr && out_.size() >= kPiece) {
        (*sink_)(out_);
        out_.clear();
        sentence_at_ = kNone;  // (what it pointed at is gone)
      }
    }
    Close(']', items.empty());
  }

  void Value(const std::string& s) { String(s); }
  void Value(const Indicator& i) { Object(i); }
  void Value(const Diagnostic& x) { Object(x); }
  void Value(std::size_t v) { Integer(v); }

  template <Type kType, typename T>
  void Write(const T& v) {
    if constexpr (kType == Type::kInt) {
      Integer(v);
    } else if constexpr (kType == Type::kText) {
      String(v);
    } else if constexpr (kType == Type::kOptText) {
      if (v) {
        String(*v);
      } else {
        out_.append("null");
      }
    } else if constexpr (kType == Type::kName) {
      Name(record::NameOf(v));
    } else if constexpr (kType == Type::kNumber) {
      Number(v);
    } else if constexpr (kType == Type::kSpan) {
      Array(std::array<std::size_t, 2>{v.begin, v.end});
    } else if constexpr (kType == Type::kIndex) {
      if (v) {
        Integer(*v);
      } else {
        out_.append("null");
      }
    } else if constexpr (kType == Type::kDate) {
      if (v) {
        String(v->ToString());
      } else {
        out_.append("null");
      }
    } else if constexpr (kType == Type::kSentence) {
      // Indicators of one sentence follow each other: its escaped form is
      // copied from the previous one.
      if (sentence_at_ != kNone && v == sentence_) {
        out_.reserve(out_.size() + sentence_size_);  // (no reallocation while copying)
        out_.append(out_.data() + sentence_at_, sentence_size_);
      } else {
        const std::size_t at = out_.size();
        String(v);
        sentence_ = v;
        sentence_at_ = at;
        sentence_size_ = out_.size() - at;
      }
    } else {  // kTexts, kIndicators, kDiagnostics
      Array(v);
    }
  }

  template <Json kJson, typename R, typename T>
  static bool Present(const R& r, const T& v) {
    if constexpr (kJson == Json::kIfSet) {
      return v.has_value();
    } else if constexpr (kJson == Json::kIfRange) {
      return r.qualifier == Qualifier::kRange;
    } else {
      (void)r;
      (void)v;
      return true;
    }
  }

  // Every field of `r` that a record of kind kRecord has, in table order.
  template <Record kRecord, typename R>
  void Fields(const R& r) {
    Open('{');
    bool first = true;
#define VNX_FIELD(rec, name, type, json, csv, doc)     \
  if constexpr (record::Holds(kRecord, Record::rec)) { \
    if (Present<Json::json>(r, r.VNX_MEMBER(name))) {  \
      Key(first, ",\"" #name "\":");                   \
      Write<Type::type>(r.VNX_MEMBER(name));           \
    }                                                  \
  }
#include "record/fields.inc"
#undef VNX_FIELD
    Close('}', first);
  }

  std::string& out_;
  const int indent_;
  const JsonSink* const sink_;
  std::size_t depth_ = 0;
  // The last sentence written and where its escaped form is in out_.
  std::string_view sentence_;
  std::size_t sentence_at_ = kNone;
  std::size_t sentence_size_ = 0;
};

// Enough for the record, so that the string never doubles at its end (a
// page of 100,000 figures has ~230 MB of JSON): the most its keys, names,
// numbers and span take, and its strings.
std::size_t SizeHint(const Indicator& i) {
  std::size_t hint = 280 + i.label.size() + i.unit.size() + i.unit_text.size() + i.surface.size() +
                     i.sentence.size();
  if (i.period) hint += i.period->size();
  if (i.period_basis) hint += i.period_basis->size();
  if (i.value_of) hint += 36;
  if (i.compare_to) hint += 16 + i.compare_to->size();
  if (i.qualifier == Qualifier::kRange) hint += 74;
  if (i.concept_label) hint += i.concept_label->size();
  if (i.area) hint += i.area->size();
  return hint;
}

std::size_t SizeHint(const std::optional<std::string>& s) { return s ? s->size() : 0; }

template <typename R>
std::string Write(const R& r, std::size_t hint, int indent) {
  std::string out;
  out.reserve(hint);
  Writer w(out, indent);
  w.Object(r);
  return out;
}

std::size_t SizeHint(const Document& d) {
  std::size_t hint = 256 + d.source.size() + d.layout.size() + SizeHint(d.published_text) +
                     SizeHint(d.title) + SizeHint(d.lead) + SizeHint(d.author);
  for (const std::string& p : d.paragraphs) hint += p.size() + 3;
  for (const Diagnostic& x : d.diagnostics) hint += 48 + x.message.size();
  for (const Indicator& i : d.indicators) hint += SizeHint(i);
  return hint;
}

}  // namespace

std::string ToJson(const Document& document) { return Write(document, SizeHint(document), -1); }

std::string ToJson(const Indicator& indicator) { return Write(indicator, SizeHint(indicator), -1); }

std::string ToJson(const Quantity& quantity) { return Write(quantity, 96, -1); }

std::string ToPrettyJson(const Document& document, int indent) {
  return Write(document, SizeHint(document) * 2, indent < 0 ? 0 : indent);
}

void WriteJson(const Document& document, const JsonSink& sink, int indent) {
  std::string out;
  out.reserve(std::min<std::size_t>(SizeHint(document), 128 * 1024));
  Writer w(out, indent, &sink);
  w.Object(document);
  w.Finish();
}

}  // namespace vnextract
