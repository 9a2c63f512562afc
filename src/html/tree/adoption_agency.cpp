// The adoption agency algorithm (WHATWG HTML §13.2.6.4.7, "in body", end tags of formatting
// elements): repairs misnested formatting such as <b><p>x</b>y. The spec's loop limits (8
// outer, 3 inner before list entries are dropped) bound the work per end tag; the stack is
// re-indexed once per outer iteration, for the segment that moved.
#include <algorithm>

#include "html/tree/tree_builder.h"

namespace lede::html::tree {

namespace {
constexpr int kOuterLoopLimit = 8;
constexpr int kInnerLoopCloneLimit = 3;
constexpr uint32_t kMaxDepthGrowthPerIteration = kInnerLoopCloneLimit + 2;
}  // namespace

bool TreeBuilder::adoption_agency(TagId subject) {
  if (open_.current_is(subject) && formatting_.index_of(open_.current()) < 0) {
    open_.pop();
    return true;
  }
  for (int outer = 0; outer < kOuterLoopLimit; ++outer) {
    int32_t listed = formatting_.find_after_marker(subject);
    if (listed < 0) return false;  // the caller acts as for "any other end tag"
    NodeId formatting_element = formatting_.at(static_cast<size_t>(listed)).node;
    int32_t fe_pos = open_.index_of(formatting_element);
    if (fe_pos < 0) {
      formatting_.remove_at(static_cast<size_t>(listed));
      return true;
    }
    if (!open_.index_in_scope(fe_pos)) return true;
    // The furthest block: the first special element above the formatting element.
    int32_t fb_pos = open_.first_above(kTrackSpecial, fe_pos);
    if (fb_pos < 0) {
      open_.pop_to_size(static_cast<size_t>(fe_pos));
      formatting_.remove_at(static_cast<size_t>(listed));
      return true;
    }
    NodeId furthest_block = open_.node(static_cast<size_t>(fb_pos));
    NodeId common_ancestor = open_.node(static_cast<size_t>(fe_pos) - 1);
    size_t bookmark = static_cast<size_t>(listed);  // insertion index in the formatting list
    NodeId last_node = furthest_block;

    // Inner loop: walk from the furthest block down to the formatting element. Elements not
    // in the formatting list leave the stack; the others are cloned and re-nested.
    scratch_entries_.clear();
    int inner = 0;
    for (int32_t pos = fb_pos - 1; pos > fe_pos; --pos) {
      ++inner;
      const OpenElements::Entry entry = open_.at(static_cast<size_t>(pos));
      int32_t node_listed = formatting_.index_of(entry.node);
      if (inner > kInnerLoopCloneLimit && node_listed >= 0) {
        formatting_.remove_at(static_cast<size_t>(node_listed));
        if (static_cast<size_t>(node_listed) < bookmark) --bookmark;
        node_listed = -1;
      }
      if (node_listed < 0) continue;  // removed from the stack by the splice below
      NodeId copy = clone_element(entry.node);
      formatting_.replace_node(static_cast<size_t>(node_listed), copy);
      scratch_entries_.push_back({copy, entry.tag, entry.ns});
      if (last_node == furthest_block) bookmark = static_cast<size_t>(node_listed) + 1;
      doc_.append_child(copy, last_node);
      last_node = copy;
    }

    // Subtrees move below: the furthest block can end up below the surviving clones and the
    // replacement, deeper than before when the stack and the DOM disagree (depth cap, foster
    // parenting). run() checks the cap again when these could add up to it.
    adoption_growth_ += kMaxDepthGrowthPerIteration;
    insert_node_at(appropriate_place(common_ancestor), last_node);
    NodeId replacement = clone_element(formatting_element);
    if (!doc_.is_element(furthest_block, Tag::kTemplate)) doc_.move_children(furthest_block, replacement);
    doc_.append_child(furthest_block, replacement);

    formatting_.insert_at(doc_, bookmark, replacement, subject);
    int32_t old_listed = formatting_.index_of(formatting_element);
    if (old_listed >= 0) formatting_.remove_at(static_cast<size_t>(old_listed));

    // Stack: [fe, ..., fb] becomes [surviving clones..., fb, replacement].
    std::reverse(scratch_entries_.begin(), scratch_entries_.end());
    const OpenElements::Entry fb_entry = open_.at(static_cast<size_t>(fb_pos));
    scratch_entries_.push_back(fb_entry);
    scratch_entries_.push_back({replacement, subject, Namespace::kHtml});
    open_.splice(static_cast<size_t>(fe_pos), static_cast<size_t>(fb_pos) + 1, scratch_entries_);
  }
  return true;
}

}  // namespace lede::html::tree
