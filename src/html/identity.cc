#include "html/identity.h"

#include <array>
#include <cstdint>

#include "text/run.h"
#include "text/utf8.h"

namespace vnextract::html {
namespace {

struct Named {
  std::string_view name;
  char32_t cp;
};
// The references CKEditor and portal templates write in names (Latin-1
// letters of Vietnamese, spaces and quotes).
constexpr std::array<Named, 38> kNamed = {{
    {"amp", '&'},     {"quot", '"'},    {"apos", '\''},   {"lt", '<'},      {"gt", '>'},
    {"nbsp", 0xA0},   {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2},  {"atilde", 0xE3},
    {"egrave", 0xE8}, {"eacute", 0xE9}, {"ecirc", 0xEA},  {"igrave", 0xEC}, {"iacute", 0xED},
    {"ograve", 0xF2}, {"oacute", 0xF3}, {"ocirc", 0xF4},  {"otilde", 0xF5}, {"ugrave", 0xF9},
    {"uacute", 0xFA}, {"yacute", 0xFD}, {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2},
    {"Atilde", 0xC3}, {"Egrave", 0xC8}, {"Eacute", 0xC9}, {"Ecirc", 0xCA},  {"Igrave", 0xCC},
    {"Iacute", 0xCD}, {"Ograve", 0xD2}, {"Oacute", 0xD3}, {"Ocirc", 0xD4},  {"Otilde", 0xD5},
    {"Ugrave", 0xD9}, {"Uacute", 0xDA}, {"Yacute", 0xDD},
}};

// Raw attribute or title text as a reader sees it.
std::string Clean(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = true;  // drops leading blanks
  for (std::size_t i = 0; i < raw.size();) {
    char32_t cp = 0;
    std::size_t len = 1;
    if (raw[i] == '&') {
      const std::size_t semi = raw.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i <= 10) {
        const std::string_view ref = raw.substr(i + 1, semi - i - 1);
        bool ok = false;
        if (ref.size() > 1 && ref[0] == '#') {
          const bool hex = ref[1] == 'x' || ref[1] == 'X';
          std::uint32_t v = 0;
          ok = ref.size() > (hex ? 2u : 1u);
          for (std::size_t k = hex ? 2 : 1; k < ref.size() && ok; ++k) {
            const char c = ref[k];
            int d = -1;
            if (c >= '0' && c <= '9') d = c - '0';
            if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
            if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
            ok = d >= 0 && v < 0x110000;
            v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d < 0 ? 0 : d);
          }
          ok = ok && v > 0 && v < 0x110000 && !(v >= 0xD800 && v < 0xE000);
          cp = v;
        } else {
          for (const Named& n : kNamed) {
            if (n.name == ref) {
              cp = n.cp;
              ok = true;
            }
          }
        }
        if (ok) len = semi + 1 - i;
      }
      if (len == 1) cp = '&';
    } else {
      len = text::DecodeAt(raw, i, &cp);
      if (len == 0) {
        len = 1;
        cp = 0xFFFD;
      }
    }
    i += len;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    space = false;
    text::AppendUtf8(cp, out);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!text::IsNfc(out)) out = text::ToNfc(out);
  return out;
}

// A title segment that names the portal rather than the article.
bool NamesThePortal(std::string_view segment) {
  const std::string folded = text::FoldCaseKeepOffsets(segment);
  for (const std::string_view word :
       {"cổng thông tin", "trang thông tin", "trang tin", "sở ", "ban quản lý", "ủy ban nhân dân",
        "uỷ ban nhân dân", "ubnd", "báo ", "cục ", "bộ ", "tổng cục", "chi cục", "văn phòng"}) {
    // At the start or after a space.
    for (std::size_t at = folded.find(word); at != std::string::npos;
         at = folded.find(word, at + 1)) {
      if (at == 0 || folded[at - 1] == ' ') return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> SiteIdentity(std::string_view page, const RawScan& raw) {
  std::vector<std::string> out;
  for (const RawScan::IdentityPart::Kind kind :
       {RawScan::IdentityPart::kSiteName, RawScan::IdentityPart::kLogo,
        RawScan::IdentityPart::kTitle}) {
    for (const RawScan::IdentityPart& part : raw.identity) {
      if (part.kind != kind || part.bytes.end > page.size()) continue;
      std::string text = Clean(page.substr(part.bytes.begin, part.bytes.end - part.bytes.begin));
      if (text.empty()) continue;
      if (kind != RawScan::IdentityPart::kTitle) {
        out.push_back(std::move(text));
        continue;
      }
      // "Article title - Site name", "Article | Site": the site's segments.
      std::size_t start = 0;
      bool split = false;
      for (std::size_t k = 0; k <= text.size(); ++k) {
        const bool at_end = k == text.size();
        std::size_t sep = 0;
        if (!at_end && text[k] == ' ' && k + 2 < text.size() && text[k + 2] == ' ' &&
            (text[k + 1] == '-' || text[k + 1] == '|')) {
          sep = 3;
        } else if (!at_end && text.compare(k, 5, " \xE2\x80\x93 ") == 0) {
          sep = 5;
        }
        if (!at_end && sep == 0) continue;
        if (at_end && !split) break;  // one segment: the article's title
        split = true;
        const std::string_view segment = std::string_view(text).substr(start, k - start);
        if (NamesThePortal(segment)) out.emplace_back(segment);
        start = k + sep;
        if (!at_end) k += sep - 1;
      }
    }
  }
  return out;
}

}  // namespace vnextract::html
