// Errors are values across the API: Result<T> holds a value or an Error. Malformed HTML and
// "no article found" are not errors (the latter is a warning on the Article); error kinds are
// for input that cannot be read as a page at all and for limits.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lede {

enum class ErrorKind {
  kUnreadable,    // the input could not be read (missing file, I/O error, bad gzip)
  kEmpty,         // the input holds no bytes, or only whitespace
  kNotHtml,       // binary data or a format that is not a web page
  kBadEncoding,   // a declared or requested encoding lede cannot convert
  kTooLarge,      // the input exceeds Options::max_input_bytes
  kOutOfMemory,   // memory ran out while processing the page
  kInternal,      // a fault in lede itself on this page (a bug: the message says what failed)
};

/// The kind's stable name, used as `error.kind` in JSON error records ("not_html", ...).
std::string_view error_kind_name(ErrorKind kind);

/// A one-line, human-readable description of the kind, from the library's message table. An
/// Error's own `message` adds what is specific to the input ("PDF document", "12 MiB > 8 MiB").
std::string_view error_kind_message(ErrorKind kind);

struct Error {
  ErrorKind kind;
  std::string message;
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(state_); }
  const T& value() const { return std::get<0>(state_); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace lede
