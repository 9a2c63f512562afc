// Byte scanning for the tokenizer's hot loops: find the next byte that can change the state,
// 16 bytes at a time with SSE2 (the x86-64 baseline), byte by byte elsewhere and at the tail.
// Everything else the states look at goes through one 256-entry class table.
#pragma once

#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede::html::scan {

/// Pointer to the first byte in [p, end) equal to one of `Stops`, or `end`.
template <char... Stops>
inline const char* find_first_of(const char* p, const char* end) {
#if defined(__SSE2__)
  constexpr int kLanes = 16;
  while (end - p >= kLanes) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hits = _mm_setzero_si128();
    ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(Stops)))), ...);
    const int mask = _mm_movemask_epi8(hits);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += kLanes;
  }
#endif
  while (p < end && !((*p == Stops) || ...)) ++p;
  return p;
}

// Byte classes (bit flags), WHATWG HTML §13.2.5 and the code point definitions of Infra.
using ByteClass = uint16_t;
inline constexpr ByteClass kSpace = 1;  // ASCII whitespace the tokenizer knows: TAB LF FF SPACE
inline constexpr ByteClass kUpper = 2;  // ASCII upper alpha
inline constexpr ByteClass kLower = 4;  // ASCII lower alpha
inline constexpr ByteClass kDigit = 8;  // ASCII digit
inline constexpr ByteClass kHexLetter = 16;  // a-f, A-F
// Ends a tag or attribute name: whitespace, '/', '>' (and '=' for attribute names, checked apart).
inline constexpr ByteClass kNameEnd = 32;
// Needs work inside a name: uppercase (lowercased) or NUL (replaced by U+FFFD).
inline constexpr ByteClass kNameFixup = 64;
// Ends a run of an unquoted attribute value: whitespace, '&', '>', NUL.
inline constexpr ByteClass kUnquotedStop = 128;
// Parse errors, kept as text: unexpected-character-in-attribute-name ('"', '\'', '<') and
// unexpected-character-in-unquoted-attribute-value (those and '=', '`').
inline constexpr ByteClass kOddInAttributeName = 256;
inline constexpr ByteClass kOddInUnquotedValue = 512;
inline constexpr ByteClass kEquals = 1024;  // '=' ends an attribute name

inline constexpr std::array<ByteClass, 256> kClasses = [] {
  std::array<ByteClass, 256> t{};
  for (char c : {'\t', '\n', '\f', ' '})
    t[static_cast<uint8_t>(c)] |= kSpace | kNameEnd | kUnquotedStop;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] |= kUpper | kNameFixup;
  for (int c = 'a'; c <= 'z'; ++c) t[c] |= kLower;
  for (int c = '0'; c <= '9'; ++c) t[c] |= kDigit;
  for (int c = 'a'; c <= 'f'; ++c) t[c] |= kHexLetter;
  for (int c = 'A'; c <= 'F'; ++c) t[c] |= kHexLetter;
  t['/'] |= kNameEnd;
  t['>'] |= kNameEnd | kUnquotedStop;
  t['&'] |= kUnquotedStop;
  t[0] |= kNameFixup | kUnquotedStop;
  for (char c : {'"', '\'', '<'})
    t[static_cast<uint8_t>(c)] |= kOddInAttributeName | kOddInUnquotedValue;
  for (char c : {'=', '`'}) t[static_cast<uint8_t>(c)] |= kOddInUnquotedValue;
  t['='] |= kEquals;
  return t;
}();

inline ByteClass classes_of(char c) { return kClasses[static_cast<uint8_t>(c)]; }
inline bool is(char c, ByteClass classes) { return (classes_of(c) & classes) != 0; }
inline bool is_space(char c) { return is(c, kSpace); }
inline bool is_alpha(char c) { return is(c, kUpper | kLower); }
inline bool is_alnum(char c) { return is(c, kUpper | kLower | kDigit); }
inline char to_lower(char c) { return is(c, kUpper) ? static_cast<char>(c + ('a' - 'A')) : c; }

inline const char* skip_spaces(const char* p, const char* end) {
  while (p < end && is_space(*p)) ++p;
  return p;
}

/// True when [p, p + word.size()) equals `word` ignoring ASCII case; `word` is lowercase.
template <size_t N>
inline bool starts_with_ignoring_case(const char* p, const char* end, const char (&word)[N]) {
  constexpr size_t kLength = N - 1;
  if (static_cast<size_t>(end - p) < kLength) return false;
  for (size_t i = 0; i < kLength; ++i) {
    if (to_lower(p[i]) != word[i]) return false;
  }
  return true;
}

}  // namespace lede::html::scan
