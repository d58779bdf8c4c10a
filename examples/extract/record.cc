// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
#include "record.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <utility>

namespace extract {
namespace {

using Json = nlohmann::json;

// nlohmann's message without its "[json.exception.parse_error.101] " prefix,
// cut to a readable length (its "last read: '...'" can quote a whole page).
std::string ParseErrorMessage(const char* what) {
  std::string message = what;
  if (message.starts_with("[json.exception.")) {
    const std::size_t end = message.find("] ");
    if (end != std::string::npos) message.erase(0, end + 2);
  }
  constexpr std::size_t kMax = 160;
  if (message.size() > kMax) {
    std::size_t cut = kMax;
    // Do not cut a UTF-8 sequence in two.
    while (cut > 0 && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;
    message.resize(cut);
    message += "...";
  }
  return message;
}

bool OptionalString(Json& record, const char* key, std::optional<std::string>* out,
                    std::string* error) {
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = std::string("'") + key + "' must be a string";
    return false;
  }
  *out = std::move(it->get_ref<std::string&>());
  return true;
}

}  // namespace

std::optional<Record> ParseRecord(std::string_view line, std::string* error) {
  Json json;
  try {
    json = Json::parse(line);
  } catch (const Json::exception& e) {
    *error = "malformed JSON: " + ParseErrorMessage(e.what());
    return std::nullopt;
  }
  if (!json.is_object()) {
    *error = "malformed record: a line must be a JSON object";
    return std::nullopt;
  }
  Record record;
  auto html = json.find("html");
  auto text = json.find("text");
  const bool has_html = html != json.end() && !html->is_null();
  const bool has_text = text != json.end() && !text->is_null();
  if (has_html == has_text) {
    *error = has_html ? "malformed record: it has both 'html' and 'text'; give one"
                      : "malformed record: it has neither 'html' nor 'text'";
    return std::nullopt;
  }
  auto content = has_html ? html : text;
  if (!content->is_string()) {
    *error =
        std::string("malformed record: '") + (has_html ? "html" : "text") + "' must be a string";
    return std::nullopt;
  }
  record.is_html = has_html;
  record.content = std::move(content->get_ref<std::string&>());

  if (auto id = json.find("id"); id != json.end() && !id->is_null()) {
    if (id->is_string()) {
      record.id = std::move(id->get_ref<std::string&>());
    } else if (id->is_number_unsigned()) {
      record.id = std::to_string(id->get<std::uint64_t>());
    } else if (id->is_number_integer()) {
      record.id = std::to_string(id->get<std::int64_t>());
    } else {
      *error = "malformed record: 'id' must be a string or an integer";
      return std::nullopt;
    }
  }
  std::string field_error;
  if (!OptionalString(json, "url", &record.url, &field_error)) {
    *error = "malformed record: " + field_error;
    return std::nullopt;
  }
  std::optional<std::string> published;
  if (!OptionalString(json, "published", &published, &field_error)) {
    *error = "malformed record: " + field_error;
    return std::nullopt;
  }
  if (published) {
    record.published = vnextract::Date::Parse(*published);
    if (!record.published) {
      *error = "malformed record: 'published' is not a date YYYY-MM-DD";
      if (published->size() <= 40) *error += ": '" + *published + "'";
      return std::nullopt;
    }
  }
  return record;
}

}  // namespace extract
