// The compact DOM: every node of a document lives in one contiguous vector and refers to its
// relatives by 32-bit index; text, comments and attribute values are views (StrRef) into the
// document's own string space, so a parsed page is a handful of allocations freed at once.
//
// String space: a StrRef offset below input().size() points into the decoded input the document
// owns; offsets from there on point into the document's extra buffer, which holds only the
// strings that differ from the input (decoded character references, lowercased names, merged
// text). Views returned by Document stay valid until the document is modified or destroyed.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "html/pod_buffer.h"
#include "html/tags.h"

namespace lede::html {

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class NodeType : uint8_t {
  kDocument,
  kDoctype,
  kElement,
  kText,
  kComment,
  kTemplateContent,  // the document fragment holding a <template>'s contents: its only child
};

enum class Namespace : uint8_t { kHtml, kSvg, kMathMl };

struct StrRef {
  uint32_t offset = 0;
  uint32_t length = 0;
};

/// An attribute as the tree builder stores it. Names are lowercase, except in foreign content
/// where the spec adjusts them ("viewBox", "definitionURL", "xlink:href").
struct Attribute {
  StrRef name;
  StrRef value;
};

struct Doctype {
  StrRef name;
  StrRef public_id;
  StrRef system_id;
  bool has_public_id = false;
  bool has_system_id = false;
};

struct Node {
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId last_child = kNoNode;
  NodeId prev_sibling = kNoNode;
  NodeId next_sibling = kNoNode;
  uint32_t source_offset = 0;  // byte offset in the decoded input where the node's token began
  NodeType type = NodeType::kDocument;
  Namespace ns = Namespace::kHtml;
  TagId tag = 0;  // elements only
  // Element: attributes [first, first + count) of Document::attribute_pool().
  // Text and comment: the data. Doctype: index into Document::doctypes().
  uint32_t first = 0;
  uint32_t count = 0;
};

/// Tag id used when a document holds more distinct unknown tag names than ids remain.
inline constexpr TagId kOverflowTag = 0xFFFF;

class Document {
 public:
  /// Takes ownership of the decoded UTF-8 input; the document starts with its root node only.
  explicit Document(std::string input);

  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // ---- reading ----
  NodeId root() const { return 0; }
  const Node& node(NodeId id) const { return nodes_[id]; }
  size_t node_count() const { return nodes_.size(); }
  const std::string& input() const { return input_; }

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
    const Node& n = nodes_[id];
    if (n.type != NodeType::kElement) return {};
    return {attributes_.data() + n.first, n.count};
  }
  /// Value of the attribute with this (lowercase) name, or nullptr-like empty optional.
  const Attribute* find_attribute(NodeId id, std::string_view name) const;
  std::string_view attribute_value(NodeId id, std::string_view name) const {
    const Attribute* a = find_attribute(id, name);
    return a ? str(a->value) : std::string_view{};
  }
  /// True when the element's class attribute contains `token` as a whole whitespace token.
  bool has_class(NodeId id, std::string_view token) const;
  const Doctype& doctype(NodeId id) const { return doctypes_[nodes_[id].first]; }
  bool is_element(NodeId id, TagId tag) const {
    const Node& n = nodes_[id];
    return n.type == NodeType::kElement && n.tag == tag && n.ns == Namespace::kHtml;
  }

  /// Concatenated text of all text descendants, in document order.
  std::string text_content(NodeId id) const;
  /// The next node in document order below `scope` (pre-order), or kNoNode when done.
  /// Inline: every later stage walks the tree with it.
  NodeId next_in_tree(NodeId id, NodeId scope) const {
    NodeId child = nodes_[id].first_child;
    return child != kNoNode ? child : next_skipping_children(id, scope);
  }
  /// The next node in document order below `scope` that is not inside `id`.
  NodeId next_skipping_children(NodeId id, NodeId scope) const {
    while (id != scope && id != kNoNode) {
      const Node& n = nodes_[id];
      if (n.next_sibling != kNoNode) return n.next_sibling;
      id = n.parent;
    }
    return kNoNode;
  }

  /// Bytes held by this document: input, extra strings, nodes, attributes, tables.
  size_t memory_bytes() const;

  // ---- building (used by the tree builder; every call keeps the tree consistent) ----
  NodeId create_element(TagId tag, Namespace ns, uint32_t source_offset);
  NodeId create_text(StrRef data, uint32_t source_offset);
  NodeId create_comment(StrRef data, uint32_t source_offset);
  NodeId create_doctype(const Doctype& doctype, uint32_t source_offset);
  NodeId create_template_content(uint32_t source_offset);
  void append_child(NodeId parent, NodeId child);
  /// Inserts `child` before `reference` (a child of `parent`); kNoNode appends.
  void insert_before(NodeId parent, NodeId child, NodeId reference);
  /// Detaches `child` from its parent (no-op when it has none).
  void remove(NodeId child);
  /// Moves every child of `from` to the end of `to`'s children.
  void move_children(NodeId from, NodeId to);
  /// Inserts text before `reference` in `parent` (kNoNode: at the end), merging with an
  /// adjacent text node as the spec requires.
  void insert_text(NodeId parent, NodeId reference, StrRef data, uint32_t source_offset);

  /// Sets an element's attributes (replacing any it had).
  void set_attributes(NodeId element, std::span<const Attribute> attributes);
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

  /// Id for a lowercase tag name: known names map to their fixed id, others are interned.
  TagId intern_tag(std::string_view lowercase_name);

  /// Frees the slack of growing vectors once the tree is complete.
  void shrink_to_fit();

 private:
  NodeId new_node(NodeType type, uint32_t source_offset, uint32_t first, uint32_t count);

  std::string input_;
  std::string extra_;
  PodBuffer<Node> nodes_;
  PodBuffer<Attribute> attributes_;
  std::vector<Doctype> doctypes_;
  std::vector<StrRef> interned_names_;  // names of tags with id >= Tag::kKnownCount
  // Owns its keys: the extra buffer the names also live in moves as it grows.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, TagId, NameHash, std::equal_to<>> interned_ids_;
};

/// Children of a node, for range-for loops: `for (NodeId c : children(doc, id))`.
class ChildRange {
 public:
  class Iterator {
   public:
    Iterator(const Document* doc, NodeId id) : doc_(doc), id_(id) {}
    NodeId operator*() const { return id_; }
    Iterator& operator++() {
      id_ = doc_->node(id_).next_sibling;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return id_ != other.id_; }

   private:
    const Document* doc_;
    NodeId id_;
  };
  ChildRange(const Document& doc, NodeId parent) : doc_(&doc), parent_(parent) {}
  Iterator begin() const { return {doc_, doc_->node(parent_).first_child}; }
  Iterator end() const { return {doc_, kNoNode}; }

 private:
  const Document* doc_;
  NodeId parent_;
};

inline ChildRange children(const Document& doc, NodeId parent) { return {doc, parent}; }

}  // namespace lede::html
