#include "meta/site_header.h"

namespace lede::meta {

bool in_site_header(const html::Document& doc, const PageIndex& index, html::NodeId id) {
  // Nodes are numbered in document order, an element's descendants right after it: a <header>
  // before the headline that does not hold it ends before it, and so does all it holds. Most
  // texts asked about come after the headline, and need no climb.
  if (index.main_h1 == html::kNoNode || id >= index.main_h1) return false;
  for (html::NodeId a = id; a != html::kNoNode; a = doc.parent(a)) {
    if (!doc.is_element(a, html::Tag::kHeader)) continue;
    // The first <header> up is the one the element belongs to: an article's header nested in a
    // banner is the article's.
    return a < index.main_h1 && !is_inside(doc, index.main_h1, a);
  }
  return false;
}

}  // namespace lede::meta
