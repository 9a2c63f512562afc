// Statistical detection (uchardet) for pages that declare no encoding.
#pragma once

#include <optional>
#include <string_view>

#include "decode/encoding.h"

namespace lede::decode {

/// Guesses the encoding of undeclared bytes from (at most) their first 64 KiB. Returns
/// std::nullopt when the detector has no answer or names an encoding a page cannot usefully
/// be decoded with here (UTF-16 without a BOM, the ISO-2022 family the standard maps to
/// replacement, or one this build cannot convert).
std::optional<Encoding> detect_encoding(std::string_view bytes);

}  // namespace lede::decode
