#include "html/tree/open_elements.h"

#include <algorithm>

namespace lede::html::tree {

void OpenElements::index_categories(CategoryMask tracked, int32_t position) {
  for (CategoryMask bits = tracked; bits != 0; bits &= bits - 1) {
    category_positions_[__builtin_ctz(bits)].push_back(position);
  }
}

void OpenElements::grow_indexes(size_t key, NodeId node) {
  if (key >= top_of_key_.size()) top_of_key_.resize(std::max(key + 1, top_of_key_.size() * 2), -1);
  if (node >= position_of_node_.size()) {
    position_of_node_.resize(std::max<size_t>(node + 1, position_of_node_.size() * 2), -1);
  }
}

int32_t OpenElements::first_above(TrackedCategory category, int32_t index) const {
  const std::vector<int32_t>& p = category_positions_[category];
  auto it = std::upper_bound(p.begin(), p.end(), index);
  return it == p.end() ? -1 : *it;
}

void OpenElements::pop_until(TagId tag) {
  while (!slots_.empty()) {
    bool found = current_is(tag);
    pop();
    if (found) return;
  }
}

void OpenElements::pop_to_size(size_t new_size) {
  while (slots_.size() > new_size) pop();
}

void OpenElements::remove_at(size_t index) { splice(index, index + 1, {}); }

void OpenElements::splice(size_t first, size_t last, std::span<const Entry> replacement) {
  for (size_t i = slots_.size(); i > first; --i) unindex_entry(i - 1);
  auto at = static_cast<ptrdiff_t>(first);
  auto end = static_cast<ptrdiff_t>(last);
  slots_.erase(slots_.begin() + at, slots_.begin() + end);
  slots_.insert(slots_.begin() + at, replacement.size(), Slot{});
  for (size_t i = 0; i < replacement.size(); ++i) {
    const Entry& e = replacement[i];
    slots_[first + i] = {e, categories(e.tag, e.ns), -1, kUnknownDepth, -1};
  }
  for (size_t i = first; i < slots_.size(); ++i) index_entry(i);
}

size_t OpenElements::memory_bytes() const {
  size_t bytes = slots_.capacity() * sizeof(Slot) + (top_of_key_.capacity() + position_of_node_.capacity()) * sizeof(int32_t);
  for (const std::vector<int32_t>& positions : category_positions_) bytes += positions.capacity() * sizeof(int32_t);
  return bytes;
}

void OpenElements::replace_node(size_t index, NodeId node) {
  position_of_node_[slots_[index].entry.node] = -1;
  slots_[index].entry.node = node;
  slots_[index].depth = kUnknownDepth;
  if (node >= position_of_node_.size()) {
    position_of_node_.resize(std::max<size_t>(node + 1, position_of_node_.size() * 2), -1);
  }
  position_of_node_[node] = static_cast<int32_t>(index);
}

}  // namespace lede::html::tree
