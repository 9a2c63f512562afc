#include "meta/page_index.h"

#include <span>

#include "meta/text_util.h"

namespace lede::meta {

namespace {

using html::NodeId;
using html::NodeType;
namespace Tag = html::Tag;

// Class/id fragments of elements holding the article's byline.
constexpr std::string_view kBylineTokens[] = {"byline", "author", "writer", "reporter", "byl",
                                              "posted-by", "postedby", "journalist", "contributor",
                                              "autor", "auteur", "editor"};
// Class/id fragments of elements holding a date.
constexpr std::string_view kDateTokens[] = {"date", "time", "publish", "posted", "dateline",
                                            "updated", "modified", "timestamp", "datum", "fecha",
                                            "data-", "meta", "info", "pubdate", "article-header"};
// Class/id fragments of regions about other pages.
constexpr std::string_view kWidgetTokens[] = {"related", "popular", "most-read", "mostread",
                                              "sidebar", "comment", "recommend", "trending",
                                              "widget", "more-stories", "morestories",
                                              "footer", "newsletter", "read-more", "also"};

// Headlines shorter than this are logos and site names ("<h1><a href=/>Planet</a></h1>").
constexpr size_t kMinHeadlineBytes = 12;
// Source bytes around the headline within which a date or byline belongs to the article.
constexpr uint32_t kNearBeforeHeadline = 4000;
constexpr uint32_t kNearAfterHeadline = 8000;

// Anchor texts longer than this are headlines, not "Read in English" links.
constexpr size_t kMaxLanguageLinkText = 60;
// Ancestors examined when deciding whether an element sits in a widget.
constexpr int kMaxWidgetDepth = 12;

bool contains_any(std::string_view haystack, std::span<const std::string_view> needles) {
  for (std::string_view n : needles) {
    if (haystack.find(n) != std::string_view::npos) return true;
  }
  return false;
}

// Some pages ship their schema.org JSON-LD in a <script> without the ld+json type; the text
// itself says what it is.
constexpr size_t kJsonLdSniffBytes = 80;

bool is_jsonld_script(const html::Document& doc, NodeId n) {
  std::string type = fold_case(doc.attribute_value(n, "type"));
  if (type == "application/ld+json") return true;
  if (!type.empty() || doc.node(n).first_child == html::kNoNode) return false;
  std::string_view text = trim(doc.data(doc.node(n).first_child));
  if (text.empty() || text.front() != '{') return false;
  std::string_view head = text.substr(0, kJsonLdSniffBytes);
  return head.find("\"@context\"") != std::string_view::npos &&
         text.find("schema.org") != std::string_view::npos;
}

// Class tokens that file a post under a taxonomy term ("category-popular", "tag-comments"):
// the term is a topic name, not the element's role.
constexpr std::string_view kTaxonomyPrefixes[] = {"category-", "tag-"};

bool is_taxonomy_token(std::string_view folded, size_t token_start) {
  for (std::string_view p : kTaxonomyPrefixes) {
    if (folded.substr(token_start, p.size()) == p) return true;
  }
  return false;
}

// True when a class/id token names a widget: the word opens the token or one of its parts,
// split at '-', '_' or a camelCase capital ("sidebar-left", "post_comments", "articleRelated").
// A word buried inside a layout name ("layouttwocolumnsrightsidebar") or another word
// ("false") names no widget.
bool names_widget(std::string_view names) {
  std::string folded = fold_case(names);
  for (std::string_view w : kWidgetTokens) {
    for (size_t at = folded.find(w); at != std::string::npos; at = folded.find(w, at + 1)) {
      char before = at == 0 ? ' ' : names[at - 1];
      bool capital = names[at] >= 'A' && names[at] <= 'Z';
      if (before != ' ' && before != '-' && before != '_' && !capital) continue;
      size_t token_start = folded.rfind(' ', at);
      token_start = token_start == std::string::npos ? 0 : token_start + 1;
      // "post-footer", "entry-footer": the post's own footer (its date and author); only a
      // token that starts with the word names the page's footer.
      if (w == "footer" && at != token_start) continue;
      if (!is_taxonomy_token(folded, token_start)) return true;
    }
  }
  return false;
}

// Class tokens of a container holding one post or article (hAtom's "hentry", CMS templates).
constexpr std::string_view kArticleClassTokens[] = {"article", "post", "hentry", "entry"};

bool has_token(std::string_view folded, std::string_view token) {
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (folded.substr(start, end - start) == token) return true;
    start = end + 1;
  }
  return false;
}

bool inside_article(const html::Document& doc, NodeId id) {
  for (NodeId n = doc.node(id).parent; n != html::kNoNode; n = doc.node(n).parent) {
    if (doc.is_element(n, Tag::kArticle)) return true;
    std::string classes = fold_case(doc.attribute_value(n, "class"));
    for (std::string_view t : kArticleClassTokens) {
      if (has_token(classes, t)) return true;
    }
  }
  return false;
}

bool names_only_footer(const html::Document& doc, NodeId n) {
  std::string names = class_and_id(doc, n);
  if (names.find("footer") == std::string::npos) return false;
  for (std::string_view w : kWidgetTokens) {
    if (w != "footer" && names.find(w) != std::string::npos) return false;
  }
  return true;
}

// One post marked as such: hAtom's "hentry" or a schema.org article item. Blog platforms put
// the whole post column in a container they call a widget.
bool is_entry_container(const html::Document& doc, NodeId n) {
  if (has_token(fold_case(doc.attribute_value(n, "class")), "hentry")) return true;
  std::string type = fold_case(doc.attribute_value(n, "itemtype"));
  return type.find("blogposting") != std::string::npos || type.find("article") != std::string::npos;
}

std::string_view first_token(std::string_view list) {
  size_t start = list.find_first_not_of(' ');
  if (start == std::string_view::npos) return {};
  size_t end = list.find(' ', start);
  return list.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

// The nearest ancestor (or the element itself) whose class or id names a widget; none inside
// an <article> or <main>, which hold the page's own content.
NodeId widget_ancestor(const html::Document& doc, NodeId id) {
  int depth = 0;
  for (NodeId n = id; n != html::kNoNode && depth < kMaxWidgetDepth; n = doc.node(n).parent, ++depth) {
    const html::Node& node = doc.node(n);
    if (node.type != NodeType::kElement) continue;
    if (node.tag == Tag::kArticle || node.tag == Tag::kMain || node.tag == Tag::kBody) return html::kNoNode;
    if (is_entry_container(doc, n)) return html::kNoNode;
    // A wrapper directly under <body> whose first class is a layout name lays out the whole
    // page: a later class is a modifier ("mainwrap single-default sidebar" = with a sidebar).
    std::string_view classes = doc.attribute_value(n, "class");
    if (doc.is_element(node.parent, Tag::kBody) && !names_widget(first_token(classes))) {
      classes = {};
    }
    if (names_widget(classes) || names_widget(doc.attribute_value(n, "id"))) {
      // A footer inside an <article> is the article's own (its date, its author), not the
      // page's footer.
      if (!names_only_footer(doc, n) || !inside_article(doc, n)) return n;
    }
  }
  return html::kNoNode;
}

}  // namespace

std::string class_and_id(const html::Document& doc, NodeId id) {
  std::string s = fold_case(doc.attribute_value(id, "class"));
  std::string_view i = doc.attribute_value(id, "id");
  if (!i.empty()) {
    s += ' ';
    s += fold_case(i);
  }
  return s;
}

std::string element_text(const html::Document& doc, NodeId id, size_t max_bytes) {
  std::string raw;
  NodeId n = id;
  while (n != html::kNoNode && raw.size() <= max_bytes * 2) {
    const html::Node& node = doc.node(n);
    if (node.type == NodeType::kElement &&
        (node.tag == Tag::kScript || node.tag == Tag::kStyle || node.tag == Tag::kTemplate)) {
      n = doc.next_skipping_children(n, id);
      continue;
    }
    if (node.type == NodeType::kText) raw += doc.data(n);
    // Block boundaries and line breaks separate words even when the markup has no space.
    if (node.type == NodeType::kElement && (node.tag == Tag::kBr || node.tag == Tag::kP ||
                                            node.tag == Tag::kDiv || node.tag == Tag::kLi ||
                                            node.tag == Tag::kTd || node.tag == Tag::kSpan)) {
      raw += ' ';
    }
    n = doc.next_in_tree(n, id);
  }
  std::string text = collapse_space(raw);
  if (text.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
  }
  return text;
}

bool is_inside(const html::Document& doc, NodeId id, NodeId ancestor) {
  for (NodeId n = id; n != html::kNoNode; n = doc.node(n).parent) {
    if (n == ancestor) return true;
  }
  return false;
}

bool in_widget(const html::Document& doc, NodeId id) { return widget_ancestor(doc, id) != html::kNoNode; }

bool in_page_chrome(const html::Document& doc, NodeId id) {
  int depth = 0;
  for (NodeId n = id; n != html::kNoNode && depth < kMaxWidgetDepth; n = doc.node(n).parent, ++depth) {
    const html::Node& node = doc.node(n);
    if (node.type != NodeType::kElement) continue;
    if (node.tag == Tag::kNav || node.tag == Tag::kAside || node.tag == Tag::kFooter) return true;
    if (node.tag == Tag::kArticle || node.tag == Tag::kMain || node.tag == Tag::kBody) return false;
  }
  return false;
}

bool about_other_pages(const html::Document& doc, const PageIndex& index, NodeId id) {
  // A "widget" that holds the page's own headline is the article's frame, whatever its name.
  NodeId widget = widget_ancestor(doc, id);
  if (widget != html::kNoNode &&
      (index.main_h1 == html::kNoNode || !is_inside(doc, index.main_h1, widget))) {
    return true;
  }
  return in_page_chrome(doc, id) && !near_headline(doc, index, id);
}

PageIndex index_page(const html::Document& doc) {
  PageIndex index;
  for (NodeId n = doc.root(); n != html::kNoNode; n = doc.next_in_tree(n, doc.root())) {
    const html::Node& node = doc.node(n);
    if (node.type != NodeType::kElement || node.ns != html::Namespace::kHtml) continue;
    switch (node.tag) {
      case Tag::kHtml: index.html = n; break;
      case Tag::kTitle:
        if (index.title == html::kNoNode) index.title = n;
        break;
      case Tag::kMeta: index.metas.push_back(n); break;
      case Tag::kLink: index.links.push_back(n); break;
      case Tag::kTime: index.times.push_back(n); break;
      case Tag::kH1: index.h1s.push_back(n); break;
      case Tag::kArticle: index.articles.push_back(n); break;
      case Tag::kScript:
        if (is_jsonld_script(doc, n)) index.jsonld_scripts.push_back(n);
        break;
      case Tag::kA:
        if (!doc.attribute_value(n, "href").empty() &&
            element_text(doc, n, kMaxLanguageLinkText + 1).size() <= kMaxLanguageLinkText) {
          index.anchors.push_back(n);
        }
        break;
      default: break;
    }
    if (doc.find_attribute(n, "itemprop") ||
        (node.tag != Tag::kMeta && doc.find_attribute(n, "property"))) {
      index.itemprops.push_back(n);
    }
    if (node.tag == Tag::kScript || node.tag == Tag::kStyle || node.tag == Tag::kMeta ||
        node.tag == Tag::kLink || node.tag == Tag::kHead) {
      continue;
    }
    std::string names = class_and_id(doc, n);
    std::string_view rel = doc.attribute_value(n, "rel");
    if (contains_any(names, kBylineTokens) || rel == "author") index.byline_like.push_back(n);
    if (contains_any(names, kDateTokens)) index.date_like.push_back(n);
  }
  for (NodeId h : index.h1s) {
    for (NodeId a : index.articles) {
      if (is_inside(doc, h, a)) {
        index.main_h1 = h;
        index.main_article = a;
        break;
      }
    }
    if (index.main_h1 != html::kNoNode) break;
  }
  if (index.main_h1 == html::kNoNode) {
    for (NodeId h : index.h1s) {
      if (!in_widget(doc, h) && element_text(doc, h, 200).size() >= kMinHeadlineBytes) {
        index.main_h1 = h;
        break;
      }
    }
  }
  if (index.main_article == html::kNoNode && index.articles.size() == 1) {
    index.main_article = index.articles.front();
  }
  return index;
}

bool near_headline(const html::Document& doc, const PageIndex& index, NodeId id) {
  if (index.main_article != html::kNoNode && is_inside(doc, id, index.main_article)) return true;
  if (index.main_h1 == html::kNoNode) return false;
  uint32_t h = doc.node(index.main_h1).source_offset;
  uint32_t at = doc.node(id).source_offset;
  return at <= h ? h - at <= kNearBeforeHeadline : at - h <= kNearAfterHeadline;
}

}  // namespace lede::meta
