#include "decode/decode.h"

#include <optional>
#include <utility>

#include "decode/convert.h"
#include "decode/detect.h"
#include "decode/prescan.h"
#include "decode/utf8.h"

namespace lede::decode {
namespace {

// §13.2.3.1: browsers prescan this many bytes before they start parsing.
constexpr std::size_t kPrescanBytes = 1024;
// A <meta> found later makes browsers restart with that encoding (§13.2.3.4). lede has the
// whole page, so it scans further up front instead; the html5lib encoding tests place
// declarations up to 8 KiB in, and real pages put long scripts and styles before them.
constexpr std::size_t kLateMetaScanBytes = 64 * 1024;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

/// §13.2.3.1 step "BOM sniffing": the BOM's encoding and length, if the bytes start with one.
std::optional<std::pair<Encoding, std::size_t>> sniff_bom(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) return std::pair{Encoding::kUtf8, kUtf8Bom.size()};
  if (bytes.starts_with(kUtf16LeBom)) return std::pair{Encoding::kUtf16Le, kUtf16LeBom.size()};
  if (bytes.starts_with(kUtf16BeBom)) return std::pair{Encoding::kUtf16Be, kUtf16BeBom.size()};
  return std::nullopt;
}

bool contains_ignoring_case(std::string_view text, std::string_view lowercase_word) {
  for (std::size_t i = 0; i + lowercase_word.size() <= text.size(); ++i) {
    bool match = true;
    for (std::size_t k = 0; k < lowercase_word.size() && match; ++k) {
      const char c = text[i + k];
      match = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == lowercase_word[k];
    }
    if (match) return true;
  }
  return false;
}

struct HttpCharset {
  std::optional<Encoding> encoding;
  bool ignored = false;  // a charset was given but names nothing usable
};

/// Reads the caller's charset, either a bare label or a whole Content-Type value. A
/// Content-Type without a charset parameter ("text/html") is simply no information.
HttpCharset read_http_charset(std::string_view hint) {
  if (hint.empty()) return {};
  const bool is_content_type = hint.find_first_of("/;=") != std::string_view::npos;
  std::optional<Encoding> encoding =
      is_content_type ? charset_from_content_type(hint) : encoding_for_label(hint);
  if (encoding && can_convert(*encoding)) return {encoding, false};
  const bool named_a_charset = !is_content_type || contains_ignoring_case(hint, "charset");
  return {std::nullopt, named_a_charset};
}

std::optional<Encoding> find_meta_charset(std::string_view bytes) {
  std::optional<Encoding> declared = prescan_for_meta_charset(bytes.substr(0, kPrescanBytes));
  if (!declared && bytes.size() > kPrescanBytes) {
    declared = prescan_for_meta_charset(bytes.substr(0, kLateMetaScanBytes));
  }
  if (declared && !can_convert(*declared)) return std::nullopt;
  return declared;
}

/// Steps 1-6 of decode.h. `scan` receives the UTF-8 scan when step 4 had to make one, so
/// decode() need not repeat it.
Sniffed choose_encoding(std::string_view bytes, const DecodeHints& hints,
                        std::optional<Utf8Scan>& scan) {
  if (const auto bom = sniff_bom(bytes)) return {bom->first, EncodingSource::kBom};

  const HttpCharset http = read_http_charset(hints.http_charset);
  if (http.encoding) return {*http.encoding, EncodingSource::kHttp};

  if (const auto meta = find_meta_charset(bytes)) {
    return {*meta, EncodingSource::kMeta, http.ignored};
  }

  scan = scan_utf8(bytes);
  if (scan->ascii_only) return {Encoding::kWindows1252, EncodingSource::kDefault, http.ignored};
  if (scan->valid(bytes.size())) return {Encoding::kUtf8, EncodingSource::kDetected, http.ignored};
  if (const auto detected = detect_encoding(bytes)) {
    return {*detected, EncodingSource::kDetected, http.ignored};
  }
  return {Encoding::kWindows1252, EncodingSource::kDefault, http.ignored};
}

}  // namespace

std::string_view encoding_source_name(EncodingSource source) {
  switch (source) {
    case EncodingSource::kBom: return "bom";
    case EncodingSource::kHttp: return "http";
    case EncodingSource::kMeta: return "meta";
    case EncodingSource::kDetected: return "detected";
    case EncodingSource::kDefault: return "default";
  }
  return "default";
}

Sniffed sniff_encoding(std::string_view bytes, const DecodeHints& hints) {
  std::optional<Utf8Scan> unused;
  return choose_encoding(bytes, hints, unused);
}

Result<BorrowedDecode> decode_borrowed(std::string_view bytes, const DecodeHints& hints) {
  std::optional<Utf8Scan> scan;
  const Sniffed sniffed = choose_encoding(bytes, hints, scan);

  BorrowedDecode result;
  Decoded& decoded = result.decoded;
  decoded.encoding = sniffed.encoding;
  decoded.source = sniffed.source;
  if (sniffed.http_charset_ignored) decoded.ignored_charset = hints.http_charset;

  if (sniffed.source == EncodingSource::kBom) {
    bytes.remove_prefix(sniff_bom(bytes)->second);
    scan.reset();
  }

  const bool utf8 = sniffed.encoding == Encoding::kUtf8;
  if (utf8 || is_ascii_compatible(sniffed.encoding)) {
    if (!scan) scan = scan_utf8(bytes);
    // The common case: nothing to convert.
    if (scan->ascii_only || (utf8 && scan->valid(bytes.size()))) {
      result.in_place = bytes;
      return result;
    }
  }

  if (utf8) {
    const std::string_view valid_prefix(bytes.data(), scan->first_invalid);
    decoded.utf8.reserve(bytes.size() + bytes.size() / 8);
    decoded.utf8.append(valid_prefix);
    decoded.replacements = append_repaired_utf8(bytes.substr(scan->first_invalid), decoded.utf8);
    return result;
  }

  Result<Conversion> converted = convert_to_utf8(bytes, sniffed.encoding);
  if (!converted) return converted.error();
  decoded.utf8 = std::move(converted.value().utf8);
  decoded.replacements = converted.value().replacements;
  return result;
}

Result<Decoded> decode(std::string bytes, const DecodeHints& hints) {
  Result<BorrowedDecode> borrowed = decode_borrowed(bytes, hints);
  if (!borrowed) return borrowed.error();
  BorrowedDecode& result = borrowed.value();
  if (result.in_place) {
    // The caller's buffer becomes the result, less the BOM it may start with.
    bytes.erase(0, bytes.size() - result.in_place->size());
    result.decoded.utf8 = std::move(bytes);
  }
  return std::move(result.decoded);
}

}  // namespace lede::decode
