// The <title> element and the article's <h1>: the headline as the page shows it.
#include <string>
#include <string_view>

#include "meta/sources.h"

namespace lede::meta {
namespace {

// Documentation generators end each heading with a permalink anchor ("Parameters¶"); the mark
// is a link to the heading, not part of its words.
std::string without_permalink_mark(std::string text) {
  for (std::string_view mark : {"\u00B6", "\u00A7", "\U0001F517"}) {
    if (text.size() > mark.size() && text.ends_with(mark)) {
      text.resize(text.size() - mark.size());
      while (!text.empty() && text.back() == ' ') text.pop_back();
      break;
    }
  }
  return text;
}

}  // namespace

void extract_headlines(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  if (index.title != html::kNoNode) {
    ev.add_text(Field::kTitle, Origin::kTitleElement, kWeightMarkup, element_text(doc, index.title, 500),
                doc.node(index.title).source_offset);
  }
  if (index.main_h1 != html::kNoNode) {
    ev.add_text(Field::kTitle, Origin::kHeading, kWeightMarkup, without_permalink_mark(element_text(doc, index.main_h1, 500)),
                doc.node(index.main_h1).source_offset);
  }
}

}  // namespace lede::meta
