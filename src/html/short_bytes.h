// Loads and copies of short byte strings without a call into libc. Tag names, attribute names
// and most attribute values and text runs are a few bytes; a memcpy of a length known only at
// run time is a call costing more than the copy itself. Both helpers cover any length with at
// most two overlapping fixed-size loads, which compile to plain moves.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace lede::html {

static_assert(std::endian::native == std::endian::little, "pack_short_bytes assumes little-endian loads");

/// The bytes of [p, p + length), length <= 8, packed little-endian into a word (byte i in bits
/// 8i..8i+7, the rest zero): equal names give equal words, distinct names distinct words.
inline uint64_t pack_short_bytes(const char* p, size_t length) {
  auto byte = [p](size_t i) { return uint64_t{static_cast<uint8_t>(p[i])}; };
  if (length >= 4) {
    // Two 4-byte loads, the second ending at the last byte; where they overlap they hold the
    // same bytes, so OR-ing them back into place is exact.
    uint32_t head;
    uint32_t tail;
    std::memcpy(&head, p, sizeof(head));
    std::memcpy(&tail, p + length - sizeof(tail), sizeof(tail));
    return uint64_t{head} | uint64_t{tail} << (8 * (length - sizeof(tail)));
  }
  if (length == 0) return 0;
  // 1-3 bytes: the first, the middle and the last (some of them the same byte).
  return byte(0) | byte(length / 2) << (8 * (length / 2)) | byte(length - 1) << (8 * (length - 1));
}

/// Copies [src, src + length), sizeof(Word) <= length <= 2 * sizeof(Word), as two Word-sized
/// moves, the second ending at the last byte (they overlap when length < 2 * sizeof(Word)).
template <typename Word>
inline void copy_head_and_tail(char* out, const char* src, size_t length) {
  Word head;
  Word tail;
  std::memcpy(&head, src, sizeof(head));
  std::memcpy(&tail, src + length - sizeof(tail), sizeof(tail));
  std::memcpy(out, &head, sizeof(head));
  std::memcpy(out + length - sizeof(tail), &tail, sizeof(tail));
}

/// Copies [src, src + length) to `out` and returns the end of the copy.
inline char* copy_bytes(char* out, const char* src, size_t length) {
  if (length > 16) {
    std::memcpy(out, src, length);
  } else if (length >= 8) {
    copy_head_and_tail<uint64_t>(out, src, length);
  } else if (length >= 4) {
    copy_head_and_tail<uint32_t>(out, src, length);
  } else if (length > 0) {
    char first = src[0];
    char middle = src[length / 2];
    char last = src[length - 1];
    out[0] = first;
    out[length / 2] = middle;
    out[length - 1] = last;
  }
  return out + length;
}

}  // namespace lede::html
