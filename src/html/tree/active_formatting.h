// The list of active formatting elements (WHATWG HTML §13.2.4.3): formatting elements opened
// since the last marker (td, th, caption, applet, marquee, object, template), which the parser
// re-opens after misnested markup closed them.
#pragma once

#include <cstdint>
#include <vector>

#include "html/document_builder.h"

namespace lede::html::tree {

class ActiveFormatting {
 public:
  struct Entry {
    NodeId node;  // kNoNode for a marker
    TagId tag;
    // Order-independent hash of the attributes for the Noah's Ark test, computed only once an
    // entry with the same tag is pushed (most formatting elements never meet a twin).
    bool fingerprinted = false;
    uint32_t attribute_count = 0;  // compared before any fingerprint
    uint64_t fingerprint = 0;
    bool is_marker() const { return node == kNoNode; }
  };

  /// Entries allowed after the last marker. The spec has no such cap, only the Noah's Ark
  /// clause (three identical entries); with it, <b id=1><b id=2>... would make each push and
  /// each reconstruction scan a list as long as the input. Real pages stay far below it.
  static constexpr size_t kMaxEntriesAfterMarker = 64;
  /// Identical entries (tag, namespace, attributes) kept by the Noah's Ark clause.
  static constexpr size_t kNoahsArkLimit = 3;

  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  const Entry& at(size_t i) const { return entries_[i]; }
  const Entry& back() const { return entries_.back(); }

  void push_marker() {
    entries_.push_back({kNoNode, 0});
    at_ark_limit_ = false;
  }
  /// Pushes a formatting element, applying the Noah's Ark clause and the size cap first.
  void push(const DocumentBuilder& doc, NodeId node, TagId tag);
  /// Removes entries up to and including the last marker.
  void clear_to_last_marker();
  /// Index of the last element with this tag after the last marker, or -1.
  int32_t find_after_marker(TagId tag) const;
  /// Index of `node` among the entries after the last marker, or -1.
  int32_t index_of(NodeId node) const;
  void remove_at(size_t index) {
    entries_.erase(entries_.begin() + static_cast<ptrdiff_t>(index));
    at_ark_limit_ = false;
  }
  /// Inserts `node` (the adoption agency's replacement of an entry) at `index`.
  void insert_at(const DocumentBuilder& doc, size_t index, NodeId node, TagId tag) {
    entries_.insert(entries_.begin() + static_cast<ptrdiff_t>(index), make_entry(doc, node, tag));
    at_ark_limit_ = false;
  }
  /// Order-independent hash of an element's attributes: equal attribute sets hash equally.
  static uint64_t fingerprint(const DocumentBuilder& doc, NodeId node);
  /// Puts `node` (a copy with the same attributes) in place of entry `index`'s element; a copy
  /// is identical to what it replaces, so at_ark_limit_ still holds.
  void replace_node(size_t index, NodeId node) { entries_[index].node = node; }

 private:
  static Entry make_entry(const DocumentBuilder& doc, NodeId node, TagId tag) {
    return {node, tag, false, static_cast<uint32_t>(doc.attributes(node).size()), 0};
  }
  static uint64_t fingerprint_of(const DocumentBuilder& doc, Entry& e);
  /// The Noah's Ark comparison of two same-tag entries, cheapest test first: attribute-less
  /// twins (<b><b><b>...) need no hash.
  static bool identical_attributes(const DocumentBuilder& doc, Entry& listed, Entry& pushed) {
    if (listed.attribute_count != pushed.attribute_count) return false;
    return listed.attribute_count == 0 || same_attribute_sets(doc, listed, pushed);
  }
  static bool same_attribute_sets(const DocumentBuilder& doc, Entry& listed, Entry& pushed);
  /// push() in general: scans the entries after the last marker for identical ones.
  void scan_and_push(const DocumentBuilder& doc, Entry& pushed);

  std::vector<Entry> entries_;
  // True when the last kNoahsArkLimit entries are identical to each other and no other entry
  // after the last marker is identical to them, as a push leaves <b><b><b>...: a push
  // identical to the last entry then drops the first of them without a scan. Only push()
  // and replace_node() keep it; every other edit clears it.
  bool at_ark_limit_ = false;
};

}  // namespace lede::html::tree
