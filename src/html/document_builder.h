// The tree under construction: what the tokenizer and the tree builder work on. Every node lives
// in one vector, fully linked (parent, first/last child, previous/next sibling) so that the tree
// builder's moves (adoption agency, foster parenting, reparenting) are O(1); text, comments and
// attribute values are views (StrRef) into the builder's string space. Once the tree is built,
// Document's constructor copies it into its compact read-only form and the builder is dropped.
//
// String space: a StrRef offset below input().size() points into the decoded input (the builder's
// own copy, or the caller's bytes when they needed no change); offsets from there on point into
// the extra buffer, which holds only the strings that differ from the input (decoded character
// references, lowercased names, merged text).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "html/node_types.h"
#include "html/pod_buffer.h"
#include "html/tags.h"

namespace lede::html {

/// A node while the tree is built; Document keeps a compact form without last_child/prev_sibling.
struct BuildNode {
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId last_child = kNoNode;
  NodeId prev_sibling = kNoNode;
  NodeId next_sibling = kNoNode;
  uint32_t source_offset = 0;  // byte offset in the decoded input where the node's token began
  NodeType type = NodeType::kDocument;
  Namespace ns = Namespace::kHtml;
  TagId tag = 0;  // elements only
  // Element: attributes [first, first + count) of the attribute pool.
  // Text and comment: the data. Doctype: index into the doctype list.
  uint32_t first = 0;
  uint32_t count = 0;
};

/// The builder's growable storage, handed from one finished builder to the next: parse() keeps
/// it per thread, so a page starts with buffers already grown (and their pages already mapped)
/// instead of growing fresh ones by repeated reallocation.
struct BuilderBuffers {
  PodBuffer<BuildNode> nodes;
  PodBuffer<Attribute> attributes;
  std::string extra;
};

class DocumentBuilder {
 public:
  /// Takes ownership of the decoded UTF-8 input; the document starts with its root node only.
  explicit DocumentBuilder(std::string input) : DocumentBuilder(std::move(input), BuilderBuffers{}) {}
  /// The same, building in `reused` (emptied first) instead of in new buffers.
  DocumentBuilder(std::string input, BuilderBuffers reused);
  /// Reads `input` where it lies, without a copy; it must outlive the builder.
  DocumentBuilder(std::string_view input, BuilderBuffers reused);
  /// Hands the storage back for the next builder; blocks larger than `max_kept_bytes` are freed
  /// instead, so that one huge page does not pin its memory for the thread's lifetime.
  BuilderBuffers release_buffers(size_t max_kept_bytes) &&;

  DocumentBuilder(DocumentBuilder&&) noexcept = default;
  DocumentBuilder& operator=(DocumentBuilder&&) noexcept = default;
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;

  // ---- reading ----
  NodeId root() const { return 0; }
  const BuildNode& node(NodeId id) const { return nodes_[id]; }
  size_t node_count() const { return nodes_.size(); }
  std::string_view input() const { return input_; }
  /// Bytes in the extra buffer (strings that differ from the input).
  size_t extra_size() const { return extra_.size(); }

  std::string_view str(StrRef ref) const {
    if (ref.offset < input_.size()) return {input_.data() + ref.offset, ref.length};
    return {extra_.data() + (ref.offset - input_.size()), ref.length};
  }
  /// Text or comment data of a node.
  std::string_view data(NodeId id) const { return str({nodes_[id].first, nodes_[id].count}); }
  /// The element's local name as the spec spells it ("foreignObject" for SVG).
  std::string_view tag_name(NodeId id) const;
  std::string_view tag_name(TagId tag, Namespace ns) const;
  std::span<const Attribute> attributes(NodeId id) const {
    const BuildNode& n = nodes_[id];
    if (n.type != NodeType::kElement) return {};
    return {attributes_.data() + n.first, n.count};
  }
  /// Value of the attribute with this (lowercase) name, or nullptr-like empty optional.
  const Attribute* find_attribute(NodeId id, std::string_view name) const;
  std::string_view attribute_value(NodeId id, std::string_view name) const {
    const Attribute* a = find_attribute(id, name);
    return a ? str(a->value) : std::string_view{};
  }
  const Doctype& doctype(NodeId id) const { return doctypes_[nodes_[id].first]; }
  bool is_element(NodeId id, TagId tag) const {
    const BuildNode& n = nodes_[id];
    return n.type == NodeType::kElement && n.tag == tag && n.ns == Namespace::kHtml;
  }

  /// The next node in document order below `scope` (pre-order), or kNoNode when done.
  /// The writer copies the tree in this order.
  NodeId next_in_tree(NodeId id, NodeId scope) const {
    NodeId child = nodes_[id].first_child;
    return child != kNoNode ? child : next_skipping_children(id, scope);
  }
  /// The next node in document order below `scope` that is not inside `id`.
  NodeId next_skipping_children(NodeId id, NodeId scope) const {
    while (id != scope && id != kNoNode) {
      const BuildNode& n = nodes_[id];
      if (n.next_sibling != kNoNode) return n.next_sibling;
      id = n.parent;
    }
    return kNoNode;
  }

  // ---- building (used by the tree builder; every call keeps the tree consistent) ----
  // Inline with new_node(): one per node, and nested hostile input is little else.
  NodeId create_element(TagId tag, Namespace ns, uint32_t source_offset,
                        std::span<const Attribute> attributes = {}) {
    BuildNode n;
    n.source_offset = source_offset;
    n.type = NodeType::kElement;
    n.ns = ns;
    n.tag = tag;
    n.first = static_cast<uint32_t>(attributes_.size());
    n.count = static_cast<uint32_t>(attributes.size());
    attributes_.append(attributes);
    return append_node(n);
  }
  NodeId create_text(StrRef data, uint32_t source_offset) {
    return new_node(NodeType::kText, source_offset, data.offset, data.length);
  }
  NodeId create_comment(StrRef data, uint32_t source_offset);
  NodeId create_doctype(const Doctype& doctype, uint32_t source_offset);
  NodeId create_template_content(uint32_t source_offset);
  void append_child(NodeId parent, NodeId child);
  /// Inserts `child` before `reference` (a child of `parent`); kNoNode appends. Inline: every
  /// node is inserted through it.
  void insert_before(NodeId parent, NodeId child, NodeId reference) {
    if (nodes_[child].parent != kNoNode) remove(child);
    if (in_creation_order_) note_insertion(parent, child, reference);
    BuildNode& p = nodes_[parent];
    BuildNode& c = nodes_[child];
    c.parent = parent;
    c.next_sibling = reference;
    if (reference == kNoNode) {
      c.prev_sibling = p.last_child;
      if (p.last_child != kNoNode) nodes_[p.last_child].next_sibling = child;
      else p.first_child = child;
      p.last_child = child;
    } else {
      BuildNode& r = nodes_[reference];
      c.prev_sibling = r.prev_sibling;
      if (r.prev_sibling != kNoNode) nodes_[r.prev_sibling].next_sibling = child;
      else p.first_child = child;
      r.prev_sibling = child;
    }
  }
  /// Detaches `child` from its parent (no-op when it has none).
  void remove(NodeId child);
  /// Moves every child of `from` to the end of `to`'s children.
  void move_children(NodeId from, NodeId to);
  /// Inserts text before `reference` in `parent` (kNoNode: at the end), merging with an
  /// adjacent text node as the spec requires.
  void insert_text(NodeId parent, NodeId reference, StrRef data, uint32_t source_offset);

  /// Sets an element's attributes (replacing any it had).
  void set_attributes(NodeId element, std::span<const Attribute> attributes) {
    BuildNode& n = nodes_[element];
    n.first = static_cast<uint32_t>(attributes_.size());
    n.count = static_cast<uint32_t>(attributes.size());
    attributes_.append(attributes);
  }
  /// Adds attributes the element lacks (the spec's "<html>/<body> seen again" rule).
  void add_missing_attributes(NodeId element, std::span<const Attribute> attributes);

  /// Appends bytes to the extra buffer and returns their reference.
  StrRef append_extra(std::string_view bytes);
  /// Reference to `bytes`, which must lie inside input() (a view the tokenizer produced).
  StrRef input_ref(const char* begin, size_t length) const {
    return {static_cast<uint32_t>(begin - input_.data()), static_cast<uint32_t>(length)};
  }
  /// Extends the most recent extra-buffer string `ref` (must end the buffer) with `bytes`.
  void extend_extra(StrRef& ref, std::string_view bytes);
  bool ends_extra(StrRef ref) const {
    return ref.offset >= input_.size() && ref.offset + ref.length == input_.size() + extra_.size();
  }

  /// True when the tree's pre-order is the order the nodes were created in and every node is
  /// in the tree: each was appended, right after its creation, to a node on the path from the
  /// root to the last node, and none was moved since. Document then copies the nodes in one
  /// pass without renumbering them; most pages are built this way.
  bool in_creation_order() const { return in_creation_order_ && next_in_order_ == nodes_.size(); }

  /// Names of the interned tags, by id - Tag::kKnownCount.
  std::span<const StrRef> interned_tag_names() const { return interned_names_; }
  /// Id for a lowercase tag name: known names map to their fixed id, others are interned.
  TagId intern_tag(std::string_view lowercase_name);

 private:
  DocumentBuilder(std::unique_ptr<const std::string> owned_input, BuilderBuffers reused);

  // Keeps in_creation_order() up to date for an insertion. While it holds, the path from the
  // root to the last node is that node's ancestors: the climb to `parent` passes nodes that
  // leave that path for good, so the climbs of a whole document cost O(nodes), and a failed
  // one ends the tracking.
  void note_insertion(NodeId parent, NodeId child, NodeId reference) {
    if (reference == kNoNode && child == next_in_order_) {
      NodeId n = child - 1;  // the last node inserted
      while (n != parent && n != kNoNode) n = nodes_[n].parent;
      if (n == parent) {
        ++next_in_order_;
        return;
      }
    }
    in_creation_order_ = false;
  }

  NodeId new_node(NodeType type, uint32_t source_offset, uint32_t first, uint32_t count) {
    BuildNode n;
    n.type = type;
    n.source_offset = source_offset;
    n.first = first;
    n.count = count;
    return append_node(n);
  }
  NodeId append_node(const BuildNode& n) {
    auto id = static_cast<NodeId>(nodes_.size());
    nodes_.push_back(n);
    return id;
  }

  // The input, when the builder holds it, on the heap so that input_ stays valid across moves.
  std::unique_ptr<const std::string> owned_input_;
  std::string_view input_;
  std::string extra_;
  PodBuffer<BuildNode> nodes_;
  PodBuffer<Attribute> attributes_;
  std::vector<Doctype> doctypes_;
  // For in_creation_order(): the node that must be inserted next for the order to hold.
  bool in_creation_order_ = true;
  NodeId next_in_order_ = 1;
  std::vector<StrRef> interned_names_;  // names of tags with id >= Tag::kKnownCount
  // Owns its keys: the extra buffer the names also live in moves as it grows.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, TagId, NameHash, std::equal_to<>> interned_ids_;
};

}  // namespace lede::html
