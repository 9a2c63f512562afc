// A fixed set of short phrases found in a text in one pass. Both stages look for dozens of
// words in the class and id of every element (metadata: widget, byline and date words;
// extraction: the vocabulary's fragments); one find() per word per element cost more than
// reading each text once and trying only the phrases whose first two bytes are at hand.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
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
      size_t first_two = pair(p[0], p[1]);
      if (!starts_[first_two]) {
        starts_.set(first_two);
        bucket_of_pair_[first_two] = static_cast<uint16_t>(by_pair_.size());
        by_pair_.emplace_back();
      }
      by_pair_[bucket_of_pair_[first_two]].push_back(i);
    }
  }

  /// Calls `found(at, index)` for every place in `text` where a phrase starts (index: its
  /// position in the constructor's list), left to right, until it returns true; returns whether
  /// it did.
  template <typename Found>
  bool find_each(std::string_view text, Found&& found) const {
    for (size_t at = 0; at + 1 < text.size(); ++at) {
      size_t first_two = pair(text[at], text[at + 1]);
      if (!starts_[first_two]) continue;
      for (size_t i : by_pair_[bucket_of_pair_[first_two]]) {
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
  // The phrases filed by their first two bytes, so that a place in the text is compared only
  // with the phrases that start with the bytes found there: filed by the first byte alone,
  // class names full of "post-" and "article-" tried every phrase starting with 'p' or 'a'.
  std::vector<uint16_t> bucket_of_pair_ = std::vector<uint16_t>(1 << 16);
  std::vector<std::vector<size_t>> by_pair_;
};

}  // namespace lede
