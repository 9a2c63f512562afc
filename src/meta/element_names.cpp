#include "meta/element_names.h"

#include <cstdint>

#include "core/eight_bytes.h"
#include "meta/text_util.h"

namespace lede::meta {

void ElementNames::append_folded(std::string_view text) {
  // Class names are nearly always ASCII: folded here eight bytes at a time without a temporary
  // string, in a loop without branches that also learns whether any byte was not ASCII.
  size_t start = folded_.size();
  folded_.resize(start + text.size());
  char* out = folded_.data() + start;
  uint64_t any_high = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t eight = eight_bytes::load(text.data() + i);
    any_high |= eight;
    // A byte outside ASCII may come out changed: the name is then folded again below.
    eight_bytes::store(out + i, eight_bytes::lower_ascii(eight & eight_bytes::kLowBits) | (eight & eight_bytes::kHighBits));
  }
  for (; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    any_high |= c;
    out[i] = static_cast<char>(static_cast<unsigned char>(c - 'A') < 26 ? c + 32 : c);
  }
  if ((any_high & eight_bytes::kHighBits) == 0) return;
  // The ASCII bytes before the first other one stay folded; the rest is folded code point by
  // code point.
  size_t first_high = 0;
  while (static_cast<unsigned char>(text[first_high]) < 0x80) ++first_high;
  folded_.resize(start + first_high);
  folded_ += fold_case(text.substr(first_high));
}

void ElementNames::fold(std::string_view classes, std::string_view element_id) {
  folded_.clear();
  append_folded(classes);
  class_bytes_ = folded_.size();
  if (!element_id.empty()) {
    folded_ += ' ';
    append_folded(element_id);
  }
}

}  // namespace lede::meta
