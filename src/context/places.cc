#include "context/places.h"

#include <algorithm>

namespace vnextract::context {
namespace {

// Which tokens of `phrase` as written are capitalised.
std::vector<bool> Capitals(std::string_view phrase) {
  std::string folded;
  FoldKey(phrase, &folded);
  std::vector<Token> tokens;
  Tokenize(folded, &tokens);
  std::vector<bool> caps;
  for (const Token& t : tokens) caps.push_back(t.word && CapitalAt(phrase, folded, t.begin));
  return caps;
}

std::optional<Date> DateOf(std::string_view iso) {
  if (iso.empty()) return std::nullopt;
  return Date::Parse(iso);
}

bool Before(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

// The text of tokens [first, last] as written, spaces collapsed, a dash
// between words written " - ".
std::string Written(std::string_view text, std::span<const Token> tokens, std::size_t first,
                    std::size_t last) {
  std::string out;
  for (std::size_t k = first; k <= last; ++k) {
    const Token& t = tokens[k];
    if (!out.empty()) out += ' ';
    if (t.text == "-") {
      out += '-';
    } else {
      out.append(text.substr(t.begin, t.end - t.begin));
    }
  }
  return out;
}

}  // namespace

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kNational:
      return "national";
    case Level::kRegion:
      return "region";
    case Level::kProvince:
      return "province";
    case Level::kDistrict:
      return "district";
    case Level::kCommune:
      return "commune";
    case Level::kIndustrialZone:
      return "industrial_zone";
    case Level::kEconomicZone:
      return "economic_zone";
    case Level::kIndustrialCluster:
      return "industrial_cluster";
    case Level::kOther:
    case Level::kCityLevel:
      break;
  }
  return "other";
}

std::vector<ProvinceEntry> ProvinceEntries() {
  using enum ProvinceKind;
  return {
#define VNX_PROVINCE(name, kind, from, to, successor, variants) \
  {name, kind, from, to, successor, variants},
#include "context/places.inc"
  };
}

std::vector<RegionEntry> RegionEntries() {
  return {
#define VNX_REGION(name, variants) {name, variants},
#include "context/places.inc"
  };
}

std::vector<std::string_view> NationalEntries() {
  return {
#define VNX_NATIONAL(phrase) phrase,
#include "context/places.inc"
  };
}

std::vector<PrefixEntry> PrefixEntries() {
  return {
#define VNX_PLACE_PREFIX(phrase, level, display, numbered) \
  {phrase, Level::level, display, numbered},
#include "context/places.inc"
  };
}

std::vector<AnaphorEntry> AnaphorEntries() {
  return {
#define VNX_ANAPHOR(phrase, target, strength) {phrase, Target::target, Strength::strength},
#include "context/places.inc"
  };
}

std::vector<std::string_view> NotAPlaceEntries() {
  return {
#define VNX_NOT_A_PLACE(phrase) phrase,
#include "context/places.inc"
  };
}

std::vector<BlockEntry> BlockEntries() {
  return {
#define VNX_PLACE_BLOCK(phrase, where) {phrase, BlockWhere::where},
#include "context/places.inc"
  };
}

Places::Places() {
  std::vector<std::pair<std::string, Pattern>> all;  // (first token, pattern)
  auto add = [&](std::string_view phrase, Kind kind, int payload, bool all_capital,
                 bool written_capitals, std::string exact) {
    Pattern p;
    p.tokens = KeyWords(TokenKey(phrase));
    if (p.tokens.empty()) return;
    p.kind = kind;
    p.payload = payload;
    p.exact = std::move(exact);
    const std::vector<bool> caps = Capitals(phrase);
    for (std::size_t k = 0; k < p.tokens.size(); ++k) {
      const bool word = p.tokens[k] != "-" && p.tokens[k] != "." && p.tokens[k] != ",";
      p.capital.push_back(p.exact.empty() && word &&
                          (all_capital || (written_capitals && k < caps.size() && caps[k])));
    }
    all.emplace_back(p.tokens.front(), std::move(p));
  };

  for (const ProvinceEntry& e : ProvinceEntries()) {
    Province p;
    p.entry = e;
    p.area = (e.kind == ProvinceKind::kCity ? "Thành phố " : "tỉnh ") + std::string(e.name);
    p.from = DateOf(e.from);
    p.to = DateOf(e.to);
    provinces_.push_back(std::move(p));
  }
  for (std::size_t k = 0; k < provinces_.size(); ++k) {
    const int index = static_cast<int>(k);
    const ProvinceEntry& e = provinces_[k].entry;
    for (std::size_t j = 0; j < provinces_.size(); ++j) {
      if (provinces_[j].entry.name == e.successor) provinces_[k].successor = static_cast<int>(j);
    }
    auto name_after_prefix = [&](std::string_view v) {
      const std::uint32_t id = province_names_.Intern(TokenKey(v));
      if (id >= province_of_name_.size()) province_of_name_.resize(id + 1, -1);
      province_of_name_[id] = index;
    };
    name_after_prefix(e.name);
    // "Hồ Chí Minh" is a person as often as a city: only after a level word.
    const bool bare = e.name != "Hồ Chí Minh";
    if (bare) add(e.name, Kind::kProvince, index, true, false, "");
    for (std::string_view v : SplitAlternatives(e.variants)) {
      if (v.front() == '=') {
        add(v.substr(1), Kind::kProvince, index, false, false, std::string(v.substr(1)));
        name_after_prefix(v.substr(1));
      } else if (v.front() == '!') {
        name_after_prefix(v.substr(1));
      } else {
        add(v, Kind::kProvince, index, true, false, "");
        name_after_prefix(v);
      }
    }
  }
  for (const RegionEntry& e : RegionEntries()) {
    const int index = static_cast<int>(region_names_.size());
    region_names_.emplace_back(e.name);
    add(e.name, Kind::kRegion, index, false, true, "");
    for (std::string_view v : SplitAlternatives(e.variants)) {
      if (v.front() == '=') {
        add(v.substr(1), Kind::kRegion, index, false, false, std::string(v.substr(1)));
      } else {
        add(v, Kind::kRegion, index, false, true, "");
      }
    }
  }
  regions_ = region_names_.size();
  for (std::string_view phrase : NationalEntries()) {
    add(phrase, Kind::kNational, 0, false, true, "");
  }
  prefixes_ = PrefixEntries();
  for (std::size_t k = 0; k < prefixes_.size(); ++k) {
    add(prefixes_[k].phrase, Kind::kPrefix, static_cast<int>(k), false, false, "");
  }
  anaphors_ = AnaphorEntries();
  for (std::size_t k = 0; k < anaphors_.size(); ++k) {
    add(anaphors_[k].phrase, Kind::kAnaphor, static_cast<int>(k), false, false, "");
  }
  for (const BlockEntry& b : BlockEntries()) {
    blocks_.push_back({KeyWords(TokenKey(b.phrase)), b.where});
  }
  for (std::string_view phrase : NotAPlaceEntries()) {
    add(phrase, Kind::kNotAPlace, 0, false, true, "");
  }

  // Longest first; at the same length a name that is no place, then a
  // level word with its name, a region, a province, the country and a level
  // word alone.
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    if (a.second.tokens.size() != b.second.tokens.size()) {
      return a.second.tokens.size() > b.second.tokens.size();
    }
    return static_cast<int>(a.second.kind) < static_cast<int>(b.second.kind);
  });
  for (auto& [first, pattern] : all) {
    const std::uint32_t id = first_words_.Intern(first);
    if (id >= buckets_.size()) {
      buckets_.resize(id + 1);
      lower_first_.resize(id + 1, 0);
    }
    // Whether the first word may be written in lower case.
    const bool capital_first =
        pattern.capital.front() || (!pattern.exact.empty() && Capitals(pattern.exact).front());
    if (!capital_first) lower_first_[id] = 1;
    buckets_[id].push_back(std::move(pattern));
    ++patterns_;
  }
}

int Places::InForce(int index, std::optional<Date> day) const {
  for (int hops = 0; index >= 0 && day && hops < 4; ++hops) {
    const Province& p = provinces_[static_cast<std::size_t>(index)];
    if (!p.to || !Before(*p.to, *day) || p.successor < 0) break;
    index = p.successor;
  }
  return index;
}

bool Places::MatchAt(const Pattern& p, std::string_view text, std::string_view folded,
                     std::span<const Token> tokens, std::size_t i) const {
  if (i + p.tokens.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < p.tokens.size(); ++k) {
    const Token& t = tokens[i + k];
    if (t.text != p.tokens[k]) return false;
    if (p.capital[k] && !CapitalAt(text, folded, t.begin)) return false;
  }
  if (!p.exact.empty()) {
    const std::size_t b = tokens[i].begin;
    const std::size_t e = tokens[i + p.tokens.size() - 1].end;
    if (text.substr(b, e - b) != p.exact) return false;
  }
  return true;
}

bool Places::Blocked(std::span<const Token> tokens, std::size_t first, std::size_t last) const {
  // The word before (numbers skipped: "thứ 5 cả nước") and the word after.
  std::size_t before = first;
  while (before > 0 && tokens[before - 1].digits) --before;
  for (const Block& b : blocks_) {
    const std::size_t n = b.tokens.size();
    if (b.where == BlockWhere::kBefore) {
      if (before < n) continue;
      bool same = true;
      for (std::size_t k = 0; k < n && same; ++k) same = tokens[before - n + k].text == b.tokens[k];
      if (same) return true;
    } else {
      if (last + 1 + n > tokens.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < n && same; ++k) same = tokens[last + 1 + k].text == b.tokens[k];
      if (same) return true;
    }
  }
  return false;
}

std::size_t Places::ReadName(std::string_view text, std::string_view folded,
                             std::span<const Token> tokens, std::size_t i, bool numbered,
                             bool zone) const {
  constexpr std::size_t kMaxName = 6;
  std::size_t n = 0;
  while (i + n < tokens.size() && n < kMaxName) {
    const Token& t = tokens[i + n];
    if (t.word && !t.digits && CapitalAt(text, folded, t.begin)) {
      ++n;
      continue;
    }
    // "quận 1"; "KCN Nam Sơn 2" (but not "cửa khẩu Trà Lĩnh 9 tháng").
    const bool counted = i + n + 1 < tokens.size() &&
                         (tokens[i + n + 1].text == "tháng" || tokens[i + n + 1].text == "năm" ||
                          tokens[i + n + 1].text == "quý" || tokens[i + n + 1].text == "ngày" ||
                          tokens[i + n + 1].text == "%");
    if (t.digits && !counted && ((numbered && n == 0) || (zone && n > 0)) && t.text.size() <= 3) {
      ++n;
      if (numbered) break;  // "quận 1", "phường 3"
      continue;
    }
    // "Bà Rịa - Vũng Tàu", "Phan Rang - Tháp Chàm".
    if (t.text == "-" && n > 0 && i + n + 1 < tokens.size()) {
      const Token& next = tokens[i + n + 1];
      if (next.word && !next.digits && CapitalAt(text, folded, next.begin)) {
        n += 2;
        continue;
      }
    }
    break;
  }
  return n;
}

bool Places::NamedAt(std::string_view text, std::string_view folded, std::span<const Token> tokens,
                     std::size_t i, std::uint32_t id, std::optional<Date> published, Mention* m,
                     std::size_t* used) const {
  for (const Pattern& p : buckets_[id]) {
    if (!MatchAt(p, text, folded, tokens, i)) continue;
    const std::size_t last = i + p.tokens.size() - 1;
    switch (p.kind) {
      case Kind::kPrefix: {
        const PrefixEntry& pre = prefixes_[static_cast<std::size_t>(p.payload)];
        const bool zone = pre.level == Level::kIndustrialZone ||
                          pre.level == Level::kEconomicZone ||
                          pre.level == Level::kIndustrialCluster;
        const std::size_t n = ReadName(text, folded, tokens, last + 1, pre.numbered, zone);
        if (n == 0) continue;  // a level word alone: an anaphor, maybe
        const std::size_t name_last = last + n;
        if (Blocked(tokens, i, name_last)) return false;
        m->begin = tokens[i].begin;
        m->end = tokens[name_last].end;
        m->target = Target::kNamed;
        *used = name_last + 1 - i;
        int province = -1;
        if (pre.level == Level::kProvince || pre.level == Level::kCityLevel) {
          std::string key;
          for (std::size_t k = last + 1; k <= name_last; ++k) {
            if (!key.empty()) key += ' ';
            key.append(tokens[k].text);
          }
          const std::uint32_t pid = province_names_.Find(key);
          if (pid != TokenMap::kMissing && pid < province_of_name_.size()) {
            province = province_of_name_[pid];
          }
        }
        if (pre.level == Level::kProvince) {
          if (province < 0) return false;  // "tỉnh" before no province name
          m->province = province;
          m->name = provinces_[static_cast<std::size_t>(province)].area;
          m->level = Level::kProvince;
          return true;
        }
        if (pre.level == Level::kCityLevel && province >= 0 &&
            provinces_[static_cast<std::size_t>(province)].entry.kind == ProvinceKind::kCity) {
          m->province = province;
          m->name = provinces_[static_cast<std::size_t>(province)].area;
          m->level = Level::kProvince;
          return true;
        }
        m->level = pre.level == Level::kCityLevel ? Level::kDistrict : pre.level;
        m->name = std::string(pre.display) + " " + Written(text, tokens, last + 1, name_last);
        return true;
      }
      case Kind::kRegion:
      case Kind::kProvince:
      case Kind::kNational: {
        // A name glued to a following capitalised word is another name
        // ("Thái Bình Dương"); after a capitalised word it is part of an
        // office's name ("Sở Công Thương Lào Cai"): a weak mention.
        if (last + 1 < tokens.size() && tokens[last + 1].word && !tokens[last + 1].digits &&
            CapitalAt(text, folded, tokens[last + 1].begin) && p.exact.empty()) {
          continue;
        }
        if (Blocked(tokens, i, last)) return false;
        if (p.kind == Kind::kProvince) {
          const int index = p.payload;
          const Province& pr = provinces_[static_cast<std::size_t>(index)];
          // A name that only came into force later names something else
          // before ("Huế" was a district-level city until 2025).
          if (pr.from && published && Before(*published, *pr.from)) continue;
          m->province = index;
          m->name = pr.area;
          m->level = Level::kProvince;
        } else if (p.kind == Kind::kRegion) {
          m->name = region_names_[static_cast<std::size_t>(p.payload)];
          m->level = Level::kRegion;
        } else {
          m->name = "cả nước";
          m->level = Level::kNational;
        }
        m->weak = i > 0 && tokens[i - 1].word && !tokens[i - 1].digits &&
                  CapitalAt(text, folded, tokens[i - 1].begin);
        m->begin = tokens[i].begin;
        m->end = tokens[last].end;
        m->target = Target::kNamed;
        *used = last + 1 - i;
        return true;
      }
      case Kind::kNotAPlace:
        // Read past it: no mention, and none inside it.
        m->target = Target::kNamed;
        m->name.clear();
        *used = last + 1 - i;
        return true;
      case Kind::kAnaphor:
        break;
    }
  }
  return false;
}

void Places::Find(std::string_view text, std::string_view folded, std::span<const Token> tokens,
                  std::optional<Date> published, std::vector<Mention>* out) const {
  for (std::size_t i = 0; i < tokens.size();) {
    if (!tokens[i].word) {
      ++i;
      continue;
    }
    const std::uint32_t id = first_words_.Find(tokens[i]);
    // ("bình quân", "cao hơn", "tiền": no name begins in lower case there.)
    if (id == TokenMap::kMissing ||
        (!lower_first_[id] && !CapitalAt(text, folded, tokens[i].begin))) {
      ++i;
      continue;
    }
    Mention m;
    std::size_t used = 0;
    if (NamedAt(text, folded, tokens, i, id, published, &m, &used)) {
      if (!m.name.empty()) out->push_back(std::move(m));
      i += used;
      continue;
    }
    bool found = false;
    m = Mention{};
    for (const Pattern& p : buckets_[id]) {
      if (p.kind != Kind::kAnaphor || !MatchAt(p, text, folded, tokens, i)) continue;
      const AnaphorEntry& a = anaphors_[static_cast<std::size_t>(p.payload)];
      const std::size_t last = i + p.tokens.size() - 1;
      const bool next_capital = last + 1 < tokens.size() && tokens[last + 1].word &&
                                !tokens[last + 1].digits &&
                                CapitalAt(text, folded, tokens[last + 1].begin);
      if (a.strength == Strength::kWeakOffice) {
        // "Sở Công Thương", "Bộ Tài chính": an office only with its name.
        if (!next_capital || !CapitalAt(text, folded, tokens[i].begin)) continue;
      } else if (next_capital) {
        // "trên địa bàn tỉnh Bắc Kạn": the name that follows says which.
        continue;
      }
      if (i > 0 && tokens[i - 1].digits) continue;  // "06 khu công nghiệp": a count
      if (Blocked(tokens, i, last)) continue;
      m.begin = tokens[i].begin;
      m.end = tokens[last].end;
      m.target = a.target;
      m.weak = a.strength != Strength::kStrong;
      m.level = Level::kOther;
      out->push_back(std::move(m));
      i = last + 1;
      found = true;
      break;
    }
    if (!found) ++i;
  }
}

}  // namespace vnextract::context
