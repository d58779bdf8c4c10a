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

// Factories: InvalidArgumentError("published is not a real date: ...").
Status InvalidArgumentError(std::string message);
Status InvalidEncodingError(std::string message);
Status InputTooLargeError(std::string message);
Status InternalError(std::string message);
Status ResourceExhaustedError(std::string message);

namespace internal {
// Prints "vnextract: value() of an error Result: <status>" to stderr and
// aborts. Reading the value of an error Result is a bug in the caller; it
// must never become a read of an empty optional in a release build.
[[noreturn]] void DieOnErrorAccess(const Status& status);
}  // namespace internal

// A value of type T or a non-OK Status. Check ok() first: value(), * and ->
// on an error Result abort the process with the status message, in every
// build type.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  // A Result made from an OK Status has no value: it becomes kInternal.
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = InternalError("Result built from an OK Status without a value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  const T& value() const& {
    if (!ok()) internal::DieOnErrorAccess(status_);
    return *value_;
  }
  T& value() & {
    if (!ok()) internal::DieOnErrorAccess(status_);
    return *value_;
  }
  // By value, so that `for (auto& q : extractor.FindQuantities(text).value())`
  // does not iterate a vector destroyed with its temporary Result.
  T value() && {
    if (!ok()) internal::DieOnErrorAccess(status_);
    return std::move(*value_);
  }

  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace vnextract

#endif  // VNEXTRACT_STATUS_H_
