// The element sets the tree-construction rules (WHATWG HTML §13.2.4.2, §13.2.4.3, §13.2.6)
// test over and over, as one bit mask per (tag, namespace), so each test is a table lookup.
#pragma once

#include <cstdint>

#include "html/document_builder.h"
#include "html/tags.h"

namespace lede::html::tree {

using CategoryMask = uint16_t;

/// Categories whose positions on the stack of open elements are tracked (OpenElements keeps,
/// for each, the positions of its members), so "is X in scope" never scans the stack.
enum TrackedCategory : uint8_t {
  kTrackSpecial,          // the spec's "special" category
  kTrackScopeBoundary,    // ends the default scope: applet, caption, html, table, td, ...
  kTrackListItemExtra,    // ol, ul: list item scope = default scope plus these
  kTrackButtonExtra,      // button: button scope = default scope plus this
  kTrackTableBoundary,    // html, table, template: ends the table scope
  kTrackResetsMode,       // elements "reset the insertion mode appropriately" stops at
  kTrackListItemStop,     // special but not address, div, p: stops the <li>/<dd>/<dt> walk
  kTrackedCategoryCount,
};

enum Category : CategoryMask {
  kSpecial = 1u << kTrackSpecial,
  kScopeBoundary = 1u << kTrackScopeBoundary,
  kListItemExtra = 1u << kTrackListItemExtra,
  kButtonExtra = 1u << kTrackButtonExtra,
  kTableBoundary = 1u << kTrackTableBoundary,
  kResetsMode = 1u << kTrackResetsMode,
  kListItemStop = 1u << kTrackListItemStop,
  // Not tracked by position:
  kImpliedEnd = 1u << 8,          // "generate implied end tags"
  kImpliedEndThorough = 1u << 9,  // "... thoroughly" (adds the table parts)
  kFormatting = 1u << 10,         // the formatting elements of §13.2.4.3
  kTableContext = 1u << 11,       // table, template, html: "clear back to a table context"
  kHtmlElement = 1u << 12,        // every element in the HTML namespace
};

/// The categories of the known HTML tags, by tag id (Tag::kKnownCount entries).
extern const CategoryMask* const kKnownHtmlCategories;

/// The category bits of an element with this tag outside the known HTML tags.
CategoryMask other_categories(TagId tag, Namespace ns);

/// The category bits of an element with this tag in this namespace. Inline: every push onto
/// the stack of open elements asks, nearly always for a known HTML tag.
inline CategoryMask categories(TagId tag, Namespace ns) {
  if (ns == Namespace::kHtml && tag < Tag::kKnownCount) [[likely]] return kKnownHtmlCategories[tag];
  return other_categories(tag, ns);
}

}  // namespace lede::html::tree
