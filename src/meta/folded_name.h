// A short name (a <meta> name, a JSON-LD type) case-folded on the stack: the sources fold one
// for every <meta> and every entity of every page, and fold_case() allocates a string for each
// one past the small-string size.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "meta/text_util.h"

namespace lede::meta {

/// fold_case() of a short text kept on the stack; longer texts (no name a source knows) are
/// folded into a string of their own.
class FoldedName {
 public:
  explicit FoldedName(std::string_view text) {
    if (text.size() <= kStackChars) {
      view_ = fold_case(text, buffer_);
    } else {
      long_ = fold_case(text);
      view_ = long_;
    }
  }
  FoldedName(const FoldedName&) = delete;
  FoldedName& operator=(const FoldedName&) = delete;

  std::string_view view() const { return view_; }

 private:
  static constexpr size_t kStackChars = 64;
  std::array<char, 3 * kStackChars> buffer_;  // fold_case() writes at most three bytes a byte
  std::string long_;
  std::string_view view_;
};

}  // namespace lede::meta
