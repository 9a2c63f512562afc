#include "extract/related_boxes.h"

#include <algorithm>
#include <string>


namespace lede::extraction {
namespace {

using html::NodeType;

// A box of links: a heading and headlines. A box named "related" that is mostly prose is a
// paragraph about related matters, not a list.
constexpr double kMinBoxLinkShare = 0.6;
// Shorter link texts are "More", "1", arrows: not headlines. Measured in Latin characters; an
// ideograph or Hangul syllable counts as two (a CJK headline of 11 characters is a full one).
constexpr uint32_t kMinTitleWidth = 12;

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

// White space as collapsed_text() collapses it.
bool is_collapsed_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The width of the text of `id` once collapsed, up to `enough`: collapsing changes only the white
// space, which the width leaves out, so the text nodes are read in place, and most links of a
// box are told apart (a headline or not) without building their title.
uint32_t text_width(const html::Document& doc, NodeId id, uint32_t enough) {
  uint32_t width = 0;
  for (NodeId t = id; t != html::kNoNode && width < enough; t = doc.next_in_tree(t, id)) {
    if (doc.type(t) != NodeType::kText) continue;
    std::string_view text = doc.data(t);
    for (size_t i = 0; i < text.size();) {
      unsigned char lead = static_cast<unsigned char>(text[i]);
      size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      char32_t cp = lead < 0x80 ? lead : lead < 0xE0 ? lead & 0x1F : lead < 0xF0 ? lead & 0x0F : lead & 0x07;
      for (size_t k = 1; k < len && i + k < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      if (cp >= 0x80 || !is_collapsed_space(static_cast<char>(cp))) width += is_wide(cp) ? 2 : 1;
      i += len;
    }
  }
  return width;
}

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

std::string collapsed_text(const html::Document& doc, NodeId id) {
  std::string out;
  bool space = false;
  for (NodeId t = id; t != html::kNoNode; t = doc.next_in_tree(t, id)) {
    if (doc.type(t) != NodeType::kText) continue;
    std::string_view text = doc.data(t);
    for (size_t i = 0; i < text.size();) {
      if (is_collapsed_space(text[i])) {
        space = !out.empty();
        ++i;
        continue;
      }
      size_t end = i + 1;
      while (end < text.size() && !is_collapsed_space(text[end])) ++end;
      if (space) out += ' ';
      space = false;
      out.append(text.substr(i, end - i));
      i = end;
    }
  }
  return out;
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
    for (NodeId l = n; l != html::kNoNode; l = a.doc.next_in_tree(l, n)) {
      if (!a.is_tag(l, html::Tag::kA) || a.removed[l]) continue;
      std::string_view href = a.doc.attribute_value(l, "href");
      if (href.empty() || text_width(a.doc, l, kMinTitleWidth) < kMinTitleWidth) continue;
      if (std::any_of(links.begin(), links.end(), [&](const RelatedLink& r) { return r.url == href; })) continue;
      links.push_back({std::string(href), collapsed_text(a.doc, l)});
    }
  }
  return links;
}

}  // namespace lede::extraction
