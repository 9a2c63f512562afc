#include "extract/box_stories.h"

#include <algorithm>
#include <string>

#include "extract/boilerplate_lines.h"
#include "extract/text.h"
#include "extract/vocab.h"

namespace lede::extraction {
namespace {

namespace Tag = html::Tag;
using html::NodeType;

// Shorter link texts are "More", "1", arrows: not headlines. Measured in Latin characters; an
// ideograph or Hangul syllable counts as two (a CJK headline of 11 characters is a full one).
constexpr uint32_t kMinTitleWidth = 12;
// A headline says who did what; the labels of menus, footers and buttons name a section, a policy
// or an action in one or two words ("Privacy Policy", "Kids' Clothing", "Weiterlesen →"). Text
// written without spaces (Chinese, Japanese) is measured by its width alone.
constexpr uint32_t kMinHeadlineWords = 3;
// A teaser links its story from its picture, its headline and its call to read, and may link its
// section and author; more links under one heading make a list.
constexpr uint32_t kMaxTeaserLinks = 4;

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

bool is_collapsed_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

struct Title {
  std::string text;  // white space collapsed
  uint32_t width = 0;
  uint32_t words = 0;  // runs between spaces that hold a letter or digit
  bool wide = false;   // holds text written without spaces

  bool is_headline(bool in_heading) const {
    // A teaser's heading is its headline, however short; a link elsewhere must read as one.
    return width >= kMinTitleWidth && (in_heading || wide || words >= kMinHeadlineWords);
  }
};

// The text of `id` as a reader sees it: white space collapsed, scripts and hidden parts (which
// stage 1 removed) left out.
Title read_title(const Analysis& a, NodeId id) {
  Title title;
  bool space = false;
  bool word_counted = false;
  for (NodeId t = id; t != html::kNoNode;) {
    if (a.removed[t]) {
      t = a.doc.next_skipping_children(t, id);
      continue;
    }
    if (a.doc.type(t) == NodeType::kText) {
      std::string_view text = a.doc.data(t);
      for (size_t i = 0; i < text.size();) {
        if (is_collapsed_space(text[i])) {
          space = !title.text.empty();
          word_counted = false;
          ++i;
          continue;
        }
        // A run between spaces is measured character by character and copied at once.
        size_t run = i;
        while (i < text.size() && !is_collapsed_space(text[i])) {
          unsigned char lead = static_cast<unsigned char>(text[i]);
          size_t len = std::min(text.size() - i, size_t{lead < 0x80 ? 1u : lead < 0xE0 ? 2u : lead < 0xF0 ? 3u : 4u});
          char32_t cp = lead < 0x80 ? lead : lead < 0xE0 ? lead & 0x1F : lead < 0xF0 ? lead & 0x0F : lead & 0x07;
          for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
          title.width += is_wide(cp) ? 2 : 1;
          title.wide = title.wide || is_wide(cp);
          if (!word_counted && is_letter_or_digit(cp)) {
            ++title.words;
            word_counted = true;
          }
          i += len;
        }
        if (space) title.text += ' ';
        space = false;
        title.text.append(text.substr(run, i - run));
      }
    }
    t = a.doc.next_in_tree(t, id);
  }
  return title;
}

// The first node after the subtree of `id`: the tree stores nodes in document order, so a subtree
// is the run of ids from `id` up to this one.
NodeId subtree_end(const html::Document& doc, NodeId id) { return doc.next_skipping_children(id, html::kNoNode); }

// The box lies in the site's chrome: inside an element named as page chrome (the page's header
// and footer, cookie and consent dialogs, pop-ups) or the page's own <header> or <footer> (one not
// scoped to an article, a section, <main> or an aside), where mega menus show teasers and footers
// list the publisher's other sites and policies. A <nav> stays: a post's navigation links the
// previous and the next story, and a menu's labels fail as headlines one by one.
bool lies_in_site_chrome(const Analysis& a, NodeId box, NodeId scope) {
  bool in_page_band = false;
  for (NodeId n = box; n != html::kNoNode && n != scope && n != a.body; n = a.doc.parent(n)) {
    // Pages of prose: the page's own wrapper, whatever a script named it; no footer or dialog
    // holds them.
    if (a.holds_prose(n)) return false;
    if (a.concepts[n] & vocab::kPageChrome) return true;
    switch (a.tags[n]) {
      case Tag::kHeader: case Tag::kFooter: in_page_band = true; break;
      case Tag::kArticle: case Tag::kSection: case Tag::kMain: case Tag::kAside: in_page_band = false; break;
      default: break;
    }
  }
  return in_page_band;
}

class BoxReader {
 public:
  BoxReader(const Analysis& a, NodeId box) : a_(a), box_(box) {}

  void read(std::vector<RelatedLink>& links) {
    find_headings();
    std::vector<RelatedLink> stories;
    for (NodeId n = box_; n != html::kNoNode;) {
      if (a_.removed[n]) {
        n = a_.doc.next_skipping_children(n, box_);
      } else if (a_.has_mark(n, kLink)) {
        read_link(n, stories);
        n = a_.doc.next_skipping_children(n, box_);
      } else {
        n = a_.doc.next_in_tree(n, box_);
      }
    }
    for (RelatedLink& story : stories) {
      auto same_url = [&](const RelatedLink& r) { return r.url == story.url; };
      if (std::none_of(links.begin(), links.end(), same_url)) links.push_back(std::move(story));
    }
  }

 private:
  // The box's headings, and the one that titles the box ("Most read", "Hot questions"): it opens
  // the box before any link, and the box's other headings, if any, rank below it.
  void find_headings() {
    bool link_before = false;
    for (NodeId n = box_; n != html::kNoNode;) {
      if (a_.removed[n]) {
        n = a_.doc.next_skipping_children(n, box_);
        continue;
      }
      if (is_heading_tag(a_.tags[n])) {
        headings_.push_back(n);
        n = a_.doc.next_skipping_children(n, box_);
        continue;
      }
      if (a_.has_mark(n, kLink) && headings_.empty()) link_before = true;
      n = a_.doc.next_in_tree(n, box_);
    }
    if (headings_.empty() || link_before) return;
    NodeId first = headings_.front();
    bool ranks_above = headings_.size() == 1 || a_.tags[headings_[1]] > a_.tags[first];
    if (ranks_above && a_.counts[box_].links > a_.counts[first].links + 1) title_heading_ = first;
  }

  void read_link(NodeId link, std::vector<RelatedLink>& stories) const {
    std::string_view href = a_.doc.attribute_value(link, "href");
    // Fragments and scripts open a tab or show more of the box on this page.
    if (href.starts_with('#') || href.starts_with("javascript:")) return;
    NodeId heading = enclosing_heading(link);
    if (heading != html::kNoNode && heading == title_heading_) return;
    bool in_heading = heading != html::kNoNode;
    Title title;
    NodeId card_heading = a_.counts[link].headings > 0 ? first_heading_within(link) : html::kNoNode;
    if (card_heading != html::kNoNode) {
      // A whole card is the link: its heading is the headline; kicker, teaser and date go.
      title = read_title(a_, card_heading);
      in_heading = true;
    } else {
      title = read_title(a_, link);
    }
    // A link that is the whole box stands alone; a link inside the box may belong to a teaser.
    NodeId teaser_heading = !in_heading && title.width > 0 && link != box_ ? teaser_heading_of(link) : html::kNoNode;
    if (teaser_heading != html::kNoNode) {
      // A linked headline lists the story itself; this link is beside it.
      if (a_.counts[teaser_heading].links > 0) return;
      // After the headline comes the call to read it ("Weiterlesen", "Link zum Artikel"), shorter
      // than the headline; a kicker heading over the story's link is shorter than the link. Before
      // the headline, a label is the teaser's section or kicker, dropped below.
      Title headline = read_title(a_, teaser_heading);
      if (teaser_heading < link && (!title.is_headline(false) || headline.width > title.width)) {
        title = std::move(headline);
        in_heading = true;
      }
    }
    // A label outside a teaser's heading names a section, a shop's department or a policy.
    if (!title.is_headline(in_heading) || is_box_heading(title.text)) return;
    stories.push_back({std::string(href), std::move(title.text)});
  }

  NodeId enclosing_heading(NodeId link) const {
    for (NodeId n = a_.doc.parent(link); n != html::kNoNode; n = a_.doc.parent(n)) {
      if (is_heading_tag(a_.tags[n])) return n;
      if (n == box_) break;
    }
    return html::kNoNode;
  }

  NodeId first_heading_within(NodeId id) const {
    auto it = std::lower_bound(headings_.begin(), headings_.end(), id);
    return it != headings_.end() && *it < subtree_end(a_.doc, id) ? *it : html::kNoNode;
  }

  // The heading of the teaser around `link`: the nearest element inside the box that holds a
  // heading, when it holds just that one and few links (more make it a list). The box's own
  // heading ("Most viewed") titles the box, not one of its links.
  NodeId teaser_heading_of(NodeId link) const {
    for (NodeId n = a_.doc.parent(link); n != html::kNoNode && n != box_; n = a_.doc.parent(n)) {
      if (a_.counts[n].headings == 0) continue;
      if (a_.counts[n].headings != 1 || a_.counts[n].links > kMaxTeaserLinks) return html::kNoNode;
      return first_heading_within(n);
    }
    return html::kNoNode;
  }

  const Analysis& a_;
  NodeId box_;
  std::vector<NodeId> headings_;  // in document order
  NodeId title_heading_ = html::kNoNode;
};

}  // namespace

void collect_box_stories(const Analysis& a, NodeId box, NodeId scope, std::vector<RelatedLink>& links) {
  if (lies_in_site_chrome(a, box, scope)) return;
  BoxReader(a, box).read(links);
}

}  // namespace lede::extraction
