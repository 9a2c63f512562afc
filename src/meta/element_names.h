// The class and id of one element, case-folded: the page index matches words in them (bylines,
// dates, widgets, standfirsts) as it walks the page. Each element's names are folded into the
// same buffer, over the previous element's: keeping every element's names for the whole page
// cost a copy of all of them, and nothing reads them after the walk.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lede::meta {

class ElementNames {
 public:
  /// Folds the element's class and id attributes, replacing the names folded before.
  void fold(std::string_view classes, std::string_view element_id);
  /// Names that hold nothing: those of an element whose names need no reading.
  void clear() {
    folded_.clear();
    class_bytes_ = 0;
  }

  /// The folded class, then a space and the folded id when the element has an id.
  std::string_view class_and_id() const { return folded_; }
  /// The folded class attribute alone.
  std::string_view classes() const { return std::string_view(folded_).substr(0, class_bytes_); }
  /// The folded id attribute alone.
  std::string_view id() const {
    return folded_.size() > class_bytes_ ? std::string_view(folded_).substr(class_bytes_ + 1) : std::string_view{};
  }

 private:
  void append_folded(std::string_view text);

  std::string folded_;
  size_t class_bytes_ = 0;
};

}  // namespace lede::meta
