// schema.org microdata: itemprop="headline|datePublished|dateModified|author|publisher|..."
// (WHATWG HTML §5 Microdata). The value is the content/datetime attribute when there is one,
// else the element's text.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "meta/byline.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

namespace Tag = html::Tag;

// Article-typed items after the first on a page are usually teasers for other articles.
bool is_article_itemtype(std::string_view type) {
  FoldedText folded(type);
  std::string_view t = folded.view();
  return t.find("article") != std::string_view::npos || t.find("blogposting") != std::string_view::npos ||
         t.find("newsarticle") != std::string_view::npos;
}

// True when `text` ends with `lower` (lower-case ASCII), whatever the case of `text`'s letters.
bool ends_with_ascii_folded(std::string_view text, std::string_view lower) {
  if (text.size() < lower.size()) return false;
  std::string_view tail = text.substr(text.size() - lower.size());
  for (size_t k = 0; k < lower.size(); ++k) {
    char c = tail[k];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != lower[k]) return false;
  }
  return true;
}

// A reply under the page's item: typed as a Comment or an Answer, or its comment or answer
// property (Discourse writes each reply <div itemprop=comment itemscope itemtype=.../Comment>,
// Q&A sites each answer as an Answer). Its author wrote the reply, not the page. Asked of every
// item an itemprop belongs to: the names are compared without a folded copy.
bool is_reply_item(std::string_view type, std::string_view itemprop) {
  if (ends_with_ascii_folded(type, "/comment") || ends_with_ascii_folded(type, "/answer")) return true;
  for (std::string_view p : {"comment", "answer", "suggestedanswer", "acceptedanswer"}) {
    if (itemprop.size() == p.size() && ends_with_ascii_folded(itemprop, p)) return true;
  }
  return false;
}

// The attributes an itemprop is read by, found in one pass over the element's attributes: a
// lookup by name for each read them all again. The first of a name given twice counts, as
// Document::attribute_value() reads it.
struct ItemAttributes {
  std::string_view itemprop;
  std::string_view property;
  std::optional<std::string_view> content;
  std::optional<std::string_view> datetime;
  bool itemscope = false;
};

ItemAttributes item_attributes(const html::Document& doc, html::NodeId n) {
  ItemAttributes out;
  // Each name is met once: the parser keeps only the first of repeated attributes.
  for (const html::Attribute& a : doc.attributes(n)) {
    std::string_view name = doc.str(a.name);
    if (name == "itemprop") {
      out.itemprop = doc.str(a.value);
    } else if (name == "property") {
      out.property = doc.str(a.value);
    } else if (name == "content") {
      out.content = doc.str(a.value);
    } else if (name == "datetime") {
      out.datetime = doc.str(a.value);
    } else if (name == "itemscope") {
      out.itemscope = true;
    }
  }
  return out;
}

std::string item_value(const html::Document& doc, html::NodeId n, const ItemAttributes& attributes) {
  if (attributes.content) return std::string(*attributes.content);
  if (attributes.datetime) return std::string(*attributes.datetime);
  return element_text(doc, n, 300);
}

std::string item_value(const html::Document& doc, html::NodeId n) { return item_value(doc, n, item_attributes(doc, n)); }

// The itemscope element an itemprop belongs to: the nearest above it, and whether it is typed
// as an article. The properties of an item are mostly siblings, so the answer for the last
// parent asked about is kept.
class OwnerScopes {
 public:
  struct Scope {
    html::NodeId id = html::kNoNode;
    bool article = false;
    bool reply = false;  // a comment or an answer under the page's own item
  };

  explicit OwnerScopes(const html::Document& doc) : doc_(doc) {}
  Scope of(html::NodeId n) {
    html::NodeId parent = doc_.node(n).parent;
    if (parent == last_parent_) return last_scope_;
    Scope scope;
    for (html::NodeId p = parent; p != html::kNoNode; p = doc_.node(p).parent) {
      if (doc_.node(p).type != html::NodeType::kElement) continue;
      // Its itemscope and itemtype in one pass over its attributes: every ancestor of an
      // itemprop up to its item's is asked.
      bool itemscope = false;
      std::string_view itemtype;
      std::string_view itemprop;
      for (const html::Attribute& a : doc_.attributes(p)) {
        std::string_view name = doc_.str(a.name);
        if (name == "itemscope") itemscope = true;
        else if (name == "itemtype") itemtype = doc_.str(a.value);
        else if (name == "itemprop") itemprop = doc_.str(a.value);
      }
      if (itemscope) {
        scope = {p, is_article_itemtype(itemtype), is_reply_item(itemtype, itemprop)};
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
  Scope last_scope_;
};

}  // namespace

void extract_microdata(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  html::NodeId first_article = html::kNoNode;
  bool own_author = false;  // an author stated outside replies (comments, answers)
  OwnerScopes scopes(doc);
  for (html::NodeId n : index.itemprops) {
    // <meta itemprop> is read by the meta source; reading it here too would count one
    // statement twice.
    if (doc.is_element(n, Tag::kMeta)) continue;
    ItemAttributes attributes = item_attributes(doc, n);
    std::string_view written = attributes.itemprop;
    // Folding keeps a text empty or not: without an itemprop, the RDFa property names it.
    std::string_view name = written.empty() ? attributes.property : written;
    FoldedText folded;
    std::string_view prop = folds_to_itself(name) ? name : folded.fold(name);
    if (written.empty()) {
      // RDFa: property="schema:datePublished", "dc:date", "dcterms:created".
      size_t colon = prop.find(':');
      std::string_view prefix = colon == std::string_view::npos ? std::string_view{} : prop.substr(0, colon);
      if (colon != std::string_view::npos) prop = prop.substr(colon + 1);
      if (prefix == "dc" || prefix == "dcterms") {
        if (prop == "date" || prop == "created" || prop == "issued") prop = "datepublished";
        if (prop == "modified") prop = "datemodified";
        if (prop == "creator") prop = "author";
        if (prop == "title") prop = "headline";
      }
    }
    OwnerScopes::Scope scope = scopes.of(n);
    int weight = kWeightMarkup;
    if (scope.id != html::kNoNode && scope.article) {
      if (first_article == html::kNoNode) first_article = scope.id;
      if (scope.id != first_article) continue;
    } else if (about_other_pages(doc, index, n)) {
      continue;
    }
    uint32_t pos = doc.node(n).source_offset;
    KeyScope named(ev, written.empty() ? attributes.property : written);
    if (prop == "headline") {
      ev.add_text(Field::kTitle, Origin::kMicrodata, weight, item_value(doc, n, attributes), pos);
    } else if (prop == "alternativeheadline") {
      ev.add_text(Field::kSubtitle, Origin::kMicrodata, weight, item_value(doc, n, attributes), pos);
    } else if (prop == "datepublished" || prop == "datecreated") {
      ev.add_date(Field::kPublished, Origin::kMicrodata, weight, item_value(doc, n, attributes), pos);
    } else if (prop == "datemodified") {
      ev.add_date(Field::kModified, Origin::kMicrodata, weight, item_value(doc, n, attributes), pos);
    } else if (prop == "author" || prop == "creator") {
      // Once the page's own item has named its author, the authors of the replies under it
      // wrote the replies. A thread that marks every post a reply, the opening one too
      // (XenForo's Comments), names no author of its own: its posts' authors stay as they were.
      if (scope.reply && own_author) continue;
      own_author |= !scope.reply;
      std::string text;
      if (attributes.itemscope) {
        // A Person item: its name property.
        for (html::NodeId c = doc.next_in_tree(n, n); c != html::kNoNode; c = doc.next_in_tree(c, n)) {
          if (fold_case(doc.attribute_value(c, "itemprop")) == "name") {
            text = item_value(doc, c);
            break;
          }
        }
        if (fold_case(doc.attribute_value(n, "itemtype")).find("organization") != std::string::npos) continue;
      }
      if (text.empty()) text = item_value(doc, n, attributes);
      std::vector<Author> people = parse_byline(text);
      for (Author& a : people) ev.add_author(Origin::kMicrodata, weight, a, pos);
      // A forum marks its posters' handles as their names ("Ejp55230", "xJewishNinjax"), which
      // no byline rule reads as a person.
      std::string_view word = trim(text);
      if (people.empty() && word.find(' ') == std::string_view::npos) {
        ev.add_handle(Origin::kMicrodata, weight, {std::string(word), {}, {}}, pos);
      }
    } else if (prop == "articlesection") {
      ev.add_text(Field::kSection, Origin::kMicrodata, weight, item_value(doc, n, attributes), pos);
    } else if (prop == "inlanguage") {
      ev.add_text(Field::kLanguage, Origin::kMicrodata, weight, item_value(doc, n, attributes), pos);
    }
  }
}

}  // namespace lede::meta
