// A fixed set of short phrases found in a text in one pass. Both stages look for dozens of
// words in the class and id of every element (metadata: widget, byline and date words;
// extraction: the vocabulary's fragments); one find() per word per element cost more than
// reading each text once and trying only the phrases whose first two bytes are at hand.
#pragma once

#include <bitset>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace lede {

class PhraseSet {
 public:
  /// The characters of `phrases` must outlive the set; each phrase is at least two bytes long.
  explicit PhraseSet(std::span<const std::string_view> phrases) : phrases_(phrases.begin(), phrases.end()) {
    for (size_t i = 0; i < phrases_.size(); ++i) {
      std::string_view p = phrases_[i];
      starts_.set(pair(p[0], p[1]));
      by_byte_[static_cast<unsigned char>(p[0])].push_back(i);
    }
  }

  /// Calls `found(at, index)` for every place in `text` where a phrase starts (index: its
  /// position in the constructor's list), left to right, until it returns true; returns whether
  /// it did.
  template <typename Found>
  bool find_each(std::string_view text, Found&& found) const {
    for (size_t at = 0; at + 1 < text.size(); ++at) {
      if (!starts_[pair(text[at], text[at + 1])]) continue;
      for (size_t i : by_byte_[static_cast<unsigned char>(text[at])]) {
        if (text.substr(at, phrases_[i].size()) == phrases_[i] && found(at, i)) return true;
      }
    }
    return false;
  }

  std::string_view phrase(size_t index) const { return phrases_[index]; }

  /// True when `text` contains any of the phrases.
  bool in(std::string_view text) const {
    return find_each(text, [](size_t, size_t) { return true; });
  }

 private:
  static size_t pair(char first, char second) {
    return static_cast<size_t>(static_cast<unsigned char>(first)) << 8 | static_cast<unsigned char>(second);
  }

  std::vector<std::string_view> phrases_;
  std::bitset<1 << 16> starts_;
  std::vector<size_t> by_byte_[256];
};

}  // namespace lede
