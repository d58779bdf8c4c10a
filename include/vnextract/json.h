// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// JSON serialisation of the public records: one line of UTF-8 JSON with the
// keys in the order of the field table (DESIGN.md section 2); numbers as
// FormatNumber writes them (vnextract/csv.h: plain and exact, whole numbers
// as integers). A string that is not valid UTF-8 (only a record built by
// hand can hold one) is written with each invalid part replaced by U+FFFD.
// Nothing here throws. Pure functions: safe to call from any thread.
#ifndef VNEXTRACT_JSON_H_
#define VNEXTRACT_JSON_H_

#include <functional>
#include <string>
#include <string_view>

#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract {

std::string ToJson(const Document& document);
std::string ToJson(const Indicator& indicator);
std::string ToJson(const Quantity& quantity);

// The same document, indented by `indent` spaces per level.
std::string ToPrettyJson(const Document& document, int indent = 2);

// Receives consecutive pieces of text; the view is valid only during the call.
using JsonSink = std::function<void(std::string_view)>;

// Writes ToJson(document) (indent < 0) or ToPrettyJson(document, indent) to
// `sink` in pieces of about 64 KB, so that the JSON of a document with many
// figures is never held whole: the pieces, joined, are byte for byte the
// string form.
void WriteJson(const Document& document, const JsonSink& sink, int indent = -1);

}  // namespace vnextract

#endif  // VNEXTRACT_JSON_H_
