#include "html/markup_guard.h"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <unordered_map>
#include <utility>
#include <vector>

#include "html/tags.h"

namespace vnextract::html {
namespace {

using Names = std::initializer_list<std::string_view>;

bool In(std::string_view name, Names names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The first occurrence of a fixed pattern at or after a position that only
// grows: each call scans only past the previous answer, so a whole pass costs
// one scan of the input.
class NextMatch {
 public:
  explicit NextMatch(std::string_view pattern) : pattern_(pattern) {}
  std::size_t At(std::string_view s, std::size_t from) {
    if (!known_ || (found_ != std::string_view::npos && found_ < from)) {
      found_ = s.find(pattern_, from);
      known_ = true;
    }
    return found_;
  }

 private:
  std::string_view pattern_;
  std::size_t found_ = std::string_view::npos;
  bool known_ = false;
};

class Guard {
 public:
  explicit Guard(std::string_view s) : s_(s) {}

  void Run() {
    const std::size_t n = s_.size();
    std::size_t i = 0;
    // The next "-->" and "--!>" at or after the scan position, found once and
    // reused until the scan passes them: searching the rest of the page for
    // every comment made many comments quadratic (100,000 "<!-- a -->" took
    // minutes).
    NextMatch comment_end("-->");
    NextMatch comment_bang_end("--!>");
    while (i < n) {
      const void* lt = std::memchr(s_.data() + i, '<', n - i);
      if (lt == nullptr) break;
      i = static_cast<std::size_t>(static_cast<const char*>(lt) - s_.data());
      if (i + 1 >= n) break;
      const char c = s_[i + 1];
      if (c == '!' || c == '?') {  // comment, doctype, CDATA, bogus comment
        if (s_.compare(i, 4, "<!--") == 0) {
          // A comment ends at "-->" or "--!>", whichever comes first.
          const std::size_t e = comment_end.At(s_, i + 2);
          const std::size_t bang = comment_bang_end.At(s_, i + 2);
          if (e == std::string_view::npos && bang == std::string_view::npos) break;
          i = e < bang ? e + 3 : bang + 4;
        } else {
          const std::size_t e = s_.find('>', i + 2);
          if (e == std::string_view::npos) break;
          i = e + 1;
        }
        continue;
      }
      const bool end = c == '/';
      const std::size_t name_begin = i + (end ? 2 : 1);
      if (name_begin >= n || !IsAlpha(s_[name_begin])) {
        ++i;  // "<" as text, "</>" ignored
        continue;
      }
      std::size_t j = name_begin;
      while (j < n && !IsSpace(s_[j]) && s_[j] != '/' && s_[j] != '>') ++j;
      name_.clear();
      for (std::size_t k = name_begin; k < j; ++k) name_ += Lower(s_[k]);
      classes_ = TagClasses(name_);
      const std::size_t attrs_begin = j;
      bool self_closing = false;
      std::size_t attrs = 0;
      std::size_t cut_from = std::string_view::npos;
      while (j < n && s_[j] != '>') {
        if (IsSpace(s_[j])) {
          ++j;
          continue;
        }
        if (s_[j] == '/') {
          ++j;
          self_closing = j < n && s_[j] == '>';
          continue;
        }
        const std::size_t a = j++;
        while (j < n && !IsSpace(s_[j]) && s_[j] != '/' && s_[j] != '>' && s_[j] != '=') ++j;
        std::size_t k = j;
        while (k < n && IsSpace(s_[k])) ++k;
        if (k < n && s_[k] == '=') {
          ++k;
          while (k < n && IsSpace(s_[k])) ++k;
          if (k < n && (s_[k] == '"' || s_[k] == '\'')) {
            const std::size_t close = s_.find(s_[k], k + 1);
            j = close == std::string_view::npos ? n : close + 1;
          } else {
            j = k;
            while (j < n && !IsSpace(s_[j]) && s_[j] != '>') ++j;
          }
        }
        if (++attrs == kMaxAttributes + 1) cut_from = a;
      }
      if (j >= n) break;  // the input ends inside a tag: Gumbo drops it
      if (cut_from != std::string_view::npos) {
        blanks_.emplace_back(cut_from, j);
        ++result_.blanked_attrs;
      }
      const std::size_t tag_end = j + 1;
      if (end) {
        EndTag(i, tag_end);
      } else {
        StartTag(i, tag_end, self_closing, s_.substr(attrs_begin, j - attrs_begin));
      }
      i = tag_end;
      if (!end && !InForeign()) {
        if (Is(kPlaintextTag)) break;  // the rest of the page is text
        if (Is(kRawTextTag)) {
          i = FindEndTag(i, name_);
          if (i == std::string_view::npos) break;
        }
      }
    }
  }

  std::vector<std::pair<std::size_t, std::size_t>>& blanks() { return blanks_; }
  GuardedMarkup& result() { return result_; }

 private:
  struct Open {
    std::string name;
    bool marker;             // has a marker on the formatting list
    bool boundary;           // a scope boundary (kScopeBoundaryTag)
    bool special;            // a special element (kSpecialTag) in the HTML namespace
    bool foreign;            // SVG or MathML content (where "<x/>" closes itself)
    bool integration_point;  // kIntegrationPointTag: its content is HTML again
  };

  // The current tag's name is of `tag_class` (tags.h).
  bool Is(std::uint16_t tag_class) const { return (classes_ & tag_class) != 0; }

  // Whether the current node is SVG/MathML content, not an integration
  // point (foreignObject, desc, title, annotation-xml, MathML text).
  bool InForeign() const {
    return !open_.empty() && open_.back().foreign && !open_.back().integration_point;
  }
  struct Formatting {
    std::string name;  // empty: a marker
    std::string_view attrs;
  };

  // Offset of "</name" (any case) at or after `from`, or npos.
  std::size_t FindEndTag(std::size_t from, const std::string& name) const {
    for (std::size_t p = s_.find("</", from); p != std::string_view::npos;
         p = s_.find("</", p + 2)) {
      if (p + 2 + name.size() > s_.size()) return std::string_view::npos;
      bool match = true;
      for (std::size_t k = 0; k < name.size() && match; ++k)
        match = Lower(s_[p + 2 + k]) == name[k];
      const std::size_t after = p + 2 + name.size();
      if (match &&
          (after == s_.size() || IsSpace(s_[after]) || s_[after] == '/' || s_[after] == '>')) {
        return p;
      }
    }
    return std::string_view::npos;
  }

  void Blank(std::size_t begin, std::size_t end) {
    blanks_.emplace_back(begin, end);
    ++result_.blanked_tags;
  }

  void Pop() {
    const Open& top = open_.back();
    if (auto it = open_count_.find(top.name); it != open_count_.end() && --it->second == 0) {
      open_count_.erase(it);
    }
    if (top.marker) {  // a cell, caption... closes: its formatting elements go
      while (!formatting_.empty() && !formatting_.back().name.empty()) {
        formatting_.pop_back();
        --formatting_count_;
      }
      if (!formatting_.empty()) formatting_.pop_back();
    }
    open_.pop_back();
  }

  // Pops up to and including the nearest open element named one of
  // `targets`, unless a scope boundary (or `stop`) comes first.
  // Looking only when one of them is open keeps a page of thousands of tags
  // at full depth linear.
  bool CloseNearest(Names targets, Names stop, bool default_scope) {
    bool open = false;
    for (std::string_view t : targets) open = open || open_count_.count(std::string(t)) != 0;
    if (!open) return false;
    for (std::size_t k = open_.size(); k-- > 0;) {
      const std::string& n = open_[k].name;
      if (In(n, targets)) {
        while (open_.size() > k) Pop();
        return true;
      }
      if ((default_scope && open_[k].boundary) || In(n, stop)) return false;
    }
    return false;
  }

  void RemoveFormatting(const std::string& name) {
    for (std::size_t k = formatting_.size(); k-- > 0;) {
      if (formatting_[k].name.empty()) return;  // a marker: not in this cell
      if (formatting_[k].name == name) {
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(k));
        --formatting_count_;
        return;
      }
    }
  }

  bool HasFormatting(const std::string& name) const {
    for (std::size_t k = formatting_.size(); k-- > 0;) {
      if (formatting_[k].name.empty()) return false;
      if (formatting_[k].name == name) return true;
    }
    return false;
  }

  // An end tag of a formatting element (and <a>/<nobr> reopened). With a
  // special element above it, Gumbo's adoption agency moves nodes but keeps
  // the stack as deep, so the model keeps it too.
  void CloseFormatting(const std::string& name) {
    RemoveFormatting(name);
    for (std::size_t k = open_.size(); k-- > 0;) {
      if (open_[k].name == name) {
        for (std::size_t above = k + 1; above < open_.size(); ++above) {
          if (open_[above].special) return;
        }
        while (open_.size() > k) Pop();
        return;
      }
      if (open_[k].boundary) return;
    }
  }

  void StartTag(std::size_t begin, std::size_t end, bool self_closing, std::string_view attrs) {
    const std::string& n = name_;
    if (n == "html" || n == "head" || n == "body" || Is(kVoidTag)) return;
    const bool in_foreign = InForeign();
    // In SVG/MathML content, unless the tag breaks out to HTML ("<p>",
    // "<div>"...; Gumbo then pops the foreign elements, the model keeps
    // them, erring deep).
    const bool foreign = Is(kForeignRootTag) || (in_foreign && !Is(kBreaksOutOfForeignTag));
    if (foreign && self_closing) return;  // <path/> closes itself
    // Raw text elements hold no elements: never deeper (and never blanked,
    // or their text would be read as markup).
    if (!foreign && Is(kRawTextTag | kPlaintextTag)) return;
    if (!foreign) {
      if (Is(kClosesPTag)) CloseNearest({"p"}, {"button"}, true);
      if (n == "li") CloseNearest({"li"}, {"ol", "ul"}, true);
      if (n == "dd" || n == "dt") CloseNearest({"dd", "dt"}, {"dl"}, true);
      if (n == "td" || n == "th") CloseNearest({"td", "th"}, {"tr", "table", "template"}, false);
      if (n == "tr") CloseNearest({"tr"}, {"table", "template"}, false);
      if (n == "tbody" || n == "thead" || n == "tfoot") {
        CloseNearest({"tbody", "thead", "tfoot"}, {"table", "template"}, false);
      }
      if (n == "option" || n == "optgroup") CloseNearest({"option"}, {"select"}, false);
      if ((n == "a" || n == "nobr") && HasFormatting(n)) CloseFormatting(n);
    }
    const bool formatting = !foreign && Is(kFormattingTag);
    if (open_.size() >= kMaxNesting || (formatting && formatting_count_ >= kMaxOpenFormatting)) {
      Blank(begin, end);
      ++blanked_open_[n];
      return;
    }
    if (formatting) {
      // Gumbo keeps at most three identical entries after the last marker
      // (the "Noah's Ark" clause); attributes compared as written.
      int same = 0;
      std::size_t first = formatting_.size();
      for (std::size_t k = formatting_.size(); k-- > 0 && !formatting_[k].name.empty();) {
        if (formatting_[k].name == n && formatting_[k].attrs == attrs) {
          ++same;
          first = k;
        }
      }
      if (same >= 3) {
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(first));
        --formatting_count_;
      }
      formatting_.push_back({n, attrs});
      ++formatting_count_;
    }
    const bool marker = !foreign && Is(kMarkerTag);
    if (marker) formatting_.push_back({std::string(), {}});
    ++open_count_[n];
    open_.push_back({n, marker, Is(kScopeBoundaryTag), !foreign && Is(kSpecialTag), foreign,
                     Is(kIntegrationPointTag)});
  }

  void EndTag(std::size_t begin, std::size_t end) {
    const std::string& n = name_;
    if (auto it = blanked_open_.find(n); it != blanked_open_.end() && it->second > 0) {
      --it->second;
      Blank(begin, end);
      return;
    }
    if (n == "html" || n == "body" || n == "br") return;
    if (Is(kFormattingTag)) return CloseFormatting(n);
    if (Is(kSpecialTag)) {
      if (Is(kTablePartTag) || n == "template") {
        CloseNearest({n}, {"table", "html", "template"}, false);
      } else if (n == "p") {
        CloseNearest({"p"}, {"button"}, true);
      } else if (n == "li") {
        CloseNearest({"li"}, {"ol", "ul"}, true);
      } else if (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') {
        CloseNearest({"h1", "h2", "h3", "h4", "h5", "h6"}, {}, true);
      } else {
        CloseNearest({n}, {}, true);
      }
      return;
    }
    // "Any other end tag" (span, font...): closes the nearest such element
    // unless a special element comes first, as in Gumbo.
    if (open_count_.count(n) == 0) return;
    for (std::size_t k = open_.size(); k-- > 0;) {
      if (open_[k].name == n) {
        while (open_.size() > k) Pop();
        return;
      }
      if (open_[k].special) return;
    }
  }

  std::string_view s_;
  std::string name_;           // the current tag's name, lower-cased
  std::uint16_t classes_ = 0;  // and its TagClass bits
  std::vector<Open> open_;
  std::unordered_map<std::string, std::size_t> open_count_;  // names in open_
  std::vector<Formatting> formatting_;
  std::size_t formatting_count_ = 0;
  std::unordered_map<std::string, std::size_t> blanked_open_;
  std::vector<std::pair<std::size_t, std::size_t>> blanks_;
  GuardedMarkup result_;
};

}  // namespace

std::optional<GuardedMarkup> GuardMarkup(std::string_view html) {
  Guard guard(html);
  guard.Run();
  if (guard.blanks().empty()) return std::nullopt;
  GuardedMarkup out = std::move(guard.result());
  out.html.assign(html);
  for (const auto& [begin, end] : guard.blanks()) {
    std::memset(out.html.data() + begin, ' ', end - begin);
  }
  return out;
}

}  // namespace vnextract::html
