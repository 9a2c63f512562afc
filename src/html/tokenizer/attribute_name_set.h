// Duplicate-attribute detection for one tag (WHATWG HTML §13.2.5.33: when an attribute's name
// is already on the tag, the new attribute is dropped). Small tags are checked by a linear scan;
// past kLinearScanLimit the names go into an open-addressing hash table, so a hostile tag with
// 100,000 attributes costs linear time, not quadratic.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "html/document_builder.h"

namespace lede::html {

class AttributeNameSet {
 public:
  /// Forgets the previous tag's names (cost proportional to that tag's attribute count).
  /// Inline, like insert()'s scan: every tag goes through them, nearly all with few attributes.
  void clear() {
    if (used_ != 0) clear_slots();
  }

  /// True when `name` is new among `attributes` (all of this tag's attributes so far). The
  /// caller must then append the attribute at index attributes.size() before the next call.
  bool insert(const DocumentBuilder& doc, std::span<const Attribute> attributes, std::string_view name) {
    if (attributes.size() >= kLinearScanLimit) return insert_hashed(doc, attributes, name);
    for (const Attribute& a : attributes) {
      // Lengths first: most names on a tag differ in length, and those need no string compare.
      if (a.name.length == name.size() && doc.str(a.name) == name) return false;
    }
    return true;
  }

 private:
  // Scanning this many names costs about as much as hashing one; real pages stay below it.
  static constexpr size_t kLinearScanLimit = 16;

  void clear_slots();
  bool insert_hashed(const DocumentBuilder& doc, std::span<const Attribute> attributes, std::string_view name);

  void rebuild(const DocumentBuilder& doc, std::span<const Attribute> attributes, size_t capacity);
  bool probe(const DocumentBuilder& doc, std::span<const Attribute> attributes, std::string_view name,
             uint32_t new_index);

  std::vector<uint32_t> slots_;  // attribute index + 1; 0 = empty
  size_t used_ = 0;
};

}  // namespace lede::html
