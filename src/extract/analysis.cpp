#include "extract/analysis.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/eight_bytes.h"
#include "core/view_map.h"
#include "extract/text.h"
#include "extract/vocab.h"

namespace lede::extraction {
namespace Tag = html::Tag;

namespace {

using html::NodeType;

// ---- Section 1: tags that never hold article text ----
bool is_never_content_tag(html::TagId tag) {
  switch (tag) {
    // <noscript> stays: the parser runs with scripting off, so its content is markup, and some
    // sites put their whole crawler-facing page there.
    case Tag::kScript: case Tag::kStyle: case Tag::kTemplate:
    case Tag::kHead: case Tag::kTitle: case Tag::kMeta: case Tag::kLink: case Tag::kBase:
    case Tag::kSvg: case Tag::kMath: case Tag::kCanvas: case Tag::kIframe: case Tag::kObject:
    case Tag::kEmbed: case Tag::kApplet: case Tag::kFrame: case Tag::kFrameset:
    case Tag::kInput: case Tag::kSelect: case Tag::kTextarea: case Tag::kButton:
    case Tag::kOption: case Tag::kOptgroup: case Tag::kDatalist: case Tag::kDialog:
    case Tag::kAudio: case Tag::kVideo: case Tag::kSource: case Tag::kTrack: case Tag::kMap:
    case Tag::kArea: case Tag::kKeygen: case Tag::kNoembed: case Tag::kNoframes: case Tag::kParam:
    case Tag::kProgress: case Tag::kMeter: case Tag::kSearch:
      return true;
    default:
      return false;
  }
}

bool is_chrome_tag(html::TagId tag) {
  return tag == Tag::kNav || tag == Tag::kHeader || tag == Tag::kFooter || tag == Tag::kAside;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

bool is_style_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Whether `needle` (lower case, no spaces) starts at `start` of `haystack` once its spaces are
// dropped and its letters lowered.
bool matches_ignoring_space_and_case(std::string_view haystack, size_t start, std::string_view needle) {
  size_t at = start;
  for (char expected : needle) {
    while (at < haystack.size() && is_style_space(haystack[at])) ++at;
    if (at == haystack.size()) return false;
    char c = haystack[at++];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != expected) return false;
  }
  return true;
}

// Whether an inline style hides the element: "display:none" or "visibility:hidden" occurs in it
// once its spaces are dropped and its letters lowered. Read in place, both in one pass: every
// element's style attribute passes here, and a copy of each, then a pass for each phrase, were a
// measurable share of the analysis.
bool style_hides(std::string_view style) {
  for (size_t start = 0; start < style.size(); ++start) {
    const char c = static_cast<char>(style[start] | 0x20);  // 'd' and 'v' for either case only
    if (c == 'd' && matches_ignoring_space_and_case(style, start, "display:none")) return true;
    if (c == 'v' && matches_ignoring_space_and_case(style, start, "visibility:hidden")) return true;
  }
  return false;
}

// ---- Section 2: what an element's attributes say: hidden or not, named how, marked how ----
enum class Hiding : uint8_t { kVisible, kHiddenAttribute, kHiddenByStyle, kHiddenOtherwise };

// ARIA landmark roles that mark site chrome (WAI-ARIA 1.2, §5.3.4 landmark roles).
bool has_chrome_role(std::string_view role) {
  return role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
         role == "search" || role == "menu" || role == "menubar" || role == "toolbar" ||
         role == "dialog" || role == "alertdialog" || role == "tablist";
}

// A page rendered on the server in streamed chunks (React's streaming renderer) sends each chunk
// that was not ready in time at the end of the body, as <div hidden id="S:n">, and a script
// moves it into its place: its text is the page's as the reader sees it.
bool is_streamed_segment_id(std::string_view id) {
  if (id.size() < 3 || id[0] != 'S' || id[1] != ':') return false;
  return std::all_of(id.begin() + 2, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct OwnAttributes {
  Hiding hiding = Hiding::kVisible;
  std::string_view class_value;
  std::string_view id_value;
  std::string_view controls;  // aria-controls: the ids of the panels this element opens
  uint8_t marks = 0;
};

// Every attribute of the element, in one pass (the tokenizer keeps only the first of
// same-named attributes, so each name is met once).
OwnAttributes read_attributes(const html::Document& doc, NodeId id) {
  OwnAttributes own;
  bool is_anchor = doc.is_element(id, Tag::kA);
  bool folding_panel = false;
  for (const html::Attribute& a : doc.attributes(id)) {
    std::string_view name = doc.str(a.name);
    std::string_view value = doc.str(a.value);
    if (name == "class") {
      own.class_value = value;
    } else if (name == "id") {
      own.id_value = value;
    } else if (name == "role") {
      if (value == "main") own.marks |= kRoleMain;
      if (has_chrome_role(value)) own.marks |= kChromeRole;
      folding_panel = value == "region" || value == "tabpanel";
    } else if (name == "aria-controls") {
      own.controls = value;
    } else if (name == "itemprop") {
      if (value == "articleBody") own.marks |= kItempropArticleBody;
      if (value == "text") own.marks |= kItempropText;
    } else if (name == "href") {
      if (is_anchor && !value.empty()) own.marks |= kLink;
    } else if (name == "hidden") {
      if (own.hiding == Hiding::kVisible) own.hiding = Hiding::kHiddenAttribute;
    } else if (name == "popover") {
      // A popover (the HTML popover attribute) is not rendered until a script or a button opens
      // it: a menu, a prompt, a dialog of the site, never the page's text.
      own.hiding = Hiding::kHiddenOtherwise;
    } else if (name == "aria-hidden") {
      if (equals_ignoring_case(value, "true")) own.hiding = Hiding::kHiddenOtherwise;
    } else if (name == "style") {
      if (style_hides(value)) {
        if (own.hiding != Hiding::kHiddenOtherwise) own.hiding = Hiding::kHiddenByStyle;
      }
    }
  }
  // An accordion's or a tab set's panel is folded away (by a style, the hidden attribute, or
  // aria-hidden while closed) until the reader opens it: its text is the page's, one click
  // away. The ARIA authoring practices give such panels role=region or role=tabpanel.
  bool folded = own.hiding != Hiding::kVisible;
  if (folding_panel && folded) own.hiding = Hiding::kVisible;
  if (own.hiding == Hiding::kHiddenAttribute && is_streamed_segment_id(own.id_value)) own.hiding = Hiding::kVisible;
  return own;
}

// The white space of HTML (space, tab, line feed, form feed, carriage return: ASCII white space
// but the vertical tab) among eight bytes: the high bit of each byte that is one. Always inline:
// a call cost more than the test.
[[gnu::always_inline]] inline uint64_t html_space_bytes(uint64_t word) {
  return eight_bytes::ascii_space_bytes(word) & ~eight_bytes::bytes_equal(word, '\v');
}

bool is_html_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// The text is HTML white space only (or empty), told at its first other byte; eight bytes at a
// time, as the indentation between a page's tags runs long.
bool is_blank(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (html_space_bytes(eight_bytes::load(text.data() + i)) != eight_bytes::kHighBits) return false;
  }
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(), is_html_space_byte);
}

// Where the token starting at `from` ends: at the next white space or the end of the value. Class
// names run long and hold few spaces: eight bytes at a time.
size_t token_end(std::string_view value, size_t from) {
  size_t i = from;
  for (; i + 8 <= value.size(); i += 8) {
    if (uint64_t spaces = html_space_bytes(eight_bytes::load(value.data() + i))) return i + eight_bytes::first_marked(spaces);
  }
  while (i < value.size() && !is_html_space_byte(value[i])) ++i;
  return i;
}

// Characters of text below `id`, scripts and styles left out.
uint32_t text_chars_below(const html::Document& doc, NodeId id) {
  uint32_t chars = 0;
  for (NodeId n = id; n != html::kNoNode;) {
    const html::Node& node = doc.node(n);
    if (node.type == NodeType::kElement && (node.tag == Tag::kScript || node.tag == Tag::kStyle)) {
      n = doc.next_skipping_children(n, id);
      continue;
    }
    if (node.type == NodeType::kText) chars += count_chars_and_punctuation(doc.data(n)).chars;
    n = doc.next_in_tree(n, id);
  }
  return chars;
}

// What a page's class and id values name. Pages repeat the same class value on hundreds of
// elements, and the same tokens ("container", "col-md-6") in many combinations: each distinct
// value, and each distinct token of the values, is classified once. A value names the union of
// what its tokens name (vocab::classify_tokens reads each token alone). The keys view the
// document's buffer, which outlives the analysis.
class ConceptCache {
 public:
  // Pages hold distinct class values and distinct tokens for about a tenth of their nodes (up to
  // a quarter): room for an eighth spares most pages the rehashing at each doubling on the way.
  explicit ConceptCache(size_t nodes) {
    values_.reserve(nodes / 8);
    tokens_.reserve(nodes / 8);
  }

  uint32_t of_class(std::string_view value) {
    auto [mask, inserted] = values_.try_emplace(value);
    if (inserted) mask = of_tokens(value);
    return mask;
  }

  // Ids are mostly unique to their element: only their tokens are worth keeping.
  uint32_t of_tokens(std::string_view value) {
    uint32_t mask = 0;
    size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && is_html_space_byte(value[i])) ++i;
      size_t end = token_end(value, i);
      if (end > i) mask |= of_token(value.substr(i, end - i));
      i = end;
    }
    return mask;
  }

 private:
  uint32_t of_token(std::string_view token) {
    auto [mask, inserted] = tokens_.try_emplace(token);
    if (inserted) mask = vocab::classify_tokens(token);
    return mask;
  }

  ViewMap<uint32_t> values_;
  ViewMap<uint32_t> tokens_;
};

uint32_t own_concepts(const OwnAttributes& own, ConceptCache& cache) {
  uint32_t mask = 0;
  if (!own.class_value.empty()) mask |= cache.of_class(own.class_value);
  if (!own.id_value.empty()) mask |= cache.of_tokens(own.id_value);
  return mask;
}

// Adds an element's counts, and the element itself, to its parent's.
void add_counts(ElementCounts& parent, const ElementCounts& child, html::TagId tag, bool link) {
  parent.paragraphs += child.paragraphs;
  parent.images += child.images;
  parent.list_items += child.list_items;
  parent.lists += child.lists;
  parent.headings += child.headings;
  parent.links += child.links;
  switch (tag) {
    case Tag::kP: ++parent.paragraphs; break;
    case Tag::kImg: ++parent.images; break;
    case Tag::kLi: ++parent.list_items; break;
    case Tag::kUl: case Tag::kOl: ++parent.lists; break;
    case Tag::kA: parent.links += link ? 1 : 0; break;
    default: parent.headings += is_heading_tag(tag) ? 1 : 0; break;
  }
}

// The ids of an aria-controls value (a list separated by spaces), viewing the document's buffer.
void remember_controlled(std::string_view ids, std::unordered_set<std::string_view>& controlled) {
  while (!ids.empty()) {
    size_t space = ids.find(' ');
    std::string_view id = ids.substr(0, space);
    if (!id.empty()) controlled.insert(id);
    ids = space == std::string_view::npos ? std::string_view{} : ids.substr(space + 1);
  }
}

NodeId find_body(const html::Document& doc) {
  for (NodeId html_el : html::children(doc, doc.root())) {
    if (!doc.is_element(html_el, Tag::kHtml)) continue;
    for (NodeId c : html::children(doc, html_el)) {
      if (doc.is_element(c, Tag::kBody)) return c;
    }
  }
  return doc.root();
}

}  // namespace

bool is_heading_tag(html::TagId tag) {
  return tag == Tag::kH1 || tag == Tag::kH2 || tag == Tag::kH3 || tag == Tag::kH4 || tag == Tag::kH5 ||
         tag == Tag::kH6;
}

bool is_block_tag(html::TagId tag) {
  switch (tag) {
    case Tag::kAddress: case Tag::kArticle: case Tag::kAside: case Tag::kBlockquote:
    case Tag::kBody: case Tag::kCenter: case Tag::kDd: case Tag::kDetails: case Tag::kDir:
    case Tag::kDiv: case Tag::kDl: case Tag::kDt: case Tag::kFieldset: case Tag::kFigcaption:
    case Tag::kFigure: case Tag::kFooter: case Tag::kForm: case Tag::kH1: case Tag::kH2:
    case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6: case Tag::kHeader:
    case Tag::kHgroup: case Tag::kHr: case Tag::kLi: case Tag::kListing: case Tag::kMain:
    case Tag::kMenu: case Tag::kNav: case Tag::kOl: case Tag::kP: case Tag::kPre:
    case Tag::kSection: case Tag::kSummary: case Tag::kTable: case Tag::kTbody: case Tag::kTd:
    case Tag::kTfoot: case Tag::kTh: case Tag::kThead: case Tag::kTr: case Tag::kUl:
    case Tag::kCaption: case Tag::kLegend: case Tag::kXmp: case Tag::kPlaintext:
      return true;
    default:
      return false;
  }
}

Analysis::Analysis(const html::Document& document, Reveal reveal)
    : doc(document),
      removed(document.node_count(), 0),
      chrome(document.node_count(), 0),
      concepts(document.node_count(), 0),
      marks(document.node_count(), 0),
      tags(document.node_count(), 0),
      in_boilerplate(document.node_count(), 0),
      stats(document.node_count()),
      counts(document.node_count()) {
  body = find_body(doc);
  order.reserve(doc.node_count());
  ConceptCache concept_cache(doc.node_count());
  std::unordered_set<std::string_view> controlled;  // ids named by aria-controls so far
  if (doc.node(body).type == NodeType::kElement) {
    marks[body] = read_attributes(doc, body).marks;
    tags[body] = doc.node(body).tag;
  }
  // Pre-order walk: decide stage 1 for each node before its children, so a removed subtree is
  // skipped whole.
  for (NodeId n = doc.first_child(body); n != html::kNoNode;) {
    // Read through the accessors, not Document::node(): assembling each node of the page whole
    // cost as much as the tests.
    const NodeType type = doc.type(n);
    bool keep = type == NodeType::kText || type == NodeType::kElement;
    OwnAttributes own;
    html::TagId tag = 0;
    if (type == NodeType::kElement) {
      tag = doc.tag(n);
      // is_element() holds for elements of the HTML namespace only.
      keep = doc.is_element(n, tag) && !is_never_content_tag(tag);
      if (keep) {
        own = read_attributes(doc, n);
        remember_controlled(own.controls, controlled);
      } else if (tag == Tag::kButton) {
        remember_controlled(doc.attribute_value(n, "aria-controls"), controlled);
      }
      // A panel that a disclosure button opens (its aria-controls names the panel) is folded,
      // not hidden: its text is the page's, one click away.
      if (own.hiding != Hiding::kVisible && !own.id_value.empty() && controlled.contains(own.id_value)) {
        own.hiding = Hiding::kVisible;
      }
      Hiding hiding = keep ? own.hiding : Hiding::kVisible;
      if (hiding == Hiding::kHiddenAttribute) {
        hidden_attribute_chars += text_chars_below(doc, n);
        keep = reveal != Reveal::kNothing;
      } else if (hiding == Hiding::kHiddenByStyle) {
        hidden_style_chars += text_chars_below(doc, n);
        keep = reveal == Reveal::kHiddenAttributeAndStyle;
      } else if (hiding == Hiding::kHiddenOtherwise) {
        keep = false;
      }
    }
    if (!keep) {
      removed[n] = 1;
      n = doc.next_skipping_children(n, body);
      continue;
    }
    if (type == NodeType::kElement) {
      const uint32_t named = own_concepts(own, concept_cache);
      concepts[n] = named;
      marks[n] = own.marks;
      tags[n] = tag;
      if (tag == Tag::kMain || (own.marks & kRoleMain)) mains.push_back(n);
      if (tag == Tag::kArticle) articles.push_back(n);
      if (own.marks & kItempropArticleBody) itemprop_bodies.push_back(n);
      if ((named & vocab::kArticleBody) && !(named & vocab::kBoilerplate)) named_bodies.push_back(n);
      if (named & (vocab::kRelated | vocab::kMostViewed)) named_related.push_back(n);
    }
    order.push_back(n);
    n = doc.next_in_tree(n, body);
  }
  // Children follow their parent in pre-order, so the reverse order sums bottom-up.
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    NodeId n = *it;
    const NodeId parent = doc.parent(n);
    if (doc.type(n) == NodeType::kText) {
      // Most text nodes of a page are the white space between its tags: nothing to count there,
      // nor to add up. A text node holds no elements and no links.
      const std::string_view text = doc.data(n);
      if (is_blank(text)) continue;
      const TextCounts counts = count_chars_and_punctuation(text);
      stats[n] = {counts.chars, 0, counts.punctuation};
      if (parent != body) {
        stats[parent].chars += counts.chars;
        stats[parent].punctuation += counts.punctuation;
      }
      continue;
    }
    if (marks[n] & kLink) stats[n].link_chars = stats[n].chars;
    if (parent != body) {
      add_counts(counts[parent], counts[n], tags[n], marks[n] & kLink);
      TextStats& p = stats[parent];
      p.chars += stats[n].chars;
      p.link_chars += stats[n].link_chars;
      p.punctuation += stats[n].punctuation;
    }
  }
  for (NodeId c : html::children(doc, body)) {
    if (removed[c]) continue;
    stats[body].chars += stats[c].chars;
    stats[body].link_chars += stats[c].link_chars;
    stats[body].punctuation += stats[c].punctuation;
  }
  // Chrome and boilerplate, top-down now that the text below each node is measured.
  for (NodeId n : order) {
    NodeId parent = doc.parent(n);
    bool inherited = parent != body && in_boilerplate[parent];
    if (doc.type(n) != NodeType::kElement) {
      in_boilerplate[n] = inherited;
      continue;
    }
    // A <header> that holds pages of prose is a section of the article that borrowed the tag; a
    // masthead holds links and labels. Footers and asides do hold prose (legal notes, pull-out
    // boxes) and stay chrome.
    const html::TagId tag = tags[n];
    bool prose_header = tag == Tag::kHeader && holds_prose(n);
    chrome[n] = (is_chrome_tag(tag) || (marks[n] & kChromeRole)) && !prose_header;
    // A node named as the article body is not boilerplate whatever else it is called
    // ("entry-content paywall-container"), as in clean_inside.cpp.
    bool named_boilerplate =
        (concepts[n] & vocab::kBoilerplate) && !(concepts[n] & vocab::kArticleBody);
    in_boilerplate[n] = inherited || chrome[n] || named_boilerplate;
  }
}

bool Analysis::holds_prose(NodeId id) const {
  const TextStats& s = stats[id];
  return s.punctuation >= kProseMinPunctuation && s.chars >= kProseMinChars &&
         link_density(id) < kProseMaxLinkDensity;
}

}  // namespace lede::extraction
