// Document's constructor: copies a finished DocumentBuilder tree into the compact form that
// dom.h describes, in one pre-order pass over the nodes reachable from the root.
#include <array>
#include <stdexcept>
#include <vector>

#include "html/document_builder.h"
#include "html/dom.h"
#include "html/short_bytes.h"

namespace lede::html {

class DocumentWriter {
 public:
  DocumentWriter(Document& doc, const DocumentBuilder& built) : doc_(doc), built_(built) {}

  void run() {
    size_t count = built_.node_count();
    doc_.nodes_.reserve(count + 1);
    // The records hold the text and attribute bytes of the input plus a few bytes per node,
    // seldom more than the input and the extra buffer together: reserving that once spares
    // the regrowths, each a copy of everything written so far when the block cannot grow in
    // place. The unused tail goes back at the end (shrink_to_fit, in place).
    doc_.strings_.reserve(built_.input().size() + built_.extra_size() + 4 * count + 256);
    for (StrRef name : built_.interned_tag_names()) doc_.tag_names_.push_back(append_string(built_.str(name)));
    if (built_.in_creation_order()) {
      write_in_creation_order();
    } else {
      write_tree();
    }
    // The sentinel closes the last node's record and has no parent, so no node takes it for a
    // first child.
    doc_.nodes_.push_back({kNoNode, kNoNode, 0, checked_position()});
    doc_.nodes_.shrink_to_fit();
    doc_.strings_.shrink_to_fit();
    doc_.attribute_names_.shrink_to_fit();
  }

 private:
  using Kind = Document::Kind;

  static Kind kind_of(const BuildNode& n) {
    switch (n.type) {
      case NodeType::kDocument: return Kind::kDocument;
      case NodeType::kDoctype: return Kind::kDoctype;
      case NodeType::kText: return Kind::kText;
      case NodeType::kComment: return Kind::kComment;
      case NodeType::kTemplateContent: return Kind::kTemplateContent;
      case NodeType::kElement: break;
    }
    return static_cast<Kind>(static_cast<uint8_t>(Kind::kHtmlElement) + static_cast<uint8_t>(n.ns));
  }

  /// Start of the next record; records start below 2^29 so that the kind fits above them.
  uint32_t checked_position() const {
    if (doc_.strings_.size() > Document::kStartMask) {
      throw std::length_error("html::parse: the document's strings exceed 512 MiB");
    }
    return static_cast<uint32_t>(doc_.strings_.size());
  }

  // One pre-order pass over the nodes reachable from the root. The path from the root to the
  // node being written is kept as a stack of written ids, each with its last written child, so
  // a node finds its parent's new id and links its previous sibling without a table mapping
  // every builder id to its new one.
  void write_tree() {
    path_.clear();
    NodeId old = built_.root();
    write_node(old);
    for (;;) {
      NodeId next = built_.node(old).first_child;
      while (next == kNoNode) {
        if (old == built_.root()) return;
        path_.pop_back();  // `old` and everything below it are written
        next = built_.node(old).next_sibling;
        if (next == kNoNode) old = built_.node(old).parent;
      }
      write_node(next);
      old = next;
    }
  }

  // When the builder's creation order is already the document order (see
  // DocumentBuilder::in_creation_order), every node keeps its id and its links: one pass in id
  // order, without the path stack or the walk.
  void write_in_creation_order() {
    size_t count = built_.node_count();
    Document::StoredNode* out = doc_.nodes_.reserve_more(count);
    for (NodeId id = 0; id < count; ++id) {
      const BuildNode& n = built_.node(id);
      out[id] = {n.parent, n.next_sibling, n.source_offset, record_of(n)};
      write_record(id, n);
    }
    doc_.nodes_.commit(out + count);
  }

  void write_node(NodeId old_id) {
    const BuildNode& n = built_.node(old_id);
    NodeId id = static_cast<NodeId>(doc_.nodes_.size());
    NodeId parent = kNoNode;
    if (!path_.empty()) {
      PathEntry& up = path_.back();
      parent = up.id;
      if (up.last_child != kNoNode) doc_.nodes_[up.last_child].next_sibling = id;
      up.last_child = id;
    }
    path_.push_back({id, kNoNode});
    doc_.nodes_.push_back({parent, kNoNode, n.source_offset, record_of(n)});
    write_record(old_id, n);
  }

  /// The node's kind and the start of its record, which begins at the end of the strings.
  uint32_t record_of(const BuildNode& n) const {
    return static_cast<uint32_t>(kind_of(n)) << Document::kKindShift | checked_position();
  }

  // The node's record in the strings (dom.h): its data, its tag and attributes, or its doctype.
  // An element's head is written inline: elements are most nodes, most without attributes,
  // and a page of nothing but nested tags is little else.
  void write_record(NodeId old_id, const BuildNode& n) {
    if (n.type == NodeType::kElement) [[likely]] {
      write_element_head(n);
      if (n.count != 0) write_attributes(old_id);
      return;
    }
    write_other_record(old_id, n);
  }

  void write_other_record(NodeId old_id, const BuildNode& n) {
    switch (n.type) {
      case NodeType::kText:
      case NodeType::kComment:
        append_bytes(built_.str({n.first, n.count}));
        break;
      case NodeType::kDoctype: {
        append_varint(static_cast<uint32_t>(doc_.doctypes_.size()));
        Doctype d = built_.doctype(old_id);
        d.name = append_string(built_.str(d.name));
        d.public_id = append_string(built_.str(d.public_id));
        d.system_id = append_string(built_.str(d.system_id));
        doc_.doctypes_.push_back(d);
        break;
      }
      case NodeType::kElement:  // written by write_record()
      case NodeType::kDocument:
      case NodeType::kTemplateContent:
        break;
    }
  }

  // An element record: the tag id (2 bytes), the attribute count (varint), then each attribute
  // as write_attribute() encodes it.
  void write_element_head(const BuildNode& n) {
    char* out = doc_.strings_.reserve_more(sizeof(TagId) + kMaxVarintBytes);
    std::memcpy(out, &n.tag, sizeof(TagId));
    out = put_varint(out + sizeof(TagId), n.count);
    doc_.strings_.commit(out);
  }
  void write_attributes(NodeId old_id) {
    for (const Attribute& a : built_.attributes(old_id)) write_attribute(a);
  }

  // Name: varint(id << 1), or varint(id << 1 | 1) + varint(length) + bytes for a name's first
  // use in the document (AttributeRange::Iterator::decode reads it back).
  // Value: varint(length << 1) + bytes, or varint(position << 1 | 1) + varint(length) when a
  // cloned element repeats a value already written (adoption agency and reconstruction clone
  // formatting elements with their attributes, possibly many times).
  void write_attribute(const Attribute& a) {
    std::string_view name = built_.str(a.name);
    char* out = doc_.strings_.reserve_more(4 * kMaxVarintBytes + name.size() + a.value.length);
    NameSlot& slot = name_slot(name);
    if (slot.id_plus_one != 0) {
      out = put_varint(out, (slot.id_plus_one - 1) << 1);
    } else {
      uint32_t id = static_cast<uint32_t>(doc_.attribute_names_.size());
      out = put_varint(out, id << 1 | 1);
      out = put_varint(out, static_cast<uint32_t>(name.size()));
      doc_.attribute_names_.push_back({position_of(out), static_cast<uint32_t>(name.size())});
      out = put_bytes(out, name);
      slot.id_plus_one = id + 1;
      ++name_count_;
    }
    SeenValue& seen = seen_values_[(a.value.offset * 0x9E3779B1u) >> (32 - kSeenValueBits)];
    bool shareable = a.value.length >= kMinSharedValue;
    if (shareable && seen.builder_offset == a.value.offset && seen.length == a.value.length) {
      out = put_varint(out, seen.position << 1 | 1);
      out = put_varint(out, a.value.length);
    } else {
      out = put_varint(out, a.value.length << 1);
      if (shareable) seen = {a.value.offset, a.value.length, position_of(out)};
      out = put_bytes(out, built_.str(a.value));
    }
    doc_.strings_.commit(out);
  }

  // Attribute names are interned through a small open-addressing table. Names of up to 8 bytes
  // (nearly all) are keyed by their bytes packed into an integer, so a lookup hashes and
  // compares one word; longer names fall back to a byte hash and a string compare.
  struct NameSlot {
    uint64_t key = 0;
    uint32_t length = 0;
    uint32_t id_plus_one = 0;  // 0: empty
  };

  static uint64_t name_key(std::string_view name) {
    if (name.size() <= sizeof(uint64_t)) return pack_short_bytes(name.data(), name.size());
    uint64_t key = 14695981039346656037ull;  // FNV-1a
    for (char c : name) key = (key ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    return key;
  }

  /// The table slot for `name`: empty when the name is new (the caller fills in its id).
  NameSlot& name_slot(std::string_view name) {
    if ((name_count_ + 1) * 2 > name_slots_.size()) grow_name_slots();
    uint64_t key = name_key(name);
    size_t mask = name_slots_.size() - 1;
    for (size_t i = slot_index(key);; i = (i + 1) & mask) {
      NameSlot& slot = name_slots_[i];
      if (slot.id_plus_one == 0) {
        slot.key = key;
        slot.length = static_cast<uint32_t>(name.size());
        return slot;
      }
      if (slot.key == key && slot.length == name.size() &&
          (name.size() <= sizeof(key) || doc_.str(doc_.attribute_names_[slot.id_plus_one - 1]) == name)) {
        return slot;
      }
    }
  }

  size_t slot_index(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (name_slots_.size() - 1);
  }

  void grow_name_slots() {
    std::vector<NameSlot> old = std::move(name_slots_);
    name_slots_.assign(old.empty() ? 64 : old.size() * 2, NameSlot{});
    size_t mask = name_slots_.size() - 1;
    for (const NameSlot& slot : old) {
      if (slot.id_plus_one == 0) continue;
      size_t i = slot_index(slot.key);
      while (name_slots_[i].id_plus_one != 0) i = (i + 1) & mask;
      name_slots_[i] = slot;
    }
  }

  uint32_t position_of(const char* p) const { return static_cast<uint32_t>(p - doc_.strings_.data()); }

  StrRef append_string(std::string_view s) {
    StrRef ref{static_cast<uint32_t>(doc_.strings_.size()), static_cast<uint32_t>(s.size())};
    append_bytes(s);
    return ref;
  }
  void append_bytes(std::string_view s) {
    doc_.strings_.commit(copy_bytes(doc_.strings_.reserve_more(s.size()), s.data(), s.size()));
  }
  void append_varint(uint32_t value) { doc_.strings_.commit(put_varint(doc_.strings_.reserve_more(kMaxVarintBytes), value)); }

  static char* put_varint(char* out, uint32_t value) {
    while (value >= 0x80) {
      *out++ = static_cast<char>(value | 0x80);
      value >>= 7;
    }
    *out++ = static_cast<char>(value);
    return out;
  }
  static char* put_bytes(char* out, std::string_view s) { return copy_bytes(out, s.data(), s.size()); }

  static constexpr size_t kMaxVarintBytes = 5;
  // A back-reference costs 3-6 bytes, so only longer values are worth remembering.
  static constexpr uint32_t kMinSharedValue = 6;
  static constexpr uint32_t kSeenValueBits = 8;
  struct SeenValue {
    uint32_t builder_offset = 0;
    uint32_t length = 0;  // 0: empty slot (shorter values are never remembered)
    uint32_t position = 0;
  };

  Document& doc_;
  const DocumentBuilder& built_;
  struct PathEntry {
    NodeId id;          // a written node on the path from the root
    NodeId last_child;  // its child written last, kNoNode before the first
  };
  std::vector<PathEntry> path_;
  std::vector<NameSlot> name_slots_;
  size_t name_count_ = 0;
  std::array<SeenValue, size_t{1} << kSeenValueBits> seen_values_{};
};

Document::Document(const DocumentBuilder& built) { DocumentWriter(*this, built).run(); }

}  // namespace lede::html
