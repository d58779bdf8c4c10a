// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// JSON serialisation of the public records. Output is one line of UTF-8 JSON
// with a stable key order (the order of the fields in DESIGN.md); numbers that
// are whole and below 2^53 are written as integers. Pure functions: safe to
// call from any thread.
#ifndef VNEXTRACT_JSON_H_
#define VNEXTRACT_JSON_H_

#include <string>

#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract {

std::string ToJson(const Document& document);
std::string ToJson(const Indicator& indicator);
std::string ToJson(const Quantity& quantity);

// The same document, indented by `indent` spaces per level.
std::string ToPrettyJson(const Document& document, int indent = 2);

}  // namespace vnextract

#endif  // VNEXTRACT_JSON_H_
