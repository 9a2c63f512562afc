#include "html/tokenizer/named_entities.h"

#include <algorithm>

namespace lede::html {

namespace {
constexpr NamedEntity kNamedEntities[] = {
#include "html/tokenizer/entities.inc"
};
}  // namespace

std::span<const NamedEntity> named_entities() { return kNamedEntities; }

// Narrowing binary search: after k bytes, [lo, hi) holds the names that start with the first k
// input bytes. Because the table is sorted, a name exactly k bytes long sorts first in that
// range, so each step can note it as a match before narrowing on byte k. At most 32 steps of
// log2(2231) comparisons each, whatever the input.
const NamedEntity* longest_named_entity(const char* p, const char* end) {
  const NamedEntity* lo = std::begin(kNamedEntities);
  const NamedEntity* hi = std::end(kNamedEntities);
  const NamedEntity* best = nullptr;
  for (size_t k = 0; p + k < end; ++k) {
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
