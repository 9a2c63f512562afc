// A map from string views to small values, for caches that look up a key per element of a page
// (the class values and tokens the extractor classifies). std::unordered_map allocates a node per
// key, hashes out of line and finds its bucket by division; looking up every class value of a page
// cost more than classifying the distinct ones. This one keeps keys and values in one array,
// probed linearly from an inline hash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace lede {

template <typename Value>
class ViewMap {
 public:
  /// The value stored for `key`, inserted as Value{} when absent, and whether it was inserted.
  /// The characters `key` views must outlive the map. The reference is valid until the next
  /// insertion.
  std::pair<Value&, bool> try_emplace(std::string_view key) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const uint64_t h = hash(key);
    for (size_t i = static_cast<size_t>(h) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used) {
        s = {key, h, Value{}, true};
        ++size_;
        return {s.value, true};
      }
      if (s.hash == h && s.key == key) return {s.value, false};
    }
  }

  /// Room for `keys` keys without growing: a map whose size is known roughly in advance (a page's
  /// class values) is not rehashed at each doubling on the way.
  void reserve(size_t keys) {
    size_t slots = kInitialSlots;
    while (slots < 2 * keys) slots *= 2;
    if (slots > slots_.size()) rehash(slots);
  }

  /// The value stored for `key`, or nullptr when it is absent.
  const Value* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = hash(key);
    for (size_t i = static_cast<size_t>(h) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && s.key == key) return &s.value;
    }
  }

 private:
  struct Slot {
    std::string_view key;
    uint64_t hash = 0;
    Value value{};
    bool used = false;
  };

  static constexpr size_t kInitialSlots = 256;

  // Eight bytes at a time, each word mixed in by a multiply (the keys are class names, mostly
  // under 40 bytes); the high bits are folded down because the table index uses the low ones.
  static uint64_t hash(std::string_view key) {
    constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
    uint64_t h = key.size() * kMultiplier;
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
      uint64_t word;
      std::memcpy(&word, key.data() + i, 8);
      h = (h ^ word) * kMultiplier;
    }
    uint64_t tail = 0;
    if (i < key.size()) std::memcpy(&tail, key.data() + i, key.size() - i);
    h = (h ^ tail) * kMultiplier;
    return h ^ (h >> 32);
  }

  void grow() { rehash(slots_.empty() ? kInitialSlots : 2 * slots_.size()); }

  void rehash(size_t slots) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(slots, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.used) continue;
      size_t i = static_cast<size_t>(s.hash) & mask_;
      while (slots_[i].used) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace lede
