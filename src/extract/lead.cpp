#include "extract/lead.h"

#include "extract/vocab.h"

namespace lede::extraction {
namespace {

using html::NodeType;

// Calibrated with the cascade in pipeline.cpp on aeb, wcxb-dev and trafilatura-eval.
// The body element sits at most this many levels below the box that also holds the lead.
constexpr int kMaxLevels = 3;
// A lead is a sentence or more of prose: this many characters, sentence punctuation, few links,
// and not a whole article section.
constexpr uint32_t kMinLeadChars = 80;
constexpr uint32_t kMaxLeadChars = 1200;
constexpr double kMaxLeadLinkDensity = 0.3;
// Between the lead and the body only short lines stand: a byline, a date, a share bar, a credit.
constexpr uint32_t kMaxSkippedChars = 100;

bool holds_heading(const Analysis& a, NodeId id) {
  return is_heading_tag(a.doc.node(id).tag) || a.counts[id].headings > 0;
}

bool inside_header(const Analysis& a, NodeId id) {
  for (NodeId n = id; n != html::kNoNode && n != a.body; n = a.doc.parent(n)) {
    if (a.chrome[n]) return a.doc.node(n).tag == html::Tag::kHeader && !(a.concepts[n] & vocab::kBoilerplate);
  }
  return false;
}

bool reads_as_lead(const Analysis& a, NodeId id) {
  const TextStats& s = a.stats[id];
  // Captions, bylines and boxes beside the article are prose too, but not the article's.
  constexpr uint32_t kNotLead = vocab::kCaption | vocab::kAuthorBox | vocab::kCredit;
  // The article's own <header> is chrome by its tag, and holds the lead all the same.
  if ((a.in_boilerplate[id] && !inside_header(a, id)) || (a.concepts[id] & kNotLead)) return false;
  if (a.doc.node(id).tag == html::Tag::kFigure || a.counts[id].list_items > 0) return false;
  return s.chars >= kMinLeadChars && s.chars <= kMaxLeadChars && s.punctuation > 0 &&
         a.link_density(id) < kMaxLeadLinkDensity;
}

// The article's header often holds the headline and the lead together: the lead is the first
// prose after its last heading.
NodeId lead_after_heading(const Analysis& a, NodeId box) {
  NodeId lead = html::kNoNode;
  for (NodeId n = a.doc.first_child(box); n != html::kNoNode;) {
    if (a.removed[n] || a.doc.type(n) != NodeType::kElement) {
      n = a.doc.next_skipping_children(n, box);
    } else if (is_heading_tag(a.doc.node(n).tag)) {
      lead = html::kNoNode;
      n = a.doc.next_skipping_children(n, box);
    } else if (lead == html::kNoNode && reads_as_lead(a, n)) {
      lead = n;
      n = a.doc.next_skipping_children(n, box);
    } else {
      n = a.doc.next_in_tree(n, box);
    }
  }
  return lead;
}

}  // namespace

NodeId find_lead(const Analysis& a, NodeId body_root) {
  NodeId n = body_root;
  for (int level = 0; level < kMaxLevels && n != html::kNoNode && n != a.body; ++level, n = a.doc.parent(n)) {
    for (NodeId s = a.doc.prev_sibling(n); s != html::kNoNode; s = a.doc.prev_sibling(s)) {
      if (a.removed[s] || a.doc.type(s) != NodeType::kElement || a.stats[s].chars == 0) continue;
      // The headline ends the search: above it lies the page, not the article.
      if (holds_heading(a, s)) return a.in_boilerplate[s] && !a.chrome[s] ? html::kNoNode : lead_after_heading(a, s);
      if (reads_as_lead(a, s)) return s;
      if (a.stats[s].chars > kMaxSkippedChars) return html::kNoNode;
    }
  }
  return html::kNoNode;
}

}  // namespace lede::extraction
