// Which region of the page every node lies in: inside a widget about other pages (related,
// popular, comments, ...) or inside page chrome (nav, aside, footer). The metadata sources ask
// this of thousands of nodes per page; answering each question by climbing the ancestors and
// case-folding their class names cost more than all the rest of the stage, so one top-down
// walk (the one that builds the page index) settles it for every node at once and the answers
// are looked up by NodeId.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "html/dom.h"
#include "meta/element_names.h"

namespace lede::meta {

/// What a node says about the region below it: nothing (it lies in its parent's region), "the
/// page's own content" (an ancestor's widget name does not reach through it), or "a widget" /
/// "page chrome".
enum class Region : uint8_t { kUndecided, kOwnContent, kOther };

/// Whether elements lie inside an <article> or a post container ("post", "entry", "hentry" as a
/// class), answered for the elements of one page and remembered per node: it is asked only of
/// the rare element named a footer and nothing else, but its ancestors are read up to the root,
/// and the footers of a page share most of them.
class ArticleAncestry {
 public:
  explicit ArticleAncestry(const html::Document& doc) : doc_(doc) {}
  /// True when an ancestor of `id` is an <article> or a post container.
  bool inside_article(html::NodeId id);

 private:
  static constexpr uint8_t kUnknown = 0, kOutside = 1, kInside = 2;
  const html::Document& doc_;
  std::vector<uint8_t> answers_;      // per node, once asked
  std::vector<html::NodeId> chain_;   // the nodes climbed by one question
  ElementNames names_;                // one buffer for the ancestors' folded classes
};

/// What an element's names say about the widget region below it, before its place is read: the
/// page's own content (a post container), a widget, nothing, or a name that is only a footer,
/// which is the page's footer unless it lies inside an article.
enum class NamesVerdict : uint8_t { kUndecided, kOwnContent, kWidget, kFooterOnly };

/// The verdict of the names of element `n` (child of `parent`): `classes`, `element_id` and
/// `itemtype` are its attributes as written, `names` the same class and id folded. Asked only
/// of elements whose names hold a widget word (`widget_word`) or "hentry", or that have an
/// itemtype. Without an id or an itemtype, and away from <body>, it depends on the class alone.
NamesVerdict names_verdict(const html::Document& doc, html::NodeId parent, const ElementNames& names,
                           std::string_view classes, std::string_view element_id, std::string_view itemtype,
                           bool widget_word);

/// The widget region element `n` opens, by the verdict of its names.
inline Region region_of_verdict(NamesVerdict verdict, html::NodeId n, ArticleAncestry& ancestry) {
  switch (verdict) {
    case NamesVerdict::kOwnContent: return Region::kOwnContent;
    case NamesVerdict::kWidget: return Region::kOther;
    // A footer inside an <article> is the article's own (its date, its author), not the page's
    // footer.
    case NamesVerdict::kFooterOnly: return ancestry.inside_article(n) ? Region::kUndecided : Region::kOther;
    case NamesVerdict::kUndecided: break;
  }
  return Region::kUndecided;
}

/// What element `n` (child of `parent`) says about the widget region below it, from what its
/// names need reading further for (names_verdict()).
inline Region widget_region_of_names(const html::Document& doc, html::NodeId n, html::NodeId parent,
                                     const ElementNames& names, std::string_view classes, std::string_view element_id,
                                     std::string_view itemtype, bool widget_word, ArticleAncestry& ancestry) {
  return region_of_verdict(names_verdict(doc, parent, names, classes, element_id, itemtype, widget_word), n, ancestry);
}

/// What a tag alone says about the regions below its element, as bits of a table by tag: every
/// element of the page is asked, and one load answers for both regions.
enum RegionTagBits : uint8_t { kOwnContentTag = 1, kChromeTag = 2 };
inline constexpr auto kRegionTags = [] {
  namespace Tag = html::Tag;
  std::array<uint8_t, Tag::kKnownCount> bits{};
  for (html::TagId tag : {Tag::kArticle, Tag::kMain, Tag::kBody}) bits[tag] = kOwnContentTag;
  for (html::TagId tag : {Tag::kNav, Tag::kAside, Tag::kFooter}) bits[tag] = kChromeTag;
  return bits;
}();
inline uint8_t region_tag_bits(html::TagId tag) { return tag < kRegionTags.size() ? kRegionTags[tag] : 0; }

/// What element `n` (child of `parent`, tagged `tag`) says about the widget region below it.
/// `widget_word` and `hentry_word` tell whether its names hold a widget word
/// (PageRegions::widget_words()) or "hentry" anywhere: the page index looks for them with its
/// own words in one pass, and folds the names into `names` only when they do.
inline Region widget_region(const html::Document& doc, html::NodeId n, html::TagId tag, html::NodeId parent,
                            const ElementNames& names, std::string_view classes, std::string_view element_id,
                            std::string_view itemtype, bool widget_word, bool hentry_word,
                            ArticleAncestry& ancestry) {
  if (region_tag_bits(tag) & kOwnContentTag) return Region::kOwnContent;
  // Most elements: neither a post container nor a widget by any name.
  if (!widget_word && !hentry_word && itemtype.empty()) return Region::kUndecided;
  return widget_region_of_names(doc, n, parent, names, classes, element_id, itemtype, widget_word, ancestry);
}

/// What an element tagged `tag` says about the page-chrome region below it.
inline Region chrome_region(html::TagId tag) {
  uint8_t bits = region_tag_bits(tag);
  if (bits & kChromeTag) return Region::kOther;
  if (bits & kOwnContentTag) return Region::kOwnContent;
  return Region::kUndecided;
}

class PageRegions {
 public:
  PageRegions() = default;
  explicit PageRegions(size_t node_count) : decisions_(node_count) {}

  /// Settles the region of node `n` from what it says itself and the regions of `parent` (its
  /// parent, added before it; kNoNode for the root). Text and comments, which hold no other
  /// node, need not be added: they read as outside every region (ask their parent).
  void add(html::NodeId n, html::NodeId parent, Region widget, Region chrome) {
    static constexpr Decision kNone{0, 0, 0, 0};
    const Decision& above = parent == html::kNoNode ? kNone : decisions_[parent];
    Decision& own = decisions_[n];
    // Most elements decide nothing: their parent's decisions, a level further from them.
    own = above;
    own.depth = above.depth + 1;
    if (widget != Region::kUndecided) {
      own.widget_plus_one = widget == Region::kOther ? n + 1 : 0;
      own.widget_depth = own.depth;
    }
    if (chrome != Region::kUndecided) own.chrome_depth_plus_one = chrome == Region::kOther ? own.depth + 1 : 0;
  }

  /// The class and id fragments that may name a widget.
  static std::span<const std::string_view> widget_words();

  /// The nearest ancestor (or the element itself) whose class or id names a widget, within a
  /// few levels and not above an <article>, <main>, <body> or post container; kNoNode if none.
  html::NodeId widget(html::NodeId id) const {
    if (id >= decisions_.size()) return html::kNoNode;
    const Decision& d = decisions_[id];
    return d.widget_plus_one != 0 && d.depth - d.widget_depth < kMaxRegionDepth ? d.widget_plus_one - 1 : html::kNoNode;
  }

  /// True when the element or a near ancestor is a <nav>, <aside> or <footer> (and no
  /// <article>, <main> or <body> comes first).
  bool in_chrome(html::NodeId id) const {
    if (id >= decisions_.size()) return false;
    const Decision& d = decisions_[id];
    return d.chrome_depth_plus_one != 0 && d.depth + 1 - d.chrome_depth_plus_one < kMaxRegionDepth;
  }

 private:
  // Levels examined above an element when deciding its region: a class far up names the layout
  // of the whole page, not the box the element sits in.
  static constexpr uint32_t kMaxRegionDepth = 12;

  // The nearest deciding ancestor-or-self of a node, per region, with the depths of the node
  // and of the decision, whose distance tells whether it is within reach: a node that decides
  // nothing, most of them, copies its parent's and counts one level more. All zero for
  // "nothing decided" (and for text), so that the decisions of a page start as one cleared
  // block.
  struct Decision {
    html::NodeId widget_plus_one;     // the widget's NodeId + 1; 0 when own content decided, or nothing
    uint32_t widget_depth;            // the depth of the node that decided
    uint32_t chrome_depth_plus_one;   // the depth + 1 of the chrome that decided; 0 for none
    uint32_t depth;                   // the node's, the root's being 1
  };

  std::vector<Decision> decisions_;  // per node
};

}  // namespace lede::meta
