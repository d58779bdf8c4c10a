// The phrasing follows real provincial reports (tests/gold/indicators.jsonl,
// data/seed): a period, a label, đạt/ước đạt, a qualifier, a Vietnamese
// number (. groups thousands, , marks decimals), a scale word and a unit,
// then a change or a ratio against the same period or the plan.
#include "page_generator.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdio>
#include <string_view>

namespace vnextract_bench {
namespace {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {  // splitmix64
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // In [lo, hi].
  int Int(int lo, int hi) {
    return lo + static_cast<int>(Next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  bool Chance(int percent) { return Int(0, 99) < percent; }
  template <typename T, std::size_t N>
  const T& Pick(const std::array<T, N>& a) {
    return a[Next() % N];
  }

 private:
  std::uint64_t state_;
};

// 64000 -> "64.000"
std::string Grouped(long long n) {
  std::string digits = std::to_string(n);
  std::string out;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out += '.';
    out.append(digits, i, 3);
  }
  return out;
}

// A value with `decimals` decimal digits (0-2), Vietnamese style: "1.318,7".
std::string ViNumber(Rng& rng, int lo, int hi, int decimals) {
  std::string s = Grouped(rng.Int(lo, hi));
  if (decimals > 0) {
    s += ',';
    for (int i = 0; i < decimals; ++i)
      s += static_cast<char>('0' + rng.Int(i == decimals - 1 ? 1 : 0, 9));
  }
  return s;
}

std::string Percent(Rng& rng) { return ViNumber(rng, 0, 40, 1) + "%"; }

struct Measure {
  std::string_view label;
  std::string_view unit;  // with its scale word
  int lo, hi, decimals;
};

constexpr std::array kMeasures = {
    Measure{"sản lượng gỗ dán", "m3", 1200, 95000, 0},
    Measure{"kim ngạch xuất khẩu", "triệu USD", 12, 2400, 1},
    Measure{"kim ngạch nhập khẩu", "triệu USD", 8, 1900, 1},
    Measure{"tổng doanh thu", "tỷ đồng", 40, 9800, 0},
    Measure{"tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 300, 14000, 1},
    Measure{"thu nội địa", "tỷ đồng", 200, 9000, 1},
    Measure{"giá trị sản xuất công nghiệp", "tỷ đồng", 1000, 48000, 0},
    Measure{"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 2000, 30000, 1},
    Measure{"diện tích trồng rừng mới", "ha", 120, 9000, 0},
    Measure{"sản lượng lương thực có hạt", "nghìn tấn", 80, 900, 1},
    Measure{"sản lượng thủy sản", "tấn", 900, 60000, 0},
    Measure{"sản lượng điện thương phẩm", "triệu kWh", 100, 2500, 1},
    Measure{"lượng khách du lịch", "lượt khách", 12000, 980000, 0},
    Measure{"vốn đầu tư thực hiện", "tỷ đồng", 500, 42000, 0},
    Measure{"giải ngân vốn đầu tư công", "tỷ đồng", 200, 5000, 1},
    Measure{"tổng đàn lợn", "con", 20000, 600000, 0},
    Measure{"giá trị xuất khẩu", "triệu USD", 2, 90, 1},
    Measure{"thực phẩm chế biến", "tấn", 100, 2000, 0},
};

constexpr std::array<std::string_view, 6> kQualifiers = {"",     "",        "hơn ",
                                                         "gần ", "khoảng ", "trên "};

std::string PeriodPhrase(Rng& rng, int year, int month) {
  switch (rng.Int(0, 8)) {
    case 0:
      return "Trong 6 tháng đầu năm " + std::to_string(year);
    case 1:
      return "6 tháng đầu năm";
    case 2:
      return "Quý I/" + std::to_string(year);
    case 3:
      return "9 tháng năm " + std::to_string(year);
    case 4:
      return "Năm " + std::to_string(year - 1);
    case 5:
      return "Lũy kế " + std::to_string(month > 1 ? month - 1 : 1) + " tháng";
    case 6:
      return "Riêng tháng " + std::to_string(month);
    case 7:
      return "Tính đến hết tháng " + std::to_string(month) + "/" + std::to_string(year);
    default:
      return "Từ đầu năm đến nay";
  }
}

std::string Capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

// "Trong 6 tháng đầu năm" inside a sentence: "trong 6 tháng đầu năm".
std::string Lowered(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] + 32);
  return s;
}

std::string Figure(Rng& rng, const Measure& m) {
  return ViNumber(rng, m.lo, m.hi, m.decimals && rng.Chance(70) ? 1 : 0) + " " +
         std::string(m.unit);
}

constexpr std::array<std::string_view, 8> kAgencies = {"Sở Công Thương",
                                                       "Cục Thống kê tỉnh",
                                                       "Sở Kế hoạch và Đầu tư",
                                                       "Sở Tài chính",
                                                       "Ban Quản lý các Khu công nghiệp tỉnh",
                                                       "Sở Nông nghiệp và Phát triển nông thôn",
                                                       "Sở Văn hóa, Thể thao và Du lịch",
                                                       "Cục Hải quan tỉnh"};

constexpr std::array<std::string_view, 8> kFillers = {
    "các sở, ngành và địa phương đã tập trung triển khai đồng bộ các giải pháp tháo gỡ khó "
    "khăn cho sản xuất kinh doanh",
    "tình hình kinh tế - xã hội của tỉnh tiếp tục phục hồi và có nhiều chuyển biến tích cực",
    "công tác cải cách hành chính, cải thiện môi trường đầu tư kinh doanh được chú trọng",
    "các doanh nghiệp trong khu công nghiệp duy trì ổn định sản xuất, bảo đảm việc làm cho "
    "người lao động",
    "hoạt động thương mại, dịch vụ trên địa bàn diễn ra sôi động, hàng hóa dồi dào",
    "công tác quản lý nhà nước về đất đai, môi trường tiếp tục được tăng cường",
    "việc giải ngân vốn đầu tư công được các chủ đầu tư quan tâm đôn đốc thực hiện",
    "chỉ số năng lực cạnh tranh cấp tỉnh được cải thiện so với năm trước"};

std::string Sentence(Rng& rng, int year, int month) {
  const Measure& m = rng.Pick(kMeasures);
  const std::string period = PeriodPhrase(rng, year, month);
  // About half the sentences carry figures (the seed article's density).
  switch (rng.Int(0, 10)) {
    case 0:
      return period + ", " + std::string(m.label) + " đạt " + std::string(rng.Pick(kQualifiers)) +
             Figure(rng, m) + ", tăng " + Percent(rng) + " so với cùng kỳ năm " +
             std::to_string(year - 1) + ".";
    case 1:
      return period + ", " + std::string(m.label) + " ước đạt " + Figure(rng, m) + ", bằng " +
             ViNumber(rng, 20, 120, 1) + "% kế hoạch năm.";
    case 2:
      return Capitalised(m.label) + " " + Lowered(PeriodPhrase(rng, year, month)) + " đạt " +
             Figure(rng, m) + ", giảm " + Percent(rng) + " so với cùng kỳ.";
    case 3: {
      const Measure& m2 = rng.Pick(kMeasures);
      const Measure& m3 = rng.Pick(kMeasures);
      return period + ", " + std::string(m.label) + " đạt " + std::string(rng.Pick(kQualifiers)) +
             Figure(rng, m) + "; " + std::string(m2.label) + " " + Figure(rng, m2) + "; " +
             std::string(m3.label) + " " + std::string(rng.Pick(kQualifiers)) + Figure(rng, m3) +
             ".";
    }
    case 4:
      return "Năm " + std::to_string(year + 1) + ", tỉnh phấn đấu " + std::string(m.label) +
             " đạt " + Figure(rng, m) + ", tăng " + Percent(rng) + " so với năm " +
             std::to_string(year) + ".";
    case 5:
      return "Thực hiện Nghị quyết số " + std::to_string(rng.Int(10, 180)) + "/NQ-HĐND ngày " +
             std::to_string(rng.Int(1, 28)) + "/" + std::to_string(rng.Int(1, 12)) + "/" +
             std::to_string(year - 1) + " của Hội đồng nhân dân tỉnh, " +
             std::string(rng.Pick(kFillers)) + ".";
    case 6:
      return "Toàn tỉnh hiện có " + Grouped(rng.Int(40, 2600)) +
             " doanh nghiệp đang hoạt động trong " + std::to_string(rng.Int(2, 9)) +
             " khu công nghiệp, tạo việc làm cho hơn " + Grouped(rng.Int(1000, 60000)) +
             " lao động.";
    default:
      return "Theo " + std::string(rng.Pick(kAgencies)) + ", " + std::string(rng.Pick(kFillers)) +
             ".";
  }
}

std::string Nfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return s;
  const icu::UnicodeString out = nfd->normalize(icu::UnicodeString::fromUTF8(s), status);
  if (U_FAILURE(status)) return s;
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

// CKEditor-style encoding: Latin-1 vowels as named entities, some
// Vietnamese letters as numeric character references, NBSP as &nbsp;.
std::string WithReferences(Rng& rng, std::string_view s) {
  struct Ref {
    std::string_view utf8, ref;
  };
  static constexpr std::array<Ref, 10> kRefs = {{
      {"à", "&agrave;"},
      {"â", "&acirc;"},
      {"ê", "&ecirc;"},
      {"ô", "&ocirc;"},
      {"á", "&aacute;"},
      {"ạ", "&#7841;"},
      {"ộ", "&#x1ED9;"},
      {"ư", "&#432;"},
      {"ế", "&#7871;"},
      {"é", "&eacute;"},
  }};
  std::string out;
  std::size_t spaces = 0;
  for (std::size_t i = 0; i < s.size();) {
    bool replaced = false;
    for (const Ref& r : kRefs) {
      if (s.substr(i, r.utf8.size()) == r.utf8) {
        out += r.ref;
        i += r.utf8.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    if (s[i] == ' ' && ++spaces % 9 == 0 && rng.Chance(50)) {
      out += "&nbsp;";
    } else {
      out += s[i];
    }
    ++i;
  }
  return out;
}

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

struct Article {
  int day, month, year;
  std::string date;  // dd/mm/yyyy
  std::string title, lead, caption, byline;
  std::vector<std::string> paragraphs;  // HTML (escaped, maybe with references)
};

constexpr std::array<std::string_view, 10> kBylines = {
    "Minh Châu",  "Thanh Hà",   "Ngọc Anh",  "Phòng QLCN-NL", "B.M",
    "Theo TTXVN", "Hoàng Long", "Thu Trang", "Văn Tuấn",      "Đức Minh"};

Article MakeArticle(Rng& rng) {
  Article a;
  a.year = rng.Int(2021, 2024);
  a.month = rng.Int(1, 12);
  a.day = rng.Int(1, 28);
  char date[16];
  std::snprintf(date, sizeof date, "%02d/%02d/%04d", a.day, a.month, a.year);
  a.date = date;
  const Measure& m = rng.Pick(kMeasures);
  a.title = Capitalised(m.label) + " " + Lowered(PeriodPhrase(rng, a.year, a.month)) + " ước đạt " +
            Figure(rng, m);
  a.lead = "(" +
           std::string(rng.Pick(std::array<std::string_view, 3>{"BKN", "Baobackan.vn", "CTTĐT"})) +
           ") - Theo " + std::string(rng.Pick(kAgencies)) + ", " + std::string(rng.Pick(kFillers)) +
           "; " + std::string(m.label) + " đạt " + Figure(rng, m) + ".";
  const Measure& shown = rng.Pick(kMeasures);
  a.caption = Capitalised(shown.label) + " tại khu công nghiệp đạt hơn " + Figure(rng, shown);
  a.byline = std::string(rng.Pick(kBylines));
  const int paragraphs = rng.Int(8, 15);
  const int nfd_at = rng.Chance(35) ? rng.Int(0, paragraphs - 1) : -1;
  const int refs_at = rng.Chance(35) ? rng.Int(0, paragraphs - 1) : -1;
  for (int p = 0; p < paragraphs; ++p) {
    std::string text;
    const int sentences = rng.Int(2, 4);
    for (int s = 0; s < sentences; ++s) {
      if (s > 0) text += ' ';
      text += Sentence(rng, a.year, a.month);
    }
    if (p == paragraphs - 1 && text.back() == '.') text += "/.";  // the "./." terminator
    if (p == nfd_at) text = Nfd(text);
    a.paragraphs.push_back(p == refs_at ? WithReferences(rng, Escape(text)) : Escape(text));
  }
  return a;
}

std::string Hex(Rng& rng, int n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < n; ++i) s += kDigits[rng.Next() % 16];
  return s;
}

std::string Guid(Rng& rng) {
  return Hex(rng, 8) + "-" + Hex(rng, 4) + "-4" + Hex(rng, 3) + "-8" + Hex(rng, 3) + "-" +
         Hex(rng, 12);
}

std::string Base64(Rng& rng, std::size_t n) {
  static constexpr char kChars[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string s = "/wEPDwUKMTM";
  while (s.size() < n) s += kChars[rng.Next() % 64];
  return s + "==";
}

// Inline JavaScript of `bytes` bytes, SharePoint and jQuery-plugin style.
std::string Script(Rng& rng, std::size_t bytes, bool cdata) {
  std::string s = cdata ? "//<![CDATA[\n" : "\n";
  int n = 0;
  while (s.size() < bytes) {
    const std::string f = "fn" + Hex(rng, 6);
    s += "function " + f + "(e,t){var n=document.getElementById('ctl00_m_g_" + Hex(rng, 8) +
         "');if(n&&e<t.length){for(var i=0;i<t.length;i++){n.innerHTML+='<span "
         "class=\"item\">'+t[i]+'<\\/span>';}}return n;}\n";
    s += "var g_" + Hex(rng, 5) + " = {\"webServerRelativeUrl\":\"\\u002fPages\",\"pageItemId\":" +
         std::to_string(rng.Int(100, 99999)) + ",\"serverTime\":\"2022-08-02T02:15:07Z\"," +
         "\"label\":\"Lượt xem: " + Grouped(rng.Int(100, 99999)) + "\"};\n";
    if (++n % 5 == 0) s += "_spBodyOnLoadFunctionNames.push(\"" + f + "\");\n";
  }
  return s + (cdata ? "//]]>\n" : "");
}

std::string Css(Rng& rng, std::size_t bytes, bool hide_chrome) {
  std::string s = "\n";
  if (hide_chrome) s += ".ms-webpart-chrome-title{display:none;}\n";
  while (s.size() < bytes) {
    const std::string c = Hex(rng, 4);
    s += ".box-" + c + " .title-" + c +
         "{font-family:Arial,Tahoma;font-size:" + std::to_string(rng.Int(11, 18)) + "px;color:#" +
         Hex(rng, 6) + ";margin:0 0 8px 0;padding:4px 6px}\n";
    s += "#menu-" + c + " li:hover>a{background:url('/Style%20Library/img/bg-" + c +
         ".png') no-repeat left top;border-bottom:1px solid #" + Hex(rng, 6) + "}\n";
  }
  return s;
}

constexpr std::array<std::string_view, 12> kMenuWords = {"Giới thiệu",
                                                         "Tin tức - Sự kiện",
                                                         "Kinh tế",
                                                         "Văn hóa - Xã hội",
                                                         "Chỉ đạo điều hành",
                                                         "Văn bản pháp quy",
                                                         "Thủ tục hành chính",
                                                         "Quy hoạch - Kế hoạch",
                                                         "Dự án đầu tư",
                                                         "Thống kê",
                                                         "Hỏi đáp",
                                                         "Liên hệ"};

std::string Menu(Rng& rng, int top, int sub) {
  std::string s = "<div class=\"menu-ngang\"><ul class=\"top-menu\">\n";
  for (int i = 0; i < top; ++i) {
    const std::string_view w = rng.Pick(kMenuWords);
    s += "<li class=\"dropdown\"><a href=\"/Pages/" + Hex(rng, 6) + ".aspx\">" + std::string(w) +
         "</a><ul class=\"sub-menu\">";
    for (int j = 0; j < sub; ++j) {
      s += "<li><a href=\"/Pages/chuyen-muc-" + Hex(rng, 4) + ".aspx\" title=\"" +
           std::string(rng.Pick(kMenuWords)) + "\">" + std::string(rng.Pick(kMenuWords)) + " " +
           std::to_string(2018 + j % 6) + "</a></li>";
    }
    s += "</ul></li>\n";
  }
  return s + "</ul></div>\n";
}

std::string NewsList(Rng& rng, int n, int year) {
  std::string s = "<ul class=\"list-news\">\n";
  for (int i = 0; i < n; ++i) {
    const Measure& m = rng.Pick(kMeasures);
    s += "<li><a href=\"/Pages/tin-" + Hex(rng, 4) + ".aspx\">" + Capitalised(m.label) + " đạt " +
         Figure(rng, m) + "</a> <span class=\"date\">(" + std::to_string(rng.Int(1, 28)) + "/" +
         std::to_string(rng.Int(1, 12)) + "/" + std::to_string(year) + ")</span></li>\n";
  }
  return s + "</ul>\n";
}

std::string Footer(Rng& rng) {
  return "<div class=\"chan-trang\"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN</p>"
         "<p>Địa chỉ: Số 7, đường Trường Chinh - Điện thoại: 0209.3.871.999 - Fax: "
         "0209.3.872.112</p>"
         "<p>Giấy phép số 12/GP-TTĐT ngày 05/3/2020 - Số lượt truy cập: " +
         Grouped(rng.Int(100000, 9000000)) + "</p></div>\n";
}

std::string Paragraphs(const Article& a, std::string_view p_attr) {
  std::string s;
  for (const std::string& p : a.paragraphs) {
    s += "<p" + std::string(p_attr) + ">" + p + "</p>\n";
  }
  return s;
}

std::string ChromeTitle2013(int wpq, std::string_view title) {
  const std::string n = std::to_string(wpq);
  return "<div class=\"ms-webpart-chrome-title\" id=\"WebPartWPQ" + n +
         "_ChromeTitle\">\n<span title=\"PublishingPortal - " + std::string(title) +
         "\" id=\"WebPartTitleWPQ" + n +
         "\" class=\"js-webpart-titleCell\"><h2 style=\"text-align:justify;\" "
         "class=\"ms-webpart-titleText\"><nobr><span>PublishingPortal - " +
         std::string(title) + "</span><span id=\"WebPartCaptionWPQ" + n +
         "\"></span></nobr></h2></span>\n</div>\n";
}

std::string WebPart2013(Rng& rng, int wpq, std::string_view title, const std::string& body) {
  const std::string guid = Guid(rng);
  std::string s = "<div id=\"MSOZoneCell_WebPartctl00_ctl40_g_" + guid +
                  "\" class=\"s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical "
                  "ms-fullWidth \">\n<div class=\"ms-webpart-chrome ms-webpart-chrome-vertical "
                  "ms-webpart-chrome-fullWidth \">\n";
  s += ChromeTitle2013(wpq, title);
  s += "<div webpartid=\"" + guid + "\" haspers=\"false\" id=\"WebPartWPQ" + std::to_string(wpq) +
       "\" width=\"100%\" class=\"ms-WPBody noindex \" allowdelete=\"false\" style=\"\">\n"
       "<div id=\"ctl00_ctl40_g_" +
       guid + "\">\n" + body + "</div>\n</div>\n</div>\n</div>\n";
  return s;
}

std::string WebPart2010(Rng& rng, int wpq, std::string_view title, const std::string& body) {
  const std::string n = std::to_string(wpq);
  return "<tr><td id=\"MSOZoneCell_WebPartWPQ" + n +
         "\" valign=\"top\" class=\"s4-wpcell-plain\">\n<table class=\"s4-wpTopTable\" "
         "border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\">\n<tr><td><table "
         "border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\"><tr "
         "class=\"ms-WPHeader\">\n<td align=\"left\" class=\"ms-wpTdSpace\">&#160;</td>\n<td "
         "title=\"PublishingPortal - " +
         std::string(title) + "\" id=\"WebPartTitleWPQ" + n +
         "\" class=\"ms-WPHeaderTd\"><h3 style=\"text-align:justify;\" class=\"ms-standardheader "
         "ms-WPTitle\"><nobr><span>PublishingPortal - " +
         std::string(title) + "</span><span id=\"WebPartCaptionWPQ" + n +
         "\"></span></nobr></h3></td>\n<td class=\"ms-WPHeaderTdSelection\"><span "
         "class=\"ms-WPHeaderTdSelSpan\"><input type=\"checkbox\" id=\"SelectionCbxWebPartWPQ" +
         n + "\" class=\"ms-WPHeaderCbxHidden\" title=\"Select or deselect PublishingPortal - " +
         std::string(title) +
         " Web Part\" /></span></td>\n</tr></table></td></tr>\n<tr><td valign=\"top\"><div "
         "WebPartID=\"" +
         Guid(rng) + "\" HasPers=\"false\" id=\"WebPartWPQ" + n +
         "\" width=\"100%\" class=\"ms-WPBody noindex\" allowDelete=\"false\" style=\"\">\n" +
         body + "</div></td></tr>\n</table>\n</td></tr>\n";
}

std::string Toolbar(const Article& a) {
  return "<div class=\"toolbar\"><span class=\"date\">" + a.date +
         "</span> <span class=\"font-size\"><a href=\"javascript:void(0);\" "
         "onclick=\"tangCoChu();\" title=\"Tăng cỡ chữ\">Tăng cỡ chữ</a> <a "
         "href=\"javascript:void(0);\" onclick=\"giamCoChu();\" title=\"Giảm cỡ chữ\">Giảm cỡ "
         "chữ</a></span></div>\n";
}

std::string Image(Rng& rng, const Article& a) {
  return "<div class=\"image\"><img src=\"/PublishingImages/" + std::to_string(a.year) + "/" +
         Hex(rng, 8) + ".jpg\" alt=\"\" width=\"600\" />\n<p class=\"caption\">" +
         Escape(a.caption) + "</p></div>\n";
}

std::string Byline(const Article& a) {
  return "<p style=\"text-align:right;\"><strong>" + Escape(a.byline) + "</strong></p>\n";
}

std::string ViewState(Rng& rng, std::size_t bytes) {
  return "<div class=\"aspNetHidden\">\n<input type=\"hidden\" name=\"__EVENTTARGET\" "
         "id=\"__EVENTTARGET\" value=\"\" />\n<input type=\"hidden\" name=\"__VIEWSTATE\" "
         "id=\"__VIEWSTATE\" value=\"" +
         Base64(rng, bytes) + "\" />\n</div>\n";
}

// The article region and the chrome around it, for one BanTin kind.
std::string BanTinBody(Rng& rng, PageKind kind, const Article& a) {
  std::string s;
  const std::string body = Paragraphs(a, rng.Chance(50) ? " style=\"text-align:justify;\"" : "");
  const std::string image = rng.Chance(60) ? Image(rng, a) : "";
  const std::string related = "<h3>Các tin khác</h3>\n" + NewsList(rng, rng.Int(8, 14), a.year);
  if (kind == PageKind::kBanTin2010) {
    s += "<table width=\"100%\">\n";
    s += WebPart2010(rng, 4, "Block_BanTin_Toolbar - Thanh công cụ",
                     "<div class=\"cong-cu\"><span>" + a.date +
                         "</span> <a href=\"javascript:void(0)\">Tăng cỡ chữ</a> <a "
                         "href=\"javascript:void(0)\">Giảm cỡ chữ</a> <a "
                         "href=\"javascript:window.print()\">In bài</a></div>\n");
    s += WebPart2010(
        rng, 5, "Block_BanTin_ViewData - Nội dung bản tin",
        "<div id=\"ctl00_PlaceHolderMain_ctl02_label\" style=\"display:none\">Page "
        "Content</div>\n<div class=\"an-tieu-de\">Tiêu đề ẩn với 77 tỷ đồng</div>\n<h2>" +
            Escape(a.title) + "</h2>\n<p><strong>" + Escape(a.lead) + "</strong></p>\n" + image +
            "<div class=\"ExternalClass" + Hex(rng, 32) + "\">\n" + body + Byline(a) + "</div>\n");
    s += WebPart2010(rng, 6, "Block_BanTin_TinLienQuan", related);
    s += "</table>\n";
    return s;
  }
  s += "<div class=\"ms-webpart-zone ms-fullWidth\">\n";
  if (kind == PageKind::kBanTin2013) {
    s += WebPart2013(rng, 2, "Block_BanTin_Toolbar",
                     Toolbar(a) + "<h1 class=\"title\">" + Escape(a.title) +
                         "</h1>\n<div class=\"summary\"><p>" + Escape(a.lead) + "</p></div>\n");
    s += WebPart2013(rng, 3, "Block_BanTin_ViewData",
                     "<div class=\"viewdata\">\n" + image +
                         "<div class=\"content\"><div "
                         "class=\"ExternalClass" +
                         Hex(rng, 32) + "\">\n" + body + Byline(a) + "</div></div>\n</div>\n");
  } else {
    s += WebPart2013(rng, 2, "Block_BanTin_Toolbar", Toolbar(a));
    s += "<div class=\"article-fields\">\n<div "
         "id=\"ctl00_PlaceHolderMain_ctl03_label\">Title</div>\n"
         "<h1 class=\"article-title\">" +
         Escape(a.title) +
         "</h1>\n<div id=\"ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichHtmlField\" "
         "class=\"ms-rtestate-field\" style=\"display:inline\"><p>" +
         Escape(a.lead) + "</p></div>\n</div>\n";
    s += WebPart2013(
        rng, 5, "Block_QuangCao",
        "<div class=\"quang-cao\">Đường dây nóng hỗ trợ doanh nghiệp: 1900 6868</div>\n");
    s += WebPart2013(rng, 3, "Block_BanTin_ViewData",
                     "<div id=\"ctl00_PlaceHolderMain_ctl07_label\">ArticleBody</div>\n" + image +
                         "<div class=\"ExternalClass" + Hex(rng, 32) + "\">\n" + body + Byline(a) +
                         "</div>\n");
  }
  s += WebPart2013(rng, 4, "Block_BanTin_TinKhac", related);
  s += "</div>\n";
  return s;
}

std::string GenericBody(Rng& rng, const Article& a) {
  std::string s =
      "<div class=\"tin-chi-tiet\">\n<div class=\"duong-dan\"><a href=\"/\">Trang "
      "chủ</a> / <a href=\"/tin-tuc\">Tin tức</a></div>\n";
  s += "<h2 class=\"tieu-de-tin\">" + Escape(a.title) + "</h2>\n";
  s += "<div class=\"thong-tin\"><span class=\"ngay-dang\">" + a.date +
       "</span> <span class=\"luot-xem\">Lượt xem: " + Grouped(rng.Int(100, 9000)) +
       "</span></div>\n";
  s += "<div class=\"noi-dung-tin\">\n<p><strong>" + Escape(a.lead) + "</strong></p>\n";
  if (rng.Chance(50)) s += Image(rng, a);
  s += Paragraphs(a, "") + Byline(a) + "</div>\n</div>\n";
  s += "<div class=\"tin-lien-quan\"><h3>Tin liên quan</h3>\n" + NewsList(rng, 10, a.year) +
       "</div>\n";
  return s;
}

}  // namespace

const char* PageKindName(PageKind kind) {
  switch (kind) {
    case PageKind::kBanTin2013:
      return "bantin2013";
    case PageKind::kBanTinFields:
      return "bantin_fields";
    case PageKind::kBanTin2010:
      return "bantin2010";
    case PageKind::kGeneric:
      return "generic";
  }
  return "unknown";
}

bool IsRecognised(PageKind kind) { return kind != PageKind::kGeneric; }

GeneratedPage GeneratePage(const CorpusOptions& options, std::size_t index) {
  Rng rng(options.seed * 0x100000001B3ULL + index);
  GeneratedPage page;
  static constexpr std::array<PageKind, 4> kCycle = {PageKind::kBanTin2013, PageKind::kBanTinFields,
                                                     PageKind::kBanTin2010, PageKind::kBanTin2013};
  page.kind = index % 5 == 4 ? PageKind::kGeneric : kCycle[(index - index / 5) % 4];
  char name[48];
  std::snprintf(name, sizeof name, "%s-%05zu.html", IsRecognised(page.kind) ? "bantin" : "generic",
                index);
  page.name = name;
  const Article a = MakeArticle(rng);
  const bool generic = page.kind == PageKind::kGeneric;

  // The body first: the head's scripts, styles and view state fill up to the target size.
  std::string body = "<body>\n<form method=\"post\" action=\"./tin-" + Hex(rng, 4) +
                     ".aspx\" id=\"aspnetForm\">\n";
  std::string after_viewstate = "<div id=\"s4-workspace\"><div id=\"s4-bodyContainer\">\n";
  after_viewstate +=
      "<div class=\"header-portal\"><div class=\"logo\"><a href=\"/\"><img "
      "src=\"/PublishingImages/logo-banner.png\" alt=\"Cổng thông tin điện tử tỉnh "
      "Bắc Kạn\" /></a></div>\n";
  after_viewstate += Menu(rng, rng.Int(9, 12), rng.Int(12, 16));
  after_viewstate +=
      "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> &gt; <a "
      "href=\"/Pages/tin-tuc-su-kien.aspx\">Tin tức - Sự kiện</a> &gt; "
      "<span>Kinh tế</span></div>\n</div>\n";
  after_viewstate += "<div id=\"contentRow\"><div class=\"col-left sidebar\"><h3>Tin mới</h3>\n" +
                     NewsList(rng, rng.Int(10, 16), a.year) + "</div>\n";
  after_viewstate += "<div id=\"contentBox\"><div id=\"DeltaPlaceHolderMain\">\n";
  after_viewstate += generic ? GenericBody(rng, a) : BanTinBody(rng, page.kind, a);
  after_viewstate += "</div></div>\n<div class=\"col-right sidebar\"><h3>Văn bản mới</h3>\n" +
                     NewsList(rng, rng.Int(10, 16), a.year) + "</div>\n</div>\n";
  after_viewstate += Footer(rng);
  after_viewstate += "<script type=\"text/javascript\">" + Script(rng, 3000, true) + "</script>\n";
  after_viewstate += "</div></div>\n</form>\n</body>\n</html>\n";

  std::string head = "<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"vi-VN\">\n<head>\n";
  head += "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n";
  if (!generic) head += "<meta name=\"GENERATOR\" content=\"Microsoft SharePoint\" />\n";
  head += "<title>\n\t" + Escape(a.title) + " - Cổng thông tin điện tử tỉnh\n</title>\n";
  if (generic) {
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT08:00:00+07:00", a.year, a.month, a.day);
    head += "<meta property=\"og:title\" content=\"" + Escape(a.title) + "\" />\n";
    head += "<meta property=\"article:published_time\" content=\"" + std::string(iso) + "\" />\n";
  }
  head +=
      "<link rel=\"stylesheet\" type=\"text/css\" href=\"/_layouts/15/1066/styles/Themable/"
      "corev15.css\"/>\n";

  const std::size_t fixed = head.size() + body.size() + after_viewstate.size() + 400;
  const std::size_t fill =
      options.target_bytes > fixed + 6000 ? options.target_bytes - fixed : 6000;
  const std::size_t scripts = fill * 45 / 100;
  const std::size_t styles = fill * 15 / 100;
  const std::size_t viewstate = fill - scripts - styles;
  const int script_count = rng.Int(2, 4);
  for (int i = 0; i < script_count; ++i) {
    head += "<script type=\"text/javascript\">" +
            Script(rng, scripts / static_cast<std::size_t>(script_count), i % 2 == 1) +
            "</script>\n";
  }
  head += "<style type=\"text/css\">" + Css(rng, styles, !generic && rng.Chance(70)) + "</style>\n";
  // The SharePoint 2010 view data holds an element only the page's own
  // stylesheet hides (tests/data/bantin_viewdata_sp2010.html).
  if (page.kind == PageKind::kBanTin2010) {
    head += "<style type=\"text/css\">.an-tieu-de{display:none}</style>\n";
  }
  head += "</head>\n";
  page.html = head + body + ViewState(rng, viewstate) + after_viewstate;
  return page;
}

std::vector<GeneratedPage> GenerateCorpus(const CorpusOptions& options) {
  std::vector<GeneratedPage> pages;
  pages.reserve(options.pages);
  for (std::size_t i = 0; i < options.pages; ++i) pages.push_back(GeneratePage(options, i));
  return pages;
}

}  // namespace vnextract_bench
