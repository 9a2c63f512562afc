// Which region of the page every node lies in: inside a widget about other pages (related,
// popular, comments, ...) or inside page chrome (nav, aside, footer). The metadata sources ask
// this of thousands of nodes per page; answering each question by climbing the ancestors and
// case-folding their class names cost more than all the rest of the stage, so one top-down
// walk settles it for every node at once and the answers are looked up by NodeId.
#pragma once

#include <vector>

#include "html/dom.h"
#include "meta/element_names.h"

namespace lede::meta {

class PageRegions {
 public:
  PageRegions() = default;
  PageRegions(const html::Document& doc, const ElementNames& names);

  /// The nearest ancestor (or the element itself) whose class or id names a widget, within a
  /// few levels and not above an <article>, <main>, <body> or post container; kNoNode if none.
  html::NodeId widget(html::NodeId id) const { return id < widget_.size() ? widget_[id] : html::kNoNode; }

  /// True when the element or a near ancestor is a <nav>, <aside> or <footer> (and no
  /// <article>, <main> or <body> comes first).
  bool in_chrome(html::NodeId id) const { return id < chrome_.size() && chrome_[id]; }

 private:
  std::vector<html::NodeId> widget_;
  std::vector<bool> chrome_;
};

}  // namespace lede::meta
