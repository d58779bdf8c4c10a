// JSON for the public records (nlohmann/json is used here and nowhere else).
// Key order follows DESIGN.md section 2; whole numbers below 2^53 are written
// as integers so that 664000000000 never prints as 6.64e+11.
#include "vnextract/json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace vnextract {
namespace {

using Json = nlohmann::ordered_json;

Json Number(const std::optional<double>& v) {
  if (!v) return nullptr;
  if (std::isfinite(*v) && std::floor(*v) == *v && std::fabs(*v) < 9007199254740992.0) {
    return static_cast<std::int64_t>(*v);
  }
  return *v;
}

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json SpanJson(const Span& s) { return Json::array({s.begin, s.end}); }

void PutValues(Json& j, const std::optional<double>& value, const std::optional<double>& min,
               const std::optional<double>& max, Qualifier qualifier) {
  j["value"] = Number(value);
  if (qualifier == Qualifier::kRange) {
    j["value_min"] = Number(min);
    j["value_max"] = Number(max);
  }
}

Json IndicatorJson(const Indicator& i) {
  Json j;
  j["section"] = SectionName(i.section);
  j["label"] = i.label;
  PutValues(j, i.value, i.value_min, i.value_max, i.qualifier);
  j["unit"] = i.unit;
  j["qualifier"] = QualifierName(i.qualifier);
  j["period"] = OrNull(i.period);
  j["kind"] = KindName(i.kind);
  if (i.compare_to) j["compare_to"] = *i.compare_to;
  j["surface"] = i.surface;
  j["span"] = SpanJson(i.span);
  j["sentence"] = i.sentence;
  return j;
}

Json DocumentJson(const Document& d) {
  Json j;
  j["schema_version"] = kSchemaVersion;
  j["source"] = d.source;
  j["layout"] = d.layout;
  j["published"] = d.published ? Json(d.published->ToString()) : Json(nullptr);
  j["published_text"] = OrNull(d.published_text);
  j["title"] = OrNull(d.title);
  j["lead"] = OrNull(d.lead);
  j["author"] = OrNull(d.author);
  j["paragraphs"] = d.paragraphs;
  Json inds = Json::array();
  for (const Indicator& i : d.indicators) inds.push_back(IndicatorJson(i));
  j["indicators"] = std::move(inds);
  Json diags = Json::array();
  for (const Diagnostic& x : d.diagnostics)
    diags.push_back({{"code", x.code}, {"message", x.message}});
  j["diagnostics"] = std::move(diags);
  return j;
}

}  // namespace

std::string ToJson(const Document& document) { return DocumentJson(document).dump(); }
std::string ToJson(const Indicator& indicator) { return IndicatorJson(indicator).dump(); }

std::string ToJson(const Quantity& q) {
  Json j;
  PutValues(j, q.value, q.value_min, q.value_max, q.qualifier);
  j["unit"] = q.unit;
  j["qualifier"] = QualifierName(q.qualifier);
  j["surface"] = q.surface;
  j["span"] = SpanJson(q.span);
  return j.dump();
}

std::string ToPrettyJson(const Document& document, int indent) {
  return DocumentJson(document).dump(indent);
}

}  // namespace vnextract
