// Which region of the page every node lies in: inside a widget about other pages (related,
// popular, comments, ...) or inside page chrome (nav, aside, footer). The metadata sources ask
// this of thousands of nodes per page; answering each question by climbing the ancestors and
// case-folding their class names cost more than all the rest of the stage, so one top-down
// walk (the one that builds the page index) settles it for every node at once and the answers
// are looked up by NodeId.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "html/dom.h"
#include "meta/element_names.h"

namespace lede::meta {

class PageRegions {
 public:
  PageRegions() = default;
  explicit PageRegions(size_t node_count) : widget_(node_count), chrome_(node_count) {}

  /// Settles the region of node `n` from its own markup and its parent's region: nodes are
  /// added in tree order, parents first. `classes`, `element_id` and `itemtype` are the
  /// element's attributes as written (empty for other nodes); `names` already holds its names.
  /// `widget_word` tells whether its folded names hold one of widget_words() anywhere: the
  /// page index looks for them with its own words in one pass.
  void add(const html::Document& doc, const ElementNames& names, html::NodeId n, const html::Node& node,
           std::string_view classes, std::string_view element_id, std::string_view itemtype, bool widget_word);

  /// The class and id fragments that may name a widget.
  static std::span<const std::string_view> widget_words();

  /// The nearest ancestor (or the element itself) whose class or id names a widget, within a
  /// few levels and not above an <article>, <main>, <body> or post container; kNoNode if none.
  html::NodeId widget(html::NodeId id) const { return id < widget_.size() ? widget_[id].other : html::kNoNode; }

  /// True when the element or a near ancestor is a <nav>, <aside> or <footer> (and no
  /// <article>, <main> or <body> comes first).
  bool in_chrome(html::NodeId id) const { return id < chrome_.size() && chrome_[id].other != html::kNoNode; }

  // The nearest deciding ancestor-or-self of a node: the element that decided (kNoNode when it
  // was own content, or nothing decided) and how many levels up it is.
  struct Decision {
    html::NodeId other = html::kNoNode;
    uint8_t distance = 0;
  };

 private:
  std::vector<Decision> widget_;
  std::vector<Decision> chrome_;
};

}  // namespace lede::meta
