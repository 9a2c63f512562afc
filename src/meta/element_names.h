// The class and id of every element, case-folded once per page. The metadata sources match
// words in them for thousands of elements (bylines, dates, widgets, standfirsts); folding
// them anew for every question cost more than the matching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace lede::meta {

class ElementNames {
 public:
  ElementNames() = default;
  /// Room for the names of a document of `node_count` nodes, filed one element at a time by
  /// add(): the walk that builds the page index reads each element's attributes once.
  explicit ElementNames(size_t node_count) : spans_(node_count) {}

  /// Files the element's class and id attributes, case-folded.
  void add(html::NodeId id, std::string_view classes, std::string_view element_id);

  /// The folded class, then a space and the folded id when the element has an id.
  std::string_view class_and_id(html::NodeId id) const;
  /// The folded class attribute alone.
  std::string_view classes(html::NodeId id) const;
  /// The folded id attribute alone.
  std::string_view id(html::NodeId id) const;

 private:
  // Where an element's names lie in `folded_`: "class id", the class taking `class_bytes`.
  struct Span {
    uint32_t begin = 0;
    uint32_t class_bytes = 0;
    uint32_t bytes = 0;
  };
  Span span(html::NodeId id) const;
  void append_folded(std::string_view text);
  std::string_view view(const Span& s, uint32_t from, uint32_t to) const {
    return std::string_view(folded_).substr(s.begin + from, to - from);
  }

  std::string folded_;
  std::vector<Span> spans_;
};

inline ElementNames::Span ElementNames::span(html::NodeId id) const {
  return id < spans_.size() ? spans_[id] : Span{};
}

inline std::string_view ElementNames::class_and_id(html::NodeId id) const {
  Span s = span(id);
  return view(s, 0, s.bytes);
}

inline std::string_view ElementNames::classes(html::NodeId id) const {
  Span s = span(id);
  return view(s, 0, s.class_bytes);
}

inline std::string_view ElementNames::id(html::NodeId id) const {
  Span s = span(id);
  return s.bytes > s.class_bytes ? view(s, s.class_bytes + 1, s.bytes) : std::string_view{};
}

}  // namespace lede::meta
