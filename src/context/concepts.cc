#include "context/concepts.h"

#include <algorithm>

#include "context/places.h"

namespace vnextract::context {
namespace {

// Unit families (concepts.inc, column `units`).
enum Family : std::uint32_t {
  kMoney = 1u << 0,           // VND, USD, ...
  kMoneyPerPerson = 1u << 1,  // VND/person/month, USD/person, VND/household
  kPrice = 1u << 2,           // VND/kg, USD/tonne, VND/litre
  kPercentFamily = 1u << 3,
  kPointFamily = 1u << 4,  // percentage_point
  kArea = 1u << 5,         // ha, km2, m2
  kMass = 1u << 6,         // tonne, kg, quintal
  kVolume = 1u << 7,       // m3, litre
  kEnergy = 1u << 8,       // kWh
  kPower = 1u << 9,        // MW
  kLength = 1u << 10,      // km
  kYield = 1u << 11,       // quintal/ha, tonne/ha
  kFlow = 1u << 12,        // m3/day, m3/year, tonne/year
  kPeople = 1u << 13,      // person, worker
};

struct FamilyName {
  std::string_view name;
  std::uint32_t bit;
};
constexpr FamilyName kFamilies[] = {
    {"money", kMoney},
    {"money_per_person", kMoneyPerPerson},
    {"price", kPrice},
    {"percent", kPercentFamily},
    {"percentage_point", kPointFamily},
    {"area", kArea},
    {"mass", kMass},
    {"volume", kVolume},
    {"energy", kEnergy},
    {"power", kPower},
    {"length", kLength},
    {"yield", kYield},
    {"flow", kFlow},
    {"people", kPeople},
};

bool Currency(std::string_view u) {
  return u.size() == 3 &&
         std::all_of(u.begin(), u.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool OneOf(std::string_view u, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), u) != list.end();
}

std::uint32_t FamilyOf(std::string_view unit) {
  const std::size_t slash = unit.find('/');
  if (slash != std::string_view::npos) {
    const std::string_view head = unit.substr(0, slash);
    const std::string_view rest = unit.substr(slash + 1);
    if (Currency(head)) {
      return rest.starts_with("person") || rest.starts_with("household") ? kMoneyPerPerson : kPrice;
    }
    if (unit == "quintal/ha" || unit == "tonne/ha") return kYield;
    if (OneOf(head, {"m3", "tonne", "litre", "kg"}) && OneOf(rest, {"day", "year", "month"})) {
      return kFlow;
    }
    return 0;
  }
  if (Currency(unit)) return kMoney;
  if (unit == "percent") return kPercentFamily;
  if (unit == "percentage_point") return kPointFamily;
  if (OneOf(unit, {"ha", "km2", "m2"})) return kArea;
  if (OneOf(unit, {"tonne", "kg", "quintal"})) return kMass;
  if (OneOf(unit, {"m3", "litre"})) return kVolume;
  if (OneOf(unit, {"kWh", "MWh", "GWh"})) return kEnergy;
  if (OneOf(unit, {"MW", "kW", "GW"})) return kPower;
  if (OneOf(unit, {"km", "m"})) return kLength;
  if (OneOf(unit, {"person", "worker"})) return kPeople;
  return 0;
}

bool LevelKind(Kind k) { return k == Kind::kActual || k == Kind::kEstimate || k == Kind::kTarget; }

// A comparison a growth rate is measured against (not a plan, a budget
// estimate or a total).
bool GrowthBasis(const std::optional<std::string_view>& c) {
  if (!c) return true;
  // (Not "so với năm 2019": a change against a chosen year is not the
  // concept's growth, and would meet the yearly one in a panel cell.)
  return OneOf(*c, {"same_period_last_year", "previous_year", "previous_month",
                    "december_previous_year", "previous_period"});
}

bool Equal(std::span<const std::uint32_t> ids, std::size_t at,
           const std::vector<std::uint32_t>& words) {
  if (at + words.size() > ids.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (ids[at + k] != words[k]) return false;
  }
  return true;
}

// A phrase read from a string (the string API: tests, corpora).
struct Scratch {
  std::string label;
  std::string folded;
  std::vector<Token> tokens;
  Vocabulary::Reading reading;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Reads `label` into the thread's scratch, unless it was the last one read.
Vocabulary::Reading& ReadString(const Vocabulary& vocabulary, std::string_view label) {
  Scratch& s = ThreadScratch();
  if (label != s.label || s.label.empty()) {
    s.label.assign(label);
    FoldKey(s.label, &s.folded);
    s.tokens.clear();
    Tokenize(s.folded, &s.tokens);
    vocabulary.Read(Phrase{s.label, s.folded, s.tokens}, &s.reading);
  }
  return s.reading;
}

}  // namespace

std::vector<ConceptEntry> ConceptEntries() {
  using enum Group;
  using enum Measure;
  using enum Relation;
  return {
#define VNX_CONCEPT(id, group, measure, relation, base, units, display, names, subnames, frames) \
  {#id, group, measure, relation, base, units, display, names, subnames, frames},
#include "context/concepts.inc"
#undef VNX_CONCEPT
  };
}

std::vector<std::string_view> ModifierEntries() {
  return {
#define VNX_MODIFIER(phrase) phrase,
#include "context/modifiers.inc"
#undef VNX_MODIFIER
  };
}

std::string_view GroupName(Group group) {
  switch (group) {
    case Group::kNationalAccounts:
      return "national_accounts";
    case Group::kPrices:
      return "prices";
    case Group::kIndustry:
      return "industry";
    case Group::kTrade:
      return "trade";
    case Group::kInvestment:
      return "investment";
    case Group::kPublicFinance:
      return "public_finance";
    case Group::kAgriculture:
      return "agriculture";
    case Group::kTourism:
      return "tourism";
    case Group::kLabour:
      return "labour";
    case Group::kSocial:
      return "social";
    case Group::kEnergy:
      return "energy";
    case Group::kTransport:
      return "transport";
    case Group::kCredit:
      return "credit";
  }
  return "";
}

std::string_view MeasureName(Measure m) {
  switch (m) {
    case Measure::kLevel:
      return "level";
    case Measure::kRate:
      return "rate";
    case Measure::kGrowth:
      return "growth";
    case Measure::kShare:
      return "share";
  }
  return "";
}

std::vector<std::uint32_t> Vocabulary::Intern(std::string_view phrase) {
  std::vector<std::uint32_t> ids;
  for (const std::string& w : KeyWords(TokenKey(phrase))) ids.push_back(words_.Intern(w));
  return ids;
}

void Vocabulary::Add(int index, std::string_view list, bool subname) {
  for (std::string_view name : SplitAlternatives(list)) {
    const std::vector<std::uint32_t> words = Intern(name);
    if (words.empty()) continue;
    names_trie_.Add(words, static_cast<std::uint32_t>(patterns_.size()));
    patterns_.push_back({index, subname});
    ++(subname ? subnames_ : names_);
  }
}

Vocabulary::Vocabulary() {
  for (const ConceptEntry& e : ConceptEntries()) {
    Concept c;
    c.entry = e;
    for (std::string_view u : SplitAlternatives(e.units)) {
      bool family = false;
      for (const FamilyName& f : kFamilies) {
        if (f.name == u) {
          c.families |= f.bit;
          family = true;
        }
      }
      if (!family) c.units.push_back(u);
    }
    concepts_.push_back(std::move(c));
  }
  for (std::size_t k = 0; k < concepts_.size(); ++k) {
    Concept& c = concepts_[k];
    if (!c.entry.base.empty()) {
      c.base = Find(c.entry.base);
      if (c.base >= 0)
        concepts_[static_cast<std::size_t>(c.base)].dependents.push_back(static_cast<int>(k));
    }
    for (std::string_view f : SplitAlternatives(c.entry.frames)) {
      Frame frame;
      if (f.front() == '@') {
        frame.target = Find(f.substr(1));
      } else {
        frame.phrase = TokenKey(f);
        frame.words = Intern(f);
      }
      c.frames.push_back(std::move(frame));
    }
    Add(static_cast<int>(k), c.entry.names, false);
    Add(static_cast<int>(k), c.entry.subnames, true);
  }
  for (std::string_view m : ModifierEntries()) {
    const std::vector<std::uint32_t> words = Intern(m);
    if (words.empty()) continue;
    modifiers_trie_.Add(words, 0);
    ++modifier_count_;
  }
}

int Vocabulary::Find(std::string_view id) const {
  for (std::size_t k = 0; k < concepts_.size(); ++k) {
    if (concepts_[k].entry.id == id) return static_cast<int>(k);
  }
  return -1;
}

bool Vocabulary::Fits(int index, bool by_base_name, std::string_view unit, Kind kind,
                      const std::optional<std::string_view>& compare_to) const {
  const Concept& c = at(index);
  const bool unit_fits = (FamilyOf(unit) & c.families) != 0 ||
                         std::find(c.units.begin(), c.units.end(), unit) != c.units.end();
  if (!unit_fits) return false;
  if (by_base_name) {
    switch (c.entry.relation) {
      case Relation::kGrowthOf:
        return GrowthBasis(compare_to) &&
               (kind == Kind::kChange || (LevelKind(kind) && compare_to.has_value()));
      case Relation::kPlanRatioOf:
        return kind == Kind::kRatio && compare_to &&
               (*compare_to == "plan" || *compare_to == "budget_estimate");
      case Relation::kChangeOf:
        return kind == Kind::kChange || (kind == Kind::kTarget && compare_to.has_value());
      case Relation::kOwn:
        return false;
    }
    return false;
  }
  switch (c.entry.measure) {
    case Measure::kLevel:
      return LevelKind(kind);
    case Measure::kRate:
      return LevelKind(kind) ||
             (c.entry.relation == Relation::kPlanRatioOf && kind == Kind::kRatio && compare_to &&
              (*compare_to == "plan" || *compare_to == "budget_estimate"));
    case Measure::kGrowth:
      return (kind == Kind::kChange || LevelKind(kind)) && GrowthBasis(compare_to);
    case Measure::kShare:
      return LevelKind(kind) || (kind == Kind::kRatio && compare_to && *compare_to == "total");
  }
  return false;
}

void Vocabulary::WordIds(std::span<const Token> tokens, std::vector<std::uint32_t>* ids) const {
  for (const Token& t : tokens) ids->push_back(words_.Find(t));
}

void Vocabulary::MarkModifiers(std::span<const Token> tokens, std::span<const std::uint32_t> ids,
                               std::vector<char>* marks) const {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens[k].word) continue;
    modifiers_trie_.MatchAt(ids, k, [&](std::size_t len, std::uint32_t) {
      for (std::size_t j = 0; j < len; ++j) (*marks)[k + j] = 1;
    });
  }
}

bool Vocabulary::FrameRank(const Concept& c, const FrameContext& frame, int* rank) const {
  int best = -1;
  for (const Frame& f : c.frames) {
    if (f.target >= 0) {
      // The nearest earlier figure of the sentence with that concept (or
      // a rate of it: "GRDP tăng 7%" frames the sectors' growth).
      const std::size_t n = frame.previous.size();
      for (std::size_t d = 0; d < n; ++d) {
        const int p = frame.previous[n - 1 - d];
        if (p < 0) continue;
        if (p == f.target || at(p).base == f.target) {
          const int r = 1 + static_cast<int>(d);
          if (best < 0 || r < best) best = r;
          break;
        }
      }
    } else if (best < 0) {
      // Anywhere in the sentence: "khu vực dịch vụ tăng 8,05%, đóng góp 3,12
      // điểm phần trăm vào tăng trưởng GRDP".
      const std::span<const std::uint32_t> ids = frame.sentence_ids;
      for (std::size_t k = 0; k < ids.size(); ++k) {
        if (Equal(ids, k, f.words)) {
          best = 200;
          break;
        }
      }
    }
  }
  if (best < 0) return false;
  *rank = best;
  return true;
}

namespace {

// Marks the words of the phrase that may stand beside a name: numbers,
// punctuation, asides in brackets and modifiers (places: MarkPlaces, a pass
// of the gazetteer, only when a capitalised word is left).
void MarkHarmless(const Vocabulary& vocabulary, const Phrase& phrase, std::vector<char>* harmless) {
  const std::size_t n = phrase.tokens.size();
  harmless->assign(n, 0);
  int depth = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = phrase.tokens[k];
    if (t.text == "(") ++depth;
    if (depth > 0 || t.digits || !t.word) (*harmless)[k] = 1;
    if (t.text == ")" && depth > 0) --depth;
  }
  vocabulary.MarkModifiers(phrase.tokens, phrase.ids, harmless);
}

// Whether a word that is not yet harmless could be part of a place: names
// are capitalised (level words and "cả nước" are modifiers already).
bool CapitalLeft(const Phrase& phrase, const std::vector<char>& harmless) {
  for (std::size_t k = 0; k < phrase.tokens.size(); ++k) {
    if (!harmless[k] && CapitalAt(phrase.text, phrase.folded, phrase.tokens[k].begin)) return true;
  }
  return false;
}

void MarkPlaces(const Places& places, const Phrase& phrase, std::vector<Mention>* found,
                std::vector<char>* harmless) {
  found->clear();
  places.Find(phrase.text, phrase.folded, phrase.tokens, std::nullopt, found);
  for (const Mention& m : *found) {
    for (std::size_t k = 0; k < phrase.tokens.size(); ++k) {
      if (phrase.tokens[k].begin >= m.begin && phrase.tokens[k].end <= m.end) (*harmless)[k] = 1;
    }
  }
}

bool AllSet(const std::vector<char>& marks) {
  return std::find(marks.begin(), marks.end(), 0) == marks.end();
}

}  // namespace

void Vocabulary::Read(const Phrase& phrase, Reading* r) const {
  r->phrase_ = phrase;
  if (phrase.ids.size() != phrase.tokens.size()) {
    r->ids_.clear();
    WordIds(phrase.tokens, &r->ids_);
    r->phrase_.ids = r->ids_;
  }
  r->harmless_ready_ = false;
  r->places_marked_ = false;
  // Every name spelled in the phrase, longest first.
  r->hits_.clear();
  const std::span<const Token> tokens = phrase.tokens;
  const std::span<const std::uint32_t> ids = r->phrase_.ids;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens[k].word) continue;
    names_trie_.MatchAt(ids, k, [&](std::size_t len, std::uint32_t p) {
      r->hits_.push_back({k, len, &patterns_[p]});
    });
  }
  // Longest first, in text order among equals. A phrase has a few hits:
  // insertion sort, which needs no buffer (std::stable_sort allocates one
  // each call); many only on pathological input.
  const auto longer = [](const Reading::Hit& a, const Reading::Hit& b) { return a.len > b.len; };
  constexpr std::size_t kFewHits = 32;
  if (r->hits_.size() > kFewHits) {
    std::stable_sort(r->hits_.begin(), r->hits_.end(), longer);
    return;
  }
  for (std::size_t i = 1; i < r->hits_.size(); ++i) {
    const Reading::Hit hit = r->hits_[i];
    std::size_t j = i;
    for (; j > 0 && longer(hit, r->hits_[j - 1]); --j) r->hits_[j] = r->hits_[j - 1];
    r->hits_[j] = hit;
  }
}

bool Vocabulary::ContentFree(Reading& r, const Places& places) const {
  if (!r.harmless_ready_) {
    MarkHarmless(*this, r.phrase_, &r.harmless_);
    r.harmless_ready_ = true;
  }
  if (AllSet(r.harmless_)) return true;
  if (r.places_marked_ || !CapitalLeft(r.phrase_, r.harmless_)) return false;
  MarkPlaces(places, r.phrase_, &r.places_, &r.harmless_);
  r.places_marked_ = true;
  return AllSet(r.harmless_);
}

bool Vocabulary::ContentFree(std::string_view label, const Places& places) const {
  return ContentFree(ReadString(*this, label), places);
}

int Vocabulary::Match(const FigureFacts& figure, const FrameContext& frame,
                      const Places& places) const {
  if (figure.label.empty()) return -1;
  return Match(ReadString(*this, figure.label), figure, frame, places);
}

int Vocabulary::Match(Reading& r, const FigureFacts& figure, const FrameContext& frame,
                      const Places& places) const {
  if (r.hits_.empty()) return -1;
  if (!r.harmless_ready_) {
    MarkHarmless(*this, r.phrase_, &r.harmless_);
    r.harmless_ready_ = true;
  }
  const std::size_t n = r.phrase_.tokens.size();
  int best = -1;
  int best_rank = 0;
  std::size_t group_len = 0;
  for (const Reading::Hit& hit : r.hits_) {
    if (best >= 0 && hit.len < group_len) break;  // a longer name decided
    group_len = hit.len;
    auto residue_ok = [&] {
      for (std::size_t k = 0; k < n; ++k) {
        if ((k < hit.at || k >= hit.at + hit.len) && !r.harmless_[k]) return false;
      }
      return true;
    };
    if (!residue_ok()) {
      if (r.places_marked_ || !CapitalLeft(r.phrase_, r.harmless_)) continue;
      MarkPlaces(places, r.phrase_, &r.places_, &r.harmless_);
      r.places_marked_ = true;
      if (!residue_ok()) continue;
    }
    const Pattern& p = *static_cast<const Pattern*>(hit.pattern);
    int rank = 100;
    if (p.subname && !FrameRank(at(p.index), frame, &rank)) continue;
    int found = -1;
    if (Fits(p.index, false, figure.unit, figure.kind, figure.compare_to)) {
      found = p.index;
    } else {
      for (int d : at(p.index).dependents) {
        if (Fits(d, true, figure.unit, figure.kind, figure.compare_to)) {
          found = d;
          break;
        }
      }
    }
    if (found >= 0 && (best < 0 || rank < best_rank)) {
      best = found;
      best_rank = rank;
    }
  }
  return best;
}

}  // namespace vnextract::context
