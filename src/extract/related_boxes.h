// The related-stories and most-viewed boxes around the article: pages put them beside or below
// the story, outside the element the body comes from, so cleaning the body never meets them.
#pragma once

#include <vector>

#include "extract/analysis.h"
#include "lede/article.h"

namespace lede::extraction {

/// Links of the boxes that the page names related or most viewed (class or id) and that are
/// mostly links, outside `article_roots`, in document order, each URL once.
std::vector<RelatedLink> collect_related_boxes(const Analysis& a, const std::vector<NodeId>& article_roots);

}  // namespace lede::extraction
