// The record contract as data (record/fields.inc), for the code that writes
// records: the JSON writers, the CSV and the flat records.
#ifndef VNEXTRACT_SRC_RECORD_FIELDS_H_
#define VNEXTRACT_SRC_RECORD_FIELDS_H_

#include <string_view>

#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract::record {

enum class Record { DOCUMENT, INDICATOR, QUANTITY, DIAGNOSTIC };
enum class Type {
  kInt,
  kText,
  kOptText,
  kName,
  kNumber,
  kSpan,
  kDate,
  kTexts,
  kIndicators,
  kDiagnostics,
  kSentence,
  kIndex,
};
enum class Json { kAlways, kIfSet, kIfRange };
enum class Csv { kNoCsv, kCsv };

struct FieldInfo {
  Record record;
  std::string_view name;
  Type type;
  Json json;
  Csv csv;
  std::string_view doc;
};

inline constexpr FieldInfo kFields[] = {
#define VNX_FIELD(rec, name, type, json, csv, doc) \
  {Record::rec, #name, Type::type, Json::json, Csv::csv, doc},
#include "record/fields.inc"
#undef VNX_FIELD
};

// The C++ member of field `name`: the name itself, but for a name that is a
// C++ keyword (VNX_RENAMED_<name> expands to "~, member"). Used as
// r.VNX_MEMBER(name) by every writer of the table.
#define VNX_RENAMED_concept ~, concept_id
#define VNX_MEMBER_SECOND(a, b, ...) b
#define VNX_MEMBER_CHOOSE(...) VNX_MEMBER_SECOND(__VA_ARGS__)
#define VNX_MEMBER(name) VNX_MEMBER_CHOOSE(VNX_RENAMED_##name, name, ~)

// Whether a row of `row` belongs to the fields of a `target` record: the
// QUANTITY rows are the Quantity's and also the Indicator's.
constexpr bool Holds(Record target, Record row) {
  return row == target || (target == Record::INDICATOR && row == Record::QUANTITY);
}

// The stable names enums are written as.
inline std::string_view NameOf(Section x) { return SectionName(x); }
inline std::string_view NameOf(Qualifier x) { return QualifierName(x); }
inline std::string_view NameOf(Kind x) { return KindName(x); }
inline std::string_view NameOf(DiagnosticCode x) { return DiagnosticCodeName(x); }

}  // namespace vnextract::record

#endif  // VNEXTRACT_SRC_RECORD_FIELDS_H_
