// Flat records and CSV from the field table (record/fields.inc): its kCsv
// rows of the document, then those of the indicator.
#include "vnextract/csv.h"

#include <array>
#include <utility>

#include "record/fields.h"
#include "record/number_format.h"

namespace vnextract {
namespace {

using record::Csv;
using record::Record;
using record::Type;

constexpr std::size_t CountColumns() {
  std::size_t n = 0;
  for (const record::FieldInfo& f : record::kFields) {
    n += f.csv == Csv::kCsv &&
         (f.record == Record::DOCUMENT || record::Holds(Record::INDICATOR, f.record));
  }
  return n;
}

constexpr auto kColumns = [] {
  std::array<std::string_view, CountColumns()> columns{};
  std::size_t n = 0;
  for (Record r : {Record::DOCUMENT, Record::INDICATOR}) {
    for (const record::FieldInfo& f : record::kFields) {
      if (f.csv == Csv::kCsv && record::Holds(r, f.record)) columns[n++] = f.name;
    }
  }
  return columns;
}();

template <Type kType, typename T>
RecordCell Cell(const T& v) {
  RecordCell c;
  if constexpr (kType == Type::kText) {
    c.type = RecordCell::Type::kText;
    c.text = v;
  } else if constexpr (kType == Type::kOptText) {
    if (v) {
      c.type = RecordCell::Type::kText;
      c.text = *v;
    }
  } else if constexpr (kType == Type::kName) {
    c.type = RecordCell::Type::kText;
    c.text = record::NameOf(v);
  } else if constexpr (kType == Type::kNumber) {
    if (v) {
      c.type = RecordCell::Type::kNumber;
      c.number = *v;
    }
  } else if constexpr (kType == Type::kIndex) {
    if (v) {
      c.type = RecordCell::Type::kNumber;
      c.number = static_cast<double>(*v);
    }
  } else if constexpr (kType == Type::kDate) {
    if (v) {
      c.type = RecordCell::Type::kText;
      c.text = v->ToString();
    }
  } else {
    static_assert(kType == Type::kText, "this type has no CSV column");
  }
  return c;
}

// The cells of `r`'s kCsv fields, appended to `row`.
template <Record kRecord, typename R>
void AppendCells(const R& r, std::vector<RecordCell>& row) {
#define VNX_FIELD(rec, name, type, json, csv, doc)                              \
  if constexpr (Csv::csv == Csv::kCsv && record::Holds(kRecord, Record::rec)) { \
    row.push_back(Cell<Type::type>(r.VNX_MEMBER(name)));                        \
  }
#include "record/fields.inc"
#undef VNX_FIELD
}

void AppendCsv(std::string& out, const RecordCell& c) {
  switch (c.type) {
    case RecordCell::Type::kNull:
      break;
    case RecordCell::Type::kText:
      out += CsvField(c.text);
      break;
    case RecordCell::Type::kNumber:
      record::AppendNumber(out, c.number);
      break;
  }
}

}  // namespace

std::span<const std::string_view> RecordColumns() { return kColumns; }

std::vector<RecordCell> RecordRow(const Document& document, const Indicator& indicator) {
  std::vector<RecordCell> row;
  row.reserve(kColumns.size());
  AppendCells<Record::DOCUMENT>(document, row);
  AppendCells<Record::INDICATOR>(indicator, row);
  return row;
}

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted;
  quoted.reserve(field.size() + 2);
  quoted += '"';
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string CsvHeader() {
  std::string header;
  for (std::size_t k = 0; k < kColumns.size(); ++k) {
    if (k > 0) header += ',';
    header += CsvField(kColumns[k]);
  }
  header += '\n';
  return header;
}

namespace {

// The rows, handed to `sink` every kPiece bytes when there is one.
void Rows(const Document& document, std::string& rows,
          const std::function<void(std::string_view)>* sink) {
  constexpr std::size_t kPiece = 64 * 1024;
  // The document's cells are the same on every row: written once.
  std::vector<RecordCell> cells;
  AppendCells<Record::DOCUMENT>(document, cells);
  std::string head;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (k > 0) head += ',';
    AppendCsv(head, cells[k]);
  }
  for (const Indicator& i : document.indicators) {
    cells.clear();
    AppendCells<Record::INDICATOR>(i, cells);
    rows += head;
    for (const RecordCell& c : cells) {
      rows += ',';
      AppendCsv(rows, c);
    }
    rows += '\n';
    if (sink != nullptr && rows.size() >= kPiece) {
      (*sink)(rows);
      rows.clear();
    }
  }
  if (sink != nullptr && !rows.empty()) (*sink)(rows);
}

}  // namespace

std::string CsvRows(const Document& document) {
  std::string rows;
  Rows(document, rows, nullptr);
  return rows;
}

void WriteCsvRows(const Document& document, const std::function<void(std::string_view)>& sink) {
  std::string rows;
  Rows(document, rows, &sink);
}

}  // namespace vnextract
