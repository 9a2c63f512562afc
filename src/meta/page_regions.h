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
    // Most elements decide nothing and are a level further from their parent's decisions.
    if (widget == Region::kUndecided && chrome == Region::kUndecided && parent != html::kNoNode) {
      const Decision& above = decisions_[parent];
      Decision& own = decisions_[n];
      own.widget_distance = step(above.widget_distance);
      own.widget_plus_one = own.widget_distance == kMaxRegionDepth ? 0 : above.widget_plus_one;
      own.chrome_distance = step(above.chrome_distance);
      own.chrome = above.chrome && own.chrome_distance != kMaxRegionDepth;
      return;
    }
    static constexpr Decision kNone{0, 0, 0, false};
    const Decision& above = parent == html::kNoNode ? kNone : decisions_[parent];
    Decision& own = decisions_[n];
    own.widget_plus_one = widget == Region::kOther ? n + 1
                          : widget == Region::kOwnContent || above.widget_distance + 1 >= kMaxRegionDepth
                              ? 0
                              : above.widget_plus_one;
    own.widget_distance = widget == Region::kUndecided ? step(above.widget_distance) : 0;
    own.chrome = chrome == Region::kOther ||
                 (chrome == Region::kUndecided && above.chrome && above.chrome_distance + 1 < kMaxRegionDepth);
    own.chrome_distance = chrome == Region::kUndecided ? step(above.chrome_distance) : 0;
  }

  /// The class and id fragments that may name a widget.
  static std::span<const std::string_view> widget_words();

  /// The nearest ancestor (or the element itself) whose class or id names a widget, within a
  /// few levels and not above an <article>, <main>, <body> or post container; kNoNode if none.
  html::NodeId widget(html::NodeId id) const {
    return id < decisions_.size() ? decisions_[id].widget_plus_one - 1 : html::kNoNode;
  }

  /// True when the element or a near ancestor is a <nav>, <aside> or <footer> (and no
  /// <article>, <main> or <body> comes first).
  bool in_chrome(html::NodeId id) const { return id < decisions_.size() && decisions_[id].chrome; }

 private:
  // Levels examined above an element when deciding its region: a class far up names the layout
  // of the whole page, not the box the element sits in.
  static constexpr uint8_t kMaxRegionDepth = 12;

  // The nearest deciding ancestor-or-self of a node, per region: the widget that decided
  // (kNoNode when it was own content, nothing decided, or it is out of reach), whether page
  // chrome did, and how many levels up each decision was taken. One out of reach stays out of
  // reach for every node below.
  // All zero for "nothing decided", so that the decisions of a page start as one cleared block.
  struct Decision {
    html::NodeId widget_plus_one;  // the widget's NodeId + 1; 0 for none (kNoNode + 1)
    uint8_t widget_distance;
    uint8_t chrome_distance;
    bool chrome;
  };
  static uint8_t step(uint8_t distance) {
    return distance + 1 < kMaxRegionDepth ? static_cast<uint8_t>(distance + 1) : kMaxRegionDepth;
  }

  std::vector<Decision> decisions_;  // per node
};

}  // namespace lede::meta
