// Interned tag ids: every name the parser or the extractor reasons about has a fixed integer,
// so rules switch on ids instead of comparing strings. Names not in the table are interned per
// document (see Document::intern_tag) and get ids from Tag::kKnownCount upwards.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::html {

using TagId = uint16_t;

namespace Tag {
enum : TagId {
#define LEDE_TAG_ENUM
#include "html/tags.inc"
#undef LEDE_TAG_ENUM
};
}  // namespace Tag

namespace detail {
#define LEDE_TAG_TABLES
#include "html/tags.inc"
#undef LEDE_TAG_TABLES
}  // namespace detail

/// Id of a known lowercase tag name, or Tag::kKnownCount when the name is not in the table.
inline TagId lookup_known_tag(std::string_view lowercase_name) {
  uint32_t h = 2166136261u;
  for (unsigned char c : lowercase_name) h = (h ^ c) * 16777619u;
  uint32_t slot = h & (detail::kTagHashSize - 1);
  while (uint16_t entry = detail::kTagHashSlots[slot]) {
    if (detail::kTagNames[entry - 1] == lowercase_name) return static_cast<TagId>(entry - 1);
    slot = (slot + 1) & (detail::kTagHashSize - 1);
  }
  return Tag::kKnownCount;
}

/// Lowercase name of a known tag id (id < Tag::kKnownCount).
inline std::string_view known_tag_name(TagId id) { return detail::kTagNames[id]; }

/// The SVG spelling of a known tag ("foreignObject" for Tag::kForeignobject).
inline std::string_view known_svg_tag_name(TagId id) { return detail::kSvgTagNames[id]; }

}  // namespace lede::html
