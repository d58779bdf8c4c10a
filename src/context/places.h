// The gazetteer (context/places.inc) and the place finder: every mention of
// a place in a text, named ("huyện Chợ Mới", "KCN Thanh Bình", "TP.HCM",
// "Bắc Kạn", "cả nước") or named by its level alone ("toàn tỉnh", "trên địa
// bàn", "KCN"), to be resolved against the page's own places
// (context/annotate.cc). Built once by internal::Grammar; read-only after.
#ifndef VNEXTRACT_SRC_CONTEXT_PLACES_H_
#define VNEXTRACT_SRC_CONTEXT_PLACES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "context/tokens.h"
#include "vnextract/document.h"

namespace vnextract::context {

enum class Level {
  kNational,
  kRegion,
  kProvince,
  kDistrict,
  kCommune,
  kIndustrialZone,
  kEconomicZone,
  kIndustrialCluster,
  kOther,
  kCityLevel,  // (tables only) a city: a province or a district, by its name
};
std::string_view LevelName(Level level);  // "national", "province", ...

// What a place word names when it names no place itself.
enum class Target {
  kNamed,  // it names one: Mention::name
  kNational,
  kProvince,
  kDistrict,
  kCityLevel,
  kHome,  // "trên địa bàn": the page's own place
  kIndustrialZone,
  kEconomicZone,
  kIndustrialCluster,
};
enum class Strength { kStrong, kWeak, kWeakOffice };
enum class ProvinceKind { kTinh, kCity };
enum class BlockWhere { kBefore, kAfter };

struct ProvinceEntry {
  std::string_view name;
  ProvinceKind kind;
  std::string_view from;  // "YYYY-MM-DD" or ""
  std::string_view to;
  std::string_view successor;
  std::string_view variants;
};
struct RegionEntry {
  std::string_view name;
  std::string_view variants;
};
struct PrefixEntry {
  std::string_view phrase;
  Level level;
  std::string_view display;
  bool numbered;
};
struct AnaphorEntry {
  std::string_view phrase;
  Target target;
  Strength strength;
};
struct BlockEntry {
  std::string_view phrase;
  BlockWhere where;
};

struct Mention {
  std::size_t begin = 0;  // byte offsets in the text
  std::size_t end = 0;
  Target target = Target::kNamed;
  bool weak = false;
  std::string name;  // kNamed: the area as written, normalised
  Level level = Level::kOther;
  int province = -1;  // kNamed provinces and cities: the gazetteer entry
};

class Places {
 public:
  Places();
  Places(const Places&) = delete;
  Places& operator=(const Places&) = delete;

  struct Province {
    ProvinceEntry entry;
    std::string area;  // "tỉnh Bắc Kạn", "Thành phố Hồ Chí Minh"
    std::optional<Date> from, to;
    int successor = -1;
  };

  // Appends every mention in `text` (its FoldKey `folded` and their
  // tokens). `published` dates the text: "Huế" names the city from 2025.
  void Find(std::string_view text, std::string_view folded, std::span<const Token> tokens,
            std::optional<Date> published, std::vector<Mention>* out) const;

  // The province `index` as in force on `day`: itself, or the unit that
  // took it over.
  int InForce(int index, std::optional<Date> day) const;
  const Province& province(int index) const { return provinces_[static_cast<std::size_t>(index)]; }

  std::size_t provinces() const { return provinces_.size(); }
  std::size_t regions() const { return regions_; }
  std::size_t patterns() const { return patterns_; }
  std::size_t indexed_words() const { return first_words_.size(); }

 private:
  enum class Kind { kNotAPlace, kPrefix, kRegion, kProvince, kNational, kAnaphor };
  struct Pattern {
    std::vector<std::string> tokens;
    std::vector<bool> capital;  // this token must be capitalised in the text
    std::string exact;          // non-empty: the text must read exactly so
    Kind kind = Kind::kPrefix;
    int payload = -1;  // index into prefixes_, provinces_, regions, anaphors_
  };
  struct Block {
    std::vector<std::string> tokens;
    BlockWhere where;
  };
  bool Blocked(std::span<const Token> tokens, std::size_t first, std::size_t last) const;
  bool MatchAt(const Pattern& p, std::string_view text, std::string_view folded,
               std::span<const Token> tokens, std::size_t i) const;
  // Reads a capitalised name at tokens[i...]; returns its token count.
  std::size_t ReadName(std::string_view text, std::string_view folded,
                       std::span<const Token> tokens, std::size_t i, bool numbered,
                       bool zone) const;
  // `id`: the bucket of tokens[i] (first_words_).
  bool NamedAt(std::string_view text, std::string_view folded, std::span<const Token> tokens,
               std::size_t i, std::uint32_t id, std::optional<Date> published, Mention* m,
               std::size_t* used) const;

  std::vector<Province> provinces_;
  std::vector<std::string> region_names_;
  std::vector<PrefixEntry> prefixes_;
  std::vector<AnaphorEntry> anaphors_;
  std::vector<Block> blocks_;
  TokenMap province_names_;  // TokenKey of a name after a level word
  std::vector<int> province_of_name_;
  TokenMap first_words_;
  std::vector<std::vector<Pattern>> buckets_;  // longest first, then by Kind
  std::vector<char> lower_first_;              // per bucket: a pattern may begin in lower case
  std::size_t regions_ = 0;
  std::size_t patterns_ = 0;
};

std::vector<ProvinceEntry> ProvinceEntries();
std::vector<RegionEntry> RegionEntries();
std::vector<std::string_view> NationalEntries();
std::vector<PrefixEntry> PrefixEntries();
std::vector<AnaphorEntry> AnaphorEntries();
std::vector<BlockEntry> BlockEntries();
std::vector<std::string_view> NotAPlaceEntries();

}  // namespace vnextract::context

#endif  // VNEXTRACT_SRC_CONTEXT_PLACES_H_
