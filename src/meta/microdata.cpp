// schema.org microdata: itemprop="headline|datePublished|dateModified|author|publisher|..."
// (WHATWG HTML §5 Microdata). The value is the content/datetime attribute when there is one,
// else the element's text.
#include "meta/byline.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

namespace Tag = html::Tag;

// Article-typed items after the first on a page are usually teasers for other articles.
bool is_article_itemtype(std::string_view type) {
  std::string t = fold_case(type);
  return t.find("article") != std::string::npos || t.find("blogposting") != std::string::npos ||
         t.find("newsarticle") != std::string::npos;
}

std::string item_value(const html::Document& doc, html::NodeId n) {
  for (std::string_view attr : {"content", "datetime"}) {
    if (std::optional<html::Attribute> a = doc.find_attribute(n, attr)) return std::string(doc.str(a->value));
  }
  return element_text(doc, n, 300);
}

// The itemscope element an itemprop belongs to: the nearest above it. The properties of an
// item are mostly siblings, so the answer for the last parent asked about is kept.
class OwnerScopes {
 public:
  explicit OwnerScopes(const html::Document& doc) : doc_(doc) {}
  html::NodeId of(html::NodeId n) {
    html::NodeId parent = doc_.node(n).parent;
    if (parent == last_parent_) return last_scope_;
    html::NodeId scope = html::kNoNode;
    for (html::NodeId p = parent; p != html::kNoNode; p = doc_.node(p).parent) {
      if (doc_.node(p).type == html::NodeType::kElement && doc_.find_attribute(p, "itemscope")) {
        scope = p;
        break;
      }
    }
    last_parent_ = parent;
    last_scope_ = scope;
    return scope;
  }

 private:
  const html::Document& doc_;
  html::NodeId last_parent_ = html::kNoNode;
  html::NodeId last_scope_ = html::kNoNode;
};

}  // namespace

void extract_microdata(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  html::NodeId first_article = html::kNoNode;
  OwnerScopes scopes(doc);
  for (html::NodeId n : index.itemprops) {
    // <meta itemprop> is read by the meta source; reading it here too would count one
    // statement twice.
    if (doc.is_element(n, Tag::kMeta)) continue;
    std::string_view written = doc.attribute_value(n, "itemprop");
    std::string prop = fold_case(written);
    if (prop.empty()) {
      // RDFa: property="schema:datePublished", "dc:date", "dcterms:created".
      prop = fold_case(doc.attribute_value(n, "property"));
      size_t colon = prop.find(':');
      std::string prefix = colon == std::string::npos ? std::string{} : prop.substr(0, colon);
      if (colon != std::string::npos) prop = prop.substr(colon + 1);
      if (prefix == "dc" || prefix == "dcterms") {
        if (prop == "date" || prop == "created" || prop == "issued") prop = "datepublished";
        if (prop == "modified") prop = "datemodified";
        if (prop == "creator") prop = "author";
        if (prop == "title") prop = "headline";
      }
    }
    html::NodeId scope = scopes.of(n);
    int weight = kWeightMarkup;
    if (scope != html::kNoNode && is_article_itemtype(doc.attribute_value(scope, "itemtype"))) {
      if (first_article == html::kNoNode) first_article = scope;
      if (scope != first_article) continue;
    } else if (about_other_pages(doc, index, n)) {
      continue;
    }
    uint32_t pos = doc.node(n).source_offset;
    KeyScope named(ev, written.empty() ? doc.attribute_value(n, "property") : written);
    if (prop == "headline") {
      ev.add_text(Field::kTitle, Origin::kMicrodata, weight, item_value(doc, n), pos);
    } else if (prop == "alternativeheadline") {
      ev.add_text(Field::kSubtitle, Origin::kMicrodata, weight, item_value(doc, n), pos);
    } else if (prop == "datepublished" || prop == "datecreated") {
      ev.add_date(Field::kPublished, Origin::kMicrodata, weight, item_value(doc, n), pos);
    } else if (prop == "datemodified") {
      ev.add_date(Field::kModified, Origin::kMicrodata, weight, item_value(doc, n), pos);
    } else if (prop == "author" || prop == "creator") {
      std::string text;
      if (doc.find_attribute(n, "itemscope")) {
        // A Person item: its name property.
        for (html::NodeId c = doc.next_in_tree(n, n); c != html::kNoNode; c = doc.next_in_tree(c, n)) {
          if (fold_case(doc.attribute_value(c, "itemprop")) == "name") {
            text = item_value(doc, c);
            break;
          }
        }
        if (fold_case(doc.attribute_value(n, "itemtype")).find("organization") != std::string::npos) continue;
      }
      if (text.empty()) text = item_value(doc, n);
      for (Author& a : parse_byline(text)) ev.add_author(Origin::kMicrodata, weight, a, pos);
    } else if (prop == "articlesection") {
      ev.add_text(Field::kSection, Origin::kMicrodata, weight, item_value(doc, n), pos);
    } else if (prop == "inlanguage") {
      ev.add_text(Field::kLanguage, Origin::kMicrodata, weight, item_value(doc, n), pos);
    }
  }
}

}  // namespace lede::meta
