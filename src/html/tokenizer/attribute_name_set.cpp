#include "html/tokenizer/attribute_name_set.h"

#include <algorithm>
#include <functional>

namespace lede::html {

namespace {
// The table is rebuilt at twice the size whenever it would pass half full.
constexpr size_t kMaxLoadDivisor = 2;

size_t hash_name(std::string_view name) { return std::hash<std::string_view>{}(name); }
}  // namespace

void AttributeNameSet::clear_slots() {
  std::fill(slots_.begin(), slots_.end(), 0u);
  used_ = 0;
}

bool AttributeNameSet::insert_hashed(const DocumentBuilder& doc, std::span<const Attribute> attributes,
                                     std::string_view name) {
  if (used_ == 0 || (attributes.size() + 1) * kMaxLoadDivisor > slots_.size()) {
    // Sized from this tag alone, so one huge tag does not make every later rebuild huge.
    size_t capacity = kLinearScanLimit * 2 * kMaxLoadDivisor;
    while (capacity < (attributes.size() + 1) * kMaxLoadDivisor) capacity *= 2;
    rebuild(doc, attributes, capacity);
  }
  return probe(doc, attributes, name, static_cast<uint32_t>(attributes.size()));
}

void AttributeNameSet::rebuild(const DocumentBuilder& doc, std::span<const Attribute> attributes,
                               size_t capacity) {
  slots_.assign(capacity, 0u);
  used_ = 0;
  for (uint32_t i = 0; i < attributes.size(); ++i)
    probe(doc, attributes, doc.str(attributes[i].name), i);
}

bool AttributeNameSet::probe(const DocumentBuilder& doc, std::span<const Attribute> attributes,
                             std::string_view name, uint32_t new_index) {
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash_name(name) & mask;; slot = (slot + 1) & mask) {
    const uint32_t entry = slots_[slot];
    if (entry == 0) {
      slots_[slot] = new_index + 1;
      ++used_;
      return true;
    }
    if (doc.str(attributes[entry - 1].name) == name) return false;
  }
}

}  // namespace lede::html
