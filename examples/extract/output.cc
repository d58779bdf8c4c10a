// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "output.h"

#include "vnextract/csv.h"
#include "vnextract/json.h"

namespace extract {

std::string FormatDocument(const vnextract::Document& doc, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return vnextract::ToPrettyJson(doc);
    case OutputFormat::kJsonl:
      return vnextract::ToJson(doc) + '\n';
    case OutputFormat::kCsv:
      return vnextract::CsvRows(doc);
  }
  return {};
}

}  // namespace extract
