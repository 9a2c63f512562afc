#include "tree_stats.h"

#include <algorithm>

namespace lede::cli {

TreeStats& TreeStats::operator+=(const TreeStats& other) {
  elements += other.elements;
  text_nodes += other.text_nodes;
  comments += other.comments;
  attributes += other.attributes;
  text_bytes += other.text_bytes;
  max_element_depth = std::max(max_element_depth, other.max_element_depth);
  return *this;
}

TreeStats collect_tree_stats(const html::Document& doc) {
  using html::kNoNode;
  using html::NodeId;
  using html::NodeType;
  TreeStats stats;
  // Pre-order walk keeping the element depth of the current node: +1 entering an element's
  // children, -1 for every element left while climbing back up.
  uint32_t depth = 0;
  NodeId id = doc.root();
  while (true) {
    const html::Node& n = doc.node(id);
    switch (n.type) {
      case NodeType::kElement:
        ++stats.elements;
        stats.attributes += n.count;
        stats.max_element_depth = std::max(stats.max_element_depth, depth + 1);
        break;
      case NodeType::kText:
        ++stats.text_nodes;
        stats.text_bytes += n.count;
        break;
      case NodeType::kComment:
        ++stats.comments;
        break;
      default:
        break;
    }
    if (n.first_child != kNoNode) {
      if (n.type == NodeType::kElement) ++depth;
      id = n.first_child;
      continue;
    }
    while (id != doc.root() && doc.node(id).next_sibling == kNoNode) {
      id = doc.node(id).parent;
      if (doc.node(id).type == NodeType::kElement) --depth;
    }
    if (id == doc.root()) break;
    id = doc.node(id).next_sibling;
  }
  return stats;
}

}  // namespace lede::cli
