// Eight bytes of text read as one 64-bit word and tested or changed in every byte at once. The
// metadata stage asks simple questions (is it ASCII, where is the next space, is there a digit)
// of most short texts of a page; asked eight bytes at a time they cost a fraction of a loop.
// Every operation works each byte apart: no sum carries from one byte into the next, so a
// byte's answer (its high bit) never depends on its neighbours.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace lede::eight_bytes {

static_assert(std::endian::native == std::endian::little, "the first byte of a word is its lowest");

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHighBits = kOnes * 0x80;
inline constexpr uint64_t kLowBits = kOnes * 0x7F;

inline uint64_t load(const char* at) {
  uint64_t word;
  std::memcpy(&word, at, sizeof word);
  return word;
}

inline void store(char* at, uint64_t word) { std::memcpy(at, &word, sizeof word); }

/// The bytes from `at` on of a text whose end is `end`, as one word: its first eight, or the
/// last eight of the text overlapping bytes before `at`, or for a text of fewer than eight the
/// text's bytes repeated (two halves of four that may overlap, or three single bytes). For
/// questions of any byte (a digit? outside ASCII?) the last bytes of a text are read as a
/// word, where a loop over them ended at a different byte in every text and mispredicted.
/// The text holds at least one byte.
inline uint64_t load_covering(const char* text, const char* at, const char* end) {
  size_t size = static_cast<size_t>(end - text);
  if (size >= 8) return load(end - at >= 8 ? at : end - 8);
  if (size >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, text, 4);
    std::memcpy(&tail, end - 4, 4);
    return head | uint64_t{tail} << 32;
  }
  uint64_t three = static_cast<unsigned char>(text[0]) | uint64_t{static_cast<unsigned char>(text[size > 1 ? 1 : 0])} << 8 |
                   uint64_t{static_cast<unsigned char>(end[-1])} << 16 | uint64_t{static_cast<unsigned char>(text[0])} << 24;
  return three | three << 32;
}

/// The offset of the first byte whose high bit is set in `marks` (which has some).
inline size_t first_marked(uint64_t marks) { return static_cast<size_t>(std::countr_zero(marks)) / 8; }

/// The high bit of each byte of `word` that is `c`, and no other bit.
inline uint64_t bytes_equal(uint64_t word, unsigned char c) {
  uint64_t differs = word ^ (kOnes * c);
  return ~(((differs & kLowBits) + kLowBits) | differs | kLowBits);
}

/// The high bit of each byte at least `low` and at most `high`, both below 0x80; no other bit.
inline uint64_t bytes_within(uint64_t word, unsigned char low, unsigned char high) {
  // Without their high bits the bytes stay below 0x100 once these are added, so the high bit
  // of each sum alone says whether the byte reached `low`, and whether it passed `high`; a
  // byte that had its high bit is in no ASCII range.
  uint64_t seven = word & kLowBits;
  uint64_t from_low = seven + kOnes * (0x80 - low);
  uint64_t past_high = seven + kOnes * (0x80 - high - 1);
  return from_low & ~past_high & ~word & kHighBits;
}

/// The high bit of each byte that is ASCII white space as is_ascii_space() tells it: ' ', and
/// tab, line feed, vertical tab, form feed and carriage return (9 to 13).
inline uint64_t ascii_space_bytes(uint64_t word) { return bytes_equal(word, ' ') | bytes_within(word, '\t', '\r'); }

/// `word`, all of whose bytes are ASCII, with its capitals in lower case.
inline uint64_t lower_ascii(uint64_t word) {
  return word | (bytes_within(word, 'A', 'Z') >> 2);  // 0x80 >> 2 is the 0x20 from 'A' to 'a'
}

}  // namespace lede::eight_bytes
