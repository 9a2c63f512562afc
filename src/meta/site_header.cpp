#include "meta/site_header.h"

namespace lede::meta {

bool in_site_header(const html::Document& doc, const PageIndex& index, html::NodeId id) {
  if (index.main_h1 == html::kNoNode) return false;
  for (html::NodeId a = id; a != html::kNoNode; a = doc.parent(a)) {
    if (!doc.is_element(a, html::Tag::kHeader)) continue;
    // The first <header> up is the one the element belongs to: an article's header nested in a
    // banner is the article's.
    return a < index.main_h1 && !is_inside(doc, index.main_h1, a);
  }
  return false;
}

}  // namespace lede::meta
