// The stack of open elements (WHATWG HTML §13.2.4.2), built so that every question the tree
// builder asks of it is answered without scanning: for each (tag, namespace) the topmost
// position holding it, and for each tracked category the positions of its members. "Is X in
// scope" then compares two positions, which keeps hostile nesting (100,000 open elements)
// linear. Mid-stack edits (adoption agency, </form>) re-index only the part above the edit.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "html/document_builder.h"
#include "html/tree/element_categories.h"

namespace lede::html::tree {

class OpenElements {
 public:
  struct Entry {
    NodeId node;
    TagId tag;
    Namespace ns;
  };

  /// Depth of an entry whose element depth the stack was not told (see push()).
  static constexpr uint32_t kUnknownDepth = UINT32_MAX;

  /// `depth`: the element's depth in the DOM when inserted, for the tree builder's depth cap
  /// (the next element usually goes right below the current one). Inline, like pop(): every
  /// element goes through both, and hostile nesting is little else.
  void push(NodeId node, TagId tag, Namespace ns, uint32_t depth = kUnknownDepth) {
    slots_.push_back({{node, tag, ns}, categories(tag, ns), -1, depth, -1});
    index_entry(slots_.size() - 1);
  }
  void pop() {
    unindex_entry(slots_.size() - 1);
    slots_.pop_back();
  }

  size_t size() const { return slots_.size(); }
  bool empty() const { return slots_.empty(); }
  const Entry& at(size_t i) const { return slots_[i].entry; }
  NodeId node(size_t i) const { return slots_[i].entry.node; }
  CategoryMask categories_at(size_t i) const { return slots_[i].categories; }
  NodeId current() const { return slots_.back().entry.node; }
  const Entry& current_entry() const { return slots_.back().entry; }
  bool current_is(TagId tag) const {
    return !slots_.empty() && slots_.back().entry.tag == tag && slots_.back().entry.ns == Namespace::kHtml;
  }
  CategoryMask current_categories() const { return slots_.back().categories; }
  /// The depth given when the current entry was pushed, or kUnknownDepth.
  uint32_t current_depth() const { return slots_.back().depth; }

  /// Position of the topmost element with this tag and namespace, or -1.
  int32_t top_index(TagId tag, Namespace ns = Namespace::kHtml) const {
    size_t key = key_of(tag, ns);
    return key < top_of_key_.size() ? top_of_key_[key] : -1;
  }
  bool contains(TagId tag) const { return top_index(tag) >= 0; }
  /// Position of `node` on the stack, or -1 when it is not open.
  int32_t index_of(NodeId node) const {
    return node < position_of_node_.size() ? position_of_node_[node] : -1;
  }
  /// Position of the topmost member of a tracked category, or -1.
  int32_t top_of(TrackedCategory category) const {
    const std::vector<int32_t>& p = category_positions_[category];
    return p.empty() ? -1 : p.back();
  }
  /// Position of the topmost element in the HTML namespace, or -1.
  int32_t top_html() const { return slots_.empty() ? -1 : slots_.back().nearest_html; }
  /// Position of the lowest member of `category` above position `index`, or -1.
  int32_t first_above(TrackedCategory category, int32_t index) const;

  // The "has an element in ... scope" family (§13.2.4.2), for HTML elements.
  bool in_scope(TagId tag) const { return index_in_scope(top_index(tag)); }
  bool in_list_item_scope(TagId tag) const {
    int32_t i = top_index(tag);
    return i >= 0 && i >= top_of(kTrackScopeBoundary) && i >= top_of(kTrackListItemExtra);
  }
  bool in_button_scope(TagId tag) const {
    int32_t i = top_index(tag);
    return i >= 0 && i >= top_of(kTrackScopeBoundary) && i >= top_of(kTrackButtonExtra);
  }
  bool in_table_scope(TagId tag) const {
    int32_t i = top_index(tag);
    return i >= 0 && i >= top_of(kTrackTableBoundary);
  }
  /// True when position `index` (-1: absent) lies within the default scope.
  bool index_in_scope(int32_t index) const {
    return index >= 0 && index >= top_of(kTrackScopeBoundary);
  }

  /// Pops until an HTML element with this tag has been popped.
  void pop_until(TagId tag);
  /// Pops entries until `new_size` remain.
  void pop_to_size(size_t new_size);
  /// Empties the stack for the next document, keeping every array's capacity (the indexes
  /// are reset by the pops, so no array is cleared in full).
  void clear() { pop_to_size(0); }
  /// Bytes the arrays hold, counted by capacity.
  size_t memory_bytes() const;
  /// Removes the entry at `index`.
  void remove_at(size_t index);
  /// Replaces entries [first, last) by `replacement` in one re-index.
  void splice(size_t first, size_t last, std::span<const Entry> replacement);
  /// Puts `node` (same tag and namespace as the old one) at `index`.
  void replace_node(size_t index, NodeId node);

 private:
  static size_t key_of(TagId tag, Namespace ns) {
    return static_cast<size_t>(tag) * 3 + static_cast<size_t>(ns);
  }
  // Records an entry; every entry below is indexed.
  void index_entry(size_t index) {
    Slot& slot = slots_[index];
    const Entry& e = slot.entry;
    auto position = static_cast<int32_t>(index);
    size_t key = key_of(e.tag, e.ns);
    if (key >= top_of_key_.size() || e.node >= position_of_node_.size()) [[unlikely]] grow_indexes(key, e.node);
    slot.previous_same = top_of_key_[key];
    top_of_key_[key] = position;
    position_of_node_[e.node] = position;
    slot.nearest_html = e.ns == Namespace::kHtml ? position : index > 0 ? slots_[index - 1].nearest_html : -1;
    // Most elements (<b>, <span>, <a>...) are in no tracked category: the loop, whose pushes
    // may grow a vector, stays out of line so that this function inlines into push().
    if (CategoryMask tracked = slot.categories & kTrackedMask; tracked != 0) index_categories(tracked, position);
  }
  void index_categories(CategoryMask tracked, int32_t position);
  // Forgets an entry; none above it is indexed.
  void unindex_entry(size_t index) {
    const Slot& slot = slots_[index];
    const Entry& e = slot.entry;
    top_of_key_[key_of(e.tag, e.ns)] = slot.previous_same;
    position_of_node_[e.node] = -1;
    for (CategoryMask bits = slot.categories & kTrackedMask; bits != 0; bits &= bits - 1) {
      category_positions_[__builtin_ctz(bits)].pop_back();
    }
  }
  /// Makes room in the per-key and per-node tables for `key` and `node`.
  void grow_indexes(size_t key, NodeId node);

  static constexpr CategoryMask kTrackedMask = (1u << kTrackedCategoryCount) - 1;

  // One record per position, so a push or pop touches one array.
  struct Slot {
    Entry entry;
    CategoryMask categories;
    int32_t previous_same;  // next lower position of the same key, or -1
    uint32_t depth;         // as given to push(); kUnknownDepth after splice or replace_node
    int32_t nearest_html;   // the topmost HTML-namespace position at or below this one, or -1
  };
  std::vector<Slot> slots_;
  std::vector<int32_t> top_of_key_;         // per (tag, ns) key
  std::vector<int32_t> position_of_node_;   // per NodeId
  std::array<std::vector<int32_t>, kTrackedCategoryCount> category_positions_;
};

}  // namespace lede::html::tree
