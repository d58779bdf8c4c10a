#include "indicators/quantities.h"

#include <optional>
#include <string>

#include "numbers/number.h"
#include "text/utf8.h"

namespace vnextract::indicators {
namespace {

using text::IsAsciiDigit;

struct UnitMatch {
  const UnitEntry* unit = nullptr;
  int scale = 0;
  std::size_t end = 0;  // end of the unit (and its denominators)
  std::string canonical;
};

std::size_t SkipOneSpace(std::string_view t, std::size_t p) {
  return p < t.size() && t[p] == ' ' ? p + 1 : p;
}

// Scale word and unit after a number ending at `p`: "64.000 m3", "14,9 triệu
// USD", "46.393ha", "2,6 tỷ đồng", "61 %KH", "2.500 m3/ngày đêm".
std::optional<UnitMatch> MatchUnit(std::string_view folded, std::size_t p) {
  UnitMatch m;
  std::size_t q = SkipOneSpace(folded, p);
  if (const ScaleEntry* s = MatchAt(ScaleWords(), folded, q)) {
    m.scale = s->power;
    p = q + s->word.size();
    q = SkipOneSpace(folded, p);
  }
  // Units may be glued to the digits only when no scale word intervenes.
  const UnitEntry* u = nullptr;
  if (m.scale == 0 && q == p) u = MatchAt(Units(), folded, p, /*glued=*/true);
  if (u == nullptr && q != p) u = MatchAt(Units(), folded, q);
  if (u == nullptr && m.scale == 0 && q != p) u = MatchAt(Units(), folded, p, true);
  if (u == nullptr) return std::nullopt;
  m.unit = u;
  m.end = (folded.compare(q, u->word.size(), u->word) == 0 ? q : p) + u->word.size();
  m.canonical = std::string(u->canonical);
  if (u->unit_class == UnitClass::kMoneyMillions) m.scale += 6;
  // Compound units: "/ngày đêm", "/người/tháng".
  while (m.end + 1 < folded.size() && folded[m.end] == '/') {
    const PerEntry* per = MatchAt(Denominators(), folded, m.end + 1, true);
    if (per == nullptr) break;
    m.canonical += '/';
    m.canonical += per->canonical;
    m.end += 1 + per->word.size();
  }
  return m;
}

// True when the digits at `i` are part of a token that is not a quantity:
// glued to a word ("m3", "Covid19"), a code or name ("CN-05", "Covid-19"), a
// date or fraction part ("02/08/2022"), a time or standard ("09:33").
bool InsideToken(std::string_view t, std::size_t i) {
  if (text::WordCharBefore(t, i)) return true;
  if (i == 0) return false;
  const char prev = t[i - 1];
  if (prev == '/' || prev == ':' || prev == '.' || prev == ',') return i >= 2 && t[i - 2] != ' ';
  if (prev == '-' && text::WordCharBefore(t, i - 1)) return true;
  return false;
}

bool FollowedByTrap(std::string_view t, std::size_t end) {
  if (end + 1 < t.size() && (t[end] == '/' || t[end] == ':') && IsAsciiDigit(t[end + 1])) {
    return true;  // date, fraction, time, "ISO 9001:2015"
  }
  if (end + 2 < t.size() && t[end] == ':' && t[end + 1] == ' ' && IsAsciiDigit(t[end + 2])) {
    return true;  // "ISO 9001: 2015"
  }
  if (end + 1 < t.size() && t[end] == '-' && text::WordCharAt(t, end + 1) &&
      !IsAsciiDigit(t[end + 1])) {
    return true;  // "19-CP"
  }
  return false;
}

std::size_t SkipToken(std::string_view t, std::size_t i) {
  while (i < t.size() && (text::WordCharAt(t, i) || t[i] == '/' || t[i] == ':' || t[i] == '-' ||
                          t[i] == '.' || t[i] == ',')) {
    if ((t[i] == '.' || t[i] == ',' || t[i] == ':' || t[i] == '-' || t[i] == '/') &&
        !(i + 1 < t.size() && text::WordCharAt(t, i + 1))) {
      break;
    }
    char32_t cp;
    i += text::DecodeAt(t, i, &cp);
  }
  return i;
}

// "từ X đến Y", "X - Y", "X-Y", "X–Y": the separator after the first bound.
std::size_t RangeSeparatorEnd(std::string_view t, std::string_view folded, std::size_t p) {
  static constexpr std::string_view kSeparators[] = {" đến ", " - ", " – ", "-", "–", " -", "- "};
  for (std::string_view sep : kSeparators) {
    if (folded.compare(p, sep.size(), sep) == 0 && p + sep.size() < t.size() &&
        IsAsciiDigit(t[p + sep.size()])) {
      return p + sep.size();
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<FoundQuantity> FindQuantitiesIn(std::string_view t, std::string_view folded) {
  std::vector<FoundQuantity> out;
  std::size_t i = 0;
  while (i < t.size()) {
    if (!IsAsciiDigit(t[i])) {
      ++i;
      continue;
    }
    if (InsideToken(t, i)) {
      i = SkipToken(t, i);
      continue;
    }
    numbers::Number first = numbers::ScanNumber(t, i);
    if (FollowedByTrap(t, first.end)) {
      i = SkipToken(t, first.end);
      continue;
    }
    std::size_t surface_begin = i;
    bool negative = false;
    if (i > 0 && (t[i - 1] == '-' || t[i - 1] == '+') &&
        (i == 1 || t[i - 2] == '(' || t[i - 2] == ' ')) {
      negative = t[i - 1] == '-';
      surface_begin = i - 1;
    }
    std::optional<UnitMatch> unit = MatchUnit(folded, first.end);
    // A range: the unit after the second bound applies to both.
    std::optional<numbers::Number> second;
    if (!unit) {
      const std::size_t sep_end = RangeSeparatorEnd(t, folded, first.end);
      if (sep_end != std::string_view::npos) {
        numbers::Number n2 = numbers::ScanNumber(t, sep_end);
        if (auto u2 = MatchUnit(folded, n2.end)) {
          second = n2;
          unit = u2;
        }
      }
    }
    if (!unit) {
      i = first.end;
      continue;
    }
    const bool count = unit->unit->unit_class == UnitClass::kCount;
    auto value_of = [&](numbers::Number n) {
      // A count cannot be fractional: "1,500 doanh nghiệp" is 1500.
      if (n.comma_may_group && count && unit->scale == 0) n = n.AsGrouped();
      return n.Value(unit->scale);
    };
    FoundQuantity f;
    Quantity& q = f.quantity;
    q.unit = unit->canonical;
    f.unit_class = unit->unit->unit_class;
    if (second) {
      q.qualifier = Qualifier::kRange;
      q.value_min = value_of(first);
      q.value_max = value_of(*second);
      // "từ 2 đến 3 dự án": the surface starts at "từ".
      constexpr std::string_view kFrom = "từ ";
      if (surface_begin >= kFrom.size() &&
          folded.substr(surface_begin - kFrom.size(), kFrom.size()) == kFrom &&
          !text::WordCharBefore(folded, surface_begin - kFrom.size())) {
        surface_begin -= kFrom.size();
      }
    } else {
      q.value = value_of(first) * (negative ? -1.0 : 1.0);
    }
    f.begin = surface_begin;
    f.end = unit->end;
    // Qualifier before ("hơn 64.000 m3") or after ("48 triệu đồng trở lên").
    if (!second) {
      std::size_t b = surface_begin;
      if (b > 0 && t[b - 1] == ' ') --b;
      if (const QualifierEntry* e = MatchEndingAt(Qualifiers(), folded, b);
          e != nullptr && e->where == Where::kBefore) {
        q.qualifier = e->qualifier;
        f.begin = b - e->word.size();
      }
      const std::size_t a = SkipOneSpace(folded, unit->end);
      if (const QualifierEntry* e = MatchAt(Qualifiers(), folded, a);
          e != nullptr && e->where == Where::kAfter) {
        q.qualifier = e->qualifier;
        f.end = a + e->word.size();
      }
    }
    q.surface = std::string(t.substr(surface_begin, unit->end - surface_begin));
    q.span = Span{surface_begin, unit->end};
    out.push_back(std::move(f));
    i = unit->end;
  }
  return out;
}

}  // namespace vnextract::indicators
