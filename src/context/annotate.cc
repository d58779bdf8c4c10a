#include "context/annotate.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <span>
#include <utility>

#include "context/tokens.h"

namespace vnextract::context {
namespace {

// A text read once: its folded key, tokens and place mentions.
struct ReadText {
  std::string_view text;
  std::string folded;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<std::uint32_t> ids;  // the vocabulary's word ids (sentences only)
};

void Read(const Places& places, std::string_view text, std::optional<Date> published,
          ReadText* out) {
  out->text = text;
  FoldKey(text, &out->folded);
  out->tokens.clear();
  Tokenize(out->folded, &out->tokens);
  out->mentions.clear();
  places.Find(text, out->folded, out->tokens, published, &out->mentions);
  out->ids.clear();
}

// What a document is read into, kept by the thread from one document to the
// next: the buffers keep their capacity (no allocation per text read).
struct Workspace {
  std::deque<ReadText> texts;  // a deque: a text never moves (tokens view folded)
  std::size_t used = 0;
  Vocabulary::Reading label, other;
  ReadText own;

  ReadText& Take() {
    if (used == texts.size()) texts.emplace_back();
    return texts[used++];
  }
};

Workspace& ThreadWorkspace() {
  thread_local Workspace workspace;
  return workspace;
}

// An area as found: its name points into a mention, the gazetteer or the
// page's home places, all alive for the whole Run.
struct Area {
  std::string_view name;
  Level level = Level::kOther;
};

// The page's own places, that "toàn tỉnh", "trên địa bàn", "KCN" mean.
struct Home {
  int province = -1;  // gazetteer index
  std::optional<Area> district, city, zone, economic_zone, cluster, own;
};

// A paragraph set apart as a heading: short, not a sentence.
bool LooksLikeHeading(std::string_view p) {
  if (p.empty() || p.size() > 160) return false;
  const char last = p.back();
  if (last == '.' || last == ';' || last == ',' || last == '!' || last == '?') return false;
  std::size_t words = 1;
  for (char c : p) words += c == ' ';
  return words <= 16;
}

class Annotator {
 public:
  Annotator(const Vocabulary& vocabulary, const Places& places, const PageText& page)
      : vocabulary_(vocabulary), places_(places), page_(page), w_(ThreadWorkspace()) {
    w_.used = 0;
  }

  void Run(const std::vector<FigureSite>& sites, std::vector<Indicator>& indicators) {
    ReadPage();
    // Sentences: consecutive indicators with one sentence text share it.
    std::vector<std::size_t> sentence_of(indicators.size());
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      if (i > 0 && indicators[i].sentence == indicators[i - 1].sentence &&
          sites[i].section == sites[i - 1].section && sites[i].block == sites[i - 1].block) {
        sentence_of[i] = sentence_of[i - 1];
        continue;
      }
      sentence_of[i] = sentences_.size();
      ReadText& t = w_.Take();
      sentences_.push_back(&t);
      Read(places_, indicators[i].sentence, page_.published, &t);
      vocabulary_.WordIds(t.tokens, &t.ids);
    }
    std::vector<int> concepts(indicators.size(), -1);
    // The phrase each was read from (views into its label or sentence).
    std::vector<std::string_view> effective(indicators.size());
    FrameContext frame;  // (one, so that `previous` keeps its capacity)
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      Indicator& ind = indicators[i];
      const ReadText& sentence = *sentences_[sentence_of[i]];
      const bool table = sites[i].section == Section::kTable;
      // Concept: the label, unit and kind, inside the sentence's frame.
      std::size_t first = i;
      while (first > 0 && sentence_of[first - 1] == sentence_of[i]) --first;
      frame.previous.assign(concepts.begin() + static_cast<std::ptrdiff_t>(first),
                            concepts.begin() + static_cast<std::ptrdiff_t>(i));
      frame.sentence_ids = sentence.ids;
      const int c = ConceptOf(i, first, sentence, sites[i], frame, indicators, effective);
      concepts[i] = c;
      if (c >= 0) {
        ind.concept_id = std::string(vocabulary_.at(c).entry.id);
        ind.concept_label = std::string(vocabulary_.at(c).entry.display);
      }
      // Area: the nearest context that names a place.
      if (std::optional<Area> a = AreaOf(sites[i], sentence, table)) {
        ind.area = std::string(a->name);
        ind.area_level = std::string(LevelName(a->level));
      }
    }
    Restatements(concepts, indicators);
  }

 private:
  void ReadPage() {
    title_ = &w_.Take();
    Read(places_, page_.title.value_or(""), page_.published, title_);
    lead_ = &w_.Take();
    Read(places_, page_.lead.value_or(""), page_.published, lead_);
    for (std::string_view id : page_.identity) {
      identity_.push_back(&w_.Take());
      Read(places_, id, page_.published, identity_.back());
    }
    // The heading each paragraph sits under.
    heading_of_.assign(page_.paragraphs.size(), -1);
    int current = -1;
    for (std::size_t p = 0; p < page_.paragraphs.size(); ++p) {
      if (LooksLikeHeading(page_.paragraphs[p]) && p + 1 < page_.paragraphs.size()) {
        heading_paragraph_.push_back(p);
        current = static_cast<int>(heading_paragraph_.size()) - 1;
        continue;
      }
      heading_of_[p] = current;
    }
    headings_.assign(heading_paragraph_.size(), nullptr);
    heading_area_.resize(heading_paragraph_.size());
    for (std::string_view caption : page_.table_captions) {
      table_captions_.push_back(&w_.Take());
      Read(places_, caption, page_.published, table_captions_.back());
    }
  }

  // The concept of indicators[i] (its sentence's figures start at
  // `first`), and in effective[i] the phrase it was read from: the label;
  // else the part after a comma ("Sau khi hợp nhất, diện tích tự nhiên");
  // else, for a label that names nothing measured ("huyện Đức Trọng",
  // "trị giá"), the phrase the figure before it in the sentence was read
  // from; else the noun phrase after the number ("có 8 xã đạt chuẩn nông
  // thôn mới", "thu hút 1,2 tỷ USD vốn FDI").
  int ConceptOf(std::size_t i, std::size_t first, const ReadText& sentence, const FigureSite& site,
                const FrameContext& frame, const std::vector<Indicator>& indicators,
                std::vector<std::string_view>& effective) {
    const Indicator& ind = indicators[i];
    FigureFacts facts;
    facts.label = ind.label;
    facts.unit = ind.unit;
    facts.kind = ind.kind;
    if (ind.compare_to) facts.compare_to = *ind.compare_to;
    effective[i] = ind.label;
    Vocabulary::Reading& label = LabelReading(sentence, ind.label);
    if (const int c = vocabulary_.Match(label, facts, frame, places_); c >= 0) return c;
    // After a comma (not one inside a name: the whole label came first).
    const Phrase whole = label.phrase();
    int depth = 0;
    for (std::size_t k = 0; k < whole.tokens.size(); ++k) {
      const Token& t = whole.tokens[k];
      if (t.text == "(") ++depth;
      if (t.text == ")" && depth > 0) --depth;
      if (depth > 0 || t.text != ",") continue;
      std::size_t from = k + 1;
      while (from < whole.tokens.size() && whole.tokens[from].text == ",") ++from;
      if (from == whole.tokens.size()) continue;
      const Phrase rest{whole.text, whole.folded, whole.tokens.subspan(from),
                        whole.ids.subspan(from)};
      vocabulary_.Read(rest, &w_.other);
      if (const int c = vocabulary_.Match(w_.other, facts, frame, places_); c >= 0) {
        effective[i] = TextOf(rest);
        return c;
      }
    }
    if (vocabulary_.ContentFree(label, places_)) {
      for (std::size_t j = i; j > first; --j) {
        const std::string_view prev = effective[j - 1];
        if (prev.empty() || vocabulary_.ContentFree(prev, places_)) continue;
        effective[i] = prev;
        facts.label = prev;
        return vocabulary_.Match(facts, frame, places_);
      }
    }
    if (site.section == Section::kTable) return -1;
    const Phrase after = AfterNumber(sentence, site.offset, ind.surface, ind.unit);
    if (after.tokens.empty()) return -1;
    vocabulary_.Read(after, &w_.other);
    if (const int c = vocabulary_.Match(w_.other, facts, frame, places_); c >= 0) {
      effective[i] = TextOf(after);
      return c;
    }
    return -1;
  }

  static std::string_view TextOf(const Phrase& p) {
    if (p.tokens.empty()) return {};
    const std::size_t b = p.tokens.front().begin;
    return p.text.substr(b, p.tokens.back().end - b);
  }

  // The label read: inside its sentence when it is written there whole (the
  // sentence's own tokens, cut once), else on its own. The last one is kept:
  // a change or a ratio repeats its level's label.
  Vocabulary::Reading& LabelReading(const ReadText& sentence, std::string_view label) {
    if (&sentence == label_sentence_ && label == label_text_) return w_.label;
    label_sentence_ = &sentence;
    label_text_ = label;
    vocabulary_.Read(LabelPhrase(sentence, label), &w_.label);
    return w_.label;
  }

  Phrase LabelPhrase(const ReadText& sentence, std::string_view label) {
    const std::span<const Token> tokens = sentence.tokens;
    if (label.empty()) return Phrase{sentence.text, sentence.folded, {}, {}};
    auto starting = [&](std::size_t at) {
      return std::lower_bound(tokens.begin(), tokens.end(), at,
                              [](const Token& t, std::size_t a) { return t.begin < a; });
    };
    for (std::size_t at = sentence.text.find(label); at != std::string_view::npos;
         at = sentence.text.find(label, at + 1)) {
      const auto first = starting(at);
      if (first == tokens.end() || first->begin != at) continue;
      const auto last = starting(at + label.size());
      if (last == first || (last - 1)->end != at + label.size()) continue;
      const auto b = static_cast<std::size_t>(first - tokens.begin());
      const auto n = static_cast<std::size_t>(last - first);
      return Phrase{sentence.text, sentence.folded, tokens.subspan(b, n),
                    std::span<const std::uint32_t>(sentence.ids).subspan(b, n)};
    }
    ReadText& own = w_.own;
    own.text = label;
    FoldKey(label, &own.folded);
    own.tokens.clear();
    Tokenize(own.folded, &own.tokens);
    return Phrase{own.text, own.folded, own.tokens};
  }

  static std::string_view Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  }

  // The noun phrase a count or an amount is placed before: the count's unit
  // noun as written and the words after it up to the end of its phrase
  // ("8 xã đạt chuẩn nông thôn mới và ..." -> "xã đạt chuẩn nông thôn
  // mới"; "1,24 tỷ USD vốn FDI đăng ký mới" -> "vốn FDI đăng ký mới"). Empty
  // for percentages and physical quantities.
  static Phrase AfterNumber(const ReadText& sentence, std::size_t offset, std::string_view surface,
                            std::string_view unit) {
    const Phrase none{sentence.text, sentence.folded, {}, {}};
    const bool money = unit.size() == 3 && std::all_of(unit.begin(), unit.end(),
                                                       [](char c) { return c >= 'A' && c <= 'Z'; });
    static constexpr std::string_view kNotCounts[] = {"percent", "percentage_point",
                                                      "times",   "ha",
                                                      "km2",     "m2",
                                                      "tonne",   "kg",
                                                      "quintal", "m3",
                                                      "litre",   "kWh",
                                                      "MW",      "km",
                                                      "m",       "",
                                                      "ordinal"};
    if (!money &&
        (unit.find('/') != std::string_view::npos ||
         std::find(std::begin(kNotCounts), std::end(kNotCounts), unit) != std::end(kNotCounts))) {
      return none;
    }
    const std::string_view text = sentence.text;
    const std::size_t from = offset + surface.size();
    if (from > text.size() || text.compare(offset, surface.size(), surface) != 0) return none;
    static constexpr std::string_view kNumberWords[] = {
        "một",   "hai",  "ba",  "bốn",  "năm", "sáu",  "bảy",  "tám",   "chín",
        "mười",  "mươi", "mốt", "lăm",  "tư",  "rưỡi", "trăm", "nghìn", "ngàn",
        "triệu", "tỷ",   "tỉ",  "linh", "lẻ",  "vạn",  "không"};
    static constexpr std::string_view kStops[] = {"và",    "với",  "trong", "tăng", "giảm",
                                                  "chiếm", "bằng", "so",    "gồm",  "là",
                                                  "còn",   "cho",  "nhưng", "thì"};
    // The sentence's words of the surface, then those after it.
    const std::vector<Token>& tokens = sentence.tokens;
    std::size_t k = 0;
    while (k < tokens.size() && tokens[k].begin < offset) ++k;
    std::size_t after = k;
    while (after < tokens.size() && tokens[after].begin < from) ++after;
    std::size_t noun = std::string_view::npos;  // where the unit noun begins
    if (!money) {
      // The unit noun: the surface's last words that are not a number.
      std::size_t j = after;
      while (j > k && tokens[j - 1].word && !tokens[j - 1].digits &&
             std::find(std::begin(kNumberWords), std::end(kNumberWords), tokens[j - 1].text) ==
                 std::end(kNumberWords)) {
        --j;
      }
      if (j == after) return none;
      noun = j;
    }
    // The words after the figure, to the end of its phrase.
    std::size_t end = after;  // past the last token taken
    for (std::size_t n = 0; after + n < tokens.size(); ++n) {
      const Token& tok = tokens[after + n];
      // (Numbers stay: "OCOP 4 sao" is not every OCOP product.)
      if (!tok.word || n >= 10) break;
      if (std::find(std::begin(kStops), std::end(kStops), tok.text) != std::end(kStops)) break;
      end = after + n + 1;
    }
    if (end == after) return none;  // a unit noun alone names nothing measured
    const std::size_t begin = noun != std::string_view::npos ? noun : after;
    return Phrase{text, sentence.folded, std::span<const Token>(tokens).subspan(begin, end - begin),
                  std::span<const std::uint32_t>(sentence.ids).subspan(begin, end - begin)};
  }

  const ReadText& Heading(std::size_t k) const {
    if (headings_[k] == nullptr) {
      headings_[k] = &w_.Take();
      Read(places_, page_.paragraphs[heading_paragraph_[k]], page_.published, headings_[k]);
    }
    return *headings_[k];
  }

  const Home& home() const {
    if (!home_found_) {
      FindHome();
      home_found_ = true;
    }
    return home_;
  }

  // The page's own places: its identity first (the portal's name), then
  // what the article names most.
  void FindHome() const {
    std::optional<Area> identity_area;
    int identity_province = -1;
    for (const ReadText* t : identity_) {
      for (const Mention& m : t->mentions) {
        if (m.target != Target::kNamed || m.level == Level::kNational) continue;
        if (!identity_area && !m.weak) identity_area = Area{m.name, m.level};
        if (identity_province < 0 && m.province >= 0) identity_province = m.province;
        if (m.level == Level::kDistrict && !home_.district) home_.district = Area{m.name, m.level};
        if (m.level == Level::kIndustrialZone && !home_.zone) home_.zone = Area{m.name, m.level};
        if (m.level == Level::kEconomicZone && !home_.economic_zone) {
          home_.economic_zone = Area{m.name, m.level};
        }
        if (m.level == Level::kIndustrialCluster && !home_.cluster) {
          home_.cluster = Area{m.name, m.level};
        }
        if (!home_.city && IsCity(m)) home_.city = Area{m.name, m.level};
      }
    }
    if (!identity_area && identity_province >= 0) {
      identity_area = Area{places_.province(identity_province).area, Level::kProvince};
    }
    // What the article names: the most named province and district, the
    // one zone it names (a zone is "the" KCN only when there is one).
    std::map<int, std::pair<int, std::size_t>> provinces;  // index -> (count, first seen)
    std::map<std::string_view, std::pair<int, std::size_t>> districts;
    std::vector<std::string_view> zones, economic_zones, clusters, cities;
    std::size_t seen = 0;
    auto count = [&](const ReadText& t) {
      for (const Mention& m : t.mentions) {
        if (m.target != Target::kNamed || m.weak) continue;
        ++seen;
        if (m.level == Level::kProvince && m.province >= 0) {
          auto& [n, first] = provinces.try_emplace(m.province, 0, seen).first->second;
          ++n;
        } else if (m.level == Level::kDistrict) {
          auto& [n, first] = districts.try_emplace(m.name, 0, seen).first->second;
          ++n;
        }
        auto add = [&](std::vector<std::string_view>& v) {
          if (std::find(v.begin(), v.end(), m.name) == v.end()) v.push_back(m.name);
        };
        if (m.level == Level::kIndustrialZone) add(zones);
        if (m.level == Level::kEconomicZone) add(economic_zones);
        if (m.level == Level::kIndustrialCluster) add(clusters);
        if (IsCity(m)) add(cities);
      }
    };
    count(*title_);
    count(*lead_);
    for (std::size_t k = 0; k < headings_.size(); ++k) count(Heading(k));
    for (const ReadText* t : sentences_) count(*t);
    int doc_province = -1;
    std::pair<int, std::size_t> best{0, 0};
    for (const auto& [index, stat] : provinces) {
      if (stat.first > best.first || (stat.first == best.first && stat.second < best.second)) {
        best = stat;
        doc_province = index;
      }
    }
    home_.province = identity_province >= 0 ? identity_province : doc_province;
    home_.province = places_.InForce(home_.province, page_.published);
    if (!home_.district) {
      std::pair<int, std::size_t> b{0, 0};
      for (const auto& [name, stat] : districts) {
        if (stat.first > b.first || (stat.first == b.first && stat.second < b.second)) {
          b = stat;
          home_.district = Area{name, Level::kDistrict};
        }
      }
    }
    if (zones.size() == 1) home_.zone = Area{zones.front(), Level::kIndustrialZone};
    if (economic_zones.size() == 1) {
      home_.economic_zone = Area{economic_zones.front(), Level::kEconomicZone};
    }
    if (clusters.size() == 1) home_.cluster = Area{clusters.front(), Level::kIndustrialCluster};
    if (!home_.city && cities.size() == 1) {
      home_.city = Area{cities.front(), CityLevel(cities.front())};
    }
    if (!home_.city && home_.province >= 0 &&
        places_.province(home_.province).entry.kind == ProvinceKind::kCity) {
      home_.city = Area{places_.province(home_.province).area, Level::kProvince};
    }
    home_.own = identity_area;
    if (!home_.own && home_.province >= 0) {
      home_.own = Area{places_.province(home_.province).area, Level::kProvince};
    }
  }

  static bool IsCity(const Mention& m) {
    if (m.target != Target::kNamed) return false;
    if (m.level == Level::kProvince) return m.name.starts_with("Thành phố ");
    return m.level == Level::kDistrict && m.name.starts_with("thành phố ");
  }
  static Level CityLevel(std::string_view name) {
    return name.starts_with("Thành phố ") ? Level::kProvince : Level::kDistrict;
  }

  std::optional<Area> Resolve(const Mention& m) const {
    switch (m.target) {
      case Target::kNamed:
        return Area{m.name, m.level};
      case Target::kNational:
        return Area{"cả nước", Level::kNational};
      case Target::kProvince:
        if (home().province < 0) return std::nullopt;
        return Area{places_.province(home().province).area, Level::kProvince};
      case Target::kDistrict:
        return home().district;
      case Target::kCityLevel:
        return home().city;
      case Target::kHome:
        return home().own;
      case Target::kIndustrialZone:
      case Target::kEconomicZone:
      case Target::kIndustrialCluster: {
        const std::optional<Area>& z = m.target == Target::kIndustrialZone ? home().zone
                                       : m.target == Target::kEconomicZone ? home().economic_zone
                                                                           : home().cluster;
        if (z) return z;
        // The board of a province's zones speaks for the province when
        // the page names no single zone.
        if (m.weak && home().province >= 0) {
          return Area{places_.province(home().province).area, Level::kProvince};
        }
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // The place mentioned in t.text[begin, end): nearest before `figure`
  // (then the first after it), strong mentions before weak ones; with
  // figure == npos the first.
  std::optional<Area> Pick(const ReadText& t, std::size_t begin, std::size_t end,
                           std::size_t figure) const {
    for (const bool weak : {false, true}) {
      std::optional<Area> before, after;
      for (const Mention& m : t.mentions) {
        if (m.weak != weak || m.begin < begin || m.end > end) continue;
        std::optional<Area> a = Resolve(m);
        if (!a) continue;
        if (figure != std::string_view::npos && m.end <= figure) {
          before = std::move(a);  // the last one before wins
        } else if (!after) {
          after = std::move(a);
          if (figure == std::string_view::npos) break;
        }
      }
      if (before) return before;
      if (after) return after;
    }
    return std::nullopt;
  }

  std::optional<Area> AreaOf(const FigureSite& site, const ReadText& sentence, bool table) const {
    const std::size_t npos = std::string_view::npos;
    if (!table) {
      // The clause: between the separators (, ; :) around the figure.
      std::size_t begin = 0, end = sentence.text.size();
      int depth = 0;
      for (const Token& t : sentence.tokens) {
        if (t.text == "(") ++depth;
        if (t.text == ")" && depth > 0) --depth;
        if (depth > 0 || (t.text != "," && t.text != ";" && t.text != ":")) continue;
        if (t.end <= site.offset) begin = t.end;
        if (t.begin >= site.offset) {
          end = t.begin;
          break;
        }
      }
      if (std::optional<Area> a = Pick(sentence, begin, end, site.offset)) return a;
      if (std::optional<Area> a = Pick(sentence, 0, sentence.text.size(), site.offset)) return a;
      if (site.section == Section::kBody && site.block < heading_of_.size() &&
          heading_of_[site.block] >= 0) {
        const std::size_t k = static_cast<std::size_t>(heading_of_[site.block]);
        if (!heading_area_[k]) {
          const ReadText& h = Heading(k);
          heading_area_[k].emplace(Pick(h, 0, h.text.size(), npos));
        }
        if (*heading_area_[k]) return *heading_area_[k];
      }
    } else {
      if (std::optional<Area> a = Pick(sentence, 0, sentence.text.size(), npos)) return a;
      if (site.block < table_captions_.size()) {
        const ReadText& c = *table_captions_[site.block];
        if (std::optional<Area> a = Pick(c, 0, c.text.size(), npos)) return a;
      }
    }
    return PageArea();
  }

  // The lead's, else the title's, else the portal's place: the same for
  // every figure, found once.
  std::optional<Area> PageArea() const {
    if (!page_area_) {
      const std::size_t npos = std::string_view::npos;
      std::optional<Area> a = Pick(*lead_, 0, lead_->text.size(), npos);
      if (!a) a = Pick(*title_, 0, title_->text.size(), npos);
      for (const ReadText* id : identity_) {
        if (a) break;
        a = Pick(*id, 0, id->text.size(), npos);
      }
      page_area_.emplace(a);
    }
    return *page_area_;
  }

  // ---- restatements ------------------------------------------------------

  static int Depth(Section s) {
    switch (s) {
      case Section::kTitle:
        return 0;
      case Section::kLead:
        return 1;
      case Section::kCaption:
        return 2;
      case Section::kBody:
      case Section::kTable:
        return 3;
    }
    return 3;
  }

  static bool Same(const std::optional<double>& a, const std::optional<double>& b) {
    if (!a || !b) return a.has_value() == b.has_value();
    return std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*b));
  }

  static bool KindsAgree(const Indicator& a, const Indicator& b) {
    auto level = [](Kind k) { return k == Kind::kActual || k == Kind::kEstimate; };
    if (a.kind != b.kind && !(level(a.kind) && level(b.kind))) return false;
    if (a.kind == Kind::kChange || a.kind == Kind::kRatio) return a.compare_to == b.compare_to;
    return true;
  }

  // The words that say what a label measures: not modifiers, numbers or
  // places ("tổng sản phẩm" and "giá trị tổng sản phẩm" agree).
  std::vector<std::string> ContentWords(std::string_view label) const {
    ReadText t;
    Read(places_, label, page_.published, &t);
    std::vector<char> drop(t.tokens.size(), 0);
    for (std::size_t k = 0; k < t.tokens.size(); ++k) {
      const Token& tok = t.tokens[k];
      if (!tok.word || tok.digits) drop[k] = 1;
      for (const Mention& m : t.mentions) {
        if (tok.begin >= m.begin && tok.end <= m.end) drop[k] = 1;
      }
    }
    std::vector<std::uint32_t> ids;
    vocabulary_.WordIds(t.tokens, &ids);
    vocabulary_.MarkModifiers(t.tokens, ids, &drop);
    std::vector<std::string> words;
    for (std::size_t k = 0; k < t.tokens.size(); ++k) {
      if (!drop[k]) words.emplace_back(t.tokens[k].text);
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
  }

  bool LabelsAgree(const Indicator& a, int ca, const Indicator& b, int cb) const {
    if (ca >= 0 && cb >= 0) return ca == cb;
    const std::vector<std::string> wa = ContentWords(a.label);
    const std::vector<std::string> wb = ContentWords(b.label);
    if (wa.empty() || wb.empty()) return true;
    const auto& small = wa.size() <= wb.size() ? wa : wb;
    const auto& large = wa.size() <= wb.size() ? wb : wa;
    return std::includes(large.begin(), large.end(), small.begin(), small.end());
  }

  void Restatements(const std::vector<int>& concepts, std::vector<Indicator>& indicators) const {
    const std::size_t n = indicators.size();
    std::vector<std::optional<std::size_t>> target(n);
    for (std::size_t i = 0; i < n; ++i) {
      const Indicator& a = indicators[i];
      const int da = Depth(a.section);
      if (da >= 3) continue;
      std::optional<std::size_t> best;
      int best_depth = -1;
      for (std::size_t j = 0; j < n; ++j) {
        const Indicator& b = indicators[j];
        const int db = Depth(b.section);
        if (db <= da || db < best_depth) continue;
        if (db == best_depth) continue;  // the first one of the deepest section
        if (a.unit != b.unit || !Same(a.value, b.value) || !Same(a.value_min, b.value_min) ||
            !Same(a.value_max, b.value_max) || a.period != b.period || !KindsAgree(a, b) ||
            !LabelsAgree(a, concepts[i], b, concepts[j])) {
          continue;
        }
        best = j;
        best_depth = db;
      }
      target[i] = best;
    }
    // Point at the figure the chain ends at (title -> lead -> body).
    for (std::size_t i = 0; i < n; ++i) {
      std::optional<std::size_t> t = target[i];
      for (int hops = 0; t && target[*t] && hops < 4; ++hops) t = target[*t];
      indicators[i].restates = t;
    }
  }

  const Vocabulary& vocabulary_;
  const Places& places_;
  const PageText& page_;
  Workspace& w_;
  // The texts read (in w_.texts).
  ReadText* title_ = nullptr;
  ReadText* lead_ = nullptr;
  std::vector<ReadText*> identity_, table_captions_;
  // The headings (paragraph indexes) and each paragraph's, read when asked.
  std::vector<std::size_t> heading_paragraph_;
  mutable std::vector<ReadText*> headings_;
  std::vector<int> heading_of_;
  // Found once, when first asked (an optional of the optional answer).
  mutable std::optional<std::optional<Area>> page_area_;
  mutable std::vector<std::optional<std::optional<Area>>> heading_area_;
  std::vector<ReadText*> sentences_;
  // The page's own places, found when first asked (FindHome).
  mutable bool home_found_ = false;
  mutable Home home_;
  // The last label read (into w_.label).
  const ReadText* label_sentence_ = nullptr;
  std::string_view label_text_;
};

}  // namespace

void Annotate(const Vocabulary& vocabulary, const Places& places, const PageText& page,
              const std::vector<FigureSite>& sites, std::vector<Indicator>& indicators) {
  if (indicators.empty()) return;
  Annotator(vocabulary, places, page).Run(sites, indicators);
}

}  // namespace vnextract::context
