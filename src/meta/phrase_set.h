// A fixed set of short phrases found in a text in one pass. The metadata stage looks for a
// dozen or more words (widget names, byline and date class words) in the class and id of every
// element; one find() per word per element cost more than reading each text once and trying
// only the phrases whose first two bytes are at hand.
#pragma once

#include <bitset>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace lede::meta {

class PhraseSet {
 public:
  /// `phrases` must outlive the set; each is at least two bytes long.
  explicit PhraseSet(std::span<const std::string_view> phrases) {
    for (std::string_view p : phrases) {
      starts_.set(pair(p[0], p[1]));
      by_byte_[static_cast<unsigned char>(p[0])].push_back(p);
    }
  }

  /// Calls `found(at, phrase)` for every place in `text` where a phrase starts, left to right,
  /// until it returns true; returns whether it did.
  template <typename Found>
  bool find_each(std::string_view text, Found&& found) const {
    for (size_t at = 0; at + 1 < text.size(); ++at) {
      if (!starts_[pair(text[at], text[at + 1])]) continue;
      for (std::string_view p : by_byte_[static_cast<unsigned char>(text[at])]) {
        if (text.substr(at, p.size()) == p && found(at, p)) return true;
      }
    }
    return false;
  }

  /// True when `text` contains any of the phrases.
  bool in(std::string_view text) const {
    return find_each(text, [](size_t, std::string_view) { return true; });
  }

 private:
  static size_t pair(char first, char second) {
    return static_cast<size_t>(static_cast<unsigned char>(first)) << 8 | static_cast<unsigned char>(second);
  }

  std::bitset<1 << 16> starts_;
  std::vector<std::string_view> by_byte_[256];
};

}  // namespace lede::meta
