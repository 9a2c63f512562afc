// The encodings of the WHATWG Encoding Standard and the labels that name them (§4.2 "Names and
// labels"), defined once. Every label lede meets (HTTP charset, <meta>, detector output) goes
// through encoding_for_label, so "latin1" and "us-ascii" mean windows-1252 everywhere, as in
// browsers.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lede::decode {

enum class Encoding : std::uint8_t {
  kUtf8,
  kIbm866,
  kIso8859_2,
  kIso8859_3,
  kIso8859_4,
  kIso8859_5,
  kIso8859_6,
  kIso8859_7,
  kIso8859_8,
  kIso8859_8I,
  kIso8859_10,
  kIso8859_13,
  kIso8859_14,
  kIso8859_15,
  kIso8859_16,
  kKoi8R,
  kKoi8U,
  kMacintosh,
  kWindows874,
  kWindows1250,
  kWindows1251,
  kWindows1252,
  kWindows1253,
  kWindows1254,
  kWindows1255,
  kWindows1256,
  kWindows1257,
  kWindows1258,
  kXMacCyrillic,
  kGbk,
  kGb18030,
  kBig5,
  kEucJp,
  kIso2022Jp,
  kShiftJis,
  kEucKr,
  kReplacement,  // labels of encodings browsers refuse to decode (ISO-2022-KR, HZ, ...)
  kUtf16Be,
  kUtf16Le,
  kXUserDefined,
};

/// The encoding's canonical WHATWG name ("UTF-8", "windows-1252", "Shift_JIS", ...). The view
/// points into static storage.
std::string_view encoding_name(Encoding encoding);

/// The WHATWG "get an encoding" algorithm: trims ASCII whitespace, ignores ASCII case and maps
/// the label to its encoding; std::nullopt when the label is not one the standard defines.
std::optional<Encoding> encoding_for_label(std::string_view label);

/// True when every byte below 0x80 decodes to the same code point, so input made only of such
/// bytes is already its own UTF-8 form. False for UTF-16, ISO-2022-JP (0x1B starts an escape
/// sequence) and replacement.
bool is_ascii_compatible(Encoding encoding);

}  // namespace lede::decode
