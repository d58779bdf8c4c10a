#include "html/blocks.h"

#include <algorithm>

#include "html/dates.h"
#include "text/utf8.h"

namespace vnextract::html {
namespace {

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

// "Tác giả: quản trị", "Nguồn: Báo Chính phủ": where the value starts, or 0.
std::size_t AttributionLabel(std::string_view s) {
  for (std::string_view label : {"Tác giả:", "Nguồn:", "Người viết:", "Tin, ảnh:", "Bài, ảnh:"}) {
    if (StartsWith(s, label)) {
      std::size_t p = label.size();
      while (p < s.size() && s[p] == ' ') ++p;
      return p < s.size() && s.size() <= 80 ? p : 0;
    }
  }
  return 0;
}

// A byline: a short line set apart from the body — right-aligned, bold,
// after the "./." terminator, initials ("B.M") or a source ("Theo TTXVN").
bool LooksLikeByline(const Line& line, const Line* previous) {
  const std::string_view s = line.run.text;
  if (s.empty() || Words(s) > 8 || s.size() > 80) return false;
  const bool initials = IsInitials(s);
  const bool source = StartsWith(s, "Theo ");
  if (EndsSentence(s) && !initials && !source) return false;
  if (line.right_aligned || line.bold || initials || source) return true;
  if (previous != nullptr) {
    const std::string_view p = previous->run.text;
    if (p.size() >= 3 && p.substr(p.size() - 3) == "./.") return true;
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

// The byline among the last lines; attribution labels after it are dropped.
void FindByline(std::vector<Line>& lines, std::vector<bool>& used, Blocks& b) {
  std::optional<TextRun> labelled;
  std::optional<std::size_t> last = LastUnused(used, lines.size());
  while (last) {
    const std::size_t at = AttributionLabel(lines[*last].run.text);
    if (at == 0) break;
    if (!labelled) {
      labelled = lines[*last].run;
      DropPrefix(*labelled, at);
    }
    used[*last] = true;
    last = LastUnused(used, *last);
  }
  if (last) {
    const std::optional<std::size_t> prev = LastUnused(used, *last);
    if (LooksLikeByline(lines[*last], prev ? &lines[*prev] : nullptr)) {
      b.author = lines[*last].run;
      used[*last] = true;
    }
  }
  if (!b.author && labelled) b.author = std::move(labelled);
}

}  // namespace

bool IsChromeLine(std::string_view s) {
  if (IsControlLine(s)) return true;
  if (s.size() > 120) return false;
  const std::string folded = text::FoldCaseKeepOffsets(s);
  for (std::string_view w :
       {"lượt xem", "lượt truy cập", "lượt đọc", "đang truy cập", "đang trực tuyến"}) {
    if (folded.find(w) != std::string::npos) return true;
  }
  return false;
}

bool IsRelatedNewsHeading(std::string_view s) {
  if (s.size() > 60) return false;
  std::string folded = text::FoldCaseKeepOffsets(s);
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  for (std::string_view h : {"các tin khác", "tin liên quan", "tin cùng chuyên mục",
                             "bài viết liên quan", "tin bài liên quan", "các tin đã đưa",
                             "tin khác", "xem thêm", "tin mới hơn", "tin cũ hơn"}) {
    if (folded == h) return true;
  }
  return false;
}

void StripSourceTag(TextRun& run) {
  const std::string_view s = run.text;
  if (s.size() < 4 || s[0] != '(') return;
  const std::size_t close = s.find(')');
  if (close == std::string_view::npos || close < 3 || close > 40) return;
  const std::string_view tag = s.substr(1, close - 1);
  if (tag.find(' ') != std::string_view::npos) return;
  bool letter = false;
  for (char c : tag) letter = letter || (c & 0x80) != 0 || (c >= 'A' && c <= 'Z');
  if (!letter) return;
  std::size_t p = close + 1;
  while (p < s.size() && s[p] == ' ') ++p;
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (s.substr(p, dash.size()) == dash) {
      p += dash.size();
      break;
    }
  }
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
  // Page furniture and everything after a related-news heading.
  {
    std::vector<Line> kept;
    kept.reserve(lines.size());
    for (Line& line : lines) {
      if (IsRelatedNewsHeading(line.run.text)) break;
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
    // No lead element: a first paragraph set in bold is the lead.
    if (!b.lead && lines.size() > 1 && lines[0].bold && !lines[0].near_image &&
        EndsSentence(lines[0].run.text)) {
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
        if (auto hit = FindDate(s)) {
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
  if (page.author_hint) {
    b.author = std::move(page.author_hint);
    if (const std::size_t at = AttributionLabel(b.author->text); at > 0) DropPrefix(*b.author, at);
  }
  FindByline(lines, used, b);
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
    if (line.near_image || dump_caption) {
      b.captions.push_back(std::move(line.run));
    } else {
      if (b.paragraphs.empty() && !b.lead) StripSourceTag(line.run);
      b.paragraphs.push_back(std::move(line.run));
    }
  }
  if (b.paragraphs.empty())
    b.diagnostics.push_back({DiagnosticCode::kNoBody, "no body paragraphs found"});
  return b;
}

}  // namespace vnextract::html
