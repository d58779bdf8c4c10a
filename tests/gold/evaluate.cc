// The gold-set evaluator (issue 4): runs the extractor over
// tests/gold/indicators.jsonl and prints precision, recall and F1 on
// (value, unit), the accuracy of qualifier, kind, period and compare_to on
// matched pairs, and label agreement — overall and per pattern tag; and
// (issue 20) on matched pairs whose gold carries them, concept coverage
// (gold concepts found exactly, over gold concepts), concept precision (right
// concepts over concepts given), area accuracy (area and area_level both
// right, null included) and its share on the pairs whose gold area is a
// place ("named").
//
//   evaluate [--gold FILE] [--floor metric=value ...] [--verbose [--only-split dev]]
//
// With --floor, exits 1 when a metric falls below its floor (CI keeps the
// figures from going down). Metrics: f1, qualifier, kind, period, compare_to,
// label, trap_clean (share of trap-only items with no indicator),
// period_basis (over the figures whose gold names one), concept_coverage,
// concept_precision, area, area_named; a metric alone is the whole set's,
// "dev.f1" or "test.f1" one split's. --only-split limits what --verbose
// prints to one split (tune on dev without reading test).
//
// Items carry "split": "dev" (the rules may be tuned on them) or "test"
// (never tuned on: the honest figure). An item's split is fixed when it is
// written: g<N> with N % 3 == 2 is test.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "vnextract/vnextract.h"

namespace {

using nlohmann::json;

struct GoldIndicator {
  std::string label, unit, qualifier, kind, surface;
  std::optional<double> value, value_min, value_max;
  std::optional<std::string> period, compare_to;
  std::optional<std::string> basis;  // period_basis, scored when given
  bool has_concept = false, has_area = false;
  std::optional<std::string> concept_id, area, area_level;
};

struct Counts {
  int gold = 0, predicted = 0, matched = 0;
  int qualifier = 0, kind = 0, period = 0, compare_to = 0, label = 0;
  int trap_items = 0, trap_clean = 0;
  int basis_gold = 0, basis = 0;  // figures whose gold names a period_basis
  // Concepts and areas, on matched pairs whose gold has them.
  int concept_gold = 0, concept_given = 0, concept_right = 0;
  int area_items = 0, area_right = 0, area_named = 0, area_named_right = 0;
  void Add(const Counts& o) {
    basis_gold += o.basis_gold, basis += o.basis;
    gold += o.gold, predicted += o.predicted, matched += o.matched;
    qualifier += o.qualifier, kind += o.kind, period += o.period, compare_to += o.compare_to;
    label += o.label, trap_items += o.trap_items, trap_clean += o.trap_clean;
    concept_gold += o.concept_gold, concept_given += o.concept_given;
    concept_right += o.concept_right, area_items += o.area_items, area_right += o.area_right;
    area_named += o.area_named, area_named_right += o.area_named_right;
  }
  static double Ratio(int n, int d) { return d ? static_cast<double>(n) / d : 1.0; }
  double ConceptCoverage() const { return Ratio(concept_right, concept_gold); }
  double ConceptPrecision() const { return Ratio(concept_right, concept_given); }
  double Area() const { return Ratio(area_right, area_items); }
  double AreaNamed() const { return Ratio(area_named_right, area_named); }
  double Precision() const { return predicted ? static_cast<double>(matched) / predicted : 1.0; }
  double Recall() const { return gold ? static_cast<double>(matched) / gold : 1.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double Share(int n) const { return matched ? static_cast<double>(n) / matched : 1.0; }
};

std::optional<double> Num(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<double>();
}
std::optional<std::string> Str(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<std::string>();
}

bool Close(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*b));
}

bool SameValue(const GoldIndicator& g, const vnextract::Indicator& p) {
  return g.unit == p.unit && Close(g.value, p.value) && Close(g.value_min, p.value_min) &&
         Close(g.value_max, p.value_max);
}

// Labels agree when equal after lower-casing ASCII and collapsing spaces
// (Vietnamese letters are compared as written: labels keep their case).
std::string NormLabel(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gold_path = std::string(VNEXTRACT_SOURCE_DIR) + "/tests/gold/indicators.jsonl";
  std::map<std::string, double> floors;
  bool verbose = false;
  std::string only_split;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--gold" && i + 1 < argc) {
      gold_path = argv[++i];
    } else if (a == "--floor" && i + 1 < argc) {
      const std::string f = argv[++i];
      const auto eq = f.find('=');
      if (eq == std::string::npos) {
        std::cerr << "evaluate: --floor takes metric=value\n";
        return 2;
      }
      floors[f.substr(0, eq)] = std::stod(f.substr(eq + 1));
    } else if (a == "--verbose") {
      verbose = true;
    } else if (a == "--only-split" && i + 1 < argc) {
      only_split = argv[++i];
    } else {
      std::cerr << "usage: evaluate [--gold FILE] [--floor metric=value ...] [--verbose "
                   "[--only-split dev|test]]\n";
      return 2;
    }
  }
  std::ifstream in(gold_path);
  if (!in) {
    std::cerr << "evaluate: cannot open " << gold_path << "\n";
    return 2;
  }
  auto extractor = vnextract::Extractor::Create();
  if (!extractor.ok()) return 2;

  Counts total;
  std::map<std::string, Counts> by_split;
  std::map<std::string, Counts> by_tag;
  std::string line;
  int line_no = 0, items = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    const json item = json::parse(line);
    ++items;
    const auto published = vnextract::Date::Parse(item.at("published").get<std::string>());
    // An item with a "title" is a paragraph under that title (the page's
    // heading line): its figures may take the title's period.
    std::string text = item.at("text").get<std::string>();
    if (item.contains("title")) text = item.at("title").get<std::string>() + "\n" + text + "\n";
    auto doc = extractor->ExtractText(text, item.value("id", ""), published);
    if (!doc.ok()) {
      std::cerr << "evaluate: " << gold_path << ":" << line_no << ": " << doc.status().ToString()
                << "\n";
      return 2;
    }
    const bool show = verbose && (only_split.empty() || item.value("split", "dev") == only_split);
    std::vector<GoldIndicator> gold;
    for (const json& g : item.at("indicators")) {
      gold.push_back({g.value("label", ""), g.value("unit", ""), g.value("qualifier", "exact"),
                      g.value("kind", "actual"), g.value("surface", ""), Num(g, "value"),
                      Num(g, "value_min"), Num(g, "value_max"), Str(g, "period"),
                      Str(g, "compare_to"), Str(g, "period_basis"), g.contains("concept"),
                      g.contains("area"), Str(g, "concept"), Str(g, "area"), Str(g, "area_level")});
    }
    Counts c;
    c.gold = static_cast<int>(gold.size());
    c.predicted = static_cast<int>(doc->indicators.size());
    if (gold.empty()) {
      c.trap_items = 1;
      c.trap_clean = doc->indicators.empty() ? 1 : 0;
    }
    // Match in order: each gold figure takes the first unused prediction with
    // the same value and unit (surface equality preferred).
    std::vector<bool> used(doc->indicators.size(), false);
    for (const GoldIndicator& g : gold) {
      std::optional<std::size_t> hit;
      for (std::size_t k = 0; k < doc->indicators.size() && !hit; ++k) {
        if (!used[k] && SameValue(g, doc->indicators[k]) &&
            doc->indicators[k].surface == g.surface) {
          hit = k;
        }
      }
      for (std::size_t k = 0; k < doc->indicators.size() && !hit; ++k) {
        if (!used[k] && SameValue(g, doc->indicators[k])) hit = k;
      }
      if (!hit) {
        if (show) {
          std::cout << "MISS " << item.value("id", "") << " " << g.surface << " (" << g.label
                    << ")\n";
        }
        continue;
      }
      used[*hit] = true;
      const vnextract::Indicator& p = doc->indicators[*hit];
      ++c.matched;
      const bool q = vnextract::QualifierName(p.qualifier) == g.qualifier;
      const bool k = vnextract::KindName(p.kind) == g.kind;
      const bool per = p.period == g.period;
      const bool cmp = p.compare_to == g.compare_to;
      const bool lab = NormLabel(p.label) == NormLabel(g.label);
      c.qualifier += q, c.kind += k, c.period += per, c.compare_to += cmp, c.label += lab;
      const bool basis = !g.basis || p.period_basis == g.basis;
      c.basis_gold += g.basis.has_value();
      c.basis += g.basis && basis;
      if (g.has_concept) {
        c.concept_gold += g.concept_id.has_value();
        c.concept_given += p.concept_id.has_value();
        c.concept_right += g.concept_id.has_value() && p.concept_id == g.concept_id;
        if (show && p.concept_id != g.concept_id) {
          std::cout << "CONCEPT " << item.value("id", "") << " " << g.surface << " [" << p.label
                    << "] " << p.concept_id.value_or("null") << "≠" << g.concept_id.value_or("null")
                    << "\n";
        }
      }
      if (g.has_area) {
        const bool right = p.area == g.area && p.area_level == g.area_level;
        ++c.area_items;
        c.area_right += right;
        c.area_named += g.area.has_value();
        c.area_named_right += g.area.has_value() && right;
        if (show && !right) {
          std::cout << "AREA " << item.value("id", "") << " " << g.surface << ": "
                    << p.area.value_or("null") << " (" << p.area_level.value_or("null") << ")≠"
                    << g.area.value_or("null") << " (" << g.area_level.value_or("null") << ")\n";
        }
      }
      if (show && !(q && k && per && cmp && lab && basis)) {
        std::cout << "DIFF " << item.value("id", "") << " " << g.surface << ":";
        if (!q)
          std::cout << " qualifier " << vnextract::QualifierName(p.qualifier) << "≠" << g.qualifier;
        if (!k) std::cout << " kind " << vnextract::KindName(p.kind) << "≠" << g.kind;
        if (!per)
          std::cout << " period " << p.period.value_or("null") << "≠" << g.period.value_or("null");
        if (!cmp) {
          std::cout << " compare_to " << p.compare_to.value_or("null") << "≠"
                    << g.compare_to.value_or("null");
        }
        if (!lab) std::cout << " label [" << p.label << "]≠[" << g.label << "]";
        if (!basis) {
          std::cout << " period_basis " << p.period_basis.value_or("null") << "≠" << *g.basis;
        }
        std::cout << "\n";
      }
    }
    if (show) {
      for (std::size_t k = 0; k < used.size(); ++k) {
        if (!used[k]) {
          std::cout << "EXTRA " << item.value("id", "") << " " << doc->indicators[k].surface << " "
                    << doc->indicators[k].unit << "\n";
        }
      }
    }
    total.Add(c);
    by_split[item.value("split", "dev")].Add(c);
    for (const json& tag : item.value("tags", json::array())) by_tag[tag.get<std::string>()].Add(c);
  }

  auto row = [](const std::string& name, const Counts& c) {
    std::printf(
        "%-14s %5d %5d %5d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f "
        "%6.3f\n",
        name.c_str(), c.gold, c.predicted, c.matched, c.Precision(), c.Recall(), c.F1(),
        c.Share(c.qualifier), c.Share(c.kind), c.Share(c.period), c.Share(c.compare_to),
        c.Share(c.label), c.ConceptCoverage(), c.ConceptPrecision(), c.Area(), c.AreaNamed());
  };
  std::printf("%-14s %5s %5s %5s  %6s %6s %6s  %6s %6s %6s %6s %6s  %6s %6s %6s %6s\n", "tag",
              "gold", "pred", "match", "P", "R", "F1", "qual", "kind", "period", "cmp", "label",
              "c.cov", "c.prec", "area", "a.named");
  for (const auto& [tag, c] : by_tag) row(tag, c);
  std::printf("\n");
  for (const auto& [split, c] : by_split) row("SPLIT " + split, c);
  row("ALL", total);
  auto clean_share = [](const Counts& c) {
    return c.trap_items ? static_cast<double>(c.trap_clean) / c.trap_items : 1.0;
  };
  std::printf("items %d, trap-only items %d, clean %d (%.3f)\n", items, total.trap_items,
              total.trap_clean, clean_share(total));
  auto basis_share = [](const Counts& c) {
    return c.basis_gold ? static_cast<double>(c.basis) / c.basis_gold : 1.0;
  };
  for (const auto& [split, c] : by_split) {
    std::printf("period_basis %s %d/%d (%.3f)\n", split.c_str(), c.basis, c.basis_gold,
                basis_share(c));
  }
  for (const auto& [split, c] : by_split) {
    std::printf(
        "%s: concepts %d gold, %d given, %d right; areas %d gold (%d places), %d right (%d "
        "places)\n",
        split.c_str(), c.concept_gold, c.concept_given, c.concept_right, c.area_items, c.area_named,
        c.area_right, c.area_named_right);
  }

  std::map<std::string, double> metrics;
  auto add_metrics = [&](const std::string& prefix, const Counts& c) {
    metrics[prefix + "f1"] = c.F1();
    metrics[prefix + "qualifier"] = c.Share(c.qualifier);
    metrics[prefix + "kind"] = c.Share(c.kind);
    metrics[prefix + "period"] = c.Share(c.period);
    metrics[prefix + "compare_to"] = c.Share(c.compare_to);
    metrics[prefix + "label"] = c.Share(c.label);
    metrics[prefix + "trap_clean"] = clean_share(c);
    metrics[prefix + "period_basis"] = basis_share(c);
    metrics[prefix + "concept_coverage"] = c.ConceptCoverage();
    metrics[prefix + "concept_precision"] = c.ConceptPrecision();
    metrics[prefix + "area"] = c.Area();
    metrics[prefix + "area_named"] = c.AreaNamed();
  };
  add_metrics("", total);
  for (const auto& [split, c] : by_split) add_metrics(split + ".", c);
  int below = 0;
  for (const auto& [name, floor] : floors) {
    const auto it = metrics.find(name);
    if (it == metrics.end()) {
      std::cerr << "evaluate: unknown metric " << name << "\n";
      return 2;
    }
    if (it->second + 1e-9 < floor) {
      std::printf("BELOW FLOOR: %s %.3f < %.3f\n", name.c_str(), it->second, floor);
      ++below;
    }
  }
  return below ? 1 : 0;
}
