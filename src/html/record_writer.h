// Writes the node records of a Document's string space (dom.h), one node after the other: a
// text or comment record is its data; an element record its tag and attributes; a doctype
// record its index and strings. DocumentBuilder writes them as the tree builder creates the
// nodes, so that a tree built in document order (most pages) needs no second pass over its
// strings; Document's constructor writes them again, in document order, for any other tree.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

#include "html/node_types.h"
#include "html/pod_buffer.h"
#include "html/short_bytes.h"

namespace lede::html {

class RecordWriter {
 public:
  /// Records start below 2^29, so that a node's kind fits above its record start (dom.h).
  static constexpr uint32_t kStartBits = 29;

  void reserve(size_t bytes) { strings_.reserve(bytes); }

  /// Start of the next record; throws std::length_error when the strings pass 512 MiB.
  uint32_t position() const {
    if (strings_.size() >= (size_t{1} << kStartBits)) [[unlikely]] throw_too_long();
    return static_cast<uint32_t>(strings_.size());
  }

  /// A text or comment record, or more bytes for the record written last when it is one.
  void write_data(std::string_view data) {
    strings_.commit(copy_bytes(strings_.reserve_more(data.size()), data.data(), data.size()));
  }

  /// An element record: the tag id (2 bytes), the attribute count (varint), then each
  /// attribute as write_attribute() encodes it. `str` resolves the attributes' StrRefs.
  template <typename ResolveStr>
  void write_element(TagId tag, std::span<const Attribute> attributes, const ResolveStr& str) {
    char* out = strings_.reserve_more(sizeof(TagId) + kMaxVarintBytes);
    std::memcpy(out, &tag, sizeof(TagId));
    out = put_varint(out + sizeof(TagId), static_cast<uint32_t>(attributes.size()));
    strings_.commit(out);
    for (const Attribute& a : attributes) write_attribute(str(a.name), str(a.value), a.value);
  }

  /// A doctype record: its index among the document's doctypes (varint). The doctype's
  /// strings follow; `d`'s StrRefs are replaced by theirs.
  void write_doctype(Doctype d, std::string_view name, std::string_view public_id, std::string_view system_id);

  /// Appends bytes that belong to no record (the names of unknown tags, after the last record).
  StrRef append_string(std::string_view s) {
    StrRef ref{static_cast<uint32_t>(strings_.size()), static_cast<uint32_t>(s.size())};
    write_data(s);
    return ref;
  }

  // What Document keeps (dom.h).
  PodBuffer<char>& strings() { return strings_; }
  std::vector<StrRef>& attribute_names() { return attribute_names_; }
  std::vector<Doctype>& doctypes() { return doctypes_; }

 private:
  static constexpr size_t kMaxVarintBytes = 5;

  [[noreturn]] static void throw_too_long();

  static char* put_varint(char* out, uint32_t value) {
    while (value >= 0x80) {
      *out++ = static_cast<char>(value | 0x80);
      value >>= 7;
    }
    *out++ = static_cast<char>(value);
    return out;
  }
  uint32_t position_of(const char* p) const { return static_cast<uint32_t>(p - strings_.data()); }

  // Name: varint(id << 1), or varint(id << 1 | 1) + varint(length) + bytes for a name's first
  // use in the document (AttributeRange::Iterator::decode reads it back).
  // Value: varint(length << 1) + bytes, or varint(position << 1 | 1) + varint(length) when a
  // cloned element repeats a value already written (adoption agency and reconstruction clone
  // formatting elements with their attributes, possibly many times). `value_source` is where
  // the value lies in the builder, which tells a repeated value from an equal one.
  void write_attribute(std::string_view name, std::string_view value, StrRef value_source);

  // Attribute names are interned through a small open-addressing table. Names of up to 8 bytes
  // (nearly all) are keyed by their bytes packed into an integer, so a lookup hashes and
  // compares one word; longer names fall back to a byte hash and a string compare.
  struct NameSlot {
    uint64_t key = 0;
    uint32_t length = 0;
    uint32_t id_plus_one = 0;  // 0: empty
  };
  NameSlot& name_slot(std::string_view name);
  size_t slot_index(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (name_slots_.size() - 1);
  }
  void grow_name_slots();

  // A back-reference costs 3-6 bytes, so only longer values are worth remembering.
  static constexpr uint32_t kMinSharedValue = 6;
  static constexpr uint32_t kSeenValueBits = 8;
  struct SeenValue {
    uint32_t builder_offset = 0;
    uint32_t length = 0;  // 0: empty slot (shorter values are never remembered)
    uint32_t position = 0;
  };

  PodBuffer<char> strings_;
  std::vector<StrRef> attribute_names_;  // by the ids element records use
  std::vector<Doctype> doctypes_;
  std::vector<NameSlot> name_slots_;
  size_t name_count_ = 0;
  std::array<SeenValue, size_t{1} << kSeenValueBits> seen_values_{};
};

}  // namespace lede::html
