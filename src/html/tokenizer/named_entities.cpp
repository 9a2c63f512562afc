#include "html/tokenizer/named_entities.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "html/short_bytes.h"

namespace lede::html {

namespace {
constexpr NamedEntity kNamedEntities[] = {
#include "html/tokenizer/entities.inc"
};
constexpr size_t kEntityCount = std::size(kNamedEntities);

// [first, last) of the names starting with each ASCII byte, so the search starts narrowed to
// one letter (names are ASCII; every other first byte has an empty range).
struct FirstByteRanges {
  uint16_t first[128] = {};
  uint16_t last[128] = {};
};
constexpr FirstByteRanges kFirstByteRanges = [] {
  FirstByteRanges ranges;
  for (size_t i = kEntityCount; i-- > 0;) {
    const auto c = static_cast<uint8_t>(kNamedEntities[i].name[0]);
    if (ranges.last[c] == 0) ranges.last[c] = static_cast<uint16_t>(i + 1);
    ranges.first[c] = static_cast<uint16_t>(i);
  }
  return ranges;
}();

// Names of up to 8 bytes that end in ';' (1,617 of the 2,231, and nearly every reference on
// real pages: "amp;", "quot;", "nbsp;", "rsquo;"), in an open-addressing table keyed by their
// bytes packed into a word (pack_short_bytes). Such a name, matched whole, is the longest
// match: no name goes on past a ';'. A hit costs a hash probe where the search costs a dozen
// binary searches.
constexpr size_t kShortNameMaxLength = 8;
constexpr size_t kShortTableBits = 12;  // 4,096 slots: under half full
constexpr size_t kShortTableSize = size_t{1} << kShortTableBits;
constexpr uint16_t kNoEntity = UINT16_MAX;

constexpr size_t short_table_slot(uint64_t key) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kShortTableBits));
}

struct ShortNameTable {
  uint64_t key[kShortTableSize] = {};
  uint16_t entity[kShortTableSize] = {};
};
constexpr ShortNameTable kShortNames = [] {
  ShortNameTable table;
  for (uint16_t& e : table.entity) e = kNoEntity;
  for (size_t i = 0; i < kEntityCount; ++i) {
    std::string_view name = kNamedEntities[i].name;
    if (name.size() > kShortNameMaxLength || name.back() != ';') continue;
    uint64_t key = 0;  // what pack_short_bytes() computes, written out for constant evaluation
    for (size_t b = 0; b < name.size(); ++b) key |= uint64_t{static_cast<uint8_t>(name[b])} << (8 * b);
    size_t slot = short_table_slot(key);
    while (table.entity[slot] != kNoEntity) slot = (slot + 1) % kShortTableSize;
    table.key[slot] = key;
    table.entity[slot] = static_cast<uint16_t>(i);
  }
  return table;
}();

/// The entity whose name is [p, p + length) exactly, when that is a short name ending in ';'.
const NamedEntity* find_short_name(const char* p, size_t length) {
  const uint64_t key = pack_short_bytes(p, length);
  for (size_t slot = short_table_slot(key);; slot = (slot + 1) % kShortTableSize) {
    const uint16_t entity = kShortNames.entity[slot];
    if (entity == kNoEntity) return nullptr;
    if (kShortNames.key[slot] == key) return &kNamedEntities[entity];
  }
}
}  // namespace

std::span<const NamedEntity> named_entities() { return kNamedEntities; }

// Narrowing binary search: after k bytes, [lo, hi) holds the names that start with the first k
// input bytes. Because the table is sorted, a name exactly k bytes long sorts first in that
// range, so each step can note it as a match before narrowing on byte k. The first byte's
// range comes from a table; then at most 31 steps of a few comparisons each, whatever the input.
const NamedEntity* longest_named_entity(const char* p, const char* end) {
  if (p == end || static_cast<uint8_t>(*p) >= std::size(kFirstByteRanges.first)) return nullptr;
  const size_t window = std::min(static_cast<size_t>(end - p), kShortNameMaxLength);
  for (size_t k = 1; k < window; ++k) {
    if (p[k] != ';') continue;
    if (const NamedEntity* entity = find_short_name(p, k + 1)) return entity;
    break;
  }
  const auto c0 = static_cast<uint8_t>(*p);
  const NamedEntity* lo = kNamedEntities + kFirstByteRanges.first[c0];
  const NamedEntity* hi = kNamedEntities + kFirstByteRanges.last[c0];
  if (lo == hi) return nullptr;
  const NamedEntity* best = lo->name.size() == 1 ? lo : nullptr;
  for (size_t k = 1; p + k < end; ++k) {
    if (lo->name.size() == k) ++lo;  // the match of length k (already noted) cannot go longer
    const char c = p[k];
    lo = std::partition_point(lo, hi, [&](const NamedEntity& e) { return e.name[k] < c; });
    hi = std::partition_point(lo, hi, [&](const NamedEntity& e) { return e.name[k] == c; });
    if (lo == hi) break;
    if (lo->name.size() == k + 1) best = lo;
  }
  return best;
}

}  // namespace lede::html
