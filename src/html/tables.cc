// Statistical tables in articles: provincial reports put their key figures in
// a grid — "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2022 | Thực hiện 6
// tháng 2022 | So cùng kỳ (%) | So KH năm (%)" — often with stacked header
// rows joined by colspan/rowspan. The grid is rebuilt with its spans so each
// column gets its full header, and the columns are classified by their header
// words. Tables that hold prose (page layout tables) are not statistical.
#include <algorithm>
#include <string>
#include <vector>

#include "html/gumbo_tree.h"
#include "text/utf8.h"

namespace vnextract::html {
namespace {

// Spans beyond this are markup errors; they are clamped.
constexpr int kMaxSpan = 20;
constexpr std::size_t kMaxColumns = 40;
constexpr std::size_t kMaxCellBytes = 300;

struct RawCell {
  const GumboNode* node = nullptr;
  bool th = false;
  int colspan = 1;
  int rowspan = 1;
  text::TextRun run;
};

int SpanAttribute(const GumboNode* node, const char* name) {
  const std::string_view v = Attribute(node, name);
  int n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') break;
    n = n * 10 + (c - '0');
    if (n > kMaxSpan) return kMaxSpan;
  }
  return n < 1 ? 1 : n;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A cell that holds a figure: digits with separators, signs and a percent
// sign ("12.500", "108,5", "(+0,02%)").
bool IsNumeric(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (text::IsAsciiDigit(c)) {
      digit = true;
    } else if (c != '.' && c != ',' && c != '%' && c != '+' && c != '-' && c != ' ' && c != '(' &&
               c != ')') {
      return false;
    }
  }
  return digit;
}

// "-", "x", "…": the cell says there is no value.
bool IsNoValue(std::string_view s) {
  return s.empty() || s == "-" || s == "x" || s == "X" || s == "..." || s == "\xE2\x80\xA6" ||
         s == "\xE2\x80\x93";
}

TableBlock::Column RoleOfHeader(std::string_view header) {
  const std::string h = text::FoldCaseKeepOffsets(header);
  if (h == "tt" || h == "stt" || h == "số tt" || h == "số thứ tự" || h == "tt." || h == "stt.") {
    return TableBlock::Column::kIndex;
  }
  if (StartsWith(h, "đơn vị") || StartsWith(h, "đvt") || StartsWith(h, "dvt")) {
    return TableBlock::Column::kUnit;
  }
  for (std::string_view w : {"chỉ tiêu", "nội dung", "danh mục", "tên", "ngành", "sản phẩm",
                             "mặt hàng", "chỉ số", "hạng mục", "lĩnh vực", "loại"}) {
    if (StartsWith(h, w)) return TableBlock::Column::kLabel;
  }
  if (StartsWith(h, "ghi chú")) return TableBlock::Column::kOther;
  return TableBlock::Column::kValue;
}

void CollectRows(const GumboNode* node, bool in_head, std::vector<const GumboNode*>& rows,
                 std::vector<bool>& head, const GumboNode** caption, int depth) {
  if (depth > 4) return;
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(c.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    switch (child->v.element.tag) {
      case GUMBO_TAG_THEAD:
        CollectRows(child, true, rows, head, caption, depth + 1);
        break;
      case GUMBO_TAG_TBODY:
      case GUMBO_TAG_TFOOT:
        CollectRows(child, in_head, rows, head, caption, depth + 1);
        break;
      case GUMBO_TAG_TR:
        rows.push_back(child);
        head.push_back(in_head);
        break;
      case GUMBO_TAG_CAPTION:
        *caption = child;
        break;
      default:
        break;
    }
  }
}

// A table nested anywhere inside `table` (an explicit stack: no recursion).
bool ContainsTable(const GumboNode* table) {
  std::vector<const GumboNode*> stack{table};
  while (!stack.empty()) {
    const GumboVector& c = stack.back()->v.element.children;
    stack.pop_back();
    for (unsigned i = 0; i < c.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(c.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      if (child->v.element.tag == GUMBO_TAG_TABLE) return true;
      stack.push_back(child);
    }
  }
  return false;
}

text::TextRun CellRun(const GumboTree& tree, const GumboNode* cell, const HiddenRules& hidden) {
  std::vector<Line> lines;
  CollectLines(tree, cell, Part::kOther, hidden, lines);
  text::TextRun out;
  for (Line& l : lines) {
    if (!out.text.empty()) {
      out.text += ' ';
      out.map.push_back(l.run.map.front());
    }
    out.text += l.run.text;
    out.map.insert(out.map.end(), l.run.map.begin(), l.run.map.end());
  }
  return out;
}

}  // namespace

namespace {

std::size_t UnitLabel(std::string_view line) {
  if (line.size() > 80) return 0;
  const std::string f = text::FoldCaseKeepOffsets(line);
  std::size_t p = f.starts_with("(") ? 1 : 0;
  for (std::string_view label : {"đơn vị tính", "đơn vị", "đvt"}) {
    if (f.substr(p, label.size()) != label) continue;
    p += label.size();
    while (p < f.size() && f[p] == ' ') ++p;
    if (p >= f.size() || f[p] != ':') return 0;
    ++p;
    while (p < f.size() && f[p] == ' ') ++p;
    return p < f.size() ? p : 0;
  }
  return 0;
}

}  // namespace

bool TakeUnit(text::TextRun& run) {
  const std::size_t at = UnitLabel(run.text);
  if (at == 0) return false;
  std::size_t end = run.text.size();
  if (run.text.front() == '(' && run.text.back() == ')') --end;
  while (end > at && run.text[end - 1] == ' ') --end;
  if (end <= at) return false;
  run.text = run.text.substr(at, end - at);
  run.map = std::vector<std::uint32_t>(run.map.begin() + static_cast<std::ptrdiff_t>(at),
                                       run.map.begin() + static_cast<std::ptrdiff_t>(end));
  return true;
}

std::optional<TableBlock> ReadStatisticalTable(const GumboTree& tree, const GumboNode* table,
                                               const HiddenRules& hidden) {
  std::vector<const GumboNode*> tr;
  std::vector<bool> in_head;
  const GumboNode* caption = nullptr;
  CollectRows(table, false, tr, in_head, &caption, 0);
  if (tr.size() < 3 || ContainsTable(table)) return std::nullopt;

  // The grid, spans expanded: grid[r][c] indexes `cells`.
  std::vector<RawCell> cells;
  std::vector<std::vector<int>> grid(tr.size());
  for (std::size_t r = 0; r < tr.size(); ++r) {
    const GumboVector& c = tr[r]->v.element.children;
    std::size_t col = 0;
    for (unsigned i = 0; i < c.length; ++i) {
      const auto* td = static_cast<const GumboNode*>(c.data[i]);
      if (td->type != GUMBO_NODE_ELEMENT ||
          (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH)) {
        continue;
      }
      while (col < grid[r].size() && grid[r][col] >= 0) ++col;
      RawCell cell;
      cell.node = td;
      cell.th = td->v.element.tag == GUMBO_TAG_TH;
      cell.colspan = SpanAttribute(td, "colspan");
      cell.rowspan = SpanAttribute(td, "rowspan");
      cell.run = CellRun(tree, td, hidden);
      if (cell.run.text.size() > kMaxCellBytes) return std::nullopt;  // prose, not figures
      const int index = static_cast<int>(cells.size());
      for (std::size_t dr = 0; dr < static_cast<std::size_t>(cell.rowspan) && r + dr < tr.size();
           ++dr) {
        std::vector<int>& row = grid[r + dr];
        const std::size_t end = col + static_cast<std::size_t>(cell.colspan);
        if (end > kMaxColumns) return std::nullopt;
        if (row.size() < end) row.resize(end, -1);
        for (std::size_t k = col; k < end; ++k) {
          if (row[k] < 0) row[k] = index;
        }
      }
      cells.push_back(std::move(cell));
      col += static_cast<std::size_t>(cells.back().colspan);
    }
  }
  std::size_t width = 0;
  for (const auto& row : grid) width = std::max(width, row.size());
  if (width < 3) return std::nullopt;
  for (auto& row : grid) row.resize(width, -1);

  // Header rows: <thead> rows or rows of <th> cells at the top; else the
  // first row.
  std::size_t header_rows = 0;
  while (header_rows < tr.size()) {
    bool all_th = true;
    for (int k : grid[header_rows]) all_th &= k < 0 || cells[static_cast<std::size_t>(k)].th;
    if (!in_head[header_rows] && !all_th) break;
    ++header_rows;
  }
  if (header_rows == 0) {
    // Without <th>: the first row, and the rows its rowspans reach that hold
    // no figure ("Năm 2022" over "Kế hoạch | Thực hiện").
    header_rows = 1;
    while (header_rows < tr.size()) {
      bool spanned = false;
      bool figures = false;
      for (std::size_t c = 0; c < width; ++c) {
        const int k = grid[header_rows][c];
        if (k < 0) continue;
        const RawCell& cell = cells[static_cast<std::size_t>(k)];
        if (cell.node->parent != tr[header_rows]) {
          spanned = true;
        } else {
          figures |= IsNumeric(cell.run.text);
        }
      }
      if (!spanned || figures) break;
      ++header_rows;
    }
  }
  if (tr.size() - header_rows < 2) return std::nullopt;

  TableBlock out;
  out.columns.resize(width);
  out.headers.resize(width);
  for (std::size_t c = 0; c < width; ++c) {
    int last = -1;
    for (std::size_t r = 0; r < header_rows; ++r) {
      const int k = grid[r][c];
      if (k < 0 || k == last) continue;
      last = k;
      const text::TextRun& run = cells[static_cast<std::size_t>(k)].run;
      if (run.empty()) continue;
      text::TextRun& h = out.headers[c];
      if (!h.text.empty()) {
        h.text += ' ';
        h.map.push_back(run.map.front());
      }
      h.text += run.text;
      h.map.insert(h.map.end(), run.map.begin(), run.map.end());
    }
    out.columns[c] = RoleOfHeader(out.headers[c].text);
  }
  for (std::size_t r = header_rows; r < tr.size(); ++r) {
    std::vector<text::TextRun> row(width);
    for (std::size_t c = 0; c < width; ++c) {
      const int k = grid[r][c];
      // A spanned cell belongs to its first column, and to its first row
      // except in the label column (a label over two rows names both).
      if (k < 0 || (c > 0 && grid[r][c - 1] == k)) continue;
      if (r > header_rows && grid[r - 1][c] == k && out.columns[c] != TableBlock::Column::kLabel) {
        continue;
      }
      row[c] = cells[static_cast<std::size_t>(k)].run;
    }
    out.rows.push_back(std::move(row));
  }

  // Without a labelled indicator column, the first text column is it.
  bool has_label = false;
  for (TableBlock::Column c : out.columns) has_label |= c == TableBlock::Column::kLabel;
  std::size_t numeric = 0;
  std::size_t text_cells = 0;
  for (std::size_t c = 0; c < width; ++c) {
    if (out.columns[c] != TableBlock::Column::kValue) continue;
    std::size_t col_numeric = 0;
    std::size_t col_text = 0;
    for (const auto& row : out.rows) {
      if (IsNoValue(row[c].text)) continue;
      (IsNumeric(row[c].text) ? col_numeric : col_text) += 1;
    }
    if (col_text > col_numeric) {
      out.columns[c] = has_label ? TableBlock::Column::kOther : TableBlock::Column::kLabel;
      has_label = true;
      continue;
    }
    numeric += col_numeric;
    text_cells += col_text;
  }
  if (!has_label || numeric < 2 || numeric < 3 * text_cells) return std::nullopt;
  if (caption != nullptr) {
    out.caption = CellRun(tree, caption, hidden);
    if (out.caption->empty()) {
      out.caption.reset();
    } else if (text::TextRun unit = *out.caption; TakeUnit(unit)) {
      out.unit = std::move(unit);
    }
  }
  return out;
}

}  // namespace vnextract::html
