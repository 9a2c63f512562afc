// Counts what a parsed document holds, walking the tree once without recursion (depth-capped
// trees are still 512 levels deep, and hostile ones must not blow the stack of any tool).
#pragma once

#include <cstddef>
#include <cstdint>

#include "html/dom.h"

namespace lede::cli {

struct TreeStats {
  size_t elements = 0;
  size_t text_nodes = 0;
  size_t comments = 0;
  size_t attributes = 0;
  size_t text_bytes = 0;
  /// Most elements on one root-to-leaf path (an element directly under the document is 1).
  uint32_t max_element_depth = 0;

  size_t nodes() const { return elements + text_nodes + comments; }
  TreeStats& operator+=(const TreeStats& other);
};

TreeStats collect_tree_stats(const html::Document& doc);

}  // namespace lede::cli
