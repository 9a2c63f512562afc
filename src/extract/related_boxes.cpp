#include "extract/related_boxes.h"

#include <algorithm>
#include <string>

#include "extract/vocab.h"

namespace lede::extraction {
namespace {

using html::NodeType;

// A box of links: a heading and headlines. A box named "related" that is mostly prose is a
// paragraph about related matters, not a list.
constexpr double kMinBoxLinkShare = 0.6;
// Shorter link texts are "More", "1", arrows: not headlines.
constexpr uint32_t kMinTitleChars = 12;

bool is_inside(const html::Document& doc, NodeId id, NodeId ancestor) {
  for (NodeId n = id; n != html::kNoNode; n = doc.node(n).parent) {
    if (n == ancestor) return true;
  }
  return false;
}

bool overlaps_article(const html::Document& doc, NodeId id, const std::vector<NodeId>& roots) {
  return std::any_of(roots.begin(), roots.end(),
                     [&](NodeId r) { return is_inside(doc, id, r) || is_inside(doc, r, id); });
}

std::string collapsed_text(const html::Document& doc, NodeId id) {
  std::string out;
  bool space = false;
  for (NodeId t = id; t != html::kNoNode; t = doc.next_in_tree(t, id)) {
    if (doc.node(t).type != NodeType::kText) continue;
    for (char c : doc.data(t)) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace

std::vector<RelatedLink> collect_related_boxes(const Analysis& a, const std::vector<NodeId>& article_roots) {
  std::vector<RelatedLink> links;
  NodeId box_end = html::kNoNode;  // links of a nested box are its outer box's, taken once
  for (NodeId n : a.order) {
    if (box_end != html::kNoNode && is_inside(a.doc, n, box_end)) continue;
    box_end = html::kNoNode;
    if (a.doc.node(n).type != NodeType::kElement || !(a.concepts[n] & (vocab::kRelated | vocab::kMostViewed))) continue;
    if (a.link_density(n) < kMinBoxLinkShare || overlaps_article(a.doc, n, article_roots)) continue;
    box_end = n;
    for (NodeId l = n; l != html::kNoNode; l = a.doc.next_in_tree(l, n)) {
      if (!a.is_tag(l, html::Tag::kA) || a.removed[l] || a.stats[l].chars < kMinTitleChars) continue;
      std::string_view href = a.doc.attribute_value(l, "href");
      bool seen = std::any_of(links.begin(), links.end(), [&](const RelatedLink& r) { return r.url == href; });
      if (href.empty() || seen) continue;
      links.push_back({std::string(href), collapsed_text(a.doc, l)});
    }
  }
  return links;
}

}  // namespace lede::extraction
