// Stage 1 and the measurements every later stage reads: what is never content, what is page
// chrome, what the class/id vocabulary says, and how much text and link text lies below each
// node. Everything is kept in vectors indexed by NodeId beside the tree; the DOM is never
// modified (STYLE.md, "scores live beside the tree").
#pragma once

#include <cstdint>
#include <vector>

#include "html/dom.h"

namespace lede::extraction {

using html::NodeId;

/// Text measured below a node, over what stage 1 keeps.
struct TextStats {
  uint32_t chars = 0;        // non-space code points
  uint32_t link_chars = 0;   // of which inside <a href>
  uint32_t punctuation = 0;  // sentence punctuation
};

/// Elements counted below a node (itself excluded), for the shape tests of stage 4.
struct ElementCounts {
  uint32_t paragraphs = 0;  // <p>
  uint32_t images = 0;      // <img>
  uint32_t list_items = 0;  // <li>
  uint32_t lists = 0;       // <ul>, <ol>
  uint32_t headings = 0;    // <h1>..<h6>
  uint32_t links = 0;       // <a href>
};

/// What an element's own attributes say, read in the one pass over them that stage 1 makes (bits
/// of Analysis::marks): later stages ask these for many nodes, many times.
enum Mark : uint8_t {
  kLink = 1u << 0,                 // <a> with a non-empty href
  kRoleMain = 1u << 1,             // role="main"
  kChromeRole = 1u << 2,           // an ARIA landmark role of site chrome (navigation, banner, ...)
  kItempropArticleBody = 1u << 3,  // itemprop="articleBody"
  kItempropText = 1u << 4,         // itemprop="text"
};

// holds_prose(): at least this many sentence marks and characters, and links under this share.
inline constexpr uint32_t kProseMinPunctuation = 30;
inline constexpr uint32_t kProseMinChars = 1000;
inline constexpr double kProseMaxLinkDensity = 0.3;

struct Analysis {
  /// What stage 1 keeps although it is hidden: pages rendered on the server in streamed chunks
  /// put their content in an element hidden by the `hidden` attribute that a script moves into
  /// place, and pages waiting for their scripts hide their whole content with an inline style
  /// (the pipeline reveals them when they hold more text than the page shows).
  enum class Reveal : uint8_t { kNothing, kHiddenAttribute, kHiddenAttributeAndStyle };
  explicit Analysis(const html::Document& document, Reveal reveal = Reveal::kNothing);

  const html::Document& doc;
  NodeId body = html::kNoNode;  // <body>, or the root when the page has none
  /// Elements and text below `body` in document order (pre-order), removed subtrees skipped.
  std::vector<NodeId> order;
  /// Never content: scripts, styles, form controls, hidden elements (stage 1). A removed node's
  /// descendants are not measured and never visited.
  std::vector<uint8_t> removed;
  /// Site chrome by tag or ARIA role: nav, header, footer, aside (kept unless they hold the
  /// article), unless they hold prose.
  std::vector<uint8_t> chrome;
  /// vocab::Concept bits named by the node's own class and id.
  std::vector<uint32_t> concepts;
  /// Mark bits of the node's own attributes (elements below and including `body`).
  std::vector<uint8_t> marks;
  /// The tag of each element kept below `body`, and of `body` (0 elsewhere): the walks of later
  /// stages read it for every node, where Document::node() assembles the whole node.
  std::vector<html::TagId> tags;
  /// True when the node or an ancestor below <body> is boilerplate by vocabulary or chrome.
  std::vector<uint8_t> in_boilerplate;
  std::vector<TextStats> stats;
  std::vector<ElementCounts> counts;
  /// The elements by which the page marks its content, in document order, listed in the one walk
  /// over the page (the stages that read them would each walk it again): <main> or role=main;
  /// <article>; itemprop=articleBody; named as the article body by class or id, and not as
  /// boilerplate.
  std::vector<NodeId> mains;
  std::vector<NodeId> articles;
  std::vector<NodeId> itemprop_bodies;
  std::vector<NodeId> named_bodies;
  /// Elements named for related stories or the most viewed ones (vocab::kRelated, kMostViewed),
  /// in document order.
  std::vector<NodeId> named_related;
  /// Characters of text inside elements hidden by the `hidden` attribute, and by an inline style
  /// (display:none, visibility:hidden), scripts excluded.
  uint32_t hidden_attribute_chars = 0;
  uint32_t hidden_style_chars = 0;

  /// Pages of prose below `id` (many sentences, few links): no menu or masthead looks like
  /// this, whatever the element is called.
  bool holds_prose(NodeId id) const;

  bool is_tag(NodeId id, html::TagId tag) const { return doc.is_element(id, tag); }
  bool has_mark(NodeId id, Mark mark) const { return (marks[id] & mark) != 0; }
  double link_density(NodeId id) const {
    const TextStats& s = stats[id];
    return s.chars == 0 ? 0.0 : static_cast<double>(s.link_chars) / s.chars;
  }
  /// Characters below `id` outside links: what a reader reads there rather than clicks.
  double prose_chars(NodeId id) const {
    const TextStats& s = stats[id];
    return static_cast<double>(s.chars - s.link_chars);
  }
};

/// Elements that start a new block when text is laid out (paragraph boundaries).
bool is_block_tag(html::TagId tag);
bool is_heading_tag(html::TagId tag);

}  // namespace lede::extraction
