// The one table of error kinds: stable names for JSON records and default messages. The switch
// has no default, so a kind added to include/lede/error.h without a row here is a -Wswitch
// warning (an error in CI builds).
#include "lede/error.h"

namespace lede {
namespace {

struct ErrorRow {
  std::string_view name;
  std::string_view message;
};

constexpr ErrorRow row(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kUnreadable:
      return {"unreadable", "the input could not be read"};
    case ErrorKind::kEmpty:
      return {"empty", "the input is empty"};
    case ErrorKind::kNotHtml:
      return {"not_html", "the input is not an HTML page"};
    case ErrorKind::kBadEncoding:
      return {"bad_encoding", "the page's encoding cannot be converted"};
    case ErrorKind::kTooLarge:
      return {"too_large", "the input exceeds the size limit"};
    case ErrorKind::kOutOfMemory:
      return {"out_of_memory", "memory ran out while processing the page"};
    case ErrorKind::kInternal:
      return {"internal_error", "lede failed on this page (a bug in lede; please report the page)"};
  }
  return {"unknown", "unknown error"};
}

}  // namespace

std::string_view error_kind_name(ErrorKind kind) { return row(kind).name; }

std::string_view error_kind_message(ErrorKind kind) { return row(kind).message; }

}  // namespace lede
