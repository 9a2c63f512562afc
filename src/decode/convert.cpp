#include "decode/convert.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>

#include "decode/utf8.h"

namespace lede::decode {
namespace {

constexpr std::size_t kEncodingCount = static_cast<std::size_t>(Encoding::kXUserDefined) + 1;
constexpr std::size_t kPivotChars = 1024;
constexpr UChar kReplacementChar = 0xFFFD;
// x-user-defined maps bytes 0x80..0xFF to U+F780..U+F7FF (Encoding Standard §14.5).
constexpr char32_t kUserDefinedBase = 0xF780 - 0x80;

/// The ICU converter that implements each WHATWG encoding; nullptr for those lede decodes
/// itself. GBK is decoded as gb18030 (a superset, as the standard's GBK decoder does); Big5
/// includes the HKSCS extensions; Shift_JIS and EUC-KR are Microsoft's supersets
/// (windows-31j, windows-949), which is what the standard's indexes describe.
const char* icu_converter_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8: return "UTF-8";
    case Encoding::kIbm866: return "ibm-866";
    case Encoding::kIso8859_2: return "ISO-8859-2";
    case Encoding::kIso8859_3: return "ISO-8859-3";
    case Encoding::kIso8859_4: return "ISO-8859-4";
    case Encoding::kIso8859_5: return "ISO-8859-5";
    case Encoding::kIso8859_6: return "ISO-8859-6";
    case Encoding::kIso8859_7: return "ISO-8859-7";
    case Encoding::kIso8859_8:
    case Encoding::kIso8859_8I: return "ISO-8859-8";  // logical vs visual order: same bytes
    case Encoding::kIso8859_10: return "ISO-8859-10";
    case Encoding::kIso8859_13: return "ISO-8859-13";
    case Encoding::kIso8859_14: return "ISO-8859-14";
    case Encoding::kIso8859_15: return "ISO-8859-15";
    case Encoding::kIso8859_16: return "ISO-8859-16";
    case Encoding::kKoi8R: return "KOI8-R";
    case Encoding::kKoi8U: return "KOI8-U";
    case Encoding::kMacintosh: return "macintosh";
    case Encoding::kWindows874: return "windows-874-2000";
    case Encoding::kWindows1250: return "windows-1250";
    case Encoding::kWindows1251: return "windows-1251";
    case Encoding::kWindows1252: return "windows-1252";
    case Encoding::kWindows1253: return "windows-1253";
    case Encoding::kWindows1254: return "windows-1254";
    case Encoding::kWindows1255: return "windows-1255";
    case Encoding::kWindows1256: return "windows-1256";
    case Encoding::kWindows1257: return "windows-1257";
    case Encoding::kWindows1258: return "windows-1258";
    case Encoding::kXMacCyrillic: return "x-mac-cyrillic";
    case Encoding::kGbk:
    case Encoding::kGb18030: return "gb18030";
    case Encoding::kBig5: return "Big5-HKSCS";
    case Encoding::kEucJp: return "EUC-JP";
    case Encoding::kIso2022Jp: return "ISO-2022-JP";
    case Encoding::kShiftJis: return "windows-31j";
    case Encoding::kEucKr: return "windows-949";
    case Encoding::kUtf16Be: return "UTF-16BE";
    case Encoding::kUtf16Le: return "UTF-16LE";
    case Encoding::kReplacement:
    case Encoding::kXUserDefined: return nullptr;
  }
  return nullptr;
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name, &status));
  // U_AMBIGUOUS_ALIAS_WARNING and friends still give a usable converter; only failures matter.
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

// Writes U+FFFD for every unassigned, illegal or truncated sequence, and counts them. ICU's
// own substitute callback writes U+001A for unassigned single bytes, which is not what the
// WHATWG decoders produce.
void substitute_and_count(const void* context, UConverterToUnicodeArgs* args, const char*,
                          int32_t, UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close or clone: nothing to write
  ++*static_cast<std::size_t*>(const_cast<void*>(context));
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacementChar, 1, 0, status);
}

Conversion convert_user_defined(std::string_view bytes) {
  Conversion result;
  result.utf8.reserve(bytes.size());
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      result.utf8.push_back(c);
    } else {
      append_code_point(kUserDefinedBase + byte, result.utf8);
    }
  }
  return result;
}

Error icu_error(Encoding encoding, std::string_view what) {
  std::string message(what);
  message += " for ";
  message += encoding_name(encoding);
  return Error{ErrorKind::kBadEncoding, std::move(message)};
}

}  // namespace

bool can_convert(Encoding encoding) {
  // Probed lazily, one encoding at a time: opening every ICU table up front costs ~20 ms.
  enum Availability : std::uint8_t { kUnknown, kAvailable, kMissing };
  static std::array<std::atomic<std::uint8_t>, kEncodingCount> availability{};
  std::atomic<std::uint8_t>& known = availability[static_cast<std::size_t>(encoding)];
  const std::uint8_t state = known.load(std::memory_order_relaxed);
  if (state != kUnknown) return state == kAvailable;
  const char* name = icu_converter_name(encoding);
  const bool available = name == nullptr || open_converter(name) != nullptr;
  known.store(available ? kAvailable : kMissing, std::memory_order_relaxed);
  return available;
}

Result<Conversion> convert_to_utf8(std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::kXUserDefined) return convert_user_defined(bytes);
  if (encoding == Encoding::kReplacement) {
    // The standard's replacement decoder turns any non-empty input into a single U+FFFD.
    Conversion result;
    if (!bytes.empty()) {
      append_code_point(kReplacementChar, result.utf8);
      result.replacements = 1;
    }
    return result;
  }

  const ConverterPtr source = open_converter(icu_converter_name(encoding));
  const ConverterPtr target = open_converter("UTF-8");
  if (!source || !target) return icu_error(encoding, "no ICU converter");

  Conversion result;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), substitute_and_count, &result.replacements, nullptr,
                      nullptr, &status);
  if (U_FAILURE(status)) return icu_error(encoding, u_errorName(status));

  // Legacy CJK text grows by half when re-encoded (2 bytes -> 3); grow further if needed.
  result.utf8.resize(bytes.size() + bytes.size() / 2 + 16);
  char* out = result.utf8.data();
  const char* in = bytes.data();
  std::array<UChar, kPivotChars> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  bool reset = true;
  for (;;) {
    status = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &out, result.utf8.data() + result.utf8.size(), &in,
                   bytes.data() + bytes.size(), pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), reset, /*flush=*/true, &status);
    reset = false;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    const std::size_t written = static_cast<std::size_t>(out - result.utf8.data());
    result.utf8.resize(result.utf8.size() * 2);
    out = result.utf8.data() + written;
  }
  if (U_FAILURE(status)) return icu_error(encoding, u_errorName(status));
  result.utf8.resize(static_cast<std::size_t>(out - result.utf8.data()));
  return result;
}

}  // namespace lede::decode
