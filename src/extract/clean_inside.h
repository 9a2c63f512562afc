// Stage 4: clean the inside of the chosen container. Marks (never removes) the descendants that
// are not the article — share bars, related and most-viewed lists, newsletter and ad boxes,
// author boxes, comment sections, photo credits, link farms — and collects the related links.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/analysis.h"
#include "lede/article.h"
#include "lede/lede.h"

namespace lede::extraction {

struct Cleaning {
  std::vector<uint8_t> dropped;        // indexed by NodeId: the node and its subtree are left out
  std::vector<RelatedLink> related;    // links of dropped related / most-viewed lists
};

/// What the container is expected to hold.
enum class CleanMode : uint8_t {
  kArticle,  // one article: link lists, related boxes and short link blocks are not part of it
  kRegion,   // a page's main region (a listing, a product, a service page): its link lists are
             // its content; only menus and site chrome go
  kItems,    // the main region of a page chosen as not one article: as kRegion, and the parts of
             // each listed item (its meta line, its tags, its picture's name) stay too
};

Cleaning clean_inside(const Analysis& a, const std::vector<NodeId>& roots, Preset preset, CleanMode mode);

}  // namespace lede::extraction
