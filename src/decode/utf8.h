// UTF-8 validation and repair. Validation runs on every page, so its common case (long ASCII
// runs of markup) is checked 16 bytes at a time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lede::decode {

struct Utf8Scan {
  std::size_t first_invalid;  ///< offset of the first ill-formed byte; the size when none
  bool ascii_only;            ///< no byte >= 0x80 at all (then first_invalid == size)

  bool valid(std::size_t size) const { return first_invalid == size; }
};

/// Checks that `bytes` is well-formed UTF-8 (Unicode Table 3-7: no overlongs, surrogates or
/// code points above U+10FFFF; truncated sequences are ill-formed).
Utf8Scan scan_utf8(std::string_view bytes);

/// Appends `bytes` to `out` as the WHATWG UTF-8 decoder reads them: each maximal ill-formed
/// subpart becomes one U+FFFD (Encoding Standard §8.1.1, as Unicode's "best practice").
/// Returns the number of U+FFFD written.
std::size_t append_repaired_utf8(std::string_view bytes, std::string& out);

/// Appends the UTF-8 form of code point `cp` (which must be a scalar value) to `out`.
void append_code_point(char32_t cp, std::string& out);

}  // namespace lede::decode
