#include "extract/clean_inside.h"

#include <algorithm>
#include <string>

#include "extract/boilerplate_lines.h"
#include "extract/box_stories.h"
#include "extract/text.h"
#include "extract/vocab.h"

namespace lede::extraction {
namespace {

namespace Tag = html::Tag;
using html::NodeType;

// A node holding at least this share of the container's text is the article itself, whatever its
// class says ("has-sidebar" on the main column).
constexpr double kArticleShare = 0.5;
// A block named for comments that holds this share of the container's text is the page's
// discussion itself (a forum topic), not an article's comment section below its text.
constexpr double kThreadShare = 0.8;
// Author boxes, bylines and post-meta lines are short; a long one is prose that happens to sit in
// a box named "info".
constexpr uint32_t kMaxAuthorBoxChars = 400;
constexpr uint32_t kMaxCreditChars = 200;
// Readability's conditional cleaning applies to blocks with fewer commas than this: prose has
// commas, link lists and galleries do not.
constexpr uint32_t kProsePunctuation = 10;
constexpr double kMaxLinkDensity = 0.5;          // any block: more than half links is navigation
constexpr double kMaxLinkDensityUnnamed = 0.35;  // a block not named as content
// In a page region, a link block is a menu when its links are this short on average (menus
// hold one or two words per link; listings hold headlines and product names).
constexpr double kMaxMenuCharsPerLink = 20;
// ... unless one of them is a headline: a listed story's card links its title, and also its
// author, tags, comment count and a "save" button, whose short links bring the mean down.
// Menu entries, even a mega menu's, mostly stay under this. A rail named "related" or "most
// viewed" is built the same way, and stays a rail of other pages' headlines.
constexpr uint32_t kMinHeadlineLinkChars = 30;
// An ad slot's text is a label or two; a block named after ads that holds this much is more.
constexpr uint32_t kMinAdSectionChars = 500;
// An article <header> holding this much text outside links, with sentence punctuation, holds
// the lead.
constexpr uint32_t kMinLeadChars = 100;
constexpr uint32_t kMinLeadPunctuation = 2;
// A related or most-viewed box, or a tag list, is made of links: at least this share of its text.
constexpr double kMinRelatedLinkDensity = 0.1;
// Below this link density a block links nowhere to speak of.
constexpr double kMaxUnlinkedDensity = 0.1;
// An alt text shorter than this ("photo", "logo") says nothing a caption could repeat.
constexpr uint32_t kMinAltChars = 8;

// In a page region (a service page, a shop's front), page builders name every module of the page
// with their own words: "widget-span" on each section of a site builder reads as a sidebar's
// widget. A block so named that holds prose and no links to speak of is one of the page's
// sections; a real sidebar is link lists and teasers.
constexpr uint32_t kRegionSectionNames = vocab::kNavigation | vocab::kSidebar;

struct Thresholds {
  double max_link_density;
  double max_link_density_unnamed;
};

Thresholds thresholds_for(Preset preset) {
  switch (preset) {
    case Preset::kPrecision: return {0.4, 0.25};
    case Preset::kRecall: return {0.65, 0.5};
    case Preset::kBalanced: break;
  }
  return {kMaxLinkDensity, kMaxLinkDensityUnnamed};
}

bool is_container_tag(html::TagId tag) {
  switch (tag) {
    case Tag::kDiv: case Tag::kSection: case Tag::kUl: case Tag::kOl: case Tag::kTable:
    case Tag::kDl: case Tag::kForm: case Tag::kFieldset: case Tag::kCenter: case Tag::kSpan:
      return true;
    default:
      return false;
  }
}

class Cleaner {
 public:
  Cleaner(const Analysis& a, Preset preset, CleanMode mode) : a_(a), limits_(thresholds_for(preset)), mode_(mode) {
    result_.dropped.assign(a.doc.node_count(), 0);
  }

  void clean(NodeId root) {
    double total = a_.stats[root].chars;
    root_ = root;
    // What the container itself is named is no reason to drop parts of it: inside a chosen
    // comment thread (a forum page), each post is named "comment" too.
    inherited_ = 0;
    for (NodeId n = root; n != html::kNoNode && n != a_.body; n = a_.doc.parent(n)) inherited_ |= a_.concepts[n];
    for (NodeId n = a_.doc.first_child(root); n != html::kNoNode;) {
      if (a_.removed[n] || (a_.doc.type(n) == NodeType::kElement && should_drop(n, total))) {
        if (!a_.removed[n]) {
          result_.dropped[n] = 1;
          collect_related(n);
        }
        n = a_.doc.next_skipping_children(n, root);
      } else if (a_.is_tag(n, Tag::kPre) || a_.is_tag(n, Tag::kCode)) {
        // Class names inside code are the highlighter's token kinds ("hljs-comment",
        // "token keyword"), not boxes of the page: the code is kept whole.
        n = a_.doc.next_skipping_children(n, root);
      } else {
        remember_alt_text(n);
        n = a_.doc.next_in_tree(n, root);
      }
    }
  }

  Cleaning take() { return std::move(result_); }

 private:
  bool should_drop(NodeId id, double total) const {
    // A kept element: the analysis holds its tag (Document::node() would assemble the whole node).
    const html::TagId tag = a_.tags[id];
    const TextStats& s = a_.stats[id];
    bool is_article = total > 0 && s.chars >= kArticleShare * total;
    uint32_t c = a_.concepts[id] & ~inherited_;
    if ((c & vocab::kComments) && lies_in_kept_discussion(id, total)) c &= ~uint32_t{vocab::kComments};
    // Section 0: controls. A form is for input, not reading (unless the page wraps its whole
    // body in one, as ASP.NET pages do); a link that goes nowhere is a button in disguise.
    if (tag == Tag::kForm && !is_article) return true;
    if (tag == Tag::kA && is_control_link(id)) return true;
    // Section 1: tag and role. Chrome inside the article: its own header (title, byline), a
    // footer (tags, share bar), an aside (pull-out box). A page region keeps none of them, and
    // no article is made of navigation.
    if (a_.chrome[id] && (!is_article || mode_ != CleanMode::kArticle || tag == Tag::kNav) &&
        !is_article_header_with_lead(id) && !is_listed_article_header(id)) {
      return true;
    }
    // The headline is the page's title (metadata), not a paragraph of its body; a region
    // (a service or listing page) keeps its heading.
    if (mode_ == CleanMode::kArticle && tag == Tag::kH1) return true;
    // Section 2: vocabulary.
    if ((c & vocab::kHidden) && !is_article) return true;
    uint32_t boilerplate = mode_ == CleanMode::kArticle
                               ? vocab::kBoilerplate
                               : vocab::kBoilerplate & ~(vocab::kRelated | vocab::kMostViewed | vocab::kBanner);
    // An ad slot shows a picture and a label ("Advertisement"); a section of a listing that
    // carries ad slots between its stories is named after them too ("section-more-ads").
    if (mode_ == CleanMode::kItems && s.chars >= kMinAdSectionChars) boilerplate &= ~vocab::kAds;
    // Related and most-viewed boxes point to other pages; a block so named without links is the
    // article's own teaser or lead ("teaser-text").
    if (a_.link_density(id) < kMinRelatedLinkDensity) {
      boilerplate &= ~(vocab::kRelated | vocab::kMostViewed);
    }
    // A quotation named after a network is an embedded post ("twitter-tweet"): a quote in the
    // article, not a share button.
    if (tag == Tag::kBlockquote) boilerplate &= ~vocab::kShare;
    // A table of contents links to the article's headings, and its plugin names each heading after
    // it ("toc-heading-3", "wp-block-heading toc"): a heading is no menu.
    if (is_heading_tag(tag)) boilerplate &= ~vocab::kNavigation;
    // Navigation is links. A block named as navigation that holds sentences and next to no links
    // is content in a tab, an accordion or a "skip" target ("faq-tabs-menu", "skip-item").
    if (a_.link_density(id) < kMaxUnlinkedDensity && s.punctuation >= kProsePunctuation)
      boilerplate &= ~(mode_ == CleanMode::kArticle ? uint32_t{vocab::kNavigation} : kRegionSectionNames);
    if ((c & boilerplate) && !(c & vocab::kArticleBody) && !is_article) return true;
    // A page region (a product, a service) is the publisher's copy; its buyers' reviews and
    // comments are other people's talk about it, however much of the page they fill. An article
    // attempt keeps a comment section that holds most of it: that is a thread of posts.
    if (mode_ != CleanMode::kArticle && (c & vocab::kComments) && !(c & (vocab::kArticleBody | vocab::kContent))) {
      return true;
    }
    // A box of links titled as a box beside the content ("Related products", "You may also
    // like"): a page region keeps blocks named "related" (its listings are named so), not one
    // whose heading says it points elsewhere.
    if (mode_ != CleanMode::kArticle && !is_article && is_container_tag(tag) &&
        a_.link_density(id) >= kMinRelatedLinkDensity && opens_with_box_heading(id)) {
      return true;
    }
    // Tag lists are links to tag pages; a block named "tag" without links is something else
    // (generated style classes such as "tagStyle_x1").
    uint32_t tags = a_.link_density(id) >= kMinRelatedLinkDensity ? uint32_t{vocab::kTags} : 0u;
    uint32_t box = vocab::kAuthorBox | tags;
    // On a page of items each item carries its own meta line and tags ("post-meta", "card-info"):
    // they are part of the item, not a box beside the article.
    bool item_parts_stay = mode_ == CleanMode::kItems;
    // Blogs and shops name each listed item after its categories and tags ("post category-garden
    // tag-roses", "product product_tag-sale"): read as a region, such items would go as tag lists
    // and the listing would look empty beside any article attempt.
    if (mode_ == CleanMode::kRegion) box &= ~uint32_t{vocab::kTags};
    if (!item_parts_stay && (c & box) && !(c & vocab::kArticleBody) && s.chars < kMaxAuthorBoxChars) return true;
    if ((c & vocab::kCredit) && s.chars < kMaxCreditChars) return true;
    // A forum member's rank and statistics repeat beside each of their posts, whatever the page
    // is read as (a thread, a page of items): they describe the poster, not what was posted.
    if ((c & vocab::kMemberPanel) && s.chars < kMaxAuthorBoxChars) return true;
    // The caption printed twice: a short block that repeats an image's alt text, which the
    // image keeps (Image::alt). A product tile repeats its picture's alt text as its name, and
    // the name is the item.
    if (!item_parts_stay && s.chars <= kMaxCreditChars && repeats_alt_text(id)) return true;
    // Captions outside <figure> (a "wp-caption-text" paragraph): as with figcaption, the
    // picture's description is not the article's prose.
    if (mode_ == CleanMode::kArticle && (c & vocab::kCaption) && s.chars < kMaxCreditChars) return true;
    // Section 3: shape (Readability's conditional cleaning), for generic containers only.
    if (!is_container_tag(tag) || is_article) return false;
    if (s.punctuation >= kProsePunctuation) return false;
    double density = a_.link_density(id);
    if (mode_ != CleanMode::kArticle) {
      uint32_t links = a_.counts[id].links;
      return density > limits_.max_link_density && links > 0 &&
             static_cast<double>(s.link_chars) / links < kMaxMenuCharsPerLink &&
             !(mode_ == CleanMode::kItems && !(c & (vocab::kRelated | vocab::kMostViewed)) && holds_headline_link(id));
    }
    bool named_content = (c & (vocab::kContent | vocab::kArticleBody)) != 0;
    if (density > limits_.max_link_density) return true;
    if (!named_content && density > limits_.max_link_density_unnamed) return true;
    const ElementCounts& k = a_.counts[id];
    bool is_list = tag == Tag::kUl || tag == Tag::kOl;
    if (k.images > 1 && k.paragraphs * 2 < k.images && s.chars < 200) return true;
    if (!is_list && tag != Tag::kTable && k.list_items > k.paragraphs + 1 && density > 0.2) return true;
    return false;
  }

  // A block named for comments that holds most of the container is kept as the thread it is
  // (below): the posts inside it, each named "comment" too, are that thread's posts.
  bool lies_in_kept_discussion(NodeId id, double total) const {
    for (NodeId up = a_.doc.parent(id); up != html::kNoNode && up != root_; up = a_.doc.parent(up)) {
      if ((a_.concepts[up] & vocab::kComments) && a_.stats[up].chars >= kThreadShare * total) return true;
    }
    return false;
  }

  // The container's first text is a heading that titles a box beside the content.
  bool opens_with_box_heading(NodeId id) const {
    for (NodeId t = a_.doc.node(id).first_child; t != html::kNoNode; t = a_.doc.next_in_tree(t, id)) {
      if (a_.removed[t] || a_.doc.node(t).type != NodeType::kText) continue;
      if (a_.stats[t].chars == 0) continue;
      NodeId heading = a_.doc.node(t).parent;
      while (heading != id && !is_heading_tag(a_.doc.node(heading).tag)) heading = a_.doc.node(heading).parent;
      if (heading == id) return false;
      return is_box_heading(kept_text(heading));
    }
    return false;
  }

  // The collapsed text that stage 1 keeps below `id`.
  std::string kept_text(NodeId id) const {
    std::string text;
    for (NodeId t = id; t != html::kNoNode; t = a_.doc.next_in_tree(t, id)) {
      if (a_.doc.type(t) == NodeType::kText && !a_.removed[t]) text += a_.doc.data(t);
    }
    return collapse(text);
  }

  bool repeats_alt_text(NodeId id) const {
    uint32_t chars = a_.stats[id].chars;
    auto same_length = [&](const AltText& alt) { return alt.chars == chars; };
    if (chars == 0 || std::none_of(alt_texts_.begin(), alt_texts_.end(), same_length)) return false;
    // A figure's own caption is laid out with its image, once (emit.cpp).
    for (NodeId up = id; up != html::kNoNode && up != a_.body; up = a_.doc.parent(up)) {
      if (a_.is_tag(up, Tag::kFigcaption)) return false;
    }
    std::string text = kept_text(id);
    return std::any_of(alt_texts_.begin(), alt_texts_.end(),
                       [&](const AltText& alt) { return alt.text == text; });
  }

  void remember_alt_text(NodeId id) {
    if (!a_.is_tag(id, Tag::kImg)) return;
    // Measured before it is collapsed, which changes only the white space it does not count.
    std::string_view alt = a_.doc.attribute_value(id, "alt");
    uint32_t chars = count_chars(alt);
    if (chars >= kMinAltChars) alt_texts_.push_back({collapse(std::string(alt)), chars});
  }

  // The article's own <header> holds its headline and byline, and often its lead (standfirst):
  // a sentence or two outside links. Its headline and byline go by their own rules.
  bool is_article_header_with_lead(NodeId id) const {
    if (mode_ != CleanMode::kArticle || !a_.is_tag(id, Tag::kHeader)) return false;
    const TextStats& s = a_.stats[id];
    return s.chars - s.link_chars >= kMinLeadChars && s.punctuation >= kMinLeadPunctuation;
  }

  // A <header> scoped to an <article> is that article's header, not the page's banner (HTML-AAM:
  // header maps to the banner landmark only outside article, aside, main, nav and section). In a
  // page region the articles are the listed items, and each one's header holds its headline and
  // teaser: the item itself.
  bool is_listed_article_header(NodeId id) const {
    if (mode_ != CleanMode::kItems || !a_.is_tag(id, Tag::kHeader)) return false;
    for (NodeId up = a_.doc.node(id).parent; up != html::kNoNode && up != a_.body; up = a_.doc.node(up).parent) {
      switch (a_.doc.node(up).tag) {
        case Tag::kArticle: return true;
        case Tag::kAside: case Tag::kMain: case Tag::kNav: case Tag::kSection: return false;
        default: break;
      }
    }
    return false;
  }

  bool holds_headline_link(NodeId id) const {
    for (NodeId n = id; n != html::kNoNode;) {
      if (a_.is_tag(n, Tag::kA)) {
        if (!a_.removed[n] && a_.stats[n].chars >= kMinHeadlineLinkChars) return true;
        n = a_.doc.next_skipping_children(n, id);
      } else {
        n = a_.doc.next_in_tree(n, id);
      }
    }
    return false;
  }

  // "#" and "javascript:" links run a script (open a menu, book tickets); a fragment link
  // whose text is a mere symbol is a heading's permalink anchor ("¶", "#", "§"). A link that
  // goes nowhere and says it is a button (role=button, no href) is one: "Click to expand...".
  bool is_control_link(NodeId id) const {
    std::string_view href, role;
    bool has_href = false;
    for (const html::Attribute& attribute : a_.doc.attributes(id)) {  // both in one pass
      std::string_view name = a_.doc.str(attribute.name);
      if (name == "href") {
        href = a_.doc.str(attribute.value);
        has_href = true;
      } else if (name == "role") {
        role = a_.doc.str(attribute.value);
      }
    }
    if (!has_href && role == "button") return true;
    if (href == "#" || href.starts_with("javascript:")) return true;
    return href.starts_with("#") && !has_letter_or_digit(id);
  }

  bool has_letter_or_digit(NodeId id) const {
    for (NodeId t = id; t != html::kNoNode; t = a_.doc.next_in_tree(t, id)) {
      if (a_.doc.type(t) != NodeType::kText) continue;
      std::string_view text = a_.doc.data(t);
      for (size_t i = 0; i < text.size();) {
        if (is_letter_or_digit(next_code_point(text, i))) return true;
      }
    }
    return false;
  }

  void collect_related(NodeId id) {
    if (a_.concepts[id] & (vocab::kRelated | vocab::kMostViewed)) collect_box_stories(a_, id, root_, result_.related);
  }

  static std::string collapse(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = !out.empty();
      } else {
        if (space) out += ' ';
        space = false;
        out += c;
      }
    }
    return out;
  }

  const Analysis& a_;
  Thresholds limits_;
  CleanMode mode_;
  uint32_t inherited_ = 0;
  NodeId root_ = html::kNoNode;  // of the container being cleaned
  struct AltText {
    std::string text;  // collapsed
    uint32_t chars;
  };
  std::vector<AltText> alt_texts_;  // of the images met so far
  Cleaning result_;
};

}  // namespace

Cleaning clean_inside(const Analysis& a, const std::vector<NodeId>& roots, Preset preset, CleanMode mode) {
  Cleaner cleaner(a, preset, mode);
  for (NodeId root : roots) cleaner.clean(root);
  return cleaner.take();
}

}  // namespace lede::extraction
