#include "vnextract/status.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "vnextract/document.h"
#include "vnextract/indicator.h"

namespace vnextract {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid_argument";
    case StatusCode::kInvalidEncoding:
      return "invalid_encoding";
    case StatusCode::kInputTooLarge:
      return "input_too_large";
    case StatusCode::kInternal:
      return "internal";
    case StatusCode::kResourceExhausted:
      return "resource_exhausted";
  }
  return "unknown";
}

Status InvalidArgumentError(std::string message) {
  return Status(StatusCode::kInvalidArgument, std::move(message));
}
Status InvalidEncodingError(std::string message) {
  return Status(StatusCode::kInvalidEncoding, std::move(message));
}
Status InputTooLargeError(std::string message) {
  return Status(StatusCode::kInputTooLarge, std::move(message));
}
Status InternalError(std::string message) {
  return Status(StatusCode::kInternal, std::move(message));
}
Status ResourceExhaustedError(std::string message) {
  return Status(StatusCode::kResourceExhausted, std::move(message));
}

namespace internal {
void DieOnErrorAccess(const Status& status) {
  std::fprintf(stderr, "vnextract: value() of an error Result: %s\n", status.ToString().c_str());
  std::abort();
}
}  // namespace internal

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string s(StatusCodeName(code_));
  s += ": ";
  s += message_;
  return s;
}

std::string_view SectionName(Section section) {
  switch (section) {
    case Section::kTitle:
      return "title";
    case Section::kLead:
      return "lead";
    case Section::kBody:
      return "body";
    case Section::kCaption:
      return "caption";
    case Section::kTable:
      return "table";
  }
  return "body";
}

std::string_view QualifierName(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kLessThan:
      return "less_than";
    case Qualifier::kNearly:
      return "nearly";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kRange:
      return "range";
  }
  return "exact";
}

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kActual:
      return "actual";
    case Kind::kEstimate:
      return "estimate";
    case Kind::kTarget:
      return "target";
    case Kind::kChange:
      return "change";
    case Kind::kRatio:
      return "ratio";
  }
  return "actual";
}

std::string_view DiagnosticCodeName(DiagnosticCode code) {
  switch (code) {
    case DiagnosticCode::kNoDate:
      return "no_date";
    case DiagnosticCode::kNoTitle:
      return "no_title";
    case DiagnosticCode::kNoAuthor:
      return "no_author";
    case DiagnosticCode::kNoBody:
      return "no_body";
    case DiagnosticCode::kNoBodyElement:
      return "no_body_element";
    case DiagnosticCode::kNoToolbar:
      return "no_toolbar";
    case DiagnosticCode::kGenericLayout:
      return "generic_layout";
    case DiagnosticCode::kReferenceDate:
      return "reference_date";
    case DiagnosticCode::kDecodedFrom:
      return "decoded_from";
    case DiagnosticCode::kCharsetGuessed:
      return "charset_guessed";
    case DiagnosticCode::kCharsetMismatch:
      return "charset_mismatch";
    case DiagnosticCode::kReplacedBytes:
      return "replaced_bytes";
    case DiagnosticCode::kParseFailed:
      return "parse_failed";
    case DiagnosticCode::kMarkupFlattened:
      return "markup_flattened";
    case DiagnosticCode::kParagraphsCut:
      return "paragraphs_cut";
    case DiagnosticCode::kIndicatorsCut:
      return "indicators_cut";
    case DiagnosticCode::kSentenceSplit:
      return "sentence_split";
  }
  return "unknown";
}

bool Date::Valid() const {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](std::size_t b, std::size_t n, int* out) {
    int v = 0;
    for (std::size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day) || !d.Valid()) {
    return std::nullopt;
  }
  return d;
}

}  // namespace vnextract
