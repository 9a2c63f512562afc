#include "decode/utf8_simd.h"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__)
#include <tmmintrin.h>
#endif

namespace lede::decode {

#if defined(__x86_64__)
namespace {

constexpr std::size_t kBlock = 16;
constexpr std::size_t kBlocksPerChunk = 4;
constexpr std::size_t kChunk = kBlocksPerChunk * kBlock;

// Each error class is one bit. A pair of bytes (previous, current) is ill-formed when the three
// lookups below (previous byte's high nibble, its low nibble, current byte's high nibble) share
// a bit. Sequences longer than two bytes are checked by the continuation-count rule instead.
constexpr std::uint8_t kTooShort = 1 << 0;    // lead byte followed by a non-continuation
constexpr std::uint8_t kTooLong = 1 << 1;     // ASCII followed by a continuation
constexpr std::uint8_t kOverlong3 = 1 << 2;   // E0 followed by 80..9F
constexpr std::uint8_t kTooLarge = 1 << 3;    // F4 followed by 90..BF, or F5..FF
constexpr std::uint8_t kSurrogate = 1 << 4;   // ED followed by A0..BF
constexpr std::uint8_t kOverlong2 = 1 << 5;   // C0 or C1 as a lead byte
constexpr std::uint8_t kTooLarge1000 = 1 << 6;  // F5..FF followed by 80..8F
constexpr std::uint8_t kOverlong4 = 1 << 6;   // F0 followed by 80..8F (shares the bit above)
constexpr std::uint8_t kTwoConts = 1 << 7;    // continuation after continuation
constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

alignas(16) constexpr std::uint8_t kPrevHighNibble[16] = {
    kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,  // 0___
    kTwoConts, kTwoConts, kTwoConts, kTwoConts,                                      // 10__
    kTooShort | kOverlong2,                                                          // 1100
    kTooShort,                                                                       // 1101
    kTooShort | kOverlong3 | kSurrogate,                                             // 1110
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4,                              // 1111
};

alignas(16) constexpr std::uint8_t kPrevLowNibble[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4,  // ____0000
    kCarry | kOverlong2,                            // ____0001
    kCarry,
    kCarry,
    kCarry | kTooLarge,  // ____0100
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000 | kSurrogate,  // ____1101
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
};

alignas(16) constexpr std::uint8_t kCurrentHighNibble[16] = {
    kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,  // 1000
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,                   // 1001
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                   // 1010
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                   // 1011
    kTooShort, kTooShort, kTooShort, kTooShort,                                   // 11__
};

// Bytes that cannot end a block without their sequence continuing in the next one: a lead of
// two or more bytes in the last position, of three or more in the one before, of four before
// that. Saturating subtraction leaves non-zero exactly there.
alignas(16) constexpr std::uint8_t kIncompleteBelow[16] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0xDF, 0xBF,
};

[[gnu::target("ssse3")]] inline __m128i load_table(const std::uint8_t* table) {
  return _mm_load_si128(reinterpret_cast<const __m128i*>(table));
}

// Non-zero bytes where `input` (with `previous`, the block before it) is ill-formed.
[[gnu::target("ssse3")]] inline __m128i block_errors(__m128i input, __m128i previous) {
  const __m128i low_nibble = _mm_set1_epi8(0x0F);
  const __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
  const __m128i prev2 = _mm_alignr_epi8(input, previous, 14);
  const __m128i prev3 = _mm_alignr_epi8(input, previous, 13);

  const __m128i prev_high = _mm_shuffle_epi8(
      load_table(kPrevHighNibble), _mm_and_si128(_mm_srli_epi16(prev1, 4), low_nibble));
  const __m128i prev_low =
      _mm_shuffle_epi8(load_table(kPrevLowNibble), _mm_and_si128(prev1, low_nibble));
  const __m128i current_high = _mm_shuffle_epi8(
      load_table(kCurrentHighNibble), _mm_and_si128(_mm_srli_epi16(input, 4), low_nibble));
  const __m128i pair_errors = _mm_and_si128(_mm_and_si128(prev_high, prev_low), current_high);

  // A continuation byte is required exactly where the byte two back leads a 3- or 4-byte
  // sequence or the byte three back leads a 4-byte one; kTwoConts marks where one was found.
  const __m128i third_byte = _mm_subs_epu8(prev2, _mm_set1_epi8(static_cast<char>(0xDF)));
  const __m128i fourth_byte = _mm_subs_epu8(prev3, _mm_set1_epi8(static_cast<char>(0xEF)));
  const __m128i needs_continuation = _mm_andnot_si128(
      _mm_cmpeq_epi8(_mm_or_si128(third_byte, fourth_byte), _mm_setzero_si128()),
      _mm_set1_epi8(static_cast<char>(kTwoConts)));
  return _mm_xor_si128(needs_continuation, pair_errors);
}

[[gnu::target("ssse3")]] inline bool any_set(__m128i v) {
  return _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())) != 0xFFFF;
}

// The validator's state between chunks of four blocks.
struct ChunkState {
  __m128i previous = _mm_setzero_si128();    // the last block seen (ASCII runs: zero)
  __m128i incomplete = _mm_setzero_si128();  // non-zero where that block ends mid-sequence
  bool ascii_only = true;
  bool last_chunk_ascii = false;  // then `previous` and `incomplete` are zero
};

// No byte above 0x7F in the kChunk bytes at `p`.
[[gnu::target("ssse3")]] inline bool is_ascii_chunk(const unsigned char* p) {
  const auto* at = reinterpret_cast<const __m128i*>(p);
  const __m128i high_bits = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(at), _mm_loadu_si128(at + 1)),
                                         _mm_or_si128(_mm_loadu_si128(at + 2), _mm_loadu_si128(at + 3)));
  return _mm_movemask_epi8(high_bits) == 0;
}

// Checks kChunk bytes at `p`; false when they hold an error, or when they are ASCII and the
// chunk before ended mid-sequence. Errors are gathered over the whole chunk and tested once,
// which keeps branches out of the per-block work.
[[gnu::target("ssse3")]] inline bool check_chunk(const unsigned char* p, ChunkState& state) {
  const auto* at = reinterpret_cast<const __m128i*>(p);
  const __m128i blocks[kBlocksPerChunk] = {_mm_loadu_si128(at), _mm_loadu_si128(at + 1),
                                           _mm_loadu_si128(at + 2), _mm_loadu_si128(at + 3)};
  const __m128i high_bits = _mm_or_si128(_mm_or_si128(blocks[0], blocks[1]),
                                         _mm_or_si128(blocks[2], blocks[3]));
  if (_mm_movemask_epi8(high_bits) == 0) {
    const bool ok = !any_set(state.incomplete);
    state.previous = _mm_setzero_si128();
    state.incomplete = _mm_setzero_si128();
    state.last_chunk_ascii = true;
    return ok;
  }
  state.ascii_only = false;
  state.last_chunk_ascii = false;
  __m128i errors = _mm_setzero_si128();
  for (const __m128i& block : blocks) {
    errors = _mm_or_si128(errors, block_errors(block, state.previous));
    state.previous = block;
  }
  state.incomplete = _mm_subs_epu8(state.previous, load_table(kIncompleteBelow));
  return !any_set(errors);
}

}  // namespace

bool can_check_utf8_blocks() {
  static const bool kSupported = __builtin_cpu_supports("ssse3");
  return kSupported;
}

[[gnu::target("ssse3")]] BlockCheck check_utf8_blocks(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  ChunkState state;
  std::size_t i = 0;
  for (; i + kChunk <= n; i += kChunk) {
    if (!check_chunk(p + i, state)) return {false, false, i};
    // The ASCII chunks that follow an ASCII chunk (most of a page's markup) leave the state as
    // it is, so they need nothing but the test for bytes above 0x7F.
    if (state.last_chunk_ascii) {
      while (i + 2 * kChunk <= n && is_ascii_chunk(p + i + kChunk)) i += kChunk;
    }
  }
  // The tail is padded with NULs, which are ASCII, so a sequence cut off by the end of the
  // input shows up as an error like any other; a tail of zero bytes checks the last chunk's end.
  alignas(16) unsigned char tail[kChunk] = {};
  if (n > i) std::memcpy(tail, p + i, n - i);
  if (!check_chunk(tail, state) || any_set(state.incomplete)) return {false, false, i};
  return {true, state.ascii_only, n};
}

#else

bool can_check_utf8_blocks() { return false; }

BlockCheck check_utf8_blocks(std::string_view) { return {false, false, 0}; }

#endif

}  // namespace lede::decode
