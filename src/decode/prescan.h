// The HTML standard's byte-level search for a declared encoding, run before any decoding.
#pragma once

#include <optional>
#include <string_view>

#include "decode/encoding.h"

namespace lede::decode {

/// WHATWG HTML §13.2.3.2 "prescan a byte stream to determine its encoding" over all of `bytes`
/// (callers choose the window). Finds the first <meta charset> or <meta http-equiv=content-type
/// content="...charset=..."> outside comments whose label is known. A declared UTF-16 yields
/// UTF-8 and x-user-defined yields windows-1252, as the algorithm prescribes. std::nullopt when
/// there is no usable declaration, including one cut off by the end of `bytes`.
std::optional<Encoding> prescan_for_meta_charset(std::string_view bytes);

/// WHATWG HTML "the algorithm for extracting a character encoding from a meta element":
/// the encoding named by the first `charset=` in a content attribute (or a Content-Type value)
/// such as "text/html; charset='utf-8'"; std::nullopt when there is none or it is not a label.
std::optional<Encoding> charset_from_content_type(std::string_view content);

}  // namespace lede::decode
