#include "html/blocks.h"

#include <algorithm>

#include "html/byline.h"
#include "html/portal_table.h"
#include "text/utf8.h"
#include "time/dates.h"

namespace vnextract::html {
namespace {

// Does `s` start with a lower-case letter (ASCII or Vietnamese)?
bool StartsLowerCase(std::string_view s) {
  if (s.empty() || text::IsAsciiDigit(s[0])) return false;
  char32_t cp;
  const std::size_t len = text::DecodeAt(s, 0, &cp);
  if (!text::IsWordChar(cp)) return false;
  return text::FoldCaseKeepOffsets(s.substr(0, len)) == s.substr(0, len);
}

// A figure broken over two lines ("ước đạt 3.475" <br> "nghìn lượt khách",
// or a line break in a text dump): a body line that ends in a digit goes on
// in the next line of the same part when that starts with a lower-case
// letter, which no paragraph does. The two runs become one, a space between.
void JoinBrokenFigures(std::vector<Line>& lines) {
  std::size_t out = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (out > 0) {
      Line& prev = lines[out - 1];
      const Line& next = lines[k];
      if (!prev.heading && !next.heading && prev.part == next.part && !prev.run.empty() &&
          text::IsAsciiDigit(prev.run.text.back()) && StartsLowerCase(next.run.text)) {
        prev.run.text += ' ';
        prev.run.map.push_back(prev.run.map.back());
        prev.run.text += next.run.text;
        prev.run.map.insert(prev.run.map.end(), next.run.map.begin(), next.run.map.end());
        continue;
      }
    }
    if (out != k) lines[out] = std::move(lines[k]);
    ++out;
  }
  lines.resize(out);
}

using text::TextRun;

// The font-size links of the BanTin toolbar ("Tăng cỡ chữ Giảm cỡ chữ").
bool IsControlLine(std::string_view s) {
  return s.find("cỡ chữ") != std::string_view::npos && s.size() < 80;
}

bool EndsSentence(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
         (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

std::size_t Words(std::string_view s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + (s.empty() ? 0 : 1);
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Initials signing a report: "B.M", "N.V.A.", "T.Hương" is not.
bool IsInitials(std::string_view s) {
  if (s.size() > 16 || s.find('.') == std::string_view::npos) return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '.') {
      ++i;
    } else if (s[i] >= 'A' && s[i] <= 'Z') {
      ++i, ++letters;
    } else if (s.substr(i, 2) == "\xC4\x90") {  // Đ
      i += 2, ++letters;
    } else {
      return false;
    }
  }
  return letters >= 2;
}

// "Tác giả: quản trị", "Nguồn: Báo Chính phủ": a labelled attribution line
// (portal_table.h's labels), short.
bool IsAttributionLine(std::string_view s) {
  if (s.size() > 120) return false;
  const std::string folded = text::FoldCaseKeepOffsets(s);
  for (std::string_view label : portal::kAuthorLabels) {
    if (StartsWith(folded, text::FoldCaseKeepOffsets(label))) return true;
  }
  for (std::string_view label : portal::kSourceLabels) {
    if (StartsWith(folded, text::FoldCaseKeepOffsets(label))) return true;
  }
  return false;
}

bool HasLetter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    i += text::DecodeAt(s, i, &cp);
    if (text::IsWordChar(cp) && !(cp >= '0' && cp <= '9')) return true;
  }
  return false;
}

// "Theo TTXVN", "Theo Hồ Hương": an attribution, not "Theo đó, …".
bool IsTheoLine(std::string_view s) {
  if (!StartsWith(s, "Theo ")) return false;
  const std::string folded = text::FoldCaseKeepOffsets(s);
  for (std::string_view w : portal::kTheoNotSource) {
    if (StartsWith(folded, w)) return false;
  }
  return s.find(',') == std::string_view::npos;
}

// A byline: a short line set apart from the body — right-aligned, bold,
// after the "./." terminator, initials ("B.M") or a source ("Theo TTXVN").
bool LooksLikeByline(const Line& line, const Line* previous) {
  const std::string_view s = line.run.text;
  if (s.empty() || Words(s) > 8 || s.size() > 80 || !HasLetter(s)) return false;
  const bool initials = IsInitials(s);
  const bool source = IsTheoLine(s);
  if (EndsSentence(s) && !initials && !source) return false;
  if (line.right_aligned || line.bold || initials || source) return true;
  if (previous != nullptr) {
    const std::string_view p = previous->run.text;
    if (p.size() >= 3 && p.substr(p.size() - 3) == "./.") return true;
  }
  // "Minh Anh (Theo Reuters)", "Hà Thu <em>(tổng hợp)</em>": a name with
  // an italic tail, or a parenthesised one that credits or compiles.
  if (line.italic_from != std::string::npos && IsPersonName(s.substr(0, line.italic_from))) {
    return true;
  }
  if (s.back() == ')' && Words(s) <= 8) {
    const std::size_t open = s.rfind('(');
    if (open != std::string_view::npos && open > 0 && IsPersonName(s.substr(0, open))) {
      const std::string inner = text::FoldCaseKeepOffsets(s.substr(open + 1, s.size() - open - 2));
      return StartsWith(inner, "theo ") || inner == "tổng hợp" || inner == "th" || inner == "t/h" ||
             IsOutletName(s.substr(open + 1, s.size() - open - 2));
    }
  }
  return false;
}

void DropPrefix(TextRun& run, std::size_t n) {
  run.text.erase(0, n);
  run.map.erase(run.map.begin(), run.map.begin() + static_cast<std::ptrdiff_t>(n));
}

std::optional<std::size_t> LastUnused(const std::vector<bool>& used, std::size_t end) {
  for (std::size_t i = end; i-- > 0;) {
    if (!used[i]) return i;
  }
  return std::nullopt;
}

void Take(std::optional<Byline> parsed, Blocks& b, bool author_fixed) {
  if (!parsed) return;
  if (parsed->author && !author_fixed) b.author = std::move(parsed->author);
  if (parsed->outlet && !b.outlet) b.outlet = std::move(parsed->outlet);
}

// The byline among the last lines; attribution lines after it ("Tác giả:
// quản trị", "Nguồn: …") are read and dropped. A signed line beats the
// byline element, not an author from structured data.
void FindByline(std::vector<Line>& lines, std::vector<bool>& used, Blocks& b, bool structured) {
  Blocks labelled;  // what the attribution lines say
  std::optional<std::size_t> last = LastUnused(used, lines.size());
  while (last && IsAttributionLine(lines[*last].run.text)) {
    // The first (topmost) author label wins: read bottom-up, keep the last seen.
    if (std::optional<Byline> parsed = ReadByline(lines[*last].run)) {
      if (parsed->author) labelled.author = std::move(parsed->author);
      if (parsed->outlet) labelled.outlet = std::move(parsed->outlet);
    }
    used[*last] = true;
    last = LastUnused(used, *last);
  }
  if (last) {
    const std::optional<std::size_t> prev = LastUnused(used, *last);
    const Line& line = lines[*last];
    if (LooksLikeByline(line, prev ? &lines[*prev] : nullptr)) {
      if (std::optional<Byline> parsed = ReadByline(line.run, line.italic_from)) {
        Take(std::move(parsed), b, structured);
        used[*last] = true;
      }
    }
  }
  if (!b.author && labelled.author) b.author = std::move(labelled.author);
  if (!b.outlet && labelled.outlet) b.outlet = std::move(labelled.outlet);
}

// Compares a line with the page's description once both are folded and
// their spaces collapsed, an agency tag and a trailing ellipsis or " - Site"
// left out: the line is the lead when the description repeats it whole.
std::string LeadKey(std::string_view s) {
  TextRun run;
  run.text = std::string(s);
  run.map.assign(run.text.size(), 0);
  StripSourceTag(run);
  std::string folded = text::FoldCaseKeepOffsets(run.text);
  std::string out;
  for (char c : folded) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  for (std::string_view tail : {"\xE2\x80\xA6", "..."}) {
    if (out.size() >= tail.size() && out.substr(out.size() - tail.size()) == tail) {
      out.resize(out.size() - tail.size());
    }
  }
  return out;
}

}  // namespace

bool DescriptionRepeats(std::string_view description, std::string_view line) {
  if (line.size() < 40) return false;
  std::string d = LeadKey(description);
  const std::string l = LeadKey(line);
  if (d == l) return true;
  // "… - VnExpress": the site's name after the description.
  const std::size_t dash = d.rfind(" - ");
  if (dash != std::string::npos && d.size() - dash < 40) d.resize(dash);
  while (!d.empty() && (d.back() == ' ' || d.back() == '.')) d.pop_back();
  return d == l;
}

bool IsChromeLine(std::string_view s) {
  if (IsControlLine(s)) return true;
  if (s.size() > 200) return false;
  if (s.size() > 120) {
    const std::string folded = text::FoldCaseKeepOffsets(s.substr(0, 24));
    for (std::string_view w : portal::kChromeLineStarts) {
      if (StartsWith(folded, w)) return true;
    }
    return false;
  }
  const std::string folded = text::FoldCaseKeepOffsets(s);
  static constexpr std::string_view kCounters[] = {
#define VNX_VIEW_COUNTER(words) words,
#include "text/view_counters.inc"
#undef VNX_VIEW_COUNTER
  };
  for (std::string_view w : kCounters) {
    if (folded.find(w) != std::string::npos) return true;
  }
  for (std::string_view w : portal::kChromeLineStarts) {
    if (StartsWith(folded, w)) return true;
  }
  if (s.size() <= portal::kNavigationLine && !EndsSentence(s)) {
    for (std::string_view w : portal::kNavigationLines) {
      if (StartsWith(folded, w)) return true;
    }
  }
  return false;
}

bool IsRelatedNewsHeading(std::string_view s) {
  if (s.size() > 60) return false;
  std::string folded = text::FoldCaseKeepOffsets(s);
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  return std::find(portal::kRelatedHeadings.begin(), portal::kRelatedHeadings.end(), folded) !=
         portal::kRelatedHeadings.end();
}

bool IsCaptionLine(std::string_view s) {
  // Every caption start and credit holds "ảnh" or "Ảnh" (U+1EA3, U+1EA2):
  // most lines are left at a byte search.
  if (s.size() > 300 || (s.find("\xBA\xA3nh") == std::string_view::npos &&
                         s.find("\xBA\xA2nh") == std::string_view::npos)) {
    return false;
  }
  const std::string folded = text::FoldCaseKeepOffsets(s);
  for (std::string_view w : portal::kCaptionStarts) {
    if (StartsWith(folded, w)) return true;
  }
  // "… nhà máy lọc dầu (Ảnh: Reuters)", "… Ảnh: Hoàng Phong": a credit at the end.
  const std::size_t credit = folded.rfind("ảnh:");
  return credit != std::string::npos && credit > 0 && folded.size() - credit < 50 &&
         s.substr(credit, 3) == "\xE1\xBA\xA2" &&  // "Ả": a credit, not "chụp ảnh:"
         (folded[credit - 1] == ' ' || folded[credit - 1] == '(');
}

void StripSourceTag(TextRun& run) {
  const std::string_view s = run.text;
  for (std::string_view bare : portal::kBareAgencyTags) {
    if (StartsWith(s, bare) && s.size() > bare.size() + 1 && s[bare.size()] == ' ') {
      std::size_t p = bare.size();
      while (p < s.size() && (s[p] == ' ' || s[p] == '-')) ++p;
      DropPrefix(run, p);
      return;
    }
  }
  if (s.size() < 4 || s[0] != '(') return;
  const std::size_t close = s.find(')');
  if (close == std::string_view::npos || close < 3 || close > 40) return;
  const std::string_view tag = s.substr(1, close - 1);
  // A capital or a Vietnamese letter; or, before a dash (below), three
  // small letters or more ("(kinh te) - ", a tag typed without accents).
  bool letter = false;
  std::size_t small = 0;
  for (char c : tag) {
    letter = letter || (c & 0x80) != 0 || (c >= 'A' && c <= 'Z');
    small += c >= 'a' && c <= 'z';
  }
  if (!letter && small < 3) return;
  std::size_t p = close + 1;
  while (p < s.size() && s[p] == ' ') ++p;
  bool dash = false;
  for (std::string_view d : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (s.substr(p, d.size()) == d) {
      p += d.size();
      dash = true;
      break;
    }
  }
  // A tag of words ("(Dân trí) - ") only before a dash: "(Ảnh minh họa)"
  // and parenthesised asides start sentences too. So is one of small
  // letters alone.
  if (tag.find(' ') != std::string_view::npos && (!dash || Words(tag) > 3)) return;
  if (!letter && !dash) return;
  while (p < s.size() && s[p] == ' ') ++p;
  if (p >= s.size()) return;
  DropPrefix(run, p);
}

Blocks FindBlocks(PageLines page) {
  Blocks b;
  b.layout = std::move(page.layout);
  b.diagnostics = std::move(page.diagnostics);
  b.tables = std::move(page.tables);
  b.identity = std::move(page.identity);
  std::vector<Line>& lines = page.lines;
  JoinBrokenFigures(lines);
  // Page furniture and everything after a related-news heading.
  {
    std::vector<Line> kept;
    kept.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      Line& line = lines[i];
      if (IsRelatedNewsHeading(line.run.text)) {
        // On a page read as flat lines nothing after the heading is the
        // article. In a body ("TIN LIÊN QUAN" between the lead and the
        // body, "TIN MỚI" atop it) the box's short lines go and the article
        // goes on.
        if (!page.body_only) break;
        std::size_t j = i + 1;
        while (j < lines.size() && lines[j].run.text.size() <= 160 &&
               !EndsSentence(lines[j].run.text)) {
          ++j;
        }
        std::size_t article = 0;
        for (std::size_t k = j; k < lines.size() && article < 2; ++k) {
          const std::string_view t = lines[k].run.text;
          if (t.size() > 160 || (EndsSentence(t) && Words(t) >= 8)) ++article;
        }
        if (article < 2) break;
        i = j - 1;
        continue;
      }
      // A BanTin toolbar's font-size links are its date line's neighbours:
      // step 1 below consumes them.
      if (!page.body_only && IsControlLine(line.run.text)) {
        kept.push_back(std::move(line));
        continue;
      }
      if (!IsChromeLine(line.run.text)) kept.push_back(std::move(line));
    }
    lines = std::move(kept);
  }
  std::vector<bool> used(lines.size(), false);

  std::optional<std::size_t> title;
  if (page.body_only) {
    if (page.published_hint) {
      b.published = page.published_hint->date;
      b.published_text = std::move(page.published_hint->text);
    }
    b.title = std::move(page.title_hint);
    b.lead = std::move(page.lead_hint);
    // No lead element: a first paragraph set in bold is the lead, and so is
    // one set apart in italics that the page's description repeats whole
    // (a plain first paragraph the description repeats is the body's: CMSs
    // fill the description with it).
    const bool described = page.description && !lines.empty() &&
                           DescriptionRepeats(*page.description, lines[0].run.text);
    if (!b.lead && lines.size() > 1 && !lines[0].near_image && !lines[0].heading &&
        ((lines[0].bold && (EndsSentence(lines[0].run.text) || described)) ||
         (lines[0].italic && described))) {
      b.lead = lines[0].run;
      used[0] = true;
    }
    if (!b.published)
      b.diagnostics.push_back({DiagnosticCode::kNoDate, "no publication date found"});
  } else {
    // 1. The publication date: the first short line with a date before the
    //    title (the BanTin toolbar shows it alone on its line).
    std::size_t first_content = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string_view s = lines[i].run.text;
      bool chrome = IsControlLine(s);
      if (!b.published && s.size() <= 80) {
        if (auto hit = time::FindDate(s)) {
          b.published = hit->date;
          b.published_text = std::string(s.substr(hit->begin, hit->end - hit->begin));
          chrome = true;
        }
      }
      if (!chrome) {
        first_content = i;
        break;
      }
      used[i] = true;
      first_content = i + 1;
    }
    if (!b.published) {
      b.diagnostics.push_back(
          {DiagnosticCode::kNoDate, "no publication date found before the title"});
    }

    // 2. Title: the first heading, else the first content line.
    for (std::size_t i = first_content; i < lines.size() && !title; ++i) {
      if (!used[i] && lines[i].heading) title = i;
    }
    if (!title && page.title_hint) {
      b.title = std::move(page.title_hint);
    } else if (!title && first_content < lines.size() && !used[first_content] &&
               !lines[first_content].near_image) {
      title = first_content;
    }
    if (title) {
      b.title = lines[*title].run;
      used[*title] = true;
    }

    // 3. Lead: the line right after the title, when it is a sentence.
    if (title && *title + 1 < lines.size()) {
      const Line& next = lines[*title + 1];
      if (!used[*title + 1] && !next.near_image && !next.heading && EndsSentence(next.run.text) &&
          *title + 2 < lines.size()) {
        b.lead = next.run;
        used[*title + 1] = true;
      }
    }
  }
  if (!b.title) b.diagnostics.push_back({DiagnosticCode::kNoTitle, "no article title found"});
  if (b.lead) StripSourceTag(*b.lead);

  // 4. Byline: the last line when it looks like one; else the byline
  //    element the layout found. A signed last line beats the element: CMSs
  //    fill "Tác giả:" with the account that posted ("quản trị"), while the
  //    report is signed under the body ("Phòng QLCN-NL").
  if (page.author_hint) Take(ReadByline(*page.author_hint), b, false);
  if (page.outlet_hint && !b.outlet) {
    if (std::optional<Byline> parsed = ReadByline(*page.outlet_hint)) {
      if (parsed->outlet) {
        b.outlet = std::move(parsed->outlet);
      } else if (parsed->author) {
        b.outlet = std::move(parsed->author);  // a source line names an outlet
      }
    }
  }
  FindByline(lines, used, b, page.author_structured && b.author);
  if (!b.author)
    b.diagnostics.push_back({DiagnosticCode::kNoAuthor, "no byline found after the body"});

  // 5. Captions and body. In a text dump a caption has no marker: it is the
  //    first ViewData line, short, without sentence punctuation.
  bool first_viewdata = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (used[i]) continue;
    Line& line = lines[i];
    const bool dump_caption = b.layout == kLayoutText && line.part == Part::kViewData &&
                              first_viewdata && !EndsSentence(line.run.text) &&
                              line.run.text.size() < 300;
    if (line.part == Part::kViewData) first_viewdata = false;
    if (line.near_image || dump_caption || IsCaptionLine(line.run.text)) {
      b.captions.push_back(std::move(line.run));
    } else {
      if (b.paragraphs.empty() && !b.lead) StripSourceTag(line.run);
      b.paragraphs.push_back(std::move(line.run));
      b.paragraph_marked.push_back(line.heading || line.bold);
    }
  }
  if (b.paragraphs.empty())
    b.diagnostics.push_back({DiagnosticCode::kNoBody, "no body paragraphs found"});
  return b;
}

}  // namespace vnextract::html
