#include "html/byline.h"

#include <algorithm>
#include <vector>

#include "html/portal_table.h"
#include "text/utf8.h"

namespace vnextract::html {
namespace {

using text::TextRun;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

template <std::size_t N>
bool OneOf(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Trailing and leading characters that never belong to a name.
bool Trimmed(char c) {
  return IsSpace(c) || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '|' ||
         c == '/';
}

// [b, e) of `s` without the spaces and punctuation around it (a name may
// end with an initial's dot: "N.V.A." keeps it).
std::pair<std::size_t, std::size_t> Trim(std::string_view s, std::size_t b, std::size_t e) {
  while (b < e && (Trimmed(s[b]) && s[b] != '.')) ++b;
  // En and em dashes before a name ("– Minh Anh").
  while (b + 3 <= e && (s.substr(b, 3) == "\xE2\x80\x93" || s.substr(b, 3) == "\xE2\x80\x94")) {
    b += 3;
    while (b < e && IsSpace(s[b])) ++b;
  }
  while (e > b && Trimmed(s[e - 1])) {
    // Keep the dot of a final initial ("N.V.A."): a dot after a single
    // capital that follows another dot.
    if (s[e - 1] == '.' && e >= 3 && s[e - 3] == '.' && s[e - 2] >= 'A' && s[e - 2] <= 'Z') break;
    --e;
  }
  // "./." closing a report.
  while (e >= b + 3 && s.substr(e - 3, 3) == "./.") {
    e -= 3;
    while (e > b && Trimmed(s[e - 1])) --e;
  }
  return {b, e};
}

TextRun Sub(const TextRun& run, std::size_t b, std::size_t e) {
  const auto [tb, te] = Trim(run.text, b, e);
  TextRun out;
  out.text = run.text.substr(tb, te - tb);
  out.map.assign(run.map.begin() + static_cast<std::ptrdiff_t>(tb),
                 run.map.begin() + static_cast<std::ptrdiff_t>(te));
  return out;
}

std::string Fold(std::string_view s) { return text::FoldCaseKeepOffsets(s); }

bool HasLetter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    i += text::DecodeAt(s, i, &cp);
    if (text::IsWordChar(cp) && !(cp >= '0' && cp <= '9')) return true;
  }
  return false;
}

std::size_t Words(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    if (IsSpace(c)) {
      in = false;
    } else if (!in) {
      in = true;
      ++n;
    }
  }
  return n;
}

// Letters of one word: whether each is upper case (the folded copy keeps
// offsets, so a byte that differs is an upper-case letter's).
struct Shape {
  bool letters_only = true;
  bool first_upper = false;
  std::size_t upper = 0;
  std::size_t lower = 0;
};

Shape WordShape(std::string_view word, std::string_view folded) {
  Shape shape;
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    char32_t cp;
    const std::size_t len = text::DecodeAt(word, i, &cp);
    const bool letter = text::IsWordChar(cp) && !(cp >= '0' && cp <= '9') && cp != '_';
    if (!letter) {
      shape.letters_only = false;
    } else {
      const bool upper = word.substr(i, len) != folded.substr(i, len);
      if (first) shape.first_upper = upper;
      (upper ? shape.upper : shape.lower) += 1;
    }
    first = false;
    i += len;
  }
  return shape;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t p = 0;
  while (p < s.size()) {
    while (p < s.size() && IsSpace(s[p])) ++p;
    std::size_t e = p;
    while (e < s.size() && !IsSpace(s[e])) ++e;
    if (e > p) out.push_back(s.substr(p, e - p));
    p = e;
  }
  return out;
}

bool StartsWithOrganisationWord(std::string_view folded) {
  for (std::string_view w : portal::kOrganisationWords) {
    if (StartsWith(folded, w) && (folded.size() == w.size() || folded[w.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

// "B.M", "N.V.A.", "T.Hương": single capitals with dots, the last piece a
// capital or a capitalised word.
bool IsInitials(std::string_view s) {
  if (s.size() > 24 || s.find('.') == std::string_view::npos || s.find(' ') != std::string::npos) {
    return false;
  }
  const std::string folded = Fold(s);
  std::size_t pieces = 0;
  std::size_t p = 0;
  while (p <= s.size()) {
    std::size_t e = s.find('.', p);
    const bool last = e == std::string_view::npos;
    if (last) e = s.size();
    const std::string_view piece = s.substr(p, e - p);
    if (piece.empty()) {
      if (!last || pieces == 0) return false;  // "..", a leading dot
      break;
    }
    const Shape shape = WordShape(piece, std::string_view(folded).substr(p, e - p));
    if (!shape.letters_only || !shape.first_upper) return false;
    if (!last && shape.upper + shape.lower != 1) return false;  // "TP.HCM", "VCCorp.vn"
    if (last && shape.upper > 1 && shape.lower > 0) return false;
    ++pieces;
    if (last) break;
    p = e + 1;
  }
  return pieces >= 2;
}

// One person's name: two to five capitalised words.
bool IsOneName(std::string_view s) {
  const std::string folded = Fold(s);
  if (OneOf(folded, portal::kGroupAuthors)) return true;
  if (IsInitials(s)) return true;
  if (OneOf(folded, portal::kAccountNames) || OneOf(folded, portal::kOutletNames) ||
      StartsWithOrganisationWord(folded)) {
    return false;
  }
  const std::vector<std::string_view> words = SplitWords(s);
  if (words.size() < 2 || words.size() > 5) return false;
  for (std::string_view w : words) {
    const std::size_t at = static_cast<std::size_t>(w.data() - s.data());
    const Shape shape = WordShape(w, std::string_view(folded).substr(at, w.size()));
    if (!shape.letters_only || !shape.first_upper) return false;
    // "Hương" or "HƯƠNG", not "VnExpress".
    if (shape.lower > 0 && shape.upper > 1) return false;
  }
  return true;
}

// Where `s` splits into names: " - ", " – ", ", ", " và ", " & ".
std::vector<std::string_view> SplitNames(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t p = 0;
  while (true) {
    std::size_t best = std::string_view::npos;
    std::size_t len = 0;
    for (std::string_view sep : {" - ", " \xE2\x80\x93 ", ", ", " và ", " & "}) {
      const std::size_t at = s.find(sep, p);
      if (at != std::string_view::npos && at < best) {
        best = at;
        len = sep.size();
      }
    }
    if (best == std::string_view::npos) {
      parts.push_back(s.substr(p));
      return parts;
    }
    parts.push_back(s.substr(p, best - p));
    p = best + len;
  }
}

// "Theo X" / "theo X": where X starts, or npos. Not "Theo dõi", "Theo đó".
std::size_t TheoAt(std::string_view folded) {
  if (!StartsWith(folded, "theo ")) return std::string_view::npos;
  for (std::string_view w : portal::kTheoNotSource) {
    if (StartsWith(folded, w)) return std::string_view::npos;
  }
  return 5;
}

bool IsCompiledMark(std::string_view folded) {
  return OneOf(folded, portal::kCompiledMarks) || folded == "tổng hợp" || folded == "th";
}

}  // namespace

bool IsOutletName(std::string_view s) {
  const auto [b, e] = Trim(s, 0, s.size());
  s = s.substr(b, e - b);
  if (s.empty()) return false;
  // Outlets joined by '/': "VnExpress/Reuters".
  if (const std::size_t slash = s.find('/'); slash != std::string_view::npos) {
    return slash > 0 && slash + 1 < s.size() && IsOutletName(s.substr(0, slash)) &&
           IsOutletName(s.substr(slash + 1));
  }
  const std::string folded = Fold(s);
  if (OneOf(folded, portal::kOutletNames)) return true;
  for (std::string_view media : {"báo ", "tạp chí ", "đài ", "thông tấn", "kênh ", "trang tin",
                                 "cổng thông tin", "truyền hình"}) {
    if (StartsWith(folded, media)) return true;
  }
  for (std::string_view domain : {".vn", ".com", ".net", ".org", "www."}) {
    if (folded.find(domain) != std::string::npos && Words(s) <= 2) return true;
  }
  if (s.find(' ') == std::string_view::npos && s.find('.') == std::string_view::npos) {
    const Shape shape = WordShape(s, folded);
    if (!shape.letters_only || !shape.first_upper) return false;
    if (shape.lower == 0 && shape.upper >= 2) return true;  // TTXVN, VOV
    if (shape.upper >= 2 && shape.lower > 0) return true;   // VnExpress, CafeF
  }
  return false;
}

bool IsPersonName(std::string_view s) {
  const auto [b, e] = Trim(s, 0, s.size());
  s = s.substr(b, e - b);
  if (s.empty() || s.size() > 100) return false;
  for (std::string_view part : SplitNames(s)) {
    const auto [pb, pe] = Trim(part, 0, part.size());
    if (pe <= pb || !IsOneName(part.substr(pb, pe - pb))) return false;
  }
  return true;
}

bool SameSite(std::string_view a, std::string_view b) {
  auto key = [](std::string_view s) {
    std::string folded = Fold(s);
    for (std::string_view tld : {".com.vn", ".gov.vn", ".vn", ".com", ".net", "www."}) {
      for (std::size_t p = folded.find(tld); p != std::string::npos; p = folded.find(tld)) {
        folded.erase(p, tld.size());
      }
    }
    std::string out;
    for (char c : folded) {
      if (c != ' ' && c != '.' && c != '-' && c != '_') out += c;
    }
    return out;
  };
  const std::string ka = key(a);
  const std::string kb = key(b);
  if (ka.size() < 3 || kb.size() < 3) return false;
  return ka.find(kb) != std::string::npos || kb.find(ka) != std::string::npos;
}

std::optional<Byline> ReadByline(const TextRun& run, std::size_t italic_from) {
  const std::string& s = run.text;
  const std::string folded = Fold(s);
  Byline out;
  std::size_t b = 0;
  std::size_t e = s.size();
  // A widget's "và 1 tác giả khác": the names before it are all it says.
  if (const std::size_t more = folded.find(portal::kMoreAuthors); more != std::string::npos) {
    const std::size_t va = folded.rfind(" và ", more);
    e = va != std::string::npos ? va : more;
  }
  // A rating or counter widget in parentheses at the end.
  if (const std::size_t open = folded.rfind('(', e); open != std::string::npos && open > b) {
    const std::string_view tail = std::string_view(folded).substr(open, e - open);
    for (std::string_view w : portal::kBylineWidgetWords) {
      if (tail.find(w) != std::string_view::npos) {
        e = open;
        while (e > b && s[e - 1] == ' ') --e;
        break;
      }
    }
  }
  // Labels: "Nguồn tin: X" credits an outlet, "Tác giả: X" names the writer.
  for (std::string_view label : portal::kSourceLabels) {
    const std::string l = Fold(label);
    if (StartsWith(std::string_view(folded).substr(b), l)) {
      TextRun value = Sub(run, b + l.size(), e);
      if (!HasLetter(value.text)) return std::nullopt;
      if (IsPersonName(value.text)) {
        out.author = std::move(value);
      } else {
        out.outlet = std::move(value);
      }
      return out;
    }
  }
  for (std::string_view label : portal::kAuthorLabels) {
    const std::string l = Fold(label);
    if (StartsWith(std::string_view(folded).substr(b), l)) {
      b += l.size();
      break;
    }
  }
  // A trailing italic part: "(tổng hợp)", "(Theo Reuters)", "TTXVN".
  if (italic_from != std::string::npos && italic_from > b && italic_from < e) {
    auto [tb, te] = Trim(s, italic_from, e);
    if (tb < te && s[tb] == '(' && s[te - 1] == ')') ++tb, --te;
    const std::string_view tail = std::string_view(folded).substr(tb, te - tb);
    if (!IsCompiledMark(tail) && HasLetter(tail)) {
      const std::size_t theo = TheoAt(tail);
      out.outlet = Sub(run, theo == std::string_view::npos ? tb : tb + theo, te);
    }
    e = italic_from;
  }
  // A parenthesised tail: "Hà Thu (tổng hợp)", "Minh Anh (Theo TTXVN)".
  {
    const auto [tb, te] = Trim(s, b, e);
    if (te > tb + 2 && s[te - 1] == ')') {
      const std::size_t open = s.rfind('(', te - 1);
      if (open != std::string::npos && open > tb) {
        const std::string_view inner = std::string_view(folded).substr(open + 1, te - 1 - open - 1);
        const std::size_t theo = TheoAt(inner);
        const std::string_view raw_inner = std::string_view(s).substr(open + 1, te - open - 2);
        if (IsCompiledMark(inner)) {
          e = open;
        } else if (theo != std::string_view::npos || IsOutletName(raw_inner)) {
          if (!out.outlet) {
            out.outlet =
                Sub(run, theo == std::string_view::npos ? open + 1 : open + 1 + theo, te - 1);
          }
          e = open;
        }
      }
    }
  }
  // "Hà Thu tổng hợp"
  {
    const auto [tb, te] = Trim(s, b, e);
    for (std::string_view mark : {" tổng hợp", " (th)"}) {
      if (EndsWith(std::string_view(folded).substr(tb, te - tb), mark)) e = te - mark.size();
    }
  }
  auto [tb, te] = Trim(s, b, e);
  if (tb >= te || !HasLetter(std::string_view(s).substr(tb, te - tb))) {
    if (out.outlet) return out;
    return std::nullopt;
  }
  const std::string_view body(s.data() + tb, te - tb);
  const std::string_view fbody(folded.data() + tb, te - tb);
  // "Theo dõi …" (a follow button), "Theo đó, …": no attribution.
  if (StartsWith(fbody, "theo ") && TheoAt(fbody) == std::string_view::npos) {
    if (out.outlet) return out;
    return std::nullopt;
  }
  // "Theo X": a person is the author, anything else the outlet.
  if (const std::size_t theo = TheoAt(fbody); theo != std::string_view::npos) {
    TextRun x = Sub(run, tb + theo, te);
    if (!HasLetter(x.text) || Words(x.text) > 8) return std::nullopt;
    if (IsPersonName(x.text)) {
      out.author = std::move(x);
    } else if (!out.outlet) {
      out.outlet = std::move(x);
    }
    return out;
  }
  // "Minh Anh theo Reuters"
  if (const std::size_t mid = fbody.find(" theo "); mid != std::string_view::npos) {
    if (IsPersonName(body.substr(0, mid))) {
      if (!out.outlet) out.outlet = Sub(run, tb + mid + 6, te);
      out.author = Sub(run, tb, tb + mid);
      return out;
    }
  }
  // "Văn Giáp/Bnews/vnanet.vn": the writer, then the desk and the site.
  if (const std::size_t slash = body.find('/'); slash != std::string_view::npos && slash > 0) {
    if (IsPersonName(body.substr(0, slash))) {
      out.author = Sub(run, tb, tb + slash);
      return out;
    }
  }
  if (OneOf(std::string(fbody), portal::kAccountNames)) {
    if (out.outlet) return out;
    return std::nullopt;
  }
  if (IsOutletName(body) && !IsPersonName(body)) {
    if (!out.outlet) out.outlet = Sub(run, tb, te);
    return out;
  }
  if (Words(body) > 10 || body.size() > 100) {
    if (out.outlet) return out;
    return std::nullopt;
  }
  out.author = Sub(run, tb, te);
  return out;
}

}  // namespace vnextract::html
