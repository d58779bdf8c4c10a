// JSON for the public records (nlohmann/json is used here and nowhere else).
// Key order follows DESIGN.md section 2; whole numbers below 2^53 are written
// as integers so that 664000000000 never prints as 6.64e+11.
//
// The one-line forms are written directly into one string (DESIGN.md
// section 7: building an nlohmann tree cost more than all the work after
// the parse). They are byte-identical to nlohmann's dump of the same tree:
// the same escapes (\b \f \n \r \t \" \\, \u00xx for other control
// characters, UTF-8 as is) and nlohmann's own double formatting
// (nlohmann::detail::to_chars). A string that is not valid UTF-8, which
// nlohmann rejects with an exception, sends the record to nlohmann so the
// behaviour stays the same. The pretty form still goes through nlohmann.
#include "vnextract/json.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

namespace vnextract {
namespace {

using Json = nlohmann::ordered_json;

Json Number(const std::optional<double>& v) {
  if (!v) return nullptr;
  if (std::isfinite(*v) && std::floor(*v) == *v && std::fabs(*v) < 9007199254740992.0) {
    return static_cast<std::int64_t>(*v);
  }
  return *v;
}

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json SpanJson(const Span& s) { return Json::array({s.begin, s.end}); }

void PutValues(Json& j, const std::optional<double>& value, const std::optional<double>& min,
               const std::optional<double>& max, Qualifier qualifier) {
  j["value"] = Number(value);
  if (qualifier == Qualifier::kRange) {
    j["value_min"] = Number(min);
    j["value_max"] = Number(max);
  }
}

Json IndicatorJson(const Indicator& i) {
  Json j;
  j["section"] = SectionName(i.section);
  j["label"] = i.label;
  PutValues(j, i.value, i.value_min, i.value_max, i.qualifier);
  j["unit"] = i.unit;
  j["qualifier"] = QualifierName(i.qualifier);
  j["period"] = OrNull(i.period);
  j["kind"] = KindName(i.kind);
  if (i.compare_to) j["compare_to"] = *i.compare_to;
  j["surface"] = i.surface;
  j["span"] = SpanJson(i.span);
  j["sentence"] = i.sentence;
  return j;
}

Json DocumentJson(const Document& d) {
  Json j;
  j["schema_version"] = kSchemaVersion;
  j["source"] = d.source;
  j["layout"] = d.layout;
  j["published"] = d.published ? Json(d.published->ToString()) : Json(nullptr);
  j["published_text"] = OrNull(d.published_text);
  j["title"] = OrNull(d.title);
  j["lead"] = OrNull(d.lead);
  j["author"] = OrNull(d.author);
  j["paragraphs"] = d.paragraphs;
  Json inds = Json::array();
  for (const Indicator& i : d.indicators) inds.push_back(IndicatorJson(i));
  j["indicators"] = std::move(inds);
  Json diags = Json::array();
  for (const Diagnostic& x : d.diagnostics)
    diags.push_back({{"code", x.code}, {"message", x.message}});
  j["diagnostics"] = std::move(diags);
  return j;
}

// Bytes a JSON string holds as they are: printable ASCII but '"' and '\\'.
constexpr std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return t;
}();

inline bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The length of the valid UTF-8 sequence at s[i] (a lead byte >= 0x80), or
// 0: overlong forms, surrogates and code points past U+10FFFF are invalid,
// as nlohmann's decoder has them.
std::size_t Utf8Length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  // The common cases first: C2-DF with one continuation byte (U+0080-U+07FF)
  // and E1-EC, EE, EF with two (U+1000-U+CFFF, U+E000-U+FFFF; Vietnamese
  // letters are E1 BA/BB xx) can be neither overlong, nor surrogates, nor
  // past U+10FFFF.
  if (c >= 0xC2 && c <= 0xDF) {
    return i + 1 < s.size() && IsContinuation(static_cast<unsigned char>(s[i + 1])) ? 2 : 0;
  }
  if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < s.size() &&
      IsContinuation(static_cast<unsigned char>(s[i + 1])) &&
      IsContinuation(static_cast<unsigned char>(s[i + 2]))) {
    return 3;
  }
  std::size_t len;
  char32_t cp;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1Fu, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0Fu, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// The direct writer. Returns false (output unspecified) when a string is
// not valid UTF-8.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  bool ok() const { return ok_; }

  void Raw(std::string_view s) { out_.append(s); }
  void Key(std::string_view quoted_key_colon) { out_.append(quoted_key_colon); }

  void String(std::string_view s) {
    out_ += '"';
    std::size_t run = 0;  // start of the bytes copied as they are
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i < s.size();) {
      while (i < s.size() && kPlainAscii[p[i]]) ++i;
      if (i == s.size()) break;
      const unsigned char c = p[i];
      if (c >= 0x80) {  // a multi-byte character: checked, copied as is
        const std::size_t len = Utf8Length(s, i);
        if (len == 0) {
          ok_ = false;
          return;
        }
        i += len;
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

  // One of the library's own lower-case names (SectionName, QualifierName,
  // KindName): nothing to escape or check (JsonWriter tests hold them to
  // [a-z_]).
  void Name(std::string_view name) {
    out_ += '"';
    out_.append(name);
    out_ += '"';
  }

  template <typename T>
  void OptionalString(const std::optional<T>& s) {
    if (s) {
      String(*s);
    } else {
      out_.append("null");
    }
  }

  template <typename Int>
  void Integer(Int v) {
    std::array<char, 24> buf;
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    out_.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
  }

  // Number() above, as nlohmann's serializer writes it.
  void Value(const std::optional<double>& v) {
    if (!v) {
      out_.append("null");
      return;
    }
    const double x = *v;
    if (std::isfinite(x) && std::floor(x) == x && std::fabs(x) < 9007199254740992.0) {
      Integer(static_cast<std::int64_t>(x));
      return;
    }
    if (!std::isfinite(x)) {
      out_.append("null");
      return;
    }
    std::array<char, 64> buf;
    const char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
    out_.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
  }

  void Values(const std::optional<double>& value, const std::optional<double>& min,
              const std::optional<double>& max, Qualifier qualifier) {
    Key("\"value\":");
    Value(value);
    if (qualifier == Qualifier::kRange) {
      Key(",\"value_min\":");
      Value(min);
      Key(",\"value_max\":");
      Value(max);
    }
  }

  void SpanArray(const Span& s) {
    out_ += '[';
    Integer(s.begin);
    out_ += ',';
    Integer(s.end);
    out_ += ']';
  }

  void IndicatorObject(const Indicator& i) {
    Key("{\"section\":");
    Name(SectionName(i.section));
    Key(",\"label\":");
    String(i.label);
    out_ += ',';
    Values(i.value, i.value_min, i.value_max, i.qualifier);
    Key(",\"unit\":");
    String(i.unit);
    Key(",\"qualifier\":");
    Name(QualifierName(i.qualifier));
    Key(",\"period\":");
    OptionalString(i.period);
    Key(",\"kind\":");
    Name(KindName(i.kind));
    if (i.compare_to) {
      Key(",\"compare_to\":");
      String(*i.compare_to);
    }
    Key(",\"surface\":");
    String(i.surface);
    Key(",\"span\":");
    SpanArray(i.span);
    Key(",\"sentence\":");
    // Indicators of one sentence follow each other: its escaped form is
    // copied from the previous one.
    if (sentence_at_ != kNone && i.sentence == sentence_) {
      out_.reserve(out_.size() + sentence_size_);  // (no reallocation while copying)
      out_.append(out_.data() + sentence_at_, sentence_size_);
    } else {
      const std::size_t at = out_.size();
      String(i.sentence);
      sentence_ = i.sentence;
      sentence_at_ = at;
      sentence_size_ = out_.size() - at;
    }
    out_ += '}';
  }

  void DocumentObject(const Document& d) {
    Key("{\"schema_version\":");
    Integer(kSchemaVersion);
    Key(",\"source\":");
    String(d.source);
    Key(",\"layout\":");
    String(d.layout);
    Key(",\"published\":");
    if (d.published) {
      String(d.published->ToString());
    } else {
      out_.append("null");
    }
    Key(",\"published_text\":");
    OptionalString(d.published_text);
    Key(",\"title\":");
    OptionalString(d.title);
    Key(",\"lead\":");
    OptionalString(d.lead);
    Key(",\"author\":");
    OptionalString(d.author);
    Key(",\"paragraphs\":[");
    for (std::size_t k = 0; k < d.paragraphs.size(); ++k) {
      if (k > 0) out_ += ',';
      String(d.paragraphs[k]);
    }
    Key("],\"indicators\":[");
    for (std::size_t k = 0; k < d.indicators.size(); ++k) {
      if (k > 0) out_ += ',';
      IndicatorObject(d.indicators[k]);
    }
    Key("],\"diagnostics\":[");
    for (std::size_t k = 0; k < d.diagnostics.size(); ++k) {
      if (k > 0) out_ += ',';
      Key("{\"code\":");
      String(d.diagnostics[k].code);
      Key(",\"message\":");
      String(d.diagnostics[k].message);
      out_ += '}';
    }
    Key("]}");
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  std::string& out_;
  bool ok_ = true;
  // The last sentence written and where its escaped form is in out_.
  std::string_view sentence_;
  std::size_t sentence_at_ = kNone;
  std::size_t sentence_size_ = 0;
};

// Room for an indicator's object: its strings (escapes aside) and the most
// its keys, names, numbers and span take, 209 bytes (74 more for a range).
// A hint short of the output made a document's string double at its end:
// 463 MB for the 232 MB of a page of 100,000 indicators.
std::size_t SizeHint(const Indicator& i) {
  std::size_t hint = 224 + i.label.size() + i.unit.size() + i.surface.size() + i.sentence.size();
  if (i.period) hint += i.period->size();
  if (i.compare_to) hint += 16 + i.compare_to->size();
  if (i.qualifier == Qualifier::kRange) hint += 74;
  return hint;
}

std::size_t SizeHint(const std::optional<std::string>& s) { return s ? s->size() : 0; }

}  // namespace

std::string ToJson(const Document& document) {
  std::size_t hint = 256 + document.source.size() + document.layout.size() +
                     SizeHint(document.published_text) + SizeHint(document.title) +
                     SizeHint(document.lead) + SizeHint(document.author);
  for (const std::string& p : document.paragraphs) hint += p.size() + 3;
  for (const Diagnostic& d : document.diagnostics) hint += 32 + d.code.size() + d.message.size();
  for (const Indicator& i : document.indicators) hint += SizeHint(i);
  std::string out;
  out.reserve(hint);
  Writer w(out);
  w.DocumentObject(document);
  if (!w.ok()) return DocumentJson(document).dump();
  return out;
}

std::string ToJson(const Indicator& indicator) {
  std::string out;
  out.reserve(SizeHint(indicator));
  Writer w(out);
  w.IndicatorObject(indicator);
  if (!w.ok()) return IndicatorJson(indicator).dump();
  return out;
}

std::string ToJson(const Quantity& q) {
  Json j;
  PutValues(j, q.value, q.value_min, q.value_max, q.qualifier);
  j["unit"] = q.unit;
  j["qualifier"] = QualifierName(q.qualifier);
  j["surface"] = q.surface;
  j["span"] = SpanJson(q.span);
  return j.dump();
}

std::string ToPrettyJson(const Document& document, int indent) {
  return DocumentJson(document).dump(indent);
}

}  // namespace vnextract
