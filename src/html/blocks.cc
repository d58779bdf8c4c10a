#include "html/blocks.h"

#include <algorithm>

#include "text/utf8.h"

namespace vnextract::html {
namespace {

using text::IsAsciiDigit;
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

// A byline: a short line with no sentence punctuation, set apart by
// alignment or by following the "./." terminator.
bool LooksLikeByline(const Line& line, const Line* previous) {
  const std::string_view s = line.run.text;
  if (s.empty() || Words(s) > 8 || s.size() > 80 || EndsSentence(s)) return false;
  if (line.right_aligned) return true;
  if (previous != nullptr) {
    const std::string_view p = previous->run.text;
    if (p.size() >= 3 && p.substr(p.size() - 3) == "./.") return true;
  }
  return false;
}

}  // namespace

std::optional<DateHit> FindDayMonthYear(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!IsAsciiDigit(s[i]) || (i > 0 && (IsAsciiDigit(s[i - 1]) || s[i - 1] == '/'))) continue;
    std::size_t p = i;
    auto digits = [&](std::size_t min, std::size_t max, int* out) {
      std::size_t n = 0;
      int v = 0;
      while (p < s.size() && IsAsciiDigit(s[p]) && n < max) v = v * 10 + (s[p++] - '0'), ++n;
      *out = v;
      return n >= min && !(p < s.size() && IsAsciiDigit(s[p]));
    };
    int d, m, y;
    if (!digits(1, 2, &d) || p >= s.size() || s[p] != '/') continue;
    ++p;
    if (!digits(1, 2, &m) || p >= s.size() || s[p] != '/') continue;
    ++p;
    if (!digits(4, 4, &y)) continue;
    const Date date{y, m, d};
    if (date.Valid()) return DateHit{date, i, p};
  }
  return std::nullopt;
}

Blocks FindBlocks(PageLines page) {
  Blocks b;
  b.layout = std::move(page.layout);
  b.diagnostics = std::move(page.diagnostics);
  std::vector<Line>& lines = page.lines;
  std::vector<bool> used(lines.size(), false);

  // 1. The publication date: the first short line with dd/mm/yyyy before the
  //    title (the BanTin toolbar shows it alone on its line).
  std::size_t first_content = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view s = lines[i].run.text;
    bool chrome = IsControlLine(s);
    if (!b.published && s.size() <= 80) {
      if (auto hit = FindDayMonthYear(s)) {
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
    b.diagnostics.push_back({"no_date", "no publication date (dd/mm/yyyy) found before the title"});
  }

  // 2. Title: the first heading, else the first content line; a generic
  //    page's hint (og:title, <title>) when the lines hold none.
  std::optional<std::size_t> title;
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
  if (!b.title) b.diagnostics.push_back({"no_title", "no article title found"});

  // 3. Lead: the line right after the title, when it is a sentence.
  if (title && *title + 1 < lines.size()) {
    const Line& next = lines[*title + 1];
    if (!used[*title + 1] && !next.near_image && !next.heading && EndsSentence(next.run.text) &&
        *title + 2 < lines.size()) {
      b.lead = next.run;
      used[*title + 1] = true;
    }
  }

  // 4. Byline: the last line, when it looks like one.
  std::optional<std::size_t> last;
  for (std::size_t i = lines.size(); i-- > 0;) {
    if (!used[i]) {
      last = i;
      break;
    }
  }
  if (last) {
    const Line* prev = nullptr;
    for (std::size_t i = *last; i-- > 0;) {
      if (!used[i]) {
        prev = &lines[i];
        break;
      }
    }
    if (LooksLikeByline(lines[*last], prev)) {
      b.author = lines[*last].run;
      used[*last] = true;
    }
  }
  if (!b.author) b.diagnostics.push_back({"no_author", "no byline found after the body"});

  // 5. Captions and body. In a text dump a caption has no marker: it is the
  //    first ViewData line, short, without sentence punctuation.
  bool first_viewdata = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (used[i]) continue;
    Line& line = lines[i];
    const bool dump_caption = b.layout == "text" && line.part == Part::kViewData &&
                              first_viewdata && !EndsSentence(line.run.text) &&
                              line.run.text.size() < 300;
    if (line.part == Part::kViewData) first_viewdata = false;
    if (line.near_image || dump_caption) {
      b.captions.push_back(std::move(line.run));
    } else {
      b.paragraphs.push_back(std::move(line.run));
    }
  }
  if (b.paragraphs.empty()) b.diagnostics.push_back({"no_body", "no body paragraphs found"});
  return b;
}

}  // namespace vnextract::html
