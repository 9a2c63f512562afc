#include "html/document_builder.h"

#include <algorithm>
#include <limits>

namespace lede::html {

namespace {
// Measured on ../shared/data: about one node per 100 input bytes and one attribute per 120;
// reserving a little more than that avoids most regrowth without holding much slack.
constexpr size_t kInputBytesPerNodeReserve = 80;
constexpr size_t kInputBytesPerAttributeReserve = 100;
}  // namespace

DocumentBuilder::DocumentBuilder(std::string input, BuilderBuffers reused)
    : DocumentBuilder(std::make_unique<const std::string>(std::move(input)), std::move(reused)) {}

DocumentBuilder::DocumentBuilder(std::unique_ptr<const std::string> owned_input, BuilderBuffers reused)
    : DocumentBuilder(std::string_view(*owned_input), std::move(reused)) {
  owned_input_ = std::move(owned_input);
}

DocumentBuilder::DocumentBuilder(std::string_view input, BuilderBuffers reused)
    : input_(input),
      extra_(std::move(reused.extra)),
      nodes_(std::move(reused.nodes)),
      attributes_(std::move(reused.attributes)) {
  extra_.clear();
  nodes_.clear();
  attributes_.clear();
  nodes_.reserve(input_.size() / kInputBytesPerNodeReserve + 16);
  attributes_.reserve(input_.size() / kInputBytesPerAttributeReserve + 16);
  new_node(NodeType::kDocument, 0, 0, 0);
}

BuilderBuffers DocumentBuilder::release_buffers(size_t max_kept_bytes) && {
  BuilderBuffers kept;
  if (nodes_.capacity() * sizeof(BuildNode) <= max_kept_bytes) kept.nodes = std::move(nodes_);
  if (attributes_.capacity() * sizeof(Attribute) <= max_kept_bytes) kept.attributes = std::move(attributes_);
  if (extra_.capacity() <= max_kept_bytes) kept.extra = std::move(extra_);
  return kept;
}

std::string_view DocumentBuilder::tag_name(TagId tag, Namespace ns) const {
  if (tag < Tag::kKnownCount) return ns == Namespace::kSvg ? known_svg_tag_name(tag) : known_tag_name(tag);
  if (tag == kOverflowTag) return "unknown";
  return str(interned_names_[tag - Tag::kKnownCount]);
}

std::string_view DocumentBuilder::tag_name(NodeId id) const {
  const BuildNode& n = nodes_[id];
  return tag_name(n.tag, n.ns);
}

const Attribute* DocumentBuilder::find_attribute(NodeId id, std::string_view name) const {
  for (const Attribute& a : attributes(id)) {
    if (str(a.name) == name) return &a;
  }
  return nullptr;
}

NodeId DocumentBuilder::create_comment(StrRef data, uint32_t source_offset) {
  return new_node(NodeType::kComment, source_offset, data.offset, data.length);
}

NodeId DocumentBuilder::create_doctype(const Doctype& doctype, uint32_t source_offset) {
  NodeId id = new_node(NodeType::kDoctype, source_offset, static_cast<uint32_t>(doctypes_.size()), 0);
  doctypes_.push_back(doctype);
  return id;
}

NodeId DocumentBuilder::create_template_content(uint32_t source_offset) {
  return new_node(NodeType::kTemplateContent, source_offset, 0, 0);
}

void DocumentBuilder::append_child(NodeId parent, NodeId child) { insert_before(parent, child, kNoNode); }

void DocumentBuilder::remove(NodeId child) {
  BuildNode& c = nodes_[child];
  if (c.parent == kNoNode) return;
  in_creation_order_ = false;
  BuildNode& p = nodes_[c.parent];
  if (c.prev_sibling != kNoNode) nodes_[c.prev_sibling].next_sibling = c.next_sibling;
  else p.first_child = c.next_sibling;
  if (c.next_sibling != kNoNode) nodes_[c.next_sibling].prev_sibling = c.prev_sibling;
  else p.last_child = c.prev_sibling;
  c.parent = c.prev_sibling = c.next_sibling = kNoNode;
}

void DocumentBuilder::move_children(NodeId from, NodeId to) {
  NodeId first = nodes_[from].first_child;
  if (first == kNoNode) return;
  in_creation_order_ = false;
  NodeId last = nodes_[from].last_child;
  for (NodeId n = first; n != kNoNode; n = nodes_[n].next_sibling) nodes_[n].parent = to;
  BuildNode& t = nodes_[to];
  nodes_[first].prev_sibling = t.last_child;
  if (t.last_child != kNoNode) nodes_[t.last_child].next_sibling = first;
  else t.first_child = first;
  t.last_child = last;
  nodes_[from].first_child = nodes_[from].last_child = kNoNode;
}

void DocumentBuilder::insert_text(NodeId parent, NodeId reference, StrRef data, uint32_t source_offset) {
  NodeId before = reference == kNoNode ? nodes_[parent].last_child : nodes_[reference].prev_sibling;
  if (before != kNoNode && nodes_[before].type == NodeType::kText) {
    BuildNode& t = nodes_[before];
    StrRef merged{t.first, t.count};
    if (merged.offset + merged.length == data.offset &&
        (data.offset + data.length <= input_.size() || merged.offset >= input_.size())) {
      merged.length += data.length;  // contiguous in the same buffer: just widen the view
    } else if (ends_extra(merged)) {
      extend_extra(merged, str(data));
    } else {
      std::string joined;
      joined.reserve(merged.length + data.length);
      joined.append(str(merged)).append(str(data));
      merged = append_extra(joined);
    }
    t.first = merged.offset;
    t.count = merged.length;
    return;
  }
  NodeId text = create_text(data, source_offset);
  insert_before(parent, text, reference);
}

void DocumentBuilder::add_missing_attributes(NodeId element, std::span<const Attribute> attributes) {
  std::vector<Attribute> merged(this->attributes(element).begin(), this->attributes(element).end());
  size_t original = merged.size();
  for (const Attribute& a : attributes) {
    std::string_view name = str(a.name);
    bool present = std::any_of(merged.begin(), merged.begin() + static_cast<ptrdiff_t>(original),
                               [&](const Attribute& m) { return str(m.name) == name; });
    if (!present) merged.push_back(a);
  }
  if (merged.size() != original) set_attributes(element, merged);
}

StrRef DocumentBuilder::append_extra(std::string_view bytes) {
  StrRef ref{static_cast<uint32_t>(input_.size() + extra_.size()), static_cast<uint32_t>(bytes.size())};
  extra_.append(bytes);
  return ref;
}

void DocumentBuilder::extend_extra(StrRef& ref, std::string_view bytes) {
  extra_.append(bytes);
  ref.length += static_cast<uint32_t>(bytes.size());
}

TagId DocumentBuilder::intern_tag(std::string_view lowercase_name) {
  TagId known = lookup_known_tag(lowercase_name);
  if (known != Tag::kKnownCount) return known;
  auto found = interned_ids_.find(lowercase_name);
  if (found != interned_ids_.end()) return found->second;
  size_t next = Tag::kKnownCount + interned_names_.size();
  if (next >= kOverflowTag) return kOverflowTag;
  // Copy first: the name may itself be a view into extra_, which append_extra can reallocate.
  std::string key(lowercase_name);
  interned_names_.push_back(append_extra(key));
  TagId id = static_cast<TagId>(next);
  interned_ids_.emplace(std::move(key), id);
  return id;
}

}  // namespace lede::html
