#include "meta/element_names.h"

#include "meta/text_util.h"

namespace lede::meta {

void ElementNames::append_folded(std::string_view text) {
  // Class names are nearly always ASCII: folded here byte for byte without a temporary string.
  size_t start = folded_.size();
  folded_.resize(start + text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      folded_.resize(start + i);
      folded_ += fold_case(text.substr(i));
      return;
    }
    folded_[start + i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
}

void ElementNames::add(html::NodeId id, std::string_view classes, std::string_view element_id) {
  if (classes.empty() && element_id.empty()) return;
  Span& s = spans_[id];
  s.begin = static_cast<uint32_t>(folded_.size());
  append_folded(classes);
  s.class_bytes = static_cast<uint32_t>(folded_.size()) - s.begin;
  if (!element_id.empty()) {
    folded_ += ' ';
    append_folded(element_id);
  }
  s.bytes = static_cast<uint32_t>(folded_.size()) - s.begin;
}

}  // namespace lede::meta
