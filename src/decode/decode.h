// Stage 2 of the pipeline (DESIGN.md): a page's bytes, in whatever encoding, to valid UTF-8.
//
// The encoding is chosen as browsers choose it (WHATWG HTML §13.2.3.1 "determining the
// character encoding"), first match wins:
//   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE), which is removed;
//   2. the caller's charset, normally from the HTTP Content-Type header;
//   3. a <meta> declaration found by the prescan (§13.2.3.2) in the first 1024 bytes, or later
//      in the page's first 64 KiB, standing in for the parser's "change the encoding" step
//      (§13.2.3.4), which lede never needs to restart for;
//   4. UTF-8 when the bytes are valid UTF-8 and not plain ASCII;
//   5. uchardet's guess;
//   6. windows-1252, the web's default for undeclared pages.
// Unknown or unconvertible labels at steps 2 and 3 are skipped, never fatal.
//
// Example:
//   auto decoded = lede::decode::decode(std::move(bytes), {.http_charset = "ISO-8859-1"});
//   if (decoded) parse(decoded.value().utf8);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "decode/encoding.h"
#include "lede/error.h"

namespace lede::decode {

/// What the caller knows about the bytes before reading them.
struct DecodeHints {
  /// The charset from the transport: a label ("utf-8", "latin1") or a whole Content-Type value
  /// ("text/html; charset=utf-8"). Empty when there is none.
  std::string_view http_charset;
};

/// Where the chosen encoding came from.
enum class EncodingSource : std::uint8_t {
  kBom,       ///< a byte order mark
  kHttp,      ///< DecodeHints::http_charset
  kMeta,      ///< a <meta charset> or <meta http-equiv="Content-Type"> in the page
  kDetected,  ///< valid non-ASCII UTF-8, or uchardet's guess
  kDefault,   ///< nothing to go on (windows-1252; all-ASCII pages end here)
};

/// The stable name of a source ("bom", "http", "meta", "detected", "default").
std::string_view encoding_source_name(EncodingSource source);

struct Decoded {
  std::string utf8;                 ///< always valid UTF-8; no BOM; NUL bytes are kept
  Encoding encoding = Encoding::kWindows1252;
  EncodingSource source = EncodingSource::kDefault;
  std::size_t replacements = 0;     ///< U+FFFD inserted for bytes that could not be decoded
  std::string ignored_charset;      ///< the caller's charset when it named no usable encoding

  /// The WHATWG name of `encoding` ("UTF-8", "Shift_JIS"); points into static storage.
  std::string_view encoding_name() const { return decode::encoding_name(encoding); }
};

/// Decodes a whole page to UTF-8. `bytes` is taken by value: when it already is valid UTF-8
/// (or ASCII in an ASCII-compatible encoding) it is moved into Decoded::utf8 without a copy.
/// Errors: kBadEncoding only when ICU fails on an encoding it reported it could convert;
/// empty input is not an error (it decodes to an empty string).
Result<Decoded> decode(std::string bytes, const DecodeHints& hints = {});

/// decode() for bytes that outlive the result. Bytes that need no conversion (valid UTF-8, or
/// ASCII in an ASCII-compatible encoding) are not copied: `in_place` views them, BOM removed,
/// and decoded.utf8 stays empty.
struct BorrowedDecode {
  Decoded decoded;
  std::optional<std::string_view> in_place;

  /// The page as UTF-8, wherever it lies.
  std::string_view utf8() const { return in_place ? *in_place : std::string_view(decoded.utf8); }
};
Result<BorrowedDecode> decode_borrowed(std::string_view bytes, const DecodeHints& hints = {});

struct Sniffed {
  Encoding encoding = Encoding::kWindows1252;
  EncodingSource source = EncodingSource::kDefault;
  bool http_charset_ignored = false;  ///< the caller's charset named no usable encoding
};

/// The encoding decode() would use and why (steps 1-6 above), without converting anything.
Sniffed sniff_encoding(std::string_view bytes, const DecodeHints& hints = {});

}  // namespace lede::decode
