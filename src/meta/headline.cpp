// The <title> element and the article's <h1>: the headline as the page shows it.
#include "meta/sources.h"

namespace lede::meta {

void extract_headlines(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  if (index.title != html::kNoNode) {
    ev.add_text(Field::kTitle, Origin::kTitleElement, kWeightMarkup, element_text(doc, index.title, 500),
                doc.node(index.title).source_offset);
  }
  if (index.main_h1 != html::kNoNode) {
    ev.add_text(Field::kTitle, Origin::kHeading, kWeightMarkup, element_text(doc, index.main_h1, 500),
                doc.node(index.main_h1).source_offset);
  }
}

}  // namespace lede::meta
