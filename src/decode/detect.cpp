#include "decode/detect.h"

#include <uchardet/uchardet.h>

#include <memory>

#include "decode/convert.h"

namespace lede::decode {
namespace {

// uchardet's verdict settles long before this; markup dilutes the text, so keep enough of it.
constexpr std::size_t kDetectionSampleBytes = 64 * 1024;

struct DetectorDeleter {
  void operator()(uchardet* detector) const { uchardet_delete(detector); }
};

// uchardet names that are not WHATWG labels but denote a WHATWG encoding.
struct DetectorAlias {
  std::string_view detector_name;
  Encoding encoding;
};
constexpr DetectorAlias kDetectorAliases[] = {
    {"UHC", Encoding::kEucKr},  // Unified Hangul Code = windows-949, the standard's EUC-KR
    {"MAC-CYRILLIC", Encoding::kXMacCyrillic},
};

std::optional<Encoding> encoding_for_detector_name(std::string_view name) {
  for (const DetectorAlias& alias : kDetectorAliases) {
    if (alias.detector_name == name) return alias.encoding;
  }
  return encoding_for_label(name);
}

}  // namespace

std::optional<Encoding> detect_encoding(std::string_view bytes) {
  const std::unique_ptr<uchardet, DetectorDeleter> detector(uchardet_new());
  if (!detector) return std::nullopt;
  const std::string_view sample = bytes.substr(0, kDetectionSampleBytes);
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return std::nullopt;
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  if (name == nullptr) return std::nullopt;

  const std::optional<Encoding> encoding = encoding_for_detector_name(name);
  if (!encoding || *encoding == Encoding::kReplacement || *encoding == Encoding::kUtf16Be ||
      *encoding == Encoding::kUtf16Le || !can_convert(*encoding)) {
    return std::nullopt;
  }
  return encoding;
}

}  // namespace lede::decode
