// Numbers as every output writes them (JSON, CSV, flat records, repr).
#ifndef VNEXTRACT_SRC_RECORD_NUMBER_FORMAT_H_
#define VNEXTRACT_SRC_RECORD_NUMBER_FORMAT_H_

#include <string>

namespace vnextract::record {

// Appends FormatNumber(v) (vnextract/csv.h) to `out`; false, appending
// nothing, when v is NaN or infinite.
bool AppendNumber(std::string& out, double v);

}  // namespace vnextract::record

#endif  // VNEXTRACT_SRC_RECORD_NUMBER_FORMAT_H_
