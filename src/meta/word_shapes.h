// The shapes of a list's words, first byte and length, as bits built at compile time: a word
// whose first byte and length no listed word has is none of them, told without comparing it
// with each. Names and bylines are asked about word by word, and few of their words open like
// a listed word at its length.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lede::meta {

/// For each first byte, the lengths (as bits) of the listed words that open with it.
using WordShapes = std::array<uint32_t, 256>;

/// The shapes of `words`, each shorter than 32 bytes (a longer word does not compile).
template <size_t N>
constexpr WordShapes shapes_of(const std::string_view (&words)[N]) {
  WordShapes shapes{};
  for (std::string_view w : words) shapes[static_cast<unsigned char>(w[0])] |= uint32_t{1} << w.size();
  return shapes;
}

/// False when no listed word of `shapes` opens with `first` at `size` bytes.
inline bool may_be_listed(const WordShapes& shapes, char first, size_t size) {
  return size < 32 && (shapes[static_cast<unsigned char>(first)] >> size & 1) != 0;
}

}  // namespace lede::meta
