#include "input_check.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede::api {
namespace {

struct Signature {
  std::string_view magic;
  std::string_view format;
};

// File signatures of formats people feed an extractor by mistake: documents, images, archives,
// fonts, media and executables. All are binary except "%PDF-" and "%!PS", whose files are still
// not pages. A page never starts with any of these bytes (HTML starts with "<", a BOM or space).
constexpr std::array kSignatures{
    Signature{{"%PDF-", 5}, "a PDF document"},
    Signature{{"%!PS", 4}, "a PostScript document"},
    Signature{{"\x89PNG\r\n\x1a\n", 8}, "a PNG image"},
    Signature{{"GIF87a", 6}, "a GIF image"},
    Signature{{"GIF89a", 6}, "a GIF image"},
    Signature{{"\xff\xd8\xff", 3}, "a JPEG image"},
    Signature{{"RIFF", 4}, "a RIFF file (WebP, WAV or AVI)"},
    Signature{{"PK\x03\x04", 4}, "a ZIP archive"},
    Signature{{"\x1f\x8b", 2}, "gzip-compressed data"},
    Signature{{"\xfd" "7zXZ\x00", 6}, "xz-compressed data"},
    Signature{{"7z\xbc\xaf\x27\x1c", 6}, "a 7-Zip archive"},
    Signature{{"\x28\xb5\x2f\xfd", 4}, "zstd-compressed data"},
    Signature{{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8}, "an OLE document (Word, Excel)"},
    Signature{{"SQLite format 3\x00", 16}, "an SQLite database"},
    Signature{{"\x7f" "ELF", 4}, "an ELF executable"},
    Signature{{"wOFF", 4}, "a WOFF font"},
    Signature{{"wOF2", 4}, "a WOFF2 font"},
    Signature{{"OggS", 4}, "an Ogg media file"},
    Signature{{"ID3", 3}, "an MP3 audio file"},
    Signature{{"\x00\x00\x01\x00", 4}, "an icon file"},
};

// How much of the input the binary test looks at: enough to see past a long <head>, little
// enough to cost nothing against the parse.
constexpr size_t kSniffBytes = 4096;
// Pages may carry a stray control byte or NUL (the parser copes); binary data has them
// everywhere. More than this share of control bytes in the sample means binary.
constexpr double kMaxControlByteShare = 0.05;
// UTF-16 without a BOM has a NUL in every other byte for ASCII text (markup is ASCII): NULs
// making up this share of the sample, almost all on one parity (even or odd offsets), mark it
// as text for the decode stage, not binary.
constexpr double kUtf16MinNulShare = 0.15;
constexpr double kUtf16NulParityShare = 0.9;

bool is_control_byte(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b;
}

// The control bytes of `sample`, sixteen at a time: every page pays for this count over its
// first 4 KiB, which a byte-at-a-time loop made cost a sizeable share of the input checks.
size_t count_control_bytes(std::string_view sample) {
  size_t count = 0;
  size_t i = 0;
#if defined(__SSE2__)
  constexpr size_t kBlock = 16;
  const __m128i below_space = _mm_set1_epi8(0x1F);
  for (; i + kBlock <= sample.size(); i += kBlock) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sample.data() + i));
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space);
    // The control bytes is_control_byte() lets through.
    const __m128i allowed = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\f'))),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8(0x1b))));
    count += static_cast<size_t>(__builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(allowed, control)))));
  }
#endif
  for (; i < sample.size(); ++i) count += is_control_byte(static_cast<unsigned char>(sample[i])) ? 1 : 0;
  return count;
}

bool starts_with_bom(std::string_view bytes) {
  return bytes.starts_with("\xef\xbb\xbf") || bytes.starts_with("\xfe\xff") ||
         bytes.starts_with("\xff\xfe");
}

bool looks_like_utf16(std::string_view sample) {
  size_t even_nuls = 0;
  size_t odd_nuls = 0;
  for (size_t i = 0; i < sample.size(); ++i) {
    if (sample[i] == '\0') ++(i % 2 == 0 ? even_nuls : odd_nuls);
  }
  size_t nuls = even_nuls + odd_nuls;
  if (static_cast<double>(nuls) < kUtf16MinNulShare * sample.size()) return false;
  return static_cast<double>(std::max(even_nuls, odd_nuls)) >= kUtf16NulParityShare * nuls;
}

bool is_binary(std::string_view bytes) {
  if (starts_with_bom(bytes)) return false;
  std::string_view sample = bytes.substr(0, kSniffBytes);
  const size_t control = count_control_bytes(sample);
  if (static_cast<double>(control) <= kMaxControlByteShare * sample.size()) return false;
  return !looks_like_utf16(sample);
}

bool is_blank(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

std::optional<Error> check_raw_input(std::string_view bytes, const Options& options) {
  if (bytes.size() > options.max_input_bytes) {
    return Error{ErrorKind::kTooLarge, "the input has " + std::to_string(bytes.size()) +
                                           " bytes, more than the limit of " +
                                           std::to_string(options.max_input_bytes)};
  }
  if (is_blank(bytes)) {
    return Error{ErrorKind::kEmpty, bytes.empty() ? "the input is empty"
                                                  : "the input holds only whitespace"};
  }
  for (const Signature& signature : kSignatures) {
    if (bytes.starts_with(signature.magic)) {
      return Error{ErrorKind::kNotHtml,
                   "the input is " + std::string(signature.format) + ", not an HTML page"};
    }
  }
  if (is_binary(bytes)) {
    return Error{ErrorKind::kNotHtml, "the input is binary data, not an HTML page"};
  }
  return std::nullopt;
}

std::optional<Error> check_has_markup(std::string_view utf8) {
  // Any tag, end tag, comment or doctype: "<" then a letter, "/" or "!".
  for (size_t at = utf8.find('<'); at != std::string_view::npos; at = utf8.find('<', at + 1)) {
    if (at + 1 == utf8.size()) break;
    unsigned char next = static_cast<unsigned char>(utf8[at + 1]);
    if (std::isalpha(next) || next == '/' || next == '!') return std::nullopt;
  }
  return Error{ErrorKind::kNotHtml, "the input holds no HTML markup"};
}

}  // namespace lede::api
