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
  // The unit as written (Quantity::unit_text): folded[text_begin, text_end).
  std::size_t text_begin = 0;
  std::size_t text_end = 0;
  bool open = false;          // a counted noun not in units.inc (canonical "count")
  std::size_t scale_end = 0;  // the end of the scale word, if any
  // "107 nghìn 700 tỷ đồng", "2 triệu 500 nghìn đồng": a group after the
  // first scale word, already scaled, added to the number times 10^scale.
  double chain = 0;
};

// Digits that belong to a token that is not a quantity: glued to a word
// ("m3", "COP28"), a code or name ("CN-05", "Covid-19"), a date, fraction or
// time part ("02/08/2022", "09:33"), a footnote ("quốc tế(1)").
// A number after a lower-case word and '/' starts a figure: "12.100
// ha/15.000 ha KH" (the plan after the actual), "7 mã giảm/21 mã tăng".
inline bool InsideToken(std::string_view t, std::string_view folded, std::size_t i) {
  if (text::WordCharBefore(t, i)) return true;
  if (i == 0) return false;
  const char prev = t[i - 1];
  if (prev == '/' && i >= 2 && t[i - 2] != ' ' && text::WordCharBefore(t, i - 1)) {
    const std::size_t w = text::PrevStart(t, i - 1);
    return IsAsciiDigit(t[w]) || t.compare(w, i - 1 - w, folded, w, i - 1 - w) != 0;
  }
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

// Where a capitalised word right before pos starts ("Covid 19", "KCN Kim
// Bảng 4", "ISO 9001", "Biểu 1"), or npos.
inline std::size_t CapitalisedWordBefore(std::string_view t, std::string_view folded,
                                         std::size_t pos) {
  if (pos < 2 || t[pos - 1] != ' ') return npos;
  std::size_t b = pos - 1;
  while (b > 0 && text::WordCharBefore(t, b)) b = text::PrevStart(t, b);
  if (b == pos - 1) return npos;
  // Its first letter is upper case.
  return t.compare(b, 4, folded.substr(b, 4)) != 0 ? b : npos;
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
      // "0 68%": a decimal comma typed as a space before a percentage; the
      // evident figure is 0,68% (read alone, "68%" would be a wild value).
      if (n.end == i + 1 && t[i] == '0' && !InsideToken(t, folded, i) && n.end + 2 < t.size() &&
          t[n.end] == ' ' && IsAsciiDigit(t[n.end + 1])) {
        std::size_t e = n.end + 1;
        while (e < t.size() && IsAsciiDigit(t[e]) && e - n.end <= 3) ++e;
        if (e - n.end - 1 <= 2 && e < t.size() && t[e] == '%') {
          numbers::Number d = numbers::ScanNumber(t, n.end + 1);
          d.begin = i;
          d.fraction_digits = static_cast<int>(e - n.end - 1);
          d.has_separator = true;
          d.comma_may_group = false;
          n.digits = d;
          n.end = e;
        }
      }
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

  // Is a time word (traps.inc kTimeAfter: "tháng", "năm") spelled at folded[pos]?
  static bool TimeWordAt(const Grammar& g, std::string_view folded, std::size_t pos) {
    for (const TrapEntry* e : P::StartingAt(g.traps, folded, pos)) {
      if (e->where == TrapWhere::kTimeAfter && P::StartsWithAt(folded, pos, e->word) &&
          BoundaryOk(folded, pos, pos + e->word.size(), true)) {
        return true;
      }
    }
    return false;
  }

  // A name right before pos ("KCN Kim Bảng 4", "Covid 19"): a capitalised
  // word that is not a function word or a qualifier opening the sentence
  // ("Có 10 nhóm hàng", "Trong 3 mục tiêu", "Hơn 200 hộ").
  static bool NameBefore(const Grammar& g, std::string_view t, std::string_view folded,
                         std::size_t pos) {
    const std::size_t b = CapitalisedWordBefore(t, folded, pos);
    if (b == npos) return false;
    if (NotAUnitAt(g, folded, b)) return false;
    const QualifierEntry* q = P::MatchAt(g.qualifiers, folded, b);
    return q == nullptr || b + q->word.size() + 1 != pos;
  }

  // A part of a whole after `first` (a number with no unit of its own):
  // "5.775/8.227 xã", "66/112 thôn", "thứ 9/63". The whole is at least the
  // part; a date ("ngày 9/7", "sáng 5/8 đoàn"), a document number
  // ("1234/2020") or a code is none.
  static std::optional<FoundQuantity> PartOfWhole(const Grammar& g, std::string_view t,
                                                  std::string_view folded, const Bound& first) {
    const Num& num = first.num;
    if (num.spelled || first.unit || first.negative || !num.Integer() || num.end + 1 >= t.size() ||
        t[num.end] != '/' || !IsAsciiDigit(t[num.end + 1])) {
      return std::nullopt;
    }
    const numbers::Number whole = numbers::ScanNumber(t, num.end + 1);
    const double part_v = num.digits.Value();
    const double whole_v = whole.Value();
    if (whole.fraction_digits > 0 || whole.power != 0 || whole_v < part_v || whole_v == 0 ||
        (whole.end < t.size() &&
         (t[whole.end] == '/' || t[whole.end] == '-' || t[whole.end] == '.' ||
          t[whole.end] == ',') &&
         whole.end + 1 < t.size() && IsAsciiDigit(t[whole.end + 1])) ||
        (!whole.has_separator && whole.end - whole.begin == 4 && whole_v >= 1900 &&
         whole_v <= 2100) ||
        TrapBefore(g, folded, first.begin, TrapWhere::kCodeBefore)) {
      return std::nullopt;
    }
    FoundQuantity f;
    Quantity& q = f.quantity;
    std::size_t begin = first.begin;
    std::size_t end = 0;
    constexpr std::string_view kThu = "thứ";
    if (P::WordBeforeIs(folded, first.begin, kThu)) {
      begin = first.begin - 1 - kThu.size();
      q.unit = "rank";
      end = whole.end;
    } else {
      const bool date_shaped =
          !num.digits.has_separator && !whole.has_separator && whole_v <= 12 && part_v <= 31;
      auto u = MatchUnit(g, t, folded, whole.end, /*allow_scale=*/false, nullptr);
      if (!u || u->unit_class != UnitClass::kCount || NameBefore(g, t, folded, first.begin) ||
          (date_shaped && (u->open || TimeWordBefore(g, folded, first.begin) ||
                           TrapBefore(g, folded, first.begin, TrapWhere::kDateBefore)))) {
        return std::nullopt;
      }
      q.unit = u->canonical;
      q.unit_text = folded.substr(u->text_begin, u->text_end - u->text_begin);
      f.unit_class = u->unit_class;
      f.unit_begin = u->begin;
      end = u->end;
    }
    q.value = part_v;
    q.value_of = whole_v;
    q.surface = std::string(t.substr(begin, end - begin));
    q.span = Span{begin, end};
    f.begin = begin;
    f.end = end;
    std::size_t b = begin;
    if (b > 0 && t[b - 1] == ' ') --b;
    if (const QualifierEntry* e = P::MatchEndingAt(g.qualifiers, folded, b);
        e != nullptr && e->where == Where::kBefore) {
      q.qualifier = e->qualifier;
      f.begin = b - e->word.size();
      f.qualifier_word = e;
    }
    return f;
  }

  // A verb glued to the digits ("tăng12%", "chế tạotăng1,36%"): the number
  // starts a figure all the same.
  static bool GluedVerbBefore(const Grammar& g, std::string_view folded, std::size_t pos) {
    for (const TrapEntry* e : P::EndingAt(g.traps, folded, pos)) {
      if (e->where == TrapWhere::kGluedBefore && P::EndsWithAt(folded, pos, e->word)) return true;
    }
    return false;
  }

  // The parts of out[k] by place right after it: "27 sự cố, gồm Bắc Ninh 2,
  // Hà Nội 1, Thanh Hóa 24" or "88 nhà (Lào Cai 4; Nghệ An 84)": after words
  // with no digits and no sentence end, "(" or "gồm", then at least two items
  // "Name N" (a capitalised name, ':' allowed) separated by ",", ";" or "và",
  // closed by ")", "." or the end. Only when the parts add up to the total
  // exactly is the total's unit theirs: a list of names with numbers that do
  // not add up ("gồm Đồng Văn 1, Đồng Văn 2") is not one. Appends the parts
  // to `out`; returns where the list ends (0: none).
  static std::size_t Breakdown(std::string_view t, std::string_view folded, std::size_t k,
                               std::vector<FoundQuantity>& out) {
    const double total = *out[k].quantity.value;
    std::size_t p = out[k].end;
    constexpr std::size_t kMaxGap = 80;  // bytes of words between the total and the list
    constexpr std::string_view kIncluding = "gồm";
    std::size_t list = npos;
    for (std::size_t q = p; q < t.size() && q < p + kMaxGap; ++q) {
      const char c = t[q];
      if (IsAsciiDigit(c) || c == '.' || c == ';' || c == ')' || c == '\n') return 0;
      if (c == '(') {
        list = q + 1;
        break;
      }
      if (P::StartsWithAt(folded, q, kIncluding) && !text::WordCharBefore(folded, q) &&
          !text::WordCharAt(folded, q + kIncluding.size())) {
        list = q + kIncluding.size();
        if (list < t.size() && t[list] == ':') ++list;
        break;
      }
    }
    if (list == npos) return 0;
    struct Part {
      std::size_t name, name_end, begin, end;
      double value;
    };
    std::vector<Part> parts;
    double sum = 0;
    std::size_t q = list;
    for (;;) {
      while (q < t.size() && t[q] == ' ') ++q;
      // A name: capitalised words ("Bà Rịa Vũng Tàu", "TP Hồ Chí Minh",
      // "Lục Yên:").
      const std::size_t name = q;
      int words = 0;
      while (q < t.size() && text::WordCharAt(t, q) && !IsAsciiDigit(t[q])) {
        char32_t cp;
        if (const std::size_t len = text::DecodeAt(t, q, &cp);
            t.compare(q, len, folded, q, len) == 0) {
          break;  // not capitalised
        }
        while (q < t.size() && text::WordCharAt(t, q)) q += text::DecodeAt(t, q, &cp);
        ++words;
        if (q < t.size() && t[q] == ':') ++q;
        if (q >= t.size() || t[q] != ' ') break;
        ++q;
      }
      if (words == 0 || q >= t.size() || !IsAsciiDigit(t[q])) return 0;
      const numbers::Number n = numbers::ScanNumber(t, q);
      if (n.fraction_digits != 0 || n.power != 0) return 0;
      std::size_t name_end = q;
      while (name_end > name && (t[name_end - 1] == ' ' || t[name_end - 1] == ':')) --name_end;
      parts.push_back({name, name_end, q, n.end, n.Value()});
      sum += n.Value();
      q = n.end;
      if (q >= t.size() || t[q] == ')' || t[q] == '.') break;
      if (t[q] == ',' || t[q] == ';') {
        ++q;
      } else if (P::StartsWithAt(folded, q, " và ")) {
        q += 4;
      } else {
        return 0;
      }
    }
    if (parts.size() < 2 || sum != total) return 0;
    // Distinct names: "Đồng Văn 1, Đồng Văn 2" is a series of names.
    for (std::size_t a = 0; a < parts.size(); ++a) {
      for (std::size_t b = a + 1; b < parts.size(); ++b) {
        if (t.substr(parts[a].name, parts[a].name_end - parts[a].name) ==
            t.substr(parts[b].name, parts[b].name_end - parts[b].name)) {
          return 0;
        }
      }
    }
    const std::string unit = out[k].quantity.unit;  // (copies: out grows below)
    const std::string unit_text = out[k].quantity.unit_text;
    const UnitClass unit_class = out[k].unit_class;
    for (const Part& part : parts) {
      FoundQuantity f;
      f.quantity.value = part.value;
      f.quantity.unit = unit;
      f.quantity.unit_text = unit_text;
      f.quantity.surface = std::string(t.substr(part.begin, part.end - part.begin));
      f.quantity.span = Span{part.begin, part.end};
      f.unit_class = unit_class;
      f.name_begin = part.name;
      f.name_end = part.name_end;
      f.begin = part.begin;
      f.end = part.end;
      out.push_back(std::move(f));
    }
    return q;
  }

  // A word after "một" and its noun that makes "một" an article: "của".
  static bool ArticleAfter(const Grammar& g, std::string_view folded, std::size_t pos) {
    if (pos + 1 >= folded.size() || folded[pos] != ' ') return false;
    for (const TrapEntry* e : P::StartingAt(g.traps, folded, pos + 1)) {
      if (e->where == TrapWhere::kArticleAfter && P::StartsWithAt(folded, pos + 1, e->word) &&
          BoundaryOk(folded, pos + 1, pos + 1 + e->word.size(), true)) {
        return true;
      }
    }
    return false;
  }

  // "KH", "kế hoạch" right after pos: the figure before is a plan.
  static bool PlanAfter(const Grammar& g, std::string_view folded, std::size_t pos) {
    if (pos + 1 >= folded.size() || folded[pos] != ' ') return false;
    for (const TrapEntry* e : P::StartingAt(g.traps, folded, pos + 1)) {
      if (e->where == TrapWhere::kPlanAfter && P::StartsWithAt(folded, pos + 1, e->word) &&
          BoundaryOk(folded, pos + 1, pos + 1 + e->word.size(), true)) {
        return true;
      }
    }
    return false;
  }

  // Is a word of traps.inc's kNotUnit spelled at folded[pos]?
  static bool NotAUnitAt(const Grammar& g, std::string_view folded, std::size_t pos) {
    for (const TrapEntry* e : P::StartingAt(g.traps, folded, pos)) {
      if (e->where == TrapWhere::kNotUnit && P::StartsWithAt(folded, pos, e->word) &&
          BoundaryOk(folded, pos, pos + e->word.size(), true)) {
        return true;
      }
    }
    return false;
  }

  // A counted noun that is not in units.inc, starting at `pos`: one to five
  // lower-case words, each made of letters only, none of them a word that is
  // not a counted noun (traps.inc kNotUnit), a number word, a scale word or a
  // time word ("40 tài khoản", "7 thương nhân đầu mối", "990 căn hộ với";
  // after '/' a time word may be one: "mm/đợt").
  // Returns its end, or pos when there is none.
  static std::size_t OpenNounEnd(const Grammar& g, std::string_view t, std::string_view folded,
                                 std::size_t pos, bool time_words_end = true) {
    std::size_t end = pos;
    std::size_t second = pos;  // the end of its second word
    std::size_t w = pos;
    int words = 0;
    for (; words < 5 && w < t.size(); ++words) {
      if (text::WordCharBefore(t, w)) break;
      std::size_t we = w;
      while (we < t.size()) {
        char32_t cp;
        const std::size_t len = text::DecodeAt(t, we, &cp);
        if (!text::IsWordChar(cp) || IsAsciiDigit(t[we])) break;
        // Lower case: the folded text has the same bytes.
        if (t.compare(we, len, folded, we, len) != 0) return end;
        we += len;
      }
      if (we == w || (we < t.size() && IsAsciiDigit(t[we]))) break;
      if (NotAUnitAt(g, folded, w) || P::StartsNumberWord(g.number_words, folded, w) ||
          P::MatchAt(g.scale_words, folded, w) != nullptr ||
          (time_words_end && TimeWordAt(g, folded, w))) {
        break;
      }
      end = we;
      if (words == 1) second = we;
      if (we + 1 < t.size() && t[we] == ' ') {
        w = we + 1;
      } else {
        break;
      }
    }
    // Five words and a sixth after them: no end was found, and the fifth
    // may be half a word ("46 công trình cấp nước tập trung"): the noun is
    // its first two words, the rest is for the label.
    if (words == 5 && end + 1 < t.size() && t[end] == ' ' && text::WordCharAt(t, end + 1) &&
        !IsAsciiDigit(t[end + 1]) && second > pos) {
      return second;
    }
    return end;
  }

  // A denominator after '/' or a per word at `pos`: a known one
  // (denominators.inc) or, after '/', a lower-case counted noun ("đồng/căn").
  // Sets *end and appends "/canonical" to *canonical.
  static bool Denominator(const Grammar& g, std::string_view t, std::string_view folded,
                          std::size_t pos, bool open_ok, bool time_only, std::size_t* end,
                          std::string* canonical) {
    const PerEntry* per = P::MatchAt(g.denominators, folded, pos, true);
    if (per != nullptr && per->role == PerRole::kDenominator) {
      if (time_only && per->canonical != "day" && per->canonical != "week" &&
          per->canonical != "month" && per->canonical != "quarter" && per->canonical != "year") {
        return false;
      }
      *end = pos + per->word.size();
      *canonical += '/';
      *canonical += per->canonical;
      return true;
    }
    if (!open_ok || time_only) return false;
    // ("mm/đợt": after '/', a time word is a denominator too.)
    std::size_t e = OpenNounEnd(g, t, folded, pos, /*time_words_end=*/false);
    // An abbreviation ("tỷ đồng/HTX", "USD/KCN", "USD/MMBtu") is a counted
    // noun written short, unless it names a base ("ha/KH": of the plan).
    if (e == pos) {
      e = AbbreviationEnd(t, pos);
      if (const CompareEntry* c = P::MatchAt(g.comparators, folded, pos);
          c != nullptr && pos + c->word.size() == e) {
        e = pos;
      }
    }
    if (e == pos) return false;
    *end = e;
    *canonical += "/count";
    return true;
  }

  // The end of an abbreviation at t[pos]: ASCII letters only, two to eight,
  // the first and at least one more a capital, then no letter or digit, and
  // no '.' or '-' joining more ("TP.HCM" is a place, "QĐ-UBND" a code)
  // ("HTX", "KCN", "DN", "MMBtu"); else pos.
  static std::size_t AbbreviationEnd(std::string_view t, std::size_t pos) {
    std::size_t e = pos;
    int capitals = 0;
    while (e < t.size() && e - pos < 9 &&
           ((t[e] >= 'A' && t[e] <= 'Z') || (t[e] >= 'a' && t[e] <= 'z'))) {
      capitals += t[e] >= 'A' && t[e] <= 'Z';
      ++e;
    }
    if (e - pos < 2 || e - pos > 8 || capitals < 2 || !(t[pos] >= 'A' && t[pos] <= 'Z') ||
        text::WordCharAt(t, e) ||
        (e + 1 < t.size() && (t[e] == '.' || t[e] == '-') && text::WordCharAt(t, e + 1))) {
      return pos;
    }
    return e;
  }

  // Scale word and unit after a number ending at `p`: "64.000 m3", "14,9 triệu
  // USD", "46.393ha", "61 %KH", "2.500 m3/ngày đêm", "6,28 tấn / ha",
  // "2,8triệu lượt", "12,5 triệu cổ phiếu" (an open counted noun: count),
  // "1.200 đồng/lượng", "100 USD một thùng".
  // `allow_scale` is false when spelled words already carried one.
  static std::optional<UnitMatch> MatchUnit(const Grammar& g, std::string_view t,
                                            std::string_view folded, std::size_t p,
                                            bool allow_scale, bool* scale_only) {
    UnitMatch m;
    // A footnote mark glued to the number: "110.764(1) doanh nghiệp".
    if (p + 4 < folded.size() && folded[p] == '(' && IsAsciiDigit(folded[p + 1]) &&
        folded[p + 2] == ')' && folded[p + 3] == ' ') {
      p += 3;
    }
    std::size_t q = SkipOneSpace(folded, p);
    const std::size_t number_end = p;
    if (allow_scale) {
      // Glued ("2,8triệu") only straight after the digits.
      if (const ScaleEntry* s = P::MatchAt(g.scale_words, folded, q, /*glued=*/q == p);
          s != nullptr && !numbers::NotAScale(folded, q)) {
        m.scale = s->power;
        p = q + s->word.size();
        m.scale_end = p;
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
    if (u != nullptr && u->unit_class == UnitClass::kNotUnit) u = nullptr, q = p;
    if (u != nullptr && u->head) {
      // "5 điểm bán hàng", "35 nhà máy": the unit word heads a counted noun.
      if (const std::size_t after = at + u->word.size();
          after + 1 < folded.size() && folded[after] == ' ' &&
          OpenNounEnd(g, t, folded, after + 1) > after + 1) {
        u = nullptr;
        q = at;
      }
    }
    if (u == nullptr) {
      // An open counted noun, after a space ("40 tài khoản").
      if (const std::size_t e = q != p ? OpenNounEnd(g, t, folded, q) : q; e > q) {
        m.open = true;
        m.canonical = "count";
        m.unit_class = UnitClass::kCount;
        m.begin = q;
        m.end = e;
      } else {
        if (scale_only != nullptr) *scale_only = m.scale != 0;
        if (m.scale != 0) {
          m.end = p;
          return m;  // "5 nghìn": a number with a scale and no unit
        }
        return std::nullopt;
      }
    } else {
      m.unit = u;
      m.unit_class = u->unit_class;
      m.canonical = std::string(u->canonical);
      m.begin = at;
      m.end = at + u->word.size();
      if (u->unit_class == UnitClass::kMoneyMillions) m.scale += 6;
    }
    m.text_begin = m.begin;
    // "tr.đồng" is triệu đồng: its unit is written after the scale.
    if (m.unit_class == UnitClass::kMoneyMillions) m.text_begin += u->word.find('.') + 1;
    // Compound units: "/ngày đêm", "/người/tháng", " / ha", "/ xã", "đồng/căn";
    // per as a word: "mỗi ngày", "một thùng", "hàng năm".
    const bool counted = m.unit_class == UnitClass::kCount;
    for (;;) {
      std::size_t d = m.end;
      if (d < folded.size() && folded[d] == ' ' && d + 1 < folded.size() && folded[d + 1] == '/') {
        ++d;
      }
      if (d < folded.size() && folded[d] == '/') {
        d = SkipOneSpace(folded, d + 1);
        std::size_t e = 0;
        if (!Denominator(g, t, folded, d, /*open_ok=*/true, false, &e, &m.canonical)) break;
        m.end = e;
        continue;
      }
      if (d < folded.size() && folded[d] == ' ') {
        const PerEntry* w = P::MatchAt(g.denominators, folded, d + 1);
        if (w == nullptr || w->role == PerRole::kDenominator || (counted && w->word == "một") ||
            folded.size() <= d + 2 + w->word.size() || folded[d + 1 + w->word.size()] != ' ') {
          break;
        }
        std::size_t e = 0;
        if (!Denominator(g, t, folded, d + 2 + w->word.size(), /*open_ok=*/false,
                         w->role == PerRole::kPerTimeWord, &e, &m.canonical)) {
          break;
        }
        m.end = e;
        continue;
      }
      break;
    }
    m.text_end = m.end;
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
    // A code word may be part of a longer word that is none ("trong số").
    const bool code = where == TrapWhere::kCodeBefore;
    bool hit = false;
    for (const TrapEntry* e : P::EndingAt(g.traps, folded, b)) {
      if (e->where != where && !(code && e->where == TrapWhere::kNotCodeBefore)) continue;
      if (P::EndsWithAt(folded, b, e->word) && BoundaryOk(folded, b - e->word.size(), b, true)) {
        if (e->where == TrapWhere::kNotCodeBefore) return false;
        hit = true;
        if (!code) return true;
      }
    }
    return hit;
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
    // "từ 86% đến trên 99%": a hedge on the second bound of a range.
    for (std::string_view sep : {kSeparators[0], kSeparators[1]}) {
      if (!P::StartsWithAt(folded, p, sep)) continue;
      const std::size_t w = p + sep.size();
      if (const QualifierEntry* e = P::MatchAt(g.qualifiers, folded, w);
          e != nullptr && e->where == Where::kBefore && folded.size() > w + e->word.size() &&
          folded[w + e->word.size()] == ' ' && IsAsciiDigit(t[w + e->word.size() + 1])) {
        return w + e->word.size() + 1;
      }
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
    bool list_dash = false;  // "- 2.000 MW là …": a list item, unless no unit follows
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
        list_dash = true;
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
    b.unit = MatchUnit(g, t, folded, num->end, !num->has_scale, &scale_only);
    // "107 nghìn 700 tỷ đồng" is 107 700 tỷ; "2 triệu 500 nghìn đồng" is
    // 2 500 000, "2 nghìn 500 tấn" 2 500 tấn: one more group of up to three
    // digits, with its scale word or unit.
    if (b.unit && b.unit->scale > 0 && b.unit->unit == nullptr && !b.unit->open && !num->spelled &&
        num->Integer() && b.unit->end + 1 < t.size() && t[b.unit->end] == ' ' &&
        IsAsciiDigit(t[b.unit->end + 1])) {
      const numbers::Number n2 = numbers::ScanNumber(t, b.unit->end + 1);
      if (!n2.has_separator && n2.power == 0 && n2.end - n2.begin <= 3 &&
          !(n2.end < t.size() && IsAsciiDigit(t[n2.end]))) {
        if (auto u2 = MatchUnit(g, t, folded, n2.end, true, nullptr);
            u2 && u2->scale != b.unit->scale &&
            (u2->scale > 0 || u2->unit != nullptr || u2->open)) {
          const int first = b.unit->scale;
          const double group = n2.Value(u2->scale);
          if (u2->scale > first) {
            u2->chain = group;
            u2->scale += first;
          } else {
            u2->chain = group;
            u2->scale = first;
          }
          if (u2->scale_end == 0) u2->scale_end = n2.end;
          b.unit = u2;
        }
      }
    }
    if (list_dash && b.unit && (b.unit->unit != nullptr || b.unit->open)) {
      b.negative = false;
      b.begin = num->begin;
    }
    if (prefix != nullptr) {
      b.begin = prefix_start;
      const int scale = b.unit ? b.unit->scale : 0;
      if (!b.unit || b.unit->unit == nullptr) {
        UnitMatch m;
        m.canonical = std::string(prefix->canonical);
        m.unit_class = UnitClass::kMoney;
        m.scale = scale;
        m.chain = b.unit ? b.unit->chain : 0;
        m.end = !b.unit             ? num->end
                : !b.unit->open     ? b.unit->end
                : b.unit->scale_end ? b.unit->scale_end
                                    : num->end;
        m.text_begin = prefix_start;
        m.text_end = prefix_start + prefix->word.size();
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
          if (f->unit.empty()) {  // "người đứng đầu": no quantity
            i += f->word.size();
            continue;
          }
          FoundQuantity fq;
          fq.quantity.value = f->value;
          fq.quantity.unit = std::string(f->unit);
          // "đứng thứ nhất" is a rank.
          if (f->unit == "ordinal" && TrapBefore(g, folded, i, TrapWhere::kRankBefore)) {
            fq.quantity.unit = "rank";
          }
          // "gấp đôi": the phrase is the unit as written.
          if (f->unit == "times") fq.quantity.unit_text = folded.substr(i, f->word.size());
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
      if (digit_start && InsideToken(t, folded, i) && !GluedVerbBefore(g, folded, i) &&
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
      // A part of a whole: "5.775/8.227 xã" is 5775 of 8227 communes,
      // "xếp thứ 9/63" rank 9 of 63.
      if (auto part = PartOfWhole(g, t, folded, *first)) {
        out.push_back(std::move(*part));
        i = out.back().end;
        continue;
      }
      if (!num.spelled && FollowedByTrap(g, t, folded, num.end)) {
        trap(num.end);
        i = SkipToken(t, num.end);
        continue;
      }
      // Vague amounts: "hàng nghìn tỷ đồng", "vài trăm lao động", "không một
      // doanh nghiệp nào"; and a number word right after another ("hai ba
      // người", two or three) is an estimate, not a number.
      if ((num.spelled && TrapBefore(g, folded, first->begin, TrapWhere::kVagueBefore)) ||
          (num.spelled && first->begin >= 2 && folded[first->begin - 1] == ' ' &&
           P::StartsNumberWord(g.number_words, folded,
                               WordStartBefore(folded, first->begin - 1)))) {
        i = after_num;
        continue;
      }
      // Ordinals and weekdays after "thứ": "thứ 12" is an ordinal, "thứ năm" or
      // "thứ 5" a weekday unless a rank ("lần thứ 5", "xếp thứ 5").
      constexpr std::string_view kThu = "thứ";
      if ((!first->unit || first->unit->open) && P::WordBeforeIs(folded, first->begin, kThu)) {
        const std::string_view prev = kThu;  // WordBefore(folded, first->begin)
        const double v = num.spelled ? num.spelled_value : num.digits.Value();
        const std::size_t thu = first->begin - 1 - prev.size();
        // "lần thứ 5" counts an event, "xếp thứ 5" is a rank: neither is a
        // weekday.
        const bool event = WordBefore(folded, thu) == "lần";
        const bool rank = TrapBefore(g, folded, thu, TrapWhere::kRankBefore);
        if (!(v >= 2 && v <= 7 && !rank && !event) && num.Integer()) {
          FoundQuantity fq;
          fq.quantity.value = v;
          fq.quantity.unit = rank ? "rank" : "ordinal";
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
            // "từ 80 triệu đồng đến 150 triệu đồng/m2": the second bound's
            // compound unit is both's.
            if (!real_unit(first->unit) || !real_unit(b2->unit) ||
                first->unit->canonical == b2->unit->canonical ||
                (b2->unit->canonical.starts_with(first->unit->canonical) &&
                 b2->unit->canonical[first->unit->canonical.size()] == '/')) {
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
      // names, list numbers, periods or single number words. A counted noun
      // outside units.inc is no more than a word after a bare number: the
      // number must pass the same checks ("phường 5 quận 3", "KCN Kim Bảng 4
      // có", "năm 2021 huyện").
      const bool open = has_unit && unit->open;
      if (!has_unit || open) {
        // Where the number (and its scale word) ends, before an open noun.
        const std::size_t bare_end = !open                  ? end
                                     : unit->scale_end != 0 ? unit->scale_end
                                                            : (second ? second : first)->num.end;
        bool is_trap = false;
        if (num.spelled) {
          // One word ("một", "hai bên"), words that do not make one number
          // ("một trăm hai ba", "hai ba nghìn"), a name ("Ba Tư").
          is_trap = (num.words < 2 && !whole(first->begin, bare_end)) || num.stopped_at_number ||
                    TitleCaseWordInside(t, folded, num.begin, num.end);
        } else {
          const std::size_t len = num.digits.end - num.begin;
          const double v = num.digits.Value();
          is_trap = (num.PlainDigits() && len == 4 && v >= 1000 && v <= 2100) ||  // a year
                    (num.PlainDigits() && t[num.begin] == '0' && len >= 3) ||     // a code, a phone
                    (num.PlainDigits() && len >= 9) ||                            // a tax code
                    (num.digits.fraction_digits == 1 && num.digits.mantissa % 10 == 0 &&
                     num.digits.has_separator && t[num.digits.end - 2] == '.') ||  // "4.0"
                    (first->begin == 0 && bare_end < t.size() &&
                     (t[bare_end] == '.' || t[bare_end] == ')') && bare_end + 1 < t.size() &&
                     t[bare_end + 1] == ' ') ||  // "1. Về sản xuất"
                    (first->begin > 0 && t[first->begin - 1] == '(' && bare_end < t.size() &&
                     t[bare_end] == ')');  // "(1)"
          if (!is_trap && trapped_end != npos && first->begin >= trapped_end &&
              first->begin - trapped_end <= 2) {
            is_trap = true;  // the next group of a phone number
          }
        }
        is_trap =
            is_trap || TrapBefore(g, folded, first->begin, TrapWhere::kCodeBefore) ||
            TimeWordAfter(g, folded, bare_end) || TimeWordBefore(g, folded, first->begin) ||
            // (A scale word makes it an amount: "AAA 23,6 tỷ" after a ticker.)
            (!(unit && unit->scale != 0) && NameBefore(g, t, folded, first->begin)) ||
            (!num.spelled && bare_end < t.size() && text::WordCharAt(t, bare_end));  // "3B", "1A"
        if (is_trap) {
          if (!num.spelled) trap(bare_end);
          // Past the whole number ("3 870 456") and the token it ends in; past
          // the number words that did not fit ("một trăm hai ba bốn").
          i = num.spelled
                  ? (num.stopped_at_number ? P::SkipNumberWords(g.number_words, folded, bare_end)
                                           : bare_end)
                  : std::max(bare_end, SkipToken(t, num.begin));
          continue;
        }
      } else if (!num.spelled) {
        // Plain digits after a time word before a counted noun belong to the
        // time: "năm 2022 tỉnh có 12 xã", "tháng 8 tỉnh tổ chức"; so do dates
        // written with dots or hyphens: "tháng 6.2019 tỉnh có", "tháng 9-2020
        // tỉnh có".
        // ("3 tháng 34.626 người": thousands after a time word are a count.)
        // After a code word a counted noun is an address: "thôn 4 xã Hòa
        // Bình", "tổ 3 phường".
        if (unit_class == UnitClass::kCount && !second &&
            TrapBefore(g, folded, first->begin, TrapWhere::kCodeBefore)) {
          i = num.end;
          continue;
        }
        if (unit_class == UnitClass::kCount &&
            (num.PlainDigits() || second || num.digits.fraction_digits > 0) &&
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
        // "một" before a counted noun after "bình quân", "mỗi" is "per"
        // ("bình quân một doanh nghiệp", "mỗi xã một sản phẩm"); before
        // "của" it is an article ("Một dự án của tập đoàn").
        if (num.words == 1 && num.spelled_value == 1 && unit_class == UnitClass::kCount &&
            (TrapBefore(g, folded, first->begin, TrapWhere::kPerBefore) ||
             ArticleAfter(g, folded, end) ||
             (first->begin >= 2 && folded[first->begin - 1] == ' ' &&
              TrapBefore(g, folded, WordStartBefore(folded, first->begin - 1),
                         TrapWhere::kPerBefore)))) {
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
        double v = num.Value(scale, count) * cents + (unit ? unit->chain : 0.0);
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
              auto cu = MatchUnit(g, t, folded, c2->end, true, &scale_only);
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
        // "593.803,2 ha/617.708,5 ha": done out of a whole in the same unit;
        // "12.100 ha/15.000 ha KH" is two figures, the second the plan.
        if (has_unit && !open && surface_end + 1 < t.size() && t[surface_end] == '/' &&
            IsAsciiDigit(t[surface_end + 1])) {
          if (auto b2 = ReadBound(g, t, folded, surface_end + 1, /*allow_sign=*/false);
              b2 && b2->unit && b2->unit->unit != nullptr &&
              b2->unit->canonical == unit->canonical && !PlanAfter(g, folded, b2->unit->end)) {
            const double of = b2->num.Value(b2->unit->scale, count);
            if (of >= v) {
              q.value_of = of;
              surface_end = b2->unit->end;
            }
          }
        }
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
      } else {
        // A hedged range ("khoảng 6,5-7%") is a range: the hedge is kept as
        // the qualifier word, outside the surface and the label.
        std::size_t b = surface_begin;
        if (b > 0 && t[b - 1] == ' ') --b;
        if (const QualifierEntry* e = P::MatchEndingAt(qualifiers, folded, b);
            e != nullptr && e->where == Where::kBefore) {
          f.begin = b - e->word.size();
          f.qualifier_word = e;
        }
      }
      q.unit = has_unit ? unit->canonical : std::string();
      if (has_unit) {
        q.unit_text = folded.substr(unit->text_begin, unit->text_end - unit->text_begin);
      }
      if (unit_class == UnitClass::kCents || unit_class == UnitClass::kMoneyCents) {
        q.unit = "USD";
        if (unit && unit->unit && unit->canonical != "USD") q.unit = unit->canonical;
      }
      f.unit_class = unit_class;
      f.scale = scale;
      f.unit_begin = unit && (unit->unit != nullptr || unit->open) ? unit->begin : 0;
      f.plan = !second && has_unit && surface_begin > 0 && t[surface_begin - 1] == '/' &&
               !out.empty() && out.back().quantity.span.end + 1 == surface_begin &&
               PlanAfter(g, folded, surface_end);
      q.surface = std::string(t.substr(surface_begin, surface_end - surface_begin));
      q.span = Span{surface_begin, surface_end};
      out.push_back(std::move(f));
      i = std::max(surface_end, i + 1);
      // "27 sự cố, gồm Bắc Ninh 2, Hà Nội 1, …": the parts of a total by
      // place, their unit left out.
      if (const FoundQuantity& total = out.back();
          has_unit && !second && total.quantity.value && !first->negative &&
          (unit_class == UnitClass::kCount || unit_class == UnitClass::kPhysical ||
           unit_class == UnitClass::kMoney)) {
        i = std::max(i, Breakdown(t, folded, out.size() - 1, out));
      }
    }
    return out;
  }
};

}  // namespace vnextract::indicators::quantity_rules

#endif  // VNEXTRACT_SRC_INDICATORS_QUANTITY_RULES_H_
