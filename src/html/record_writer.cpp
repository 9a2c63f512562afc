#include "html/record_writer.h"

#include <stdexcept>

namespace lede::html {

namespace {
uint64_t name_key(std::string_view name) {
  if (name.size() <= sizeof(uint64_t)) return pack_short_bytes(name.data(), name.size());
  uint64_t key = 14695981039346656037ull;  // FNV-1a
  for (char c : name) key = (key ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  return key;
}
}  // namespace

void RecordWriter::throw_too_long() {
  throw std::length_error("html::parse: the document's strings exceed 512 MiB");
}

void RecordWriter::write_doctype(Doctype d, std::string_view name, std::string_view public_id,
                                 std::string_view system_id) {
  strings_.commit(put_varint(strings_.reserve_more(kMaxVarintBytes), static_cast<uint32_t>(doctypes_.size())));
  d.name = append_string(name);
  d.public_id = append_string(public_id);
  d.system_id = append_string(system_id);
  doctypes_.push_back(d);
}

void RecordWriter::write_attribute(std::string_view name, std::string_view value, StrRef value_source) {
  char* out = strings_.reserve_more(4 * kMaxVarintBytes + name.size() + value.size());
  NameSlot& slot = name_slot(name);
  if (slot.id_plus_one != 0) {
    out = put_varint(out, (slot.id_plus_one - 1) << 1);
  } else {
    uint32_t id = static_cast<uint32_t>(attribute_names_.size());
    out = put_varint(out, id << 1 | 1);
    out = put_varint(out, static_cast<uint32_t>(name.size()));
    attribute_names_.push_back({position_of(out), static_cast<uint32_t>(name.size())});
    out = copy_bytes(out, name.data(), name.size());
    slot.id_plus_one = id + 1;
    ++name_count_;
  }
  SeenValue& seen = seen_values_[(value_source.offset * 0x9E3779B1u) >> (32 - kSeenValueBits)];
  bool shareable = value_source.length >= kMinSharedValue;
  if (shareable && seen.builder_offset == value_source.offset && seen.length == value_source.length) {
    out = put_varint(out, seen.position << 1 | 1);
    out = put_varint(out, value_source.length);
  } else {
    out = put_varint(out, value_source.length << 1);
    if (shareable) seen = {value_source.offset, value_source.length, position_of(out)};
    out = copy_bytes(out, value.data(), value.size());
  }
  strings_.commit(out);
}

RecordWriter::NameSlot& RecordWriter::name_slot(std::string_view name) {
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
    if (slot.key == key && slot.length == name.size()) {
      if (name.size() <= sizeof(key)) return slot;
      StrRef stored = attribute_names_[slot.id_plus_one - 1];
      if (std::string_view(strings_.data() + stored.offset, stored.length) == name) return slot;
    }
  }
}

void RecordWriter::grow_name_slots() {
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

}  // namespace lede::html
