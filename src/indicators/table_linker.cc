#include "indicators/table_linker.h"

#include <string>
#include <string_view>

#include "grammar.h"
#include "indicators/quantities.h"
#include "numbers/number.h"
#include "text/utf8.h"

namespace vnextract::indicators {

using internal::Grammar;
using time::PeriodMatch;

namespace {

using Column = html::TableBlock::Column;

bool Contains(std::string_view folded, std::string_view word) {
  return folded.find(word) != std::string_view::npos;
}

// What a value column holds, read from its header.
struct ColumnMeaning {
  Kind kind = Kind::kActual;
  std::optional<std::string> compare_to;  // ratio columns
  bool percent = false;
  std::optional<std::string> period;
  Basis basis = Basis::kNone;
};

struct HeaderCue {
  std::string_view words;
  Kind kind;
  std::string_view compare_to;
};
constexpr HeaderCue kHeaderCues[] = {
#define VNX_HEADER(words, kind, compare_to) {words, Kind::kind, compare_to},
#include "indicators/table_headers.inc"
};
constexpr std::string_view kPercentHeaders[] = {
#define VNX_PERCENT_HEADER(words) words,
#include "indicators/table_headers.inc"
};

ColumnMeaning ReadHeader(const Grammar& g, const std::string& header, const LinkContext& ctx) {
  ColumnMeaning m;
  const std::string folded = text::FoldCaseKeepOffsets(header);
  for (const HeaderCue& cue : kHeaderCues) {
    if (!Contains(folded, cue.words)) continue;
    m.kind = cue.kind;
    if (!cue.compare_to.empty()) m.compare_to = std::string(cue.compare_to);
    break;
  }
  m.percent = m.kind == Kind::kRatio;
  for (std::string_view w : kPercentHeaders) m.percent = m.percent || Contains(folded, w);
  for (const PeriodMatch& p : g.periods.Find(folded, ctx.published)) {
    if (!p.comparator && p.period) {
      m.period = p.period;
      m.basis = Basis::kStated;
      break;
    }
  }
  return m;
}

// Scale and unit of a row: "Tỷ đồng" → ×1e9 VND, "Triệu USD" → ×1e6 USD,
// "Doanh nghiệp" → enterprise; read by the quantity grammar on "1 <unit>".
struct RowUnit {
  double factor = 1;
  std::string unit;
};
RowUnit ReadUnit(const Grammar& g, const std::string& unit_text) {
  RowUnit u;
  if (unit_text.empty()) return u;
  const std::string probe = "1 " + unit_text;
  const std::string folded = text::FoldCaseKeepOffsets(probe);
  const std::vector<FoundQuantity> q = FindQuantitiesIn(g, probe, folded);
  if (q.size() == 1 && q[0].quantity.value) {
    u.factor = *q[0].quantity.value;
    u.unit = q[0].quantity.unit;
  }
  return u;
}

}  // namespace

std::vector<Indicator> LinkTable(const Grammar& g, const html::TableBlock& table,
                                 const LinkContext& ctx) {
  std::vector<Indicator> out;
  const std::size_t n = table.columns.size();
  std::vector<ColumnMeaning> meanings(n);
  // A ratio column takes its result column's period.
  std::optional<std::string> result_period;
  for (std::size_t c = 0; c < n; ++c) {
    if (table.columns[c] != Column::kValue) continue;
    meanings[c] =
        ReadHeader(g, c < table.headers.size() ? table.headers[c].text : std::string(), ctx);
    if (meanings[c].kind == Kind::kRatio) {
      if (!meanings[c].period && result_period) {
        meanings[c].period = result_period;
        meanings[c].basis = Basis::kStated;
      }
    } else if (meanings[c].kind != Kind::kTarget) {
      result_period = meanings[c].period;
    }
    // Else the caption's, the section's or the document's period.
    if (!meanings[c].period) {
      meanings[c].period = ctx.carried.period;
      meanings[c].basis = ctx.carried.basis;
    }
  }
  const std::string table_unit = table.unit ? table.unit->text : std::string();
  for (const std::vector<text::TextRun>& row : table.rows) {
    std::string label, unit_text = table_unit;
    std::string row_text;
    for (std::size_t c = 0; c < n && c < row.size(); ++c) {
      if (!row_text.empty()) row_text += " | ";
      row_text += row[c].text;
      if (table.columns[c] == Column::kLabel && label.empty()) label = row[c].text;
      if (table.columns[c] == Column::kUnit && !row[c].text.empty()) unit_text = row[c].text;
    }
    const RowUnit unit = ReadUnit(g, unit_text);
    for (std::size_t c = 0; c < n && c < row.size(); ++c) {
      if (table.columns[c] != Column::kValue) continue;
      const text::TextRun& cell = row[c];
      const std::string_view t = cell.text;
      // A number alone in its cell ("12.500", "108,5", "-3,2"); "-", "x",
      // empty or text cells are no value.
      std::size_t b = 0;
      bool negative = false;
      if (b < t.size() && (t[b] == '-' || t[b] == '+') && b + 1 < t.size() &&
          text::IsAsciiDigit(t[b + 1])) {
        negative = t[b] == '-';
        ++b;
      }
      if (b >= t.size() || !text::IsAsciiDigit(t[b])) continue;
      const numbers::Number num = numbers::ScanNumber(t, b);
      std::size_t end = num.end;
      if (end < t.size() && t[end] == '%') ++end;
      if (end != t.size()) continue;
      const ColumnMeaning& m = meanings[c];
      Indicator ind;
      ind.section = Section::kTable;
      ind.label = label;
      const bool percent = m.percent || (end > num.end);
      double v = num.Value();
      if (!percent) v *= unit.factor;
      ind.value = negative ? -v : v;
      ind.unit = percent ? "percent" : unit.unit;
      ind.qualifier = Qualifier::kExact;
      ind.period = m.period;
      ind.period_basis = m.period ? BasisName(m.basis) : std::nullopt;
      ind.kind = m.kind;
      ind.compare_to = m.compare_to;
      ind.surface = std::string(t);
      ind.span = cell.InputSpan(0, t.size());
      ind.sentence = row_text;
      if (ind.unit.empty()) continue;  // a figure with no unit measures nothing
      out.push_back(std::move(ind));
    }
  }
  return out;
}

}  // namespace vnextract::indicators
