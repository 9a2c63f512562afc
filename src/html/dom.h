// The parsed document: a compact, read-only tree that every later stage walks. It is built once
// from a DocumentBuilder (the tree builder's working form) and keeps two buffers:
//
//  - nodes, in document order (pre-order), 16 bytes each: parent, next sibling, source offset and
//    the node's kind plus the start of its record. A node's first child, when it has one, is the
//    node right after it, so only the parent and the next sibling need storing.
//  - the string space, holding one record per node, in node order, so that a record ends where
//    the next node's begins: a text or comment record is its data; an element record is its tag
//    id and its attributes (names interned per document, values inline); a doctype record its
//    index and strings. Attributes are decoded on the fly from the record.
//
// The input itself is not kept: a page costs its text and attribute bytes plus 16 bytes a node,
// where views into the input would keep every byte of markup alive as well.
// Views returned by Document (string_views, StrRefs) stay valid for the document's lifetime.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html/node_types.h"
#include "html/pod_buffer.h"
#include "html/tags.h"

namespace lede::html {

class DocumentBuilder;

/// A node as Document::node() assembles it from the compact storage.
struct Node {
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId next_sibling = kNoNode;
  uint32_t source_offset = 0;  // byte offset in the decoded input where the node's token began
  NodeType type = NodeType::kDocument;
  Namespace ns = Namespace::kHtml;
  TagId tag = 0;  // elements only
  // Text and comment: the data is StrRef{first, count}. Element: count is the number of
  // attributes (first is internal). Doctype: first is the index of its Doctype.
  uint32_t first = 0;
  uint32_t count = 0;
};

class Document;

/// The attributes of one element, decoded as they are iterated.
class AttributeRange {
 public:
  class Iterator {
   public:
    Iterator(const Document* doc, uint32_t position, uint32_t remaining);
    const Attribute& operator*() const { return current_; }
    const Attribute* operator->() const { return &current_; }
    Iterator& operator++();
    bool operator!=(const Iterator& other) const { return remaining_ != other.remaining_; }
    bool operator==(const Iterator& other) const { return remaining_ == other.remaining_; }

   private:
    void decode();
    const Document* doc_;
    uint32_t position_;  // of the next encoded attribute
    uint32_t remaining_;
    Attribute current_;
  };
  AttributeRange() = default;
  AttributeRange(const Document* doc, uint32_t position, uint32_t count)
      : doc_(doc), position_(position), count_(count) {}
  Iterator begin() const { return {doc_, position_, count_}; }
  Iterator end() const { return {doc_, position_, 0}; }
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  Attribute front() const { return *begin(); }
  /// Decodes every attribute before the last: O(size()).
  Attribute back() const;

 private:
  const Document* doc_ = nullptr;
  uint32_t position_ = 0;
  uint32_t count_ = 0;
};

class Document {
 public:
  /// The compact copy of a finished tree: the nodes reachable from the root, renumbered in
  /// document order, with every string the tree refers to.
  explicit Document(const DocumentBuilder& built);

  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // ---- reading ----
  NodeId root() const { return 0; }
  Node node(NodeId id) const {
    const StoredNode& s = nodes_[id];
    Node n;
    n.parent = s.parent;
    n.next_sibling = s.next_sibling;
    n.source_offset = s.source_offset;
    n.first_child = nodes_[id + 1].parent == id ? id + 1 : kNoNode;
    Kind kind = kind_of(s);
    uint32_t start = start_of(s);
    n.type = type_of(kind);
    switch (kind) {
      case Kind::kHtmlElement:
      case Kind::kSvgElement:
      case Kind::kMathMlElement:
        n.ns = static_cast<Namespace>(static_cast<uint8_t>(kind) - static_cast<uint8_t>(Kind::kHtmlElement));
        n.tag = load_tag(start);
        n.first = start + sizeof(TagId);
        n.count = read_varint(n.first);
        break;
      case Kind::kText:
      case Kind::kComment:
        n.first = start;
        n.count = start_of(nodes_[id + 1]) - start;
        break;
      case Kind::kDoctype: {
        uint32_t at = start;
        n.first = read_varint(at);
        break;
      }
      default:
        break;
    }
    return n;
  }
  size_t node_count() const { return nodes_.size() - 1; }  // without the end sentinel

  NodeType type(NodeId id) const { return type_of(kind_of(nodes_[id])); }
  /// An element's tag, in any namespace, without assembling its Node (elements only).
  TagId tag(NodeId id) const { return load_tag(start_of(nodes_[id])); }
  uint32_t source_offset(NodeId id) const { return nodes_[id].source_offset; }
  NodeId parent(NodeId id) const { return nodes_[id].parent; }
  NodeId first_child(NodeId id) const { return nodes_[id + 1].parent == id ? id + 1 : kNoNode; }
  NodeId next_sibling(NodeId id) const { return nodes_[id].next_sibling; }
  /// The tree keeps no backward links; these climb from the node before (after) the subtree in
  /// document order, so they cost O(depth), never O(number of siblings).
  NodeId prev_sibling(NodeId id) const;
  NodeId last_child(NodeId id) const;

  std::string_view str(StrRef ref) const { return {strings_.data() + ref.offset, ref.length}; }
  /// Text or comment data of a node.
  std::string_view data(NodeId id) const {
    uint32_t start = start_of(nodes_[id]);
    return {strings_.data() + start, start_of(nodes_[id + 1]) - start};
  }
  /// The element's local name as the spec spells it ("foreignObject" for SVG).
  std::string_view tag_name(NodeId id) const;
  std::string_view tag_name(TagId tag, Namespace ns) const;
  /// The element's attributes, each name once (the tokenizer drops a repeated attribute and
  /// the tree builder adds only absent ones to <html> and <body>, as the HTML standard says).
  AttributeRange attributes(NodeId id) const {
    const StoredNode& s = nodes_[id];
    if (!is_element_kind(kind_of(s))) return {};
    uint32_t at = start_of(s) + sizeof(TagId);
    uint32_t count = read_varint(at);
    return {this, at, count};
  }
  /// The document's attribute names by id, each name once. A reader after a few names tells
  /// each id's name once a document, then walks elements' attributes by id
  /// (for_each_attribute()), where it compared the name of every attribute of the page.
  size_t attribute_name_count() const { return attribute_names_.size(); }
  std::string_view attribute_name(uint32_t name_id) const { return str(attribute_names_[name_id]); }
  /// Calls take(name_id, value) for each attribute of element `id`, in order, without the
  /// Attribute that iterating attributes() assembles at every step.
  template <class Take>
  void for_each_attribute(NodeId id, Take&& take) const;
  /// The attribute with this (lowercase) name, if the element has it.
  std::optional<Attribute> find_attribute(NodeId id, std::string_view name) const;
  std::string_view attribute_value(NodeId id, std::string_view name) const {
    std::optional<Attribute> a = find_attribute(id, name);
    return a ? str(a->value) : std::string_view{};
  }
  /// True when the element's class attribute contains `token` as a whole whitespace token.
  bool has_class(NodeId id, std::string_view token) const;
  const Doctype& doctype(NodeId id) const { return doctypes_[node(id).first]; }
  bool is_element(NodeId id, TagId tag) const {
    const StoredNode& s = nodes_[id];
    return kind_of(s) == Kind::kHtmlElement && load_tag(start_of(s)) == tag;
  }

  /// Concatenated text of all text descendants, in document order.
  std::string text_content(NodeId id) const;
  /// The next node in document order below `scope` (pre-order), or kNoNode when done.
  /// Inline: every later stage walks the tree with it.
  NodeId next_in_tree(NodeId id, NodeId scope) const {
    NodeId child = first_child(id);
    return child != kNoNode ? child : next_skipping_children(id, scope);
  }
  /// The next node in document order below `scope` that is not inside `id`.
  NodeId next_skipping_children(NodeId id, NodeId scope) const {
    while (id != scope && id != kNoNode) {
      const StoredNode& n = nodes_[id];
      if (n.next_sibling != kNoNode) return n.next_sibling;
      id = n.parent;
    }
    return kNoNode;
  }

  /// Bytes held by this document: nodes, strings and tables, counted by capacity.
  size_t memory_bytes() const;

 private:
  friend class AttributeRange::Iterator;
  friend class DocumentWriter;

  // The node's kind, in the top bits of StoredNode::record; the element kinds carry the namespace.
  enum class Kind : uint8_t {
    kDocument,
    kDoctype,
    kText,
    kComment,
    kTemplateContent,
    kHtmlElement,
    kSvgElement,
    kMathMlElement,
  };
  static constexpr uint32_t kKindShift = 29;
  static constexpr uint32_t kStartMask = (1u << kKindShift) - 1;

  struct StoredNode {
    NodeId parent;
    NodeId next_sibling;
    uint32_t source_offset;
    uint32_t record;  // Kind << kKindShift | start of the node's record in strings_
  };

  static Kind kind_of(const StoredNode& s) { return static_cast<Kind>(s.record >> kKindShift); }
  static uint32_t start_of(const StoredNode& s) { return s.record & kStartMask; }
  static bool is_element_kind(Kind k) { return k >= Kind::kHtmlElement; }
  static NodeType type_of(Kind k) {
    constexpr NodeType kTypes[] = {NodeType::kDocument, NodeType::kDoctype,         NodeType::kText,
                                   NodeType::kComment,  NodeType::kTemplateContent, NodeType::kElement,
                                   NodeType::kElement,  NodeType::kElement};
    return kTypes[static_cast<uint8_t>(k)];
  }
  TagId load_tag(uint32_t at) const {
    TagId tag;
    std::memcpy(&tag, strings_.data() + at, sizeof(tag));
    return tag;
  }
  /// LEB128 at `at` (advanced past it); one byte for values below 128, the common case.
  uint32_t read_varint(uint32_t& at) const {
    uint8_t b = static_cast<uint8_t>(strings_[at]);
    if (b < 0x80) {
      ++at;
      return b;
    }
    return read_long_varint(at);
  }
  uint32_t read_long_varint(uint32_t& at) const;
  // One attribute of an element's record, read at `at` (advanced past it): the id of its name
  // and its value. Iterating attributes() and for_each_attribute() both read records so.
  struct StoredAttribute {
    uint32_t name_id;
    StrRef value;
  };
  StoredAttribute read_attribute(uint32_t& at) const {
    uint32_t name_code = read_varint(at);
    if (name_code & 1) {  // first use of this name: its bytes follow
      uint32_t length = read_varint(at);
      at += length;
    }
    uint32_t value_code = read_varint(at);
    if (value_code & 1) {  // the same value as an earlier attribute (a cloned element's)
      uint32_t length = read_varint(at);
      return {name_code >> 1, {value_code >> 1, length}};
    }
    StrRef value{at, value_code >> 1};
    at += value_code >> 1;
    return {name_code >> 1, value};
  }

  PodBuffer<StoredNode> nodes_;  // ends with a sentinel whose record start is strings_.size()
  PodBuffer<char> strings_;
  std::vector<Doctype> doctypes_;
  std::vector<StrRef> tag_names_;        // names of tags with id >= Tag::kKnownCount
  std::vector<StrRef> attribute_names_;  // by the ids element records use
};

// ---- attributes: see DocumentWriter::write_attribute for the encoding ----
// Inline: every stage that reads class names decodes every element's attributes.

inline AttributeRange::Iterator::Iterator(const Document* doc, uint32_t position, uint32_t remaining)
    : doc_(doc), position_(position), remaining_(remaining) {
  if (remaining_ != 0) decode();
}

inline AttributeRange::Iterator& AttributeRange::Iterator::operator++() {
  if (--remaining_ != 0) decode();
  return *this;
}

inline void AttributeRange::Iterator::decode() {
  Document::StoredAttribute a = doc_->read_attribute(position_);
  current_.name = doc_->attribute_names_[a.name_id];
  current_.value = a.value;
}

template <class Take>
void Document::for_each_attribute(NodeId id, Take&& take) const {
  const StoredNode& s = nodes_[id];
  if (!is_element_kind(kind_of(s))) return;
  uint32_t at = start_of(s) + sizeof(TagId);
  for (uint32_t count = read_varint(at); count != 0; --count) {
    StoredAttribute a = read_attribute(at);
    take(a.name_id, str(a.value));
  }
}

/// Children of a node, for range-for loops: `for (NodeId c : children(doc, id))`.
class ChildRange {
 public:
  class Iterator {
   public:
    Iterator(const Document* doc, NodeId id) : doc_(doc), id_(id) {}
    NodeId operator*() const { return id_; }
    Iterator& operator++() {
      id_ = doc_->next_sibling(id_);
      return *this;
    }
    bool operator!=(const Iterator& other) const { return id_ != other.id_; }

   private:
    const Document* doc_;
    NodeId id_;
  };
  ChildRange(const Document& doc, NodeId parent) : doc_(&doc), parent_(parent) {}
  Iterator begin() const { return {doc_, doc_->first_child(parent_)}; }
  Iterator end() const { return {doc_, kNoNode}; }

 private:
  const Document* doc_;
  NodeId parent_;
};

inline ChildRange children(const Document& doc, NodeId parent) { return {doc, parent}; }

}  // namespace lede::html
