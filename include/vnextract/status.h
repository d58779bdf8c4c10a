// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// Status and Result<T>: how every fallible vnextract call reports failure.
// Nothing in the C++ API throws; a call that cannot produce its value returns
// a Status with a code and a human-readable message instead.
//
// Thread-safety: Status and Result are plain values; distinct objects may be
// used from distinct threads freely.
#ifndef VNEXTRACT_STATUS_H_
#define VNEXTRACT_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace vnextract {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // an argument (option, date, ...) is out of its domain
  kInvalidEncoding,  // the input bytes cannot be decoded to valid UTF-8
  kInputTooLarge,    // the input exceeds Options::max_input_bytes
  kInternal,         // a bug in vnextract; please report it
  // Parsing the input needed more memory than Options::max_parse_bytes allows
  // (pathological markup: a page that is mostly tags or character references).
  kResourceExhausted,
};

// The stable name of a code: "ok", "invalid_argument", "invalid_encoding",
// "input_too_large", "internal", "resource_exhausted".
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // Says what went wrong and, where possible, what to do about it. Empty when ok().
  const std::string& message() const { return message_; }
  // "invalid_encoding: input is not valid UTF-8 at byte 1234" (or "ok").
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value of type T or a non-OK Status. Accessing value() of an error Result
// is a programming error (asserted in debug builds).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "Result built from an OK Status without a value");
    if (status_.ok()) status_ = Status(StatusCode::kInternal, "OK status without value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T& value() & {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }

  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace vnextract

#endif  // VNEXTRACT_STATUS_H_
