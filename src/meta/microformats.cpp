// hAtom / microformats dates: an element classed "published" or "updated" (often an <abbr>)
// whose title attribute holds the machine-readable time while its text shows only "10:52 PM".
// Blog platforms write their post dates this way, sometimes with itemprop on the same element.
#include "meta/date_labels.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

void extract_microformats(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  bool first_published = true;
  for (html::NodeId n : index.date_like) {
    std::string_view title = doc.attribute_value(n, "title");
    if (title.empty() || about_other_pages(doc, index, n)) continue;
    std::string classes = fold_case(doc.attribute_value(n, "class"));
    std::string itemprop = fold_case(doc.attribute_value(n, "itemprop"));
    bool published = has_class_token(classes, "published") || has_class_token(classes, "dtstart") ||
                     itemprop == "datepublished";
    bool updated = has_class_token(classes, "updated") || itemprop == "datemodified";
    if (!published && !updated) continue;
    // A listing repeats the pattern for every post; the first one is the page's own.
    if (published && !first_published) continue;
    Field field = published ? Field::kPublished : Field::kModified;
    KeyScope named(ev, published ? "hAtom published" : "hAtom updated");
    if (ev.add_date(field, Origin::kMicrodata, kWeightMarkup, title, doc.node(n).source_offset) &&
        published) {
      first_published = false;
    }
  }
}

}  // namespace lede::meta
