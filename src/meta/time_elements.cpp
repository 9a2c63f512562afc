// <time datetime="..."> (WHATWG HTML §4.5.14): machine-readable dates. The page's own
// publication time is the first one near the headline; times in widgets date other pages.
#include "meta/date_labels.h"
#include "meta/site_header.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// Text before a <time> inside its parent, where its label ("Updated:") is written.
std::string text_before(const html::Document& doc, html::NodeId time) {
  html::NodeId parent = doc.node(time).parent;
  if (parent == html::kNoNode) return {};
  std::string out;
  for (html::NodeId c = doc.node(parent).first_child; c != html::kNoNode && c != time;
       c = doc.node(c).next_sibling) {
    out += element_text(doc, c, 200);
    out += ' ';
  }
  return out;
}

// <time itemprop="datePublished" datetime="2021-10-27T20:35:36+01:00">2021-10-27T20:35:36+01:00
// </time>: microdata (microdata.cpp) already reads the statement, and a text that only repeats
// the machine value is no date line a reader goes by. Counting it again would make one
// statement two independent sources.
bool states_markup_only(const html::Document& doc, html::NodeId time) {
  if (doc.attribute_value(time, "itemprop").empty()) return false;
  return trim(element_text(doc, time, 120)) == trim(doc.attribute_value(time, "datetime"));
}

}  // namespace

void extract_time_elements(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  bool first_near = true;
  bool first_far = true;
  for (html::NodeId t : index.times) {
    if (about_other_pages(doc, index, t) || in_site_header(doc, index, t)) continue;
    if (states_markup_only(doc, t)) continue;
    std::string_view datetime = doc.attribute_value(t, "datetime");
    std::string value = datetime.empty() ? element_text(doc, t, 120) : std::string(datetime);
    std::string names = fold_case(doc.attribute_value(t, "class")) + " " +
                        fold_case(doc.attribute_value(t, "itemprop"));
    Field field = Field::kPublished;
    DateLabel label = label_before(text_before(doc, t));
    if (label == DateLabel::kNone) label = label_before(element_text(doc, t, 120));
    if (label == DateLabel::kModified || names_modification(names)) field = Field::kModified;
    bool explicit_pub = doc.find_attribute(t, "pubdate") || label == DateLabel::kPublished ||
                        names.find("publish") != std::string::npos;
    bool near = near_headline(doc, index, t);
    int weight = kWeightWeak;
    if (near && (first_near || explicit_pub || field == Field::kModified)) weight = kWeightMarkup;
    else if (!near && !first_far && !explicit_pub) continue;
    uint32_t pos = doc.node(t).source_offset;
    // Named by what readers see of it.
    std::string shown = ev.context().explain ? element_text(doc, t, 120) : std::string{};
    KeyScope named(ev, shown);
    if (ev.add_date(field, Origin::kTimeElement, weight, value, pos)) {
      if (near && field == Field::kPublished) first_near = false;
      if (!near) first_far = false;
    }
  }
}

}  // namespace lede::meta
