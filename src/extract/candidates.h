// Stage 3: candidate article containers. Each finder proposes the roots of one attempt (a
// container, or a container and the siblings that continue it); the pipeline keeps them all
// and chooses explicitly.
#pragma once

#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/score.h"

namespace lede::extraction {

struct Attempt {
  std::string_view name;       // "semantic", "scored", "scored-relaxed", "body"
  std::vector<NodeId> roots;   // in document order; empty when the finder found nothing
};

/// The container the page marks as its article: itemprop=articleBody, an "article-body" class,
/// the one <article> that holds most of the text, or <main> — the first of these that holds
/// enough prose.
Attempt find_semantic_container(const Analysis& a);

/// The best-scored container and the siblings that continue it (Readability's scheme).
Attempt find_scored_container(const Analysis& a, const ScoreFlags& flags, std::string_view name);

/// The page's main region: <main> (or role=main) when it holds most of the text, else <body>.
/// For pages that are not one article (listings, products, service pages).
Attempt main_region(const Analysis& a);

/// True when `inner` is `outer` or lies below it.
bool contains(const html::Document& doc, NodeId outer, NodeId inner);

}  // namespace lede::extraction
