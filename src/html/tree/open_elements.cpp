#include "html/tree/open_elements.h"

#include <algorithm>

namespace lede::html::tree {

namespace {
constexpr CategoryMask kTrackedMask = (1u << kTrackedCategoryCount) - 1;
}  // namespace

void OpenElements::push(NodeId node, TagId tag, Namespace ns) {
  entries_.push_back({node, tag, ns});
  categories_.push_back(categories(tag, ns));
  previous_same_.push_back(-1);
  index_entry(entries_.size() - 1);
}

void OpenElements::pop() {
  unindex_entry(entries_.size() - 1);
  entries_.pop_back();
  categories_.pop_back();
  previous_same_.pop_back();
}

void OpenElements::index_entry(size_t index) {
  const Entry& e = entries_[index];
  auto position = static_cast<int32_t>(index);
  size_t key = key_of(e.tag, e.ns);
  if (key >= top_of_key_.size()) top_of_key_.resize(std::max(key + 1, top_of_key_.size() * 2), -1);
  previous_same_[index] = top_of_key_[key];
  top_of_key_[key] = position;
  if (e.node >= position_of_node_.size()) {
    position_of_node_.resize(std::max<size_t>(e.node + 1, position_of_node_.size() * 2), -1);
  }
  position_of_node_[e.node] = position;
  for (CategoryMask bits = categories_[index] & kTrackedMask; bits != 0; bits &= bits - 1) {
    category_positions_[__builtin_ctz(bits)].push_back(position);
  }
}

void OpenElements::unindex_entry(size_t index) {
  const Entry& e = entries_[index];
  top_of_key_[key_of(e.tag, e.ns)] = previous_same_[index];
  position_of_node_[e.node] = -1;
  for (CategoryMask bits = categories_[index] & kTrackedMask; bits != 0; bits &= bits - 1) {
    category_positions_[__builtin_ctz(bits)].pop_back();
  }
}

int32_t OpenElements::first_above(TrackedCategory category, int32_t index) const {
  const std::vector<int32_t>& p = category_positions_[category];
  auto it = std::upper_bound(p.begin(), p.end(), index);
  return it == p.end() ? -1 : *it;
}

void OpenElements::pop_until(TagId tag) {
  while (!entries_.empty()) {
    bool found = current_is(tag);
    pop();
    if (found) return;
  }
}

void OpenElements::pop_to_size(size_t new_size) {
  while (entries_.size() > new_size) pop();
}

void OpenElements::remove_at(size_t index) { splice(index, index + 1, {}); }

void OpenElements::splice(size_t first, size_t last, std::span<const Entry> replacement) {
  for (size_t i = entries_.size(); i > first; --i) unindex_entry(i - 1);
  auto at = static_cast<ptrdiff_t>(first);
  auto end = static_cast<ptrdiff_t>(last);
  entries_.erase(entries_.begin() + at, entries_.begin() + end);
  entries_.insert(entries_.begin() + at, replacement.begin(), replacement.end());
  categories_.resize(entries_.size());
  previous_same_.resize(entries_.size());
  for (size_t i = first; i < entries_.size(); ++i) {
    categories_[i] = categories(entries_[i].tag, entries_[i].ns);
    index_entry(i);
  }
}

void OpenElements::replace_node(size_t index, NodeId node) {
  position_of_node_[entries_[index].node] = -1;
  entries_[index].node = node;
  if (node >= position_of_node_.size()) {
    position_of_node_.resize(std::max<size_t>(node + 1, position_of_node_.size() * 2), -1);
  }
  position_of_node_[node] = static_cast<int32_t>(index);
}

}  // namespace lede::html::tree
