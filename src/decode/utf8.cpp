#include "decode/utf8.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "decode/utf8_simd.h"

namespace lede::decode {
namespace {

constexpr std::size_t kBlock = 16;
constexpr std::size_t kMaxSequenceLength = 4;
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

/// Length of the leading run of ASCII bytes in [p, p + n), found 16 bytes at a time.
std::size_t ascii_prefix(const unsigned char* p, std::size_t n) {
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + kBlock <= n; i += kBlock) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const int high_bits = _mm_movemask_epi8(block);
    if (high_bits != 0) return i + static_cast<std::size_t>(__builtin_ctz(high_bits));
  }
#else
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  for (; i + kBlock <= n; i += kBlock) {
    std::uint64_t lo;
    std::uint64_t hi;
    std::memcpy(&lo, p + i, sizeof lo);
    std::memcpy(&hi, p + i + sizeof lo, sizeof hi);
    if (((lo | hi) & kHighBits) != 0) break;
  }
#endif
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

constexpr bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

/// Length of the well-formed sequence at p[0] (which is >= 0x80), or, when it is ill-formed,
/// minus the length of its maximal subpart (at least 1), so the caller can skip exactly that.
/// The bounds are Unicode's Table 3-7; the second byte's range is tighter after E0, ED, F0 and
/// F4 (no overlongs, surrogates or code points above U+10FFFF). Straight-line code: text in
/// non-Latin scripts runs through here once per character.
inline int measure_sequence(const unsigned char* p, std::size_t available) {
  const unsigned char lead = p[0];
  if (lead < 0xC2) return -1;
  if (available < 2) return -1;
  if (lead < 0xE0) return is_continuation(p[1]) ? 2 : -1;
  if (lead < 0xF0) {
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
    if (p[1] < low || p[1] > high) return -1;
    if (available < 3 || !is_continuation(p[2])) return -2;
    return 3;
  }
  if (lead > 0xF4) return -1;
  const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
  const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
  if (p[1] < low || p[1] > high) return -1;
  if (available < 3 || !is_continuation(p[2])) return -2;
  if (available < 4 || !is_continuation(p[3])) return -3;
  return 4;
}

}  // namespace

Utf8Scan scan_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  if (can_check_utf8_blocks()) {
    const BlockCheck check = check_utf8_blocks(bytes);
    if (check.valid) return {n, check.ascii_only};
    // Locate the error byte by byte, starting from the first sequence it can belong to.
    constexpr std::size_t kLookBack = kMaxSequenceLength - 1;
    i = check.error_block >= kLookBack ? check.error_block - kLookBack : 0;
    for (std::size_t back = 0; i > 0 && back < kLookBack && is_continuation(p[i]); ++back) --i;
  }
  bool ascii_only = true;
  while (i < n) {
    i += ascii_prefix(p + i, n - i);
    // Text in non-Latin scripts is mostly multibyte: stay here while sequences follow each other.
    while (i < n && p[i] >= 0x80) {
      ascii_only = false;
      const int length = measure_sequence(p + i, n - i);
      if (length < 0) return {i, false};
      i += static_cast<std::size_t>(length);
    }
  }
  return {n, ascii_only};
}

std::size_t append_repaired_utf8(std::string_view bytes, std::string& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t replaced = 0;
  std::size_t i = 0;
  out.reserve(out.size() + n + n / 2);
  while (i < n) {
    const std::size_t ascii = ascii_prefix(p + i, n - i);
    out.append(bytes.data() + i, ascii);
    i += ascii;
    while (i < n && p[i] >= 0x80) {
      const int length = measure_sequence(p + i, n - i);
      if (length > 0) {
        out.append(bytes.data() + i, static_cast<std::size_t>(length));
        i += static_cast<std::size_t>(length);
      } else {
        out.append(kReplacementUtf8);
        ++replaced;
        i += static_cast<std::size_t>(-length);
      }
    }
  }
  return replaced;
}

void append_code_point(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace lede::decode
