#include "meta/page_index.h"

#include <bit>
#include <cstring>
#include <utility>

#include "meta/element_names.h"
#include "meta/name_words.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

using html::NodeId;
using html::NodeType;
namespace Tag = html::Tag;

// True when a whole word of the folded names (or the last part of a compound one) names a
// standfirst; `words` is what find_name_words() found in them.
bool names_standfirst(std::string_view names, const NameWords& words) {
  if (!words.standfirst) return false;
  size_t at = 0;
  while (at < names.size()) {
    size_t end = names.find(' ', at);
    if (end == std::string_view::npos) end = names.size();
    std::string_view word = names.substr(at, end - at);
    for (std::string_view w : standfirst_words()) {
      // Also the last part of a compound name: "article-subtitle", "content-head__subtitle".
      bool compound_end = word.size() > w.size() && word.ends_with(w) &&
                          (word[word.size() - w.size() - 1] == '-' || word[word.size() - w.size() - 1] == '_');
      if (word == w || compound_end) return true;
    }
    at = end + 1;
  }
  return false;
}

// Headlines shorter than this are logos and site names ("<h1><a href=/>Planet</a></h1>").
constexpr size_t kMinHeadlineBytes = 12;
// Source bytes around the headline within which a date or byline belongs to the article.
constexpr uint32_t kNearBeforeHeadline = 4000;
constexpr uint32_t kNearAfterHeadline = 8000;

// Anchor texts longer than this are headlines, not "Read in English" links.
constexpr size_t kMaxLanguageLinkText = 60;

}  // namespace

// Some pages ship their schema.org JSON-LD in a <script> without the ld+json type; the text
// itself says what it is.
constexpr size_t kJsonLdSniffBytes = 80;

namespace {

// is_jsonld_script() of a script whose type attribute is `type` (empty when it has none).
bool is_jsonld_script_of_type(const html::Document& doc, NodeId n, std::string_view type) {
  // Every script of the page is asked: an ASCII type (all but freaks) is compared without
  // folding it into a copy.
  constexpr std::string_view kJsonLdType = "application/ld+json";
  if (is_ascii_text(type) ? equals_ascii_folded(type, kJsonLdType) : fold_case(type) == kJsonLdType) return true;
  if (!type.empty() || doc.first_child(n) == html::kNoNode) return false;
  // Only the start of the text is read, past the white space trim() strips: most scripts are
  // code, told by their first byte, and white space at the end holds neither sign below.
  std::string_view text = doc.data(doc.first_child(n));
  while (!text.empty() && (text.front() == ' ' || (text.front() >= '\t' && text.front() <= '\r' && text.front() != '\v'))) {
    text.remove_prefix(1);
  }
  if (text.empty() || text.front() != '{') return false;
  std::string_view head = text.substr(0, kJsonLdSniffBytes);
  return head.find("\"@context\"") != std::string_view::npos &&
         text.find("schema.org") != std::string_view::npos;
}

}  // namespace

bool is_jsonld_script(const html::Document& doc, NodeId n) {
  return is_jsonld_script_of_type(doc, n, doc.attribute_value(n, "type"));
}

namespace {

// The whitespace-collapsed text of an element, read until it is longer than `stop_after` or
// more than `raw_limit` bytes of text have gone in.
std::string read_element_text(const html::Document& doc, NodeId id, size_t raw_limit, size_t stop_after) {
  CollapsedText text(stop_after);
  walk_element_text(
      doc, id, raw_limit,
      [&](std::string_view data) {
        text.append(data);
        return !text.full();
      },
      [&] { text.separate(); });
  return std::move(text.text());
}

// True when element_text(doc, id) cannot be longer than `max_bytes` because the raw text under
// the element is short: collapsing only shortens it, but for the one space each block or line
// break may add. Most links hold one short text; this spares building it.
bool text_surely_within(const html::Document& doc, NodeId id, size_t max_bytes) {
  size_t bound = 0;
  for (NodeId n = id; n != html::kNoNode;) {
    NodeType type = doc.type(n);
    if (type == NodeType::kElement) {
      html::TagId tag = doc.tag(n);
      if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kTemplate) {  // unread
        n = doc.next_skipping_children(n, id);
        continue;
      }
      ++bound;  // a separating element, or one that is not: counted alike
    } else if (type == NodeType::kText) {
      bound += doc.data(n).size();
    }
    if (bound > max_bytes) return false;
    n = doc.next_in_tree(n, id);
  }
  return true;
}

}  // namespace

std::string element_text(const html::Document& doc, NodeId id, size_t max_bytes) {
  // Past `max_bytes` the text is cut anyway; the reading stops soon after, and after twice as
  // many raw bytes whatever they collapse to (a page of white space is not read to its end).
  std::string text = read_element_text(doc, id, max_bytes * 2, max_bytes);
  if (text.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
  }
  return text;
}

std::string element_text_start(const html::Document& doc, NodeId id, size_t max_bytes, size_t start_bytes) {
  // The same reading as element_text(), stopped sooner: collapsed text only grows at its end.
  return read_element_text(doc, id, max_bytes * 2, start_bytes);
}

bool has_short_link_text(const html::Document& doc, NodeId a) {
  return text_surely_within(doc, a, kMaxLanguageLinkText) ||
         element_text(doc, a, kMaxLanguageLinkText + 1).size() <= kMaxLanguageLinkText;
}

bool is_inside(const html::Document& doc, NodeId id, NodeId ancestor) {
  // Nodes are numbered in document order: nothing before the ancestor lies inside it, and the
  // climb stops once it passes above it. The parent is read without assembling the Node: the
  // sources ask this of thousands of nodes a page.
  for (NodeId n = id; n != html::kNoNode && n >= ancestor; n = doc.parent(n)) {
    if (n == ancestor) return true;
  }
  return false;
}

bool in_widget(const PageIndex& index, NodeId id) { return index.regions.widget(id) != html::kNoNode; }

bool in_page_chrome(const PageIndex& index, NodeId id) { return index.regions.in_chrome(id); }

bool about_other_pages(const html::Document& doc, const PageIndex& index, NodeId id) {
  // A "widget" that holds the page's own headline is the article's frame, whatever its name.
  NodeId widget = index.regions.widget(id);
  if (widget != html::kNoNode &&
      (index.main_h1 == html::kNoNode || !is_inside(doc, index.main_h1, widget))) {
    return true;
  }
  return index.regions.in_chrome(id) && !near_headline(doc, index, id);
}

namespace {

// What the index reads an attribute for, by the id of its name in the document: every attribute
// of the page is read, and one load of a table made once a page tells it, where its name was
// compared with the names the index reads.
enum IndexedName : uint8_t { kOtherName, kClassName, kIdName, kHrefName, kItemtypeName, kItempropName,
                             kPropertyName, kRelName, kTypeName, kTitleName, kHreflangName, kIndexedNameCount };

// The attributes the index reads, decoded in one pass over the element's attributes: asking
// for each by name decodes them all again every time. Only the values present are written:
// clearing a value for each name at every element cost more than reading the attributes.
class IndexedAttributes {
 public:
  void set(IndexedName name, std::string_view value) {
    values_[name] = {value.data(), value.size()};
    present_ |= 1u << name;
  }
  bool has(IndexedName name) const { return (present_ >> name & 1) != 0; }
  /// The value, empty when the element has no such attribute.
  std::string_view operator[](IndexedName name) const {
    return has(name) ? std::string_view(values_[name].data, values_[name].size) : std::string_view{};
  }

 private:
  struct Value {
    const char* data;
    size_t size;
  };
  std::array<Value, kIndexedNameCount> values_;  // read only where present_ says
  uint32_t present_ = 0;
};

constexpr std::pair<std::string_view, IndexedName> kIndexedNames[] = {
    {"class", kClassName},       {"id", kIdName},     {"href", kHrefName}, {"itemtype", kItemtypeName},
    {"itemprop", kItempropName}, {"property", kPropertyName}, {"rel", kRelName}, {"type", kTypeName},
    {"title", kTitleName},       {"hreflang", kHreflangName}};

std::vector<IndexedName> indexed_names(const html::Document& doc) {
  std::vector<IndexedName> roles(doc.attribute_name_count(), kOtherName);
  for (uint32_t name_id = 0; name_id < roles.size(); ++name_id) {
    std::string_view name = doc.attribute_name(name_id);
    for (const auto& [indexed, role] : kIndexedNames) {
      if (name == indexed) roles[name_id] = role;
    }
  }
  return roles;
}

// What the index does with an element by its tag, as bits of a table by tag: every element of
// the page is asked, and one load answers where a chain of comparisons took a branch each.
enum IndexTagBits : uint8_t {
  kUnreadTag = 1,       // script, style, template: their text is not the element's
  kHeadingTag = 2,      // h1, h2, h3
  kNoNameWordsTag = 4,  // script, style, meta, link, head: no byline nor date, whatever the names
  kFiledTag = 8,        // filed by its tag alone (the switch in index_page), in the HTML namespace
};
constexpr auto kIndexTags = [] {
  std::array<uint8_t, Tag::kKnownCount> bits{};
  for (html::TagId tag : {Tag::kScript, Tag::kStyle, Tag::kTemplate}) bits[tag] |= kUnreadTag;
  for (html::TagId tag : {Tag::kH1, Tag::kH2, Tag::kH3}) bits[tag] |= kHeadingTag;
  for (html::TagId tag : {Tag::kScript, Tag::kStyle, Tag::kMeta, Tag::kLink, Tag::kHead}) bits[tag] |= kNoNameWordsTag;
  for (html::TagId tag : {Tag::kHtml, Tag::kTitle, Tag::kMeta, Tag::kLink, Tag::kTime, Tag::kH1, Tag::kArticle,
                          Tag::kScript, Tag::kA}) {
    bits[tag] |= kFiledTag;
  }
  return bits;
}();
uint8_t index_tag_bits(html::TagId tag) { return tag < kIndexTags.size() ? kIndexTags[tag] : 0; }

// Files an element of the HTML namespace whose tag the index lists.
void file_by_tag(const html::Document& doc, NodeId n, html::TagId tag, const IndexedAttributes& attributes,
                 PageIndex& index) {
  switch (tag) {
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
      if (is_jsonld_script_of_type(doc, n, attributes[kTypeName])) index.jsonld_scripts.push_back(n);
      break;
    case Tag::kA:
      if (!attributes[kHrefName].empty()) {
        index.anchors.push_back({n, attributes[kHrefName], attributes[kTitleName], attributes[kHreflangName]});
      }
      break;
    default: break;
  }
}

// The first two bytes of a text node's text as element_text_first_bytes() tells them, from its
// first byte that is not ASCII white space (at `first`).
std::array<unsigned char, 2> text_start(std::string_view text, size_t first) {
  std::array<unsigned char, 2> start{static_cast<unsigned char>(text[first]), 0};
  if (first + 1 < text.size()) start[1] = is_ascii_space(text[first + 1]) ? ' ' : static_cast<unsigned char>(text[first + 1]);
  return start;
}

// The attributes of element `n` that the index reads, each name once (Document::attributes()).
void read_attributes(const html::Document& doc, NodeId n, const std::vector<IndexedName>& roles,
                     IndexedAttributes& out) {
  doc.for_each_attribute(n, [&](uint32_t name_id, std::string_view value) {
    if (IndexedName name = roles[name_id]; name != kOtherName) out.set(name, value);
  });
}

// True when the widget region an element opens depends on its class alone, and its names need
// no folding for anything else: its class holds a widget word or "hentry" (its names are read
// further) but no standfirst word, it has no id nor itemtype, its tag does not decide, and it
// does not lie directly under <body> (whose children are read by their first class).
bool named_by_class_alone(const html::Document& doc, html::TagId tag, NodeId parent,
                          const IndexedAttributes& attributes, const NameWords& words) {
  return (words.widget || words.hentry) && !words.standfirst && attributes[kIdName].empty() &&
         attributes[kItemtypeName].empty() && !(region_tag_bits(tag) & kOwnContentTag) && !doc.is_element(parent, Tag::kBody);
}

}  // namespace

PageIndex index_page(const html::Document& doc) {
  PageIndex index;
  size_t node_count = doc.node_count();
  index.regions = PageRegions(node_count);
  index.first_text_bytes.assign(node_count, 0);
  // Per node: non-zero while it is an element (or the root) that has not met its first text
  // yet; kWaitsLooseByline when visible_text files it by how its text starts.
  constexpr uint8_t kWaits = 1, kWaitsLooseByline = 2;
  std::vector<uint8_t> waits_for_text(node_count, 0);
  VisibleTextFiler visible_text;
  ElementNames names;
  NameWordsMemo name_words;
  ArticleAncestry ancestry(doc);
  std::vector<IndexedName> attribute_roles = indexed_names(doc);
  bool after_heading = false;
  uint32_t heading_at = 0;
  index.regions.add(doc.root(), html::kNoNode, Region::kUndecided, Region::kUndecided);
  // The walk runs in document order, which is NodeId order, parents first: each node's regions
  // are decided from its parent's, and each text node settles how the text starts of the
  // elements above it that still wait for their first text, climbing until one does not (an
  // element whose text started before, or a script, style or template, whose text is not
  // theirs). Nothing is kept per open element: a node's parent is where its path is read.
  for (NodeId n = doc.root() + 1; n < node_count; ++n) {
    // Text nodes, half of the page, are read without assembling their Node.
    NodeType type = doc.type(n);
    if (type == NodeType::kText) {
      std::string_view data = doc.data(n);
      size_t first = skip_ascii_space(data);
      if (first == data.size()) continue;  // the white space between tags starts no text
      NodeId parent = doc.parent(n);
      visible_text.text(doc, n, parent, data, first);
      if (!waits_for_text[parent]) continue;
      std::array<unsigned char, 2> start = text_start(data, first);
      for (NodeId p = parent; waits_for_text[p]; p = doc.parent(p)) {
        if (waits_for_text[p] == kWaitsLooseByline) visible_text.first_text_settled(p, n, data, first, start);
        waits_for_text[p] = 0;
        index.first_text_bytes[p] = static_cast<uint16_t>(start[0] | start[1] << 8);
      }
      continue;
    }
    if (type != NodeType::kElement) {
      if (type != NodeType::kTemplateContent) continue;
      // A template's contents are a document of their own: no element above them gets its
      // text from them, nor from anything after them.
      if (doc.first_child(n) != html::kNoNode) {
        for (NodeId p = doc.parent(n); p != html::kNoNode; p = doc.parent(p)) waits_for_text[p] = 0;
      }
      index.regions.add(n, doc.parent(n), Region::kUndecided, Region::kUndecided);
      continue;
    }
    // An element's Node is not assembled: its tag, parent and attributes are read as needed.
    html::TagId tag = doc.tag(n);
    NodeId parent = doc.parent(n);
    IndexedAttributes attributes;
    read_attributes(doc, n, attribute_roles, attributes);
    // Most elements have neither class nor id, and most names hold none of the words that
    // need them folded and read further.
    NameWords words = attributes[kClassName].empty() && attributes[kIdName].empty()
                          ? NameWords{}
                          : name_words.find(attributes[kClassName], attributes[kIdName]);
    Region widget;
    if (named_by_class_alone(doc, tag, parent, attributes, words)) {
      // The verdict of its class, read once a page: the items of a list or a sidebar repeat
      // their classes, and reading them for widget words cost ten times looking them up.
      uint8_t& verdict = name_words.class_note();
      if (verdict == 0) {
        names.fold(attributes[kClassName], {});
        verdict = 1 + static_cast<uint8_t>(
                          names_verdict(doc, parent, names, attributes[kClassName], {}, {}, words.widget));
      }
      names.clear();
      widget = region_of_verdict(static_cast<NamesVerdict>(verdict - 1), n, ancestry);
    } else {
      if (words.standfirst || words.widget || words.hentry) {
        names.fold(attributes[kClassName], attributes[kIdName]);
      } else {
        names.clear();
      }
      widget = widget_region(doc, n, tag, parent, names, attributes[kClassName], attributes[kIdName],
                             attributes[kItemtypeName],
                             words.widget, words.hentry, ancestry);
    }
    index.regions.add(n, parent, widget, chrome_region(tag));
    uint8_t tag_bits = index_tag_bits(tag);
    bool loose_byline = visible_text.element(doc, n, tag);
    waits_for_text[n] = (tag_bits & kUnreadTag) ? 0 : loose_byline ? kWaitsLooseByline : kWaits;
    if (tag_bits & kHeadingTag) {
      after_heading = true;
      heading_at = doc.source_offset(n);
    }
    if (names_standfirst(names.class_and_id(), words)) index.standfirsts.push_back({n, after_heading, heading_at});
    if (!doc.is_element(n, tag)) continue;  // not in the HTML namespace
    if (tag_bits & kFiledTag) file_by_tag(doc, n, tag, attributes, index);
    if (attributes.has(kItempropName) || (tag != Tag::kMeta && attributes.has(kPropertyName))) {
      index.itemprops.push_back(n);
    }
    if (tag_bits & kNoNameWordsTag) continue;
    if (words.byline || attributes[kRelName] == "author") index.byline_like.push_back(n);
    if (words.date) index.date_like.push_back(n);
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
      if (!in_widget(index, h) && element_text(doc, h, 200).size() >= kMinHeadlineBytes) {
        index.main_h1 = h;
        break;
      }
    }
  }
  index.visible_text = visible_text.finish();
  if (index.main_article == html::kNoNode && index.articles.size() == 1) {
    index.main_article = index.articles.front();
  }
  return index;
}

bool near_headline(const html::Document& doc, const PageIndex& index, NodeId id) {
  if (index.main_article != html::kNoNode && is_inside(doc, id, index.main_article)) return true;
  if (index.main_h1 == html::kNoNode) return false;
  uint32_t h = doc.source_offset(index.main_h1);
  uint32_t at = doc.source_offset(id);
  return at <= h ? h - at <= kNearBeforeHeadline : at - h <= kNearAfterHeadline;
}

}  // namespace lede::meta
