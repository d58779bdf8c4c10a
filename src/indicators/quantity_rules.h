// The quantity finder's rules (indicators/quantities.h), written once and
// read through a policy, so that the library's fast path and its plain twin
// (tests/plain/quantities_plain.cc, DESIGN.md section 6) are the same rules
// and the differential test checks exactly the speed-ups. A policy P gives:
//
//   lookups    P::MatchAt / P::MatchEndingAt (a lexicon's longest entry at or
//              ending at a position), P::StartingAt / P::EndingAt (the
//              entries that may start at / end at a position, in table
//              order, as const Entry*), P::ScanSpelled, P::StartsNumberWord,
//              P::SkipNumberWords, P::StartsWithAt / P::EndsWithAt,
//              P::WordBeforeIs;
//   scanning   P::Scanner (Skip: step over what cannot start anything;
//              BeforeWord: is there a word character before i; Stepped: the
//              body stepped over one character), P::AtWord, and
//              P::kByteFilters (look at the byte first where a table of
//              first bytes says nothing can match).
//
// The library's policy (quantities.cc) indexes the lexicons by byte and skips
// plain text; the plain one reads every entry at every character. No rule
// lives in a policy.
#ifndef VNEXTRACT_SRC_INDICATORS_QUANTITY_RULES_H_
#define VNEXTRACT_SRC_INDICATORS_QUANTITY_RULES_H_

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar.h"
#include "indicators/lexicon.h"
#include "indicators/quantities.h"
#include "numbers/number.h"
#include "numbers/spelled.h"
#include "text/utf8.h"

namespace vnextract::indicators::quantity_rules {

using internal::Grammar;
using text::IsAsciiDigit;
inline constexpr std::size_t npos = std::string_view::npos;

inline double Pow10(int e) { return std::pow(10.0, e); }

// A number as written, before its scale word and unit: digits ("1.234,5",
// "10k", ",77", "2 chấm 23") or words ("hai mươi mốt", "hai phẩy năm").
struct Num {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool spelled = false;
  numbers::Number digits;  // when !spelled
  double spelled_value = 0;
  int words = 0;
  bool has_scale = false;          // the words included nghìn/triệu/tỷ
  bool stopped_at_number = false;  // more number words follow that do not fit

  double Value(int scale, bool count_unit) const {
    if (spelled) return spelled_value * Pow10(scale);
    numbers::Number n = digits;
    // A count cannot be fractional: "1,500 doanh nghiệp" is 1500.
    if (n.comma_may_group && count_unit && scale == 0) n = n.AsGrouped();
    return n.Value(scale);
  }
  bool Integer() const {
    return spelled ? std::floor(spelled_value) == spelled_value
                   : digits.fraction_digits <= 0 && digits.power == 0;
  }
  // Digits only, no separator, no suffix: "2022", "0209", "4700123456".
  bool PlainDigits() const { return !spelled && !digits.has_separator && digits.power == 0; }
};

inline std::size_t SkipOneSpace(std::string_view t, std::size_t p) {
  return p < t.size() && t[p] == ' ' ? p + 1 : p;
}

// Spoken decimals: "2 chấm 23", "hai phẩy năm", "một chấm ba".
// Returns the fraction's digits count and value, and where it ends.
struct Fraction {
  std::uint64_t value = 0;
  int digits = 0;
  std::size_t end = 0;
};

struct UnitMatch {
  const UnitEntry* unit = nullptr;  // null: a currency from a prefix
  std::string canonical;
  UnitClass unit_class = UnitClass::kCount;
  int scale = 0;
  std::size_t begin = 0;  // where the unit word starts (0: none)
  std::size_t end = 0;
};

// Digits that belong to a token that is not a quantity: glued to a word
// ("m3", "COP28"), a code or name ("CN-05", "Covid-19"), a date, fraction or
// time part ("02/08/2022", "09:33"), a footnote ("quốc tế(1)").
inline bool InsideToken(std::string_view t, std::size_t i) {
  if (text::WordCharBefore(t, i)) return true;
  if (i == 0) return false;
  const char prev = t[i - 1];
  if (prev == '/' || prev == ':' || prev == '.' || prev == ',') return i >= 2 && t[i - 2] != ' ';
  if (prev == '-' && (text::WordCharBefore(t, i - 1))) return true;
  if (prev == '(' && text::WordCharBefore(t, i - 1)) return true;  // footnote "(1)"
  return false;
}

inline std::size_t SkipToken(std::string_view t, std::size_t i) {
  while (i < t.size()) {
    const char c = t[i];
    if (c == '.' || c == ',' || c == ':' || c == '-' || c == '/' || c == '+') {
      if (!(i + 1 < t.size() && text::WordCharAt(t, i + 1))) break;
      ++i;
      continue;
    }
    if (!text::WordCharAt(t, i)) break;
    char32_t cp;
    i += text::DecodeAt(t, i, &cp);
  }
  return i;
}

// A name right before: "Covid 19", "KCN Kim Bảng 4", "ISO 9001", "Biểu 1".
inline bool CapitalisedWordBefore(std::string_view t, std::string_view folded, std::size_t pos) {
  if (pos < 2 || t[pos - 1] != ' ') return false;
  std::size_t b = pos - 1;
  while (b > 0 && text::WordCharBefore(t, b)) b = text::PrevStart(t, b);
  if (b == pos - 1) return false;
  return t.compare(b, 4, folded.substr(b, 4)) != 0;  // its first letter is upper case
}

// A word after the first of a spelled number in title case: a name ("vịnh
// Ba Tư" is Persia, not 34). All capitals ("HAI MƯƠI LĂM") is a heading.
inline bool TitleCaseWordInside(std::string_view t, std::string_view folded, std::size_t begin,
                                std::size_t end) {
  for (std::size_t k = begin; k + 1 < end; ++k) {
    if (t[k] != ' ') continue;
    char32_t cp;
    const std::size_t w = k + 1;
    const std::size_t n1 = text::DecodeAt(t, w, &cp);
    if (t.compare(w, n1, folded, w, n1) == 0 || w + n1 >= end) continue;  // lower case
    const std::size_t n2 = text::DecodeAt(t, w + n1, &cp);
    if (t.compare(w + n1, n2, folded, w + n1, n2) == 0) return true;
  }
  return false;
}

struct Bound {
  Num num;
  std::size_t begin = 0;  // including sign and currency prefix
  std::optional<UnitMatch> unit;
  bool negative = false;
};

template <typename P>
struct Rules {
  static std::optional<Fraction> SpokenFraction(const Grammar& g, std::string_view t,
                                                std::string_view folded, std::size_t p) {
    for (std::string_view mark : {std::string_view(" phẩy "), std::string_view(" chấm ")}) {
      if (!P::StartsWithAt(folded, p, mark)) continue;
      const std::size_t q = p + mark.size();
      Fraction f;
      if (q < t.size() && IsAsciiDigit(t[q])) {
        std::size_t e = q;
        while (e < t.size() && IsAsciiDigit(t[e]) && f.digits < 18) {
          f.value = f.value * 10 + static_cast<std::uint64_t>(t[e] - '0');
          ++f.digits, ++e;
        }
        if (e < t.size() && (IsAsciiDigit(t[e]) || text::WordCharAt(t, e))) return std::nullopt;
        f.end = e;
        return f;
      }
      if (auto sp = P::ScanSpelled(g.number_words, folded, q)) {
        if (sp->has_scale || std::floor(sp->value) != sp->value || sp->value >= 1e15) {
          return std::nullopt;
        }
        f.value = static_cast<std::uint64_t>(sp->value);
        f.digits = f.value == 0 ? 1 : static_cast<int>(std::to_string(f.value).size());
        f.end = sp->end;
        return f;
      }
    }
    return std::nullopt;
  }

  static std::optional<Num> ReadNum(const Grammar& g, std::string_view t, std::string_view folded,
                                    std::size_t i) {
    Num n;
    n.begin = i;
    if (IsAsciiDigit(t[i]) || (t[i] == ',' && i + 1 < t.size() && IsAsciiDigit(t[i + 1]))) {
      n.digits = numbers::ScanNumber(t, i);
      n.end = n.digits.end;
      if (n.digits.fraction_digits == 0 && n.digits.power == 0 && !n.digits.has_separator) {
        if (auto f = SpokenFraction(g, t, folded, n.end)) {
          numbers::Number d = n.digits;
          d.mantissa = d.mantissa * static_cast<std::uint64_t>(Pow10(f->digits)) + f->value;
          d.fraction_digits = f->digits;
          d.has_separator = true;
          d.end = f->end;
          n.digits = d;
          n.end = f->end;
        }
      }
      return n;
    }
    auto sp = P::ScanSpelled(g.number_words, folded, i);
    if (!sp) return std::nullopt;
    n.spelled = true;
    n.spelled_value = sp->value;
    n.words = sp->words;
    n.has_scale = sp->has_scale;
    n.stopped_at_number = sp->stopped_at_number;
    n.end = sp->end;
    if (!sp->has_scale && std::floor(sp->value) == sp->value) {
      if (auto f = SpokenFraction(g, t, folded, n.end)) {
        n.spelled_value =
            (sp->value * Pow10(f->digits) + static_cast<double>(f->value)) / Pow10(f->digits);
        n.words += 2;
        n.end = f->end;
      }
    }
    return n;
  }

  // Scale word and unit after a number ending at `p`: "64.000 m3", "14,9 triệu
  // USD", "46.393ha", "61 %KH", "2.500 m3/ngày đêm", "6,28 tấn / ha".
  // `allow_scale` is false when spelled words already carried one.
  static std::optional<UnitMatch> MatchUnit(const Grammar& g, std::string_view folded,
                                            std::size_t p, bool allow_scale, bool* scale_only) {
    UnitMatch m;
    std::size_t q = SkipOneSpace(folded, p);
    const std::size_t number_end = p;
    if (allow_scale) {
      if (const ScaleEntry* s = P::MatchAt(g.scale_words, folded, q);
          s != nullptr && !numbers::NotAScale(folded, q)) {
        m.scale = s->power;
        p = q + s->word.size();
        q = SkipOneSpace(folded, p);
      }
    }
    const UnitEntry* u = nullptr;
    std::size_t at = q;
    // Glued units ("46.393ha", "20€") only straight after the digits.
    if (p == number_end && q == p) u = P::MatchAt(g.units, folded, p, /*glued=*/true);
    if (u == nullptr && q != p) u = P::MatchAt(g.units, folded, q);
    if (u == nullptr && p == number_end && q != p) {
      u = P::MatchAt(g.units, folded, p, /*glued=*/true);
      at = p;
    }
    if (u == nullptr) {
      if (scale_only != nullptr) *scale_only = m.scale != 0;
      if (m.scale != 0) {
        m.end = p;
        return m;  // "5 nghìn": a number with a scale and no unit
      }
      return std::nullopt;
    }
    m.unit = u;
    m.unit_class = u->unit_class;
    m.canonical = std::string(u->canonical);
    m.begin = at;
    m.end = at + u->word.size();
    if (u->unit_class == UnitClass::kMoneyMillions) m.scale += 6;
    // Compound units: "/ngày đêm", "/người/tháng", " / ha".
    for (;;) {
      std::size_t slash = m.end;
      if (P::StartsWithAt(folded, slash, " / ")) {
        const PerEntry* per = P::MatchAt(g.denominators, folded, slash + 3, true);
        if (per == nullptr) break;
        m.canonical += '/';
        m.canonical += per->canonical;
        m.end = slash + 3 + per->word.size();
        continue;
      }
      if (slash + 1 < folded.size() && folded[slash] == '/') {
        const PerEntry* per = P::MatchAt(g.denominators, folded, slash + 1, true);
        if (per == nullptr) break;
        m.canonical += '/';
        m.canonical += per->canonical;
        m.end = slash + 1 + per->word.size();
        continue;
      }
      break;
    }
    return m;
  }

  // A currency sign or code right before the number ("$10", "USD1,23", "Rs. 20").
  static const PrefixEntry* PrefixBefore(const Grammar& g, std::string_view folded,
                                         std::size_t begin, std::size_t* start) {
    for (std::size_t b : {begin, begin > 0 && folded[begin - 1] == ' ' ? begin - 1 : npos}) {
      if (b == npos) continue;
      for (const PrefixEntry* e : P::EndingAt(g.currency_prefixes, folded, b)) {
        if (!P::EndsWithAt(folded, b, e->word)) continue;
        const std::size_t s = b - e->word.size();
        if (text::WordCharBefore(folded, s)) continue;
        *start = s;
        return e;
      }
    }
    return nullptr;
  }

  // The first currency prefix (in table order) spelled at folded[pos...].
  static const PrefixEntry* PrefixAt(const Grammar& g, std::string_view folded, std::size_t pos) {
    for (const PrefixEntry* e : P::StartingAt(g.currency_prefixes, folded, pos)) {
      if (P::StartsWithAt(folded, pos, e->word)) return e;
    }
    return nullptr;
  }

  static bool FollowedByTrap(const Grammar& g, std::string_view t, std::string_view folded,
                             std::size_t end) {
    if (end + 1 < t.size() && (t[end] == '/' || t[end] == ':' || t[end] == '+') &&
        IsAsciiDigit(t[end + 1])) {
      return true;  // date, fraction, time, "ISO 9001:2015", "Km 15+500"
    }
    if (end + 2 < t.size() && t[end] == ':' && t[end + 1] == ' ' && IsAsciiDigit(t[end + 2])) {
      return true;  // "ISO 9001: 2015"
    }
    if (end + 1 < t.size() && t[end] == '-' && text::WordCharAt(t, end + 1) &&
        !IsAsciiDigit(t[end + 1])) {
      // "95-III", "19-CP" — but "VND1000-VND2000" is a range.
      for (const PrefixEntry* e : P::StartingAt(g.currency_prefixes, folded, end + 1)) {
        const std::size_t d = end + 1 + e->word.size();
        if (P::StartsWithAt(folded, end + 1, e->word) && d < t.size() && IsAsciiDigit(t[d])) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  // The word before `pos` (skipping one space and an optional ':' ), folded.
  static bool TrapBefore(const Grammar& g, std::string_view folded, std::size_t pos,
                         TrapWhere where) {
    std::size_t b = pos;
    if (b > 0 && folded[b - 1] == ' ') --b;
    if (b > 0 && folded[b - 1] == ':') --b;
    if (b > 0 && folded[b - 1] == ' ') --b;
    for (const TrapEntry* e : P::EndingAt(g.traps, folded, b)) {
      if (e->where != where) continue;
      if (P::EndsWithAt(folded, b, e->word) && BoundaryOk(folded, b - e->word.size(), b, true)) {
        return true;
      }
    }
    return false;
  }

  static bool TimeWordBefore(const Grammar& g, std::string_view folded, std::size_t begin) {
    if (begin < 2 || folded[begin - 1] != ' ') return false;
    for (const TrapEntry* e : P::EndingAt(g.traps, folded, begin - 1)) {
      if (e->where == TrapWhere::kTimeBefore && e->word.size() < begin &&
          P::EndsWithAt(folded, begin - 1, e->word) &&
          BoundaryOk(folded, begin - 1 - e->word.size(), begin - 1, true)) {
        return true;
      }
    }
    return false;
  }

  static bool TimeWordAfter(const Grammar& g, std::string_view folded, std::size_t end) {
    if (end >= folded.size() || folded[end] != ' ') return false;
    for (const TrapEntry* e : P::StartingAt(g.traps, folded, end + 1)) {
      if (e->where == TrapWhere::kTimeAfter && P::StartsWithAt(folded, end + 1, e->word) &&
          BoundaryOk(folded, end + 1, end + 1 + e->word.size(), true)) {
        return true;
      }
    }
    return false;
  }

  // Separators between the bounds of a range; "và" only after "giữa".
  static std::size_t RangeSecondStart(const Grammar& g, std::string_view t, std::string_view folded,
                                      std::size_t p, bool between) {
    static constexpr std::string_view kSeparators[] = {" đến ", " tới ", " - ", " – ",
                                                       " -",    "- ",    "-",   "–"};
    auto number_at = [&](std::size_t q) {
      if (q >= t.size()) return false;
      if (IsAsciiDigit(t[q]) || P::StartsNumberWord(g.number_words, folded, q)) return true;
      std::size_t s;
      if (const PrefixEntry* e = PrefixAt(g, folded, q)) {
        const std::size_t d = SkipOneSpace(folded, q + e->word.size());
        return d < t.size() && IsAsciiDigit(t[d]) && PrefixBefore(g, folded, d, &s) != nullptr;
      }
      return false;
    };
    static constexpr std::string_view kAnd = " và ";
    // The bytes a separator (or "và") starts with: after most numbers none is
    // there, and none of them is spelled at p.
    static constexpr std::array<bool, 256> kFirst = [] {
      std::array<bool, 256> first{};
      for (std::string_view sep : kSeparators) first[static_cast<unsigned char>(sep[0])] = true;
      first[static_cast<unsigned char>(kAnd[0])] = true;
      return first;
    }();
    if (P::kByteFilters && (p >= folded.size() || !kFirst[static_cast<unsigned char>(folded[p])])) {
      return npos;
    }
    if (between && P::StartsWithAt(folded, p, kAnd) && number_at(p + kAnd.size())) {
      return p + kAnd.size();
    }
    for (std::string_view sep : kSeparators) {
      if (P::StartsWithAt(folded, p, sep) && number_at(p + sep.size())) return p + sep.size();
    }
    return npos;
  }

  // One bound: [sign] [prefix] number [scale] [unit], starting at a digit or a
  // number word at `i`.
  static std::optional<Bound> ReadBound(const Grammar& g, std::string_view t,
                                        std::string_view folded, std::size_t i,
                                        bool allow_sign = true) {
    auto num = ReadNum(g, t, folded, i);
    if (!num) return std::nullopt;
    Bound b;
    b.num = *num;
    b.begin = num->begin;
    if (!num->spelled && allow_sign) {
      // Signs: "-5", "+0,02%", "(-0,39%)", "- 1.200.000" at the start, "âm 5".
      const std::size_t s = num->begin;
      if (s > 0 && (t[s - 1] == '-' || t[s - 1] == '+') &&
          (s == 1 || !(IsAsciiDigit(t[s - 2]) || text::WordCharBefore(t, s - 1)))) {
        b.negative = t[s - 1] == '-';
        b.begin = s - 1;
      } else if (s == 2 && t[0] == '-' && t[1] == ' ') {
        b.negative = true;
        b.begin = 0;
      }
    }
    constexpr std::string_view kMinus = "âm ";
    if (b.begin >= kMinus.size() && P::StartsWithAt(folded, b.begin - kMinus.size(), kMinus) &&
        !text::WordCharBefore(folded, b.begin - kMinus.size())) {
      b.negative = true;
      b.begin -= kMinus.size();
    }
    std::size_t prefix_start = 0;
    const PrefixEntry* prefix =
        num->spelled ? nullptr : PrefixBefore(g, folded, b.begin, &prefix_start);
    bool scale_only = false;
    b.unit = MatchUnit(g, folded, num->end, !num->has_scale, &scale_only);
    if (prefix != nullptr) {
      b.begin = prefix_start;
      const int scale = b.unit ? b.unit->scale : 0;
      if (!b.unit || b.unit->unit == nullptr) {
        UnitMatch m;
        m.canonical = std::string(prefix->canonical);
        m.unit_class = UnitClass::kMoney;
        m.scale = scale;
        m.end = b.unit ? b.unit->end : num->end;
        b.unit = m;
      }
    }
    return b;
  }

  static std::vector<FoundQuantity> Find(const Grammar& g, std::string_view t,
                                         std::string_view folded) {
    std::vector<FoundQuantity> out;
    std::size_t trapped_end = npos;  // end of the last number read as a code
    auto trap = [&](std::size_t end) { trapped_end = end; };
    // Is all of the text this one expression? ("hai", "không": Duckling-style
    // whole-string numbers.)
    auto whole = [&](std::size_t b, std::size_t e) {
      while (e < t.size() && (t[e] == '.' || t[e] == ' ')) ++e;
      return b == 0 && e == t.size();
    };

    const Lexicon<FixedEntry>& fixed = g.fixed_quantities;
    const Lexicon<QualifierEntry>& qualifiers = g.qualifiers;
    typename P::Scanner scan;
    std::size_t i = 0;
    while (i < t.size()) {
      // Step over what cannot start anything (the policy may do it at a
      // fraction of the cost of the body below, or not at all).
      if (!scan.Skip(t, i)) break;
      const char c = t[i];
      char32_t here;
      const std::size_t here_len = text::DecodeAt(t, i, &here);
      const bool at_word = P::AtWord(t, i, here);
      const bool before_word = scan.BeforeWord(t, i);
      const bool digit_start =
          IsAsciiDigit(c) || (c == ',' && i + 1 < t.size() && IsAsciiDigit(t[i + 1]) &&
                              (i == 0 || !(IsAsciiDigit(t[i - 1]) || before_word)));
      const bool word_start = !digit_start && !before_word && at_word;
      if (word_start) {
        // Whole phrases: "gấp đôi", "đầu tiên", "thứ nhất".
        if (const FixedEntry* f = P::MatchAt(fixed, folded, i)) {
          FoundQuantity fq;
          fq.quantity.value = f->value;
          fq.quantity.unit = std::string(f->unit);
          fq.quantity.surface = std::string(t.substr(i, f->word.size()));
          fq.quantity.span = Span{i, i + f->word.size()};
          fq.unit_class = f->unit == "times" ? UnitClass::kTimes : UnitClass::kCount;
          fq.begin = i;
          fq.end = i + f->word.size();
          if (const QualifierEntry* q = P::MatchEndingAt(qualifiers, folded, i > 0 ? i - 1 : 0);
              q != nullptr && i > 0 && t[i - 1] == ' ' && q->where == Where::kBefore) {
            fq.quantity.qualifier = q->qualifier;
            fq.begin = i - 1 - q->word.size();
          }
          out.push_back(std::move(fq));
          i += f->word.size();
          continue;
        }
      }
      if (!digit_start && !(word_start && P::StartsNumberWord(g.number_words, folded, i))) {
        scan.Stepped(t, i, here_len, at_word);
        i += here_len;
        continue;
      }
      std::size_t prefix_start = 0;
      if (digit_start && InsideToken(t, i) &&
          PrefixBefore(g, folded, i, &prefix_start) == nullptr) {
        i = SkipToken(t, i);
        continue;
      }
      auto first = ReadBound(g, t, folded, i);
      if (!first) {
        char32_t cp;
        i += text::DecodeAt(t, i, &cp);
        continue;
      }
      const Num& num = first->num;
      const std::size_t after_num = first->unit ? first->unit->end : num.end;
      if (!num.spelled && FollowedByTrap(g, t, folded, num.end)) {
        trap(num.end);
        i = SkipToken(t, num.end);
        continue;
      }
      // Vague amounts: "hàng nghìn tỷ đồng", "vài trăm lao động", "không một
      // doanh nghiệp nào"; and a number word right after another ("hai ba
      // người", two or three) is an estimate, not a number.
      if (TrapBefore(g, folded, first->begin, TrapWhere::kVagueBefore) ||
          (num.spelled && first->begin >= 2 && folded[first->begin - 1] == ' ' &&
           P::StartsNumberWord(g.number_words, folded,
                               WordStartBefore(folded, first->begin - 1)))) {
        i = after_num;
        continue;
      }
      // Ordinals and weekdays after "thứ": "thứ 12" is an ordinal, "thứ năm" or
      // "thứ 5" a weekday unless a rank ("lần thứ 5", "xếp thứ 5").
      constexpr std::string_view kThu = "thứ";
      if (!first->unit && P::WordBeforeIs(folded, first->begin, kThu)) {
        const std::string_view prev = kThu;  // WordBefore(folded, first->begin)
        const double v = num.spelled ? num.spelled_value : num.digits.Value();
        const std::size_t thu = first->begin - 1 - prev.size();
        const std::string_view before = WordBefore(folded, thu);
        const bool rank =
            before == "lần" || before == "xếp" || before == "hạng" || before == "đứng";
        if (!(v >= 2 && v <= 7 && !rank) && num.Integer() && (!num.spelled || num.words >= 1)) {
          FoundQuantity fq;
          fq.quantity.value = v;
          fq.quantity.unit = "ordinal";
          fq.quantity.surface = std::string(t.substr(thu, num.end - thu));
          fq.quantity.span = Span{thu, num.end};
          fq.begin = thu;
          fq.end = num.end;
          out.push_back(std::move(fq));
        }
        i = num.end;
        continue;
      }

      // A range: "từ X đến Y", "giữa X và Y", "X-Y", "X - Y"; the scale and
      // unit after the second bound apply to both.
      constexpr std::string_view kBetween = "giữa ";
      constexpr std::string_view kFrom = "từ ";
      const bool between = first->begin >= kBetween.size() &&
                           P::StartsWithAt(folded, first->begin - kBetween.size(), kBetween);
      const bool from = first->begin >= kFrom.size() &&
                        P::StartsWithAt(folded, first->begin - kFrom.size(), kFrom);
      // A single number word opens a range only after từ/giữa: "không tới
      // 7000 đồng" is "at most 7000", not 0 to 7000.
      const bool may_open_range = !num.spelled || num.words >= 2 || between || from;
      std::optional<Bound> second;
      if (const std::size_t s2 =
              may_open_range ? RangeSecondStart(g, t, folded, after_num, between) : npos;
          s2 != npos) {
        std::size_t d = s2;
        // Step over a currency prefix on the second bound ("VND1000-VND2000").
        if (const PrefixEntry* e = PrefixAt(g, folded, d))
          d = SkipOneSpace(folded, d + e->word.size());
        auto real_unit = [](const std::optional<UnitMatch>& u) {
          return u && (u->unit != nullptr || !u->canonical.empty());
        };
        if (auto b2 = ReadBound(g, t, folded, d, /*allow_sign=*/false);
            b2 && !first->negative && !b2->negative) {
          if (b2->unit) {
            if (!real_unit(first->unit) || !real_unit(b2->unit) ||
                first->unit->canonical == b2->unit->canonical) {
              second = b2;
            }
          } else if (real_unit(first->unit)) {
            // "từ 1000 đồng đến 2000": the first bound's unit.
            b2->unit = first->unit;
            b2->unit->end = b2->num.end;
            second = b2;
          }
        }
      }

      std::optional<UnitMatch> unit = second ? second->unit : first->unit;
      // A scale word alone (no unit) — "5 nghìn" — is a unitless number.
      const bool has_unit = unit && (unit->unit != nullptr || !unit->canonical.empty());
      UnitClass unit_class = has_unit ? unit->unit_class : UnitClass::kCount;
      const std::size_t end = second ? (second->unit ? second->unit->end : second->num.end)
                                     : (first->unit ? first->unit->end : num.end);

      // Bare numbers (no unit): accept plain numbers, not codes, years, dates,
      // names, list numbers, periods or single number words.
      if (!has_unit) {
        bool is_trap = false;
        if (num.spelled) {
          // One word ("một", "hai bên"), words that do not make one number
          // ("một trăm hai ba", "hai ba nghìn"), a name ("Ba Tư").
          is_trap = (num.words < 2 && !whole(first->begin, end)) || num.stopped_at_number ||
                    TitleCaseWordInside(t, folded, num.begin, num.end);
        } else {
          const std::size_t len = num.digits.end - num.begin;
          const double v = num.digits.Value();
          is_trap = (num.PlainDigits() && len == 4 && v >= 1000 && v <= 2100) ||  // a year
                    (num.PlainDigits() && t[num.begin] == '0' && len >= 3) ||     // a code, a phone
                    (num.PlainDigits() && len >= 9) ||                            // a tax code
                    (num.digits.fraction_digits == 1 && num.digits.mantissa % 10 == 0 &&
                     num.digits.has_separator && t[num.digits.end - 2] == '.') ||  // "4.0"
                    (first->begin == 0 && end < t.size() && (t[end] == '.' || t[end] == ')') &&
                     end + 1 < t.size() && t[end + 1] == ' ') ||  // "1. Về sản xuất"
                    (first->begin > 0 && t[first->begin - 1] == '(' && end < t.size() &&
                     t[end] == ')');  // "(1)"
          if (!is_trap && trapped_end != npos && first->begin >= trapped_end &&
              first->begin - trapped_end <= 2) {
            is_trap = true;  // the next group of a phone number
          }
        }
        is_trap = is_trap || TrapBefore(g, folded, first->begin, TrapWhere::kCodeBefore) ||
                  TimeWordAfter(g, folded, end) || TimeWordBefore(g, folded, first->begin) ||
                  CapitalisedWordBefore(t, folded, first->begin) ||
                  (!num.spelled && end < t.size() && text::WordCharAt(t, end));  // "3B", "1A"
        if (is_trap) {
          if (!num.spelled) trap(end);
          // Past the whole number ("3 870 456") and the token it ends in; past
          // the number words that did not fit ("một trăm hai ba bốn").
          i = num.spelled
                  ? (num.stopped_at_number ? P::SkipNumberWords(g.number_words, folded, end) : end)
                  : std::max(end, SkipToken(t, num.begin));
          continue;
        }
      } else if (!num.spelled) {
        // Plain digits after a time word before a counted noun belong to the
        // time: "năm 2022 tỉnh có 12 xã", "tháng 8 tỉnh tổ chức".
        if (unit_class == UnitClass::kCount && !second && num.PlainDigits() &&
            TimeWordBefore(g, folded, first->begin)) {
          i = num.end;
          continue;
        }
      } else {
        // Spelled numbers with a unit: "không" before a noun is negation, and
        // "lần" after a spelled number counts occurrences ("dùng một lần")
        // unless it multiplies ("gấp ba lần").
        if (num.words == 1 && num.spelled_value == 0) {
          i = end;
          continue;
        }
        if (unit_class == UnitClass::kTimes) {
          const std::string_view prev = WordBefore(folded, first->begin);
          if (prev != "gấp" && prev != "tăng" && prev != "giảm") {
            i = end;
            continue;
          }
        }
      }

      FoundQuantity f;
      Quantity& q = f.quantity;
      const bool count = unit_class == UnitClass::kCount;
      const int scale = unit ? unit->scale : 0;
      const double cents = unit_class == UnitClass::kCents ? 0.01 : 1.0;
      std::size_t surface_begin = first->begin;
      std::size_t surface_end = end;
      if (second) {
        // The first bound takes the second's scale unless it has its own.
        const int scale1 = first->unit ? first->unit->scale : scale;
        q.qualifier = Qualifier::kRange;
        q.value_min = num.Value(scale1, count) * cents;
        q.value_max = second->num.Value(scale, count) * cents;
        for (std::string_view w : {std::string_view("từ "), std::string_view("giữa ")}) {
          if (surface_begin >= w.size() && P::StartsWithAt(folded, surface_begin - w.size(), w) &&
              !text::WordCharBefore(folded, surface_begin - w.size())) {
            surface_begin -= w.size();
          }
        }
      } else {
        double v = num.Value(scale, count) * cents;
        // Dollars and cents: "2 đô la và 23 xen", "hai đô 23", "20 Rupees 43".
        if (unit_class == UnitClass::kMoneyCents) {
          std::size_t p = surface_end;
          constexpr std::string_view kAnd = " và ";
          if (P::StartsWithAt(folded, p, kAnd)) {
            p += kAnd.size();
          } else {
            p = SkipOneSpace(folded, p);
          }
          if (p != surface_end) {
            if (auto c2 = ReadNum(g, t, folded, p); c2 && c2->Integer()) {
              const double cv = c2->spelled ? c2->spelled_value : c2->digits.Value();
              bool scale_only = false;
              auto cu = MatchUnit(g, folded, c2->end, true, &scale_only);
              const bool cent_word = cu && cu->unit && cu->unit_class == UnitClass::kCents;
              if (cv < 100 && (cent_word || !cu) &&
                  !(c2->spelled && c2->words < 2 && !cent_word && !whole(0, c2->end))) {
                v += cv / 100.0;
                surface_end = cent_word ? cu->end : c2->end;
              }
            }
          }
        }
        q.value = first->negative ? -v : v;
      }
      f.begin = surface_begin;
      f.end = surface_end;
      // Qualifiers: before ("hơn 64.000 m3", "không quá 95 tỷ đồng") or after
      // ("48 triệu đồng trở lên", "từ 7000 đồng trở xuống").
      if (!second) {
        const std::size_t a = SkipOneSpace(folded, surface_end);
        const QualifierEntry* after = P::MatchAt(qualifiers, folded, a);
        if (after != nullptr && after->where == Where::kAfter) {
          q.qualifier = after->qualifier;
          f.end = a + after->word.size();
          f.qualifier_word = after;
          if (f.begin >= kFrom.size() && P::StartsWithAt(folded, f.begin - kFrom.size(), kFrom)) {
            f.begin -= kFrom.size();
            f.threshold = true;
          }
        } else {
          std::size_t b = surface_begin;
          if (b > 0 && t[b - 1] == ' ') --b;
          if (const QualifierEntry* e = P::MatchEndingAt(qualifiers, folded, b);
              e != nullptr && e->where == Where::kBefore) {
            q.qualifier = e->qualifier;
            f.begin = b - e->word.size();
            f.qualifier_word = e;
          }
        }
      }
      q.unit = has_unit ? unit->canonical : std::string();
      if (unit_class == UnitClass::kCents || unit_class == UnitClass::kMoneyCents) {
        q.unit = "USD";
        if (unit && unit->unit && unit->canonical != "USD") q.unit = unit->canonical;
      }
      f.unit_class = unit_class;
      f.unit_begin = unit && unit->unit != nullptr ? unit->begin : 0;
      q.surface = std::string(t.substr(surface_begin, surface_end - surface_begin));
      q.span = Span{surface_begin, surface_end};
      out.push_back(std::move(f));
      i = std::max(surface_end, i + 1);
    }
    return out;
  }
};

}  // namespace vnextract::indicators::quantity_rules

#endif  // VNEXTRACT_SRC_INDICATORS_QUANTITY_RULES_H_
