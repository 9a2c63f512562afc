// Character references (WHATWG HTML §13.2.5.72-80): "&amp;", "&#8212;", "&#x1F600;", and the
// legacy names without ';' ("&copy").
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::html {

struct CharRef {
  const char* end = nullptr;  // first byte after the reference
  std::string_view utf8;      // the replacement; may point into `buffer`, so do not copy CharRef
  char buffer[4] = {};
};

/// Decodes the character reference whose '&' is at `amp`. Returns false when the bytes from
/// `amp` are not one (they stay literal text: "& ", "&#;", an unknown name, or, inside an
/// attribute value, a legacy name followed by '=' or an alphanumeric as in "?a=1&copy=2").
/// Adds the parse errors it finds to `errors`.
bool decode_char_ref(const char* amp, const char* end, bool in_attribute, CharRef& out,
                     uint32_t& errors);

}  // namespace lede::html
