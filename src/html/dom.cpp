#include "html/dom.h"

namespace lede::html {

namespace {
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
}  // namespace

// ---- attributes ----

Attribute AttributeRange::back() const {
  Attribute last;
  for (const Attribute& a : *this) last = a;
  return last;
}

// ---- Document ----

uint32_t Document::read_long_varint(uint32_t& at) const {
  uint32_t value = 0;
  for (uint32_t shift = 0;; shift += 7) {
    uint8_t b = static_cast<uint8_t>(strings_[at++]);
    value |= static_cast<uint32_t>(b & 0x7F) << shift;
    if (b < 0x80) return value;
  }
}

NodeId Document::prev_sibling(NodeId id) const {
  NodeId parent = nodes_[id].parent;
  if (parent == kNoNode || id - 1 == parent) return kNoNode;
  // The node before `id` in document order ends the previous sibling's subtree.
  NodeId p = id - 1;
  while (nodes_[p].parent != parent) p = nodes_[p].parent;
  return p;
}

NodeId Document::last_child(NodeId id) const {
  if (first_child(id) == kNoNode) return kNoNode;
  // The node before the first one after `id`'s subtree ends the last child's subtree.
  NodeId after = next_skipping_children(id, kNoNode);
  NodeId last = (after == kNoNode ? static_cast<NodeId>(node_count()) : after) - 1;
  while (nodes_[last].parent != id) last = nodes_[last].parent;
  return last;
}

std::string_view Document::tag_name(TagId tag, Namespace ns) const {
  if (tag < Tag::kKnownCount) return ns == Namespace::kSvg ? known_svg_tag_name(tag) : known_tag_name(tag);
  if (tag == kOverflowTag) return "unknown";
  return str(tag_names_[tag - Tag::kKnownCount]);
}

std::string_view Document::tag_name(NodeId id) const {
  Node n = node(id);
  return tag_name(n.tag, n.ns);
}

std::optional<Attribute> Document::find_attribute(NodeId id, std::string_view name) const {
  for (const Attribute& a : attributes(id)) {
    if (str(a.name) == name) return a;
  }
  return std::nullopt;
}

bool Document::has_class(NodeId id, std::string_view token) const {
  std::string_view classes = attribute_value(id, "class");
  size_t i = 0;
  while (i < classes.size()) {
    while (i < classes.size() && is_html_space(classes[i])) ++i;
    size_t start = i;
    while (i < classes.size() && !is_html_space(classes[i])) ++i;
    if (i > start && classes.substr(start, i - start) == token) return true;
  }
  return false;
}

std::string Document::text_content(NodeId id) const {
  std::string out;
  for (NodeId n = id; n != kNoNode; n = next_in_tree(n, id)) {
    if (type(n) == NodeType::kText) out += data(n);
  }
  return out;
}

size_t Document::memory_bytes() const {
  return sizeof(*this) + nodes_.capacity() * sizeof(StoredNode) + strings_.capacity() +
         doctypes_.capacity() * sizeof(Doctype) + tag_names_.capacity() * sizeof(StrRef) +
         attribute_names_.capacity() * sizeof(StrRef);
}

}  // namespace lede::html
