// Statistical tables (html::TableBlock) to Section::kTable indicators: the
// label from the label column, unit and scale from the row's "Đơn vị tính"
// cell (or the table-wide unit), period and kind from each value column's
// header ("Kế hoạch năm 2022" → target 2022, "Thực hiện 6 tháng 2022" →
// actual 2022-H1, "So cùng kỳ (%)" → ratio vs same_period_last_year, "So KH
// năm (%)" → ratio vs plan). "-", "x" and empty cells are no value.
#ifndef VNEXTRACT_SRC_INDICATORS_TABLE_LINKER_H_
#define VNEXTRACT_SRC_INDICATORS_TABLE_LINKER_H_

#include <vector>

#include "html/blocks.h"
#include "indicators/linker.h"
#include "vnextract/indicator.h"

namespace vnextract::indicators {

// Spans are input offsets (from the cells' runs).
std::vector<Indicator> LinkTable(const internal::Grammar& grammar, const html::TableBlock& table,
                                 const LinkContext& context);

}  // namespace vnextract::indicators

#endif  // VNEXTRACT_SRC_INDICATORS_TABLE_LINKER_H_
