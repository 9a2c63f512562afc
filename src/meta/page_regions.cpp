#include "meta/page_regions.h"

#include <string>
#include <string_view>

#include "core/phrase_set.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

using html::NodeId;
namespace Tag = html::Tag;

// Class/id fragments of regions about other pages.
constexpr std::string_view kWidgetTokens[] = {"related", "popular", "most-read", "mostread",
                                              "sidebar", "comment", "recommend", "trending",
                                              "widget", "more-stories", "morestories",
                                              "footer", "newsletter", "read-more", "also"};

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
// ("false") names no widget. `names` is the attribute as written (for its capitals), `folded`
// the same case-folded.
bool names_widget(std::string_view names, std::string_view folded) {
  // Folding keeps the length of ASCII and of the scripts' capitals; where it did not (a
  // dotted capital I, invalid bytes), the capitals are looked for in the folded text, which
  // has none.
  if (names.size() != folded.size()) names = folded;
  static const PhraseSet widget_words(kWidgetTokens);
  return widget_words.find_each(folded, [&](size_t at, size_t index) {
    std::string_view w = widget_words.phrase(index);
    char before = at == 0 ? ' ' : names[at - 1];
    bool capital = names[at] >= 'A' && names[at] <= 'Z';
    if (before != ' ' && before != '-' && before != '_' && !capital) return false;
    size_t token_start = folded.rfind(' ', at);
    token_start = token_start == std::string_view::npos ? 0 : token_start + 1;
    // "post-footer", "entry-footer": the post's own footer (its date and author); only a
    // token that starts with the word names the page's footer.
    if (w == "footer" && at != token_start) return false;
    return !is_taxonomy_token(folded, token_start);
  });
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

bool names_only_footer(std::string_view names) {
  if (names.find("footer") == std::string_view::npos) return false;
  for (std::string_view w : kWidgetTokens) {
    if (w != "footer" && names.find(w) != std::string_view::npos) return false;
  }
  return true;
}

// One post marked as such: hAtom's "hentry" or a schema.org article item. Blog platforms put
// the whole post column in a container they call a widget.
bool is_entry_container(const ElementNames& names, std::string_view itemtype) {
  std::string_view classes = names.classes();
  if (classes.find("hentry") != std::string_view::npos && has_token(classes, "hentry")) return true;
  if (itemtype.empty()) return false;
  std::string type = fold_case(itemtype);
  return type.find("blogposting") != std::string::npos || type.find("article") != std::string::npos;
}

// An <article>, or an element whose class names one post ("post", "entry", ...).
bool is_post_container(const html::Document& doc, NodeId n, ElementNames& buffer) {
  if (doc.is_element(n, Tag::kArticle)) return true;
  // Asked of every ancestor of a footer up to a known answer: an ASCII class (nearly all) is
  // read once in place, each token compared folded, where folding it first and reading it again
  // for each token cost most of the index's reading of footers.
  std::string_view classes = doc.attribute_value(n, "class");
  if (classes.empty()) return false;
  bool ascii = is_ascii_text(classes);
  if (!ascii) {
    buffer.fold(classes, {});
    classes = buffer.classes();
  }
  for (size_t start = 0; start < classes.size();) {
    size_t end = classes.find(' ', start);
    if (end == std::string_view::npos) end = classes.size();
    std::string_view token = classes.substr(start, end - start);
    for (std::string_view t : kArticleClassTokens) {
      if (ascii ? equals_ascii_folded(token, t) : token == t) return true;
    }
    start = end + 1;
  }
  return false;
}

std::string_view first_token(std::string_view list) {
  size_t start = list.find_first_not_of(' ');
  if (start == std::string_view::npos) return {};
  size_t end = list.find(' ', start);
  return list.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

}  // namespace

bool ArticleAncestry::inside_article(NodeId id) {
  if (answers_.empty()) answers_.assign(doc_.node_count(), kUnknown);
  // Climbs until an ancestor is a post container or its own answer is known; every node
  // passed on the way shares the answer found.
  chain_.clear();
  uint8_t answer = kOutside;
  for (NodeId n = id;;) {
    if (answers_[n] != kUnknown) {
      answer = answers_[n];
      break;
    }
    chain_.push_back(n);
    NodeId parent = doc_.parent(n);
    if (parent == html::kNoNode) break;
    if (is_post_container(doc_, parent, names_)) {
      answer = kInside;
      break;
    }
    n = parent;
  }
  for (NodeId n : chain_) answers_[n] = answer;
  return answer == kInside;
}

NamesVerdict names_verdict(const html::Document& doc, NodeId parent, const ElementNames& names, std::string_view classes,
                           std::string_view element_id, std::string_view itemtype, bool widget_word) {
  if (is_entry_container(names, itemtype)) return NamesVerdict::kOwnContent;
  // Names without a widget word anywhere name no widget in any of their parts.
  if (!widget_word) return NamesVerdict::kUndecided;
  // A wrapper directly under <body> whose first class is a layout name lays out the whole
  // page: a later class is a modifier ("mainwrap single-default sidebar" = with a sidebar).
  std::string_view folded_classes = names.classes();
  if (doc.is_element(parent, Tag::kBody) &&
      !names_widget(first_token(classes), first_token(folded_classes))) {
    classes = folded_classes = {};
  }
  if (names_widget(classes, folded_classes) || names_widget(element_id, names.id())) {
    return names_only_footer(names.class_and_id()) ? NamesVerdict::kFooterOnly : NamesVerdict::kWidget;
  }
  return NamesVerdict::kUndecided;
}

std::span<const std::string_view> PageRegions::widget_words() { return kWidgetTokens; }

}  // namespace lede::meta
