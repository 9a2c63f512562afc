#include "extract/related_boxes.h"

#include <algorithm>

#include "extract/box_stories.h"

namespace lede::extraction {
namespace {

using html::NodeType;

// A box of links: a heading and headlines. A box named "related" that is mostly prose is a
// paragraph about related matters, not a list.
constexpr double kMinBoxLinkShare = 0.6;

// The share of a box's text in its links, leaving out its heading and the dates beside its
// links ("Most viewed", "1 April 2017"), which every list of headlines has.
double headline_share(const Analysis& a, NodeId box) {
  uint32_t chars = a.stats[box].chars;
  for (NodeId n = a.doc.first_child(box); n != html::kNoNode;) {
    bool aside = a.doc.type(n) == NodeType::kElement &&
                 (is_heading_tag(a.doc.node(n).tag) || a.is_tag(n, html::Tag::kTime));
    if (aside) {
      chars -= std::min(chars, a.stats[n].chars);
      n = a.doc.next_skipping_children(n, box);
    } else {
      n = a.doc.next_in_tree(n, box);
    }
  }
  return chars == 0 ? 0.0 : static_cast<double>(a.stats[box].link_chars) / chars;
}

bool is_inside(const html::Document& doc, NodeId id, NodeId ancestor) {
  for (NodeId n = id; n != html::kNoNode; n = doc.parent(n)) {
    if (n == ancestor) return true;
  }
  return false;
}

bool overlaps_article(const html::Document& doc, NodeId id, const std::vector<NodeId>& roots) {
  return std::any_of(roots.begin(), roots.end(),
                     [&](NodeId r) { return is_inside(doc, id, r) || is_inside(doc, r, id); });
}

}  // namespace

std::vector<RelatedLink> collect_related_boxes(const Analysis& a, const std::vector<NodeId>& article_roots) {
  std::vector<RelatedLink> links;
  // Links of a nested box are its outer box's, taken once: the nodes before `after_box` (the
  // first node past the box taken last; the tree stores nodes in document order, so a subtree is
  // a run of ids) are skipped.
  NodeId after_box = 0;
  for (NodeId n : a.named_related) {
    if (n < after_box) continue;
    if (headline_share(a, n) < kMinBoxLinkShare || overlaps_article(a.doc, n, article_roots)) continue;
    after_box = a.doc.next_skipping_children(n, a.body);
    collect_box_stories(a, n, a.body, links);
  }
  return links;
}

}  // namespace lede::extraction
