// One walk over the document that files away every element a metadata source reads: <meta>,
// <link>, JSON-LD scripts, <time>, itemprop elements, headings, the <title>, and elements whose
// class, id, rel or itemprop names a byline or a date. The sources then read these lists
// instead of each walking the whole tree.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"
#include "meta/page_regions.h"
#include "meta/visible_text_probes.h"

namespace lede::meta {

struct PageIndex {
  html::NodeId html = html::kNoNode;
  html::NodeId title = html::kNoNode;
  std::vector<html::NodeId> metas;
  std::vector<html::NodeId> links;
  std::vector<html::NodeId> jsonld_scripts;
  std::vector<html::NodeId> times;
  std::vector<html::NodeId> itemprops;      // itemprop, and RDFa property outside <meta>
  std::vector<html::NodeId> h1s;
  std::vector<html::NodeId> articles;     // <article> and itemprop=articleBody containers
  std::vector<html::NodeId> byline_like;  // class/id/rel naming an author or byline
  std::vector<html::NodeId> date_like;    // class/id naming a date or time
  // <a href>: translation links, links home. With the attributes those read, as the walk met
  // them: a page has hundreds of links, and decoding each one's attributes again for these cost
  // more than the rest of reading them.
  struct Anchor {
    html::NodeId id;
    std::string_view href;      // not empty
    std::string_view title;     // empty when absent
    std::string_view hreflang;  // empty when absent
  };
  std::vector<Anchor> anchors;

  // The article's headline and container, as far as the markup says: the first <h1> inside
  // an <article>, else the first <h1> that is not a logo or a widget heading.
  html::NodeId main_h1 = html::kNoNode;
  html::NodeId main_article = html::kNoNode;

  // The widget and page-chrome region of every element (page_regions.h).
  PageRegions regions;
  // Elements whose class or id names a standfirst ("subtitle", "dek", "standfirst"), in tree
  // order, each with the source offset of the last <h1>, <h2> or <h3> before it: pages without
  // an <h1> put the standfirst under a lower heading.
  struct Standfirst {
    html::NodeId id;
    bool after_heading;
    uint32_t heading_at;
  };
  std::vector<Standfirst> standfirsts;

  // Per node: how its text starts (element_text_first_bytes), the first byte in the low half.
  // Two bytes as one integer, so that the block for every node starts as one clearing.
  std::vector<uint16_t> first_text_bytes;

  // The texts and elements extract_visible_text reads for loose bylines, labelled date lines
  // and the first date after the headline.
  VisibleTextProbes visible_text;
};

/// True when `id` is close enough to the headline (or inside the article) that a date or a
/// byline written there belongs to the page's own article.
bool near_headline(const html::Document& doc, const PageIndex& index, html::NodeId id);

/// A widget anywhere, or page chrome (nav, aside, footer) away from the headline: what is
/// written there is about other pages. An <aside> beside the headline often holds the
/// article's own date and byline.
bool about_other_pages(const html::Document& doc, const PageIndex& index, html::NodeId id);

PageIndex index_page(const html::Document& doc);

/// A <script> holding schema.org JSON-LD: typed application/ld+json, or untyped and saying so.
bool is_jsonld_script(const html::Document& doc, html::NodeId script);

/// Walks the nodes element_text() reads under `id`, in order: calls on_text(data) for each text
/// node, which returns false to stop the walk, and on_separator() at each element that separates
/// words even where the markup has no space (a block boundary, a line break); the text of
/// scripts, styles and templates is not the element's. The walk ends once more than `raw_limit`
/// raw bytes went by (text bytes, and one for each separating element). True when it read the
/// whole element within them: element_text() holds all its text.
template <class OnText, class OnSeparator>
bool walk_element_text(const html::Document& doc, html::NodeId id, size_t raw_limit, OnText&& on_text,
                       OnSeparator&& on_separator) {
  namespace Tag = html::Tag;
  size_t raw_bytes = 0;
  // A node's type and tag are read without assembling its Node: this runs for every element
  // text the metadata sources read.
  for (html::NodeId n = id; n != html::kNoNode && raw_bytes <= raw_limit;) {
    html::NodeType type = doc.type(n);
    if (type == html::NodeType::kText) {
      std::string_view data = doc.data(n);
      if (!on_text(data)) return false;
      raw_bytes += data.size();
    } else if (type == html::NodeType::kElement) {
      html::TagId tag = doc.tag(n);
      if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kTemplate) {
        n = doc.next_skipping_children(n, id);
        continue;
      }
      if (tag == Tag::kBr || tag == Tag::kP || tag == Tag::kDiv || tag == Tag::kLi || tag == Tag::kTd ||
          tag == Tag::kSpan) {
        on_separator();
        ++raw_bytes;
      }
    }
    n = doc.next_in_tree(n, id);
  }
  return raw_bytes <= raw_limit;
}

/// Whitespace-collapsed text of an element, cut after `max_bytes` (at a character boundary).
std::string element_text(const html::Document& doc, html::NodeId id, size_t max_bytes = 400);

/// The start of element_text(doc, id, max_bytes): its first `start_bytes` bytes or more (all of
/// it when shorter). Enough to rule an element out by how its text starts without reading on.
std::string element_text_start(const html::Document& doc, html::NodeId id, size_t max_bytes, size_t start_bytes);

/// The first two bytes of the element's text: the first that is not ASCII white space (0 when
/// there is none), then the byte after it in the same text node (' ' for ASCII white space, 0
/// when the text node ends there). When ASCII, element_text() starts with them (or is empty,
/// or shorter): enough to rule most elements out by how their text starts, without reading it.
inline std::array<unsigned char, 2> element_text_first_bytes(const PageIndex& index, html::NodeId id) {
  uint16_t bytes = index.first_text_bytes[id];
  return {static_cast<unsigned char>(bytes & 0xFF), static_cast<unsigned char>(bytes >> 8)};
}

/// True when the text of link `a` is short enough for a link to another edition or home ("Read
/// in English", the site's name), not a headline. The page index files every <a href>; the
/// few that the sources read further are asked this, where sizing the text of every link of the
/// page cost more than the rest of the sources' reading of links.
bool has_short_link_text(const html::Document& doc, html::NodeId a);

/// True when `id` lies inside `ancestor` (or is it).
bool is_inside(const html::Document& doc, html::NodeId id, html::NodeId ancestor);

/// True when the element or an ancestor names a widget (related, popular, sidebar, comments)
/// in its class or id: content about other pages.
bool in_widget(const PageIndex& index, html::NodeId id);

/// True when the element or an ancestor is a <nav>, <aside> or <footer>.
bool in_page_chrome(const PageIndex& index, html::NodeId id);

}  // namespace lede::meta
