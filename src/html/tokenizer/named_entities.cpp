#include "html/tokenizer/named_entities.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

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
}  // namespace

std::span<const NamedEntity> named_entities() { return kNamedEntities; }

// Narrowing binary search: after k bytes, [lo, hi) holds the names that start with the first k
// input bytes. Because the table is sorted, a name exactly k bytes long sorts first in that
// range, so each step can note it as a match before narrowing on byte k. The first byte's
// range comes from a table; then at most 31 steps of a few comparisons each, whatever the input.
const NamedEntity* longest_named_entity(const char* p, const char* end) {
  if (p == end || static_cast<uint8_t>(*p) >= std::size(kFirstByteRanges.first)) return nullptr;
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
