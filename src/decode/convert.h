// Conversion of bytes in a known legacy encoding to UTF-8 (ICU ucnv, plus the two encodings
// the WHATWG standard defines without a table: replacement and x-user-defined).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "decode/encoding.h"
#include "lede/error.h"

namespace lede::decode {

struct Conversion {
  std::string utf8;
  std::size_t replacements = 0;  ///< U+FFFD written for bytes the encoding cannot decode
};

/// True when this build can convert from `encoding` (ICU's data may lack a table, e.g.
/// Debian's ICU has no ISO-8859-16). Each answer is computed once per process.
bool can_convert(Encoding encoding);

/// Decodes all of `bytes` as `encoding` into valid UTF-8; undecodable bytes become U+FFFD.
/// Errors: kBadEncoding when the converter cannot be opened (see can_convert) or ICU fails.
Result<Conversion> convert_to_utf8(std::string_view bytes, Encoding encoding);

}  // namespace lede::decode
