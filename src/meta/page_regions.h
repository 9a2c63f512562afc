// Which region of the page every node lies in: inside a widget about other pages (related,
// popular, comments, ...) or inside page chrome (nav, aside, footer). The metadata sources ask
// this of thousands of nodes per page; answering each question by climbing the ancestors and
// case-folding their class names cost more than all the rest of the stage, so one top-down
// walk (the one that builds the page index) settles it for every node at once and the answers
// are looked up by NodeId.
#pragma once

#include <algorithm>
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

/// What element `n` says about the widget region below it, from what its names need reading
/// further for: `classes`, `element_id` and `itemtype` are its attributes as written, `names`
/// the same class and id folded. Asked only of elements whose names hold a widget word
/// (`widget_word`) or "hentry", or that have an itemtype.
Region widget_region_of_names(const html::Document& doc, html::NodeId n, const html::Node& node,
                              const ElementNames& names, std::string_view classes, std::string_view element_id,
                              std::string_view itemtype, bool widget_word);

/// What element `n` says about the widget region below it. `widget_word` and `hentry_word` tell
/// whether its names hold a widget word (PageRegions::widget_words()) or "hentry" anywhere: the
/// page index looks for them with its own words in one pass, and folds the names into `names`
/// only when they do.
inline Region widget_region(const html::Document& doc, html::NodeId n, const html::Node& node,
                            const ElementNames& names, std::string_view classes, std::string_view element_id,
                            std::string_view itemtype, bool widget_word, bool hentry_word) {
  namespace Tag = html::Tag;
  if (node.tag == Tag::kArticle || node.tag == Tag::kMain || node.tag == Tag::kBody) return Region::kOwnContent;
  // Most elements: neither a post container nor a widget by any name.
  if (!widget_word && !hentry_word && itemtype.empty()) return Region::kUndecided;
  return widget_region_of_names(doc, n, node, names, classes, element_id, itemtype, widget_word);
}

/// What element `node` says about the page-chrome region below it.
inline Region chrome_region(const html::Node& node) {
  namespace Tag = html::Tag;
  if (node.tag == Tag::kNav || node.tag == Tag::kAside || node.tag == Tag::kFooter) return Region::kOther;
  if (node.tag == Tag::kArticle || node.tag == Tag::kMain || node.tag == Tag::kBody) return Region::kOwnContent;
  return Region::kUndecided;
}

class PageRegions {
 public:
  // The nearest deciding ancestor-or-self of a node: the element that decided (kNoNode when it
  // was own content, or nothing decided) and how many levels up it is.
  struct Decision {
    html::NodeId other = html::kNoNode;
    uint8_t distance = 0;
  };
  /// Both regions of a node, which its children's are decided from: the page index keeps them
  /// for the open elements of its walk, and only the answers are stored for every node.
  struct Decisions {
    Decision widget;
    Decision chrome;
  };

  PageRegions() = default;
  explicit PageRegions(size_t node_count) : widget_(node_count, html::kNoNode), chrome_(node_count, 0) {}

  /// Settles the region of node `n` from what it says itself and `parent`, its parent's
  /// decisions as add() returned them (Decisions{} for the root), and returns its own. Nodes are
  /// added parents first; text and comments, which hold no other node, need not be: they read
  /// as outside every region (ask their parent).
  Decisions add(html::NodeId n, const Decisions& parent, Region widget, Region chrome) {
    Decisions own{decide(widget, n, parent.widget), decide(chrome, n, parent.chrome)};
    widget_[n] = own.widget.other;
    chrome_[n] = own.chrome.other != html::kNoNode;
    return own;
  }

  /// The class and id fragments that may name a widget.
  static std::span<const std::string_view> widget_words();

  /// The nearest ancestor (or the element itself) whose class or id names a widget, within a
  /// few levels and not above an <article>, <main>, <body> or post container; kNoNode if none.
  html::NodeId widget(html::NodeId id) const { return id < widget_.size() ? widget_[id] : html::kNoNode; }

  /// True when the element or a near ancestor is a <nav>, <aside> or <footer> (and no
  /// <article>, <main> or <body> comes first).
  bool in_chrome(html::NodeId id) const { return id < chrome_.size() && chrome_[id] != 0; }

 private:
  // Levels examined above an element when deciding its region: a class far up names the layout
  // of the whole page, not the box the element sits in.
  static constexpr uint8_t kMaxRegionDepth = 12;

  // A node's decision from its own region and its parent's decision; one out of reach stays
  // out of reach for every node below.
  static Decision decide(Region own, html::NodeId self, const Decision& parent) {
    if (own == Region::kOther) return {self, 0};
    if (own == Region::kOwnContent) return {html::kNoNode, 0};
    uint8_t distance = static_cast<uint8_t>(std::min<int>(parent.distance + 1, kMaxRegionDepth));
    return {distance < kMaxRegionDepth ? parent.other : html::kNoNode, distance};
  }

  std::vector<html::NodeId> widget_;  // Decision::other of the widget region, per node
  std::vector<uint8_t> chrome_;       // 1 when in page chrome, per node
};

}  // namespace lede::meta
