// The extraction cascade, top to bottom. Every attempt is kept; the choice between them is made
// explicitly at the end, on the evidence each one produced.
//
//   1. prune    what is never content                         (Analysis, analysis.cpp)
//   2. score    candidate containers                          (score.cpp)
//   3. attempts the semantic container, the scored container; relaxed scoring and the whole
//               body only when those found too little         (candidates.cpp)
//   4. clean    the inside of each attempt                    (clean_inside.cpp); the main
//               region of a page of items (page_shape.cpp) is cleaned as items
//   5. emit     blocks and text of the chosen attempt         (emit.cpp), less the lines
//               that read as boilerplate                      (boilerplate_lines.cpp)
#include <algorithm>
#include <limits>
#include <string>

#include "extract/analysis.h"
#include "extract/related_boxes.h"
#include "extract/boilerplate_lines.h"
#include "extract/candidates.h"
#include "extract/clean_inside.h"
#include "extract/emit.h"
#include "extract/extract_body.h"
#include "extract/lead.h"
#include "extract/page_shape.h"
#include "extract/repeated_blocks.h"
#include "extract/text.h"
#include "extract/thread.h"
#include "extract/vocab.h"

namespace lede::extraction {
namespace {

// Calibrated as a set on aeb, wcxb-dev and trafilatura-eval; don't tune one value in isolation.
// An attempt shorter than this (characters of kept text) has not found an article; the cascade
// moves on to the next, more permissive attempt.
constexpr uint32_t kMinArticleChars = 250;
// The semantic container is preferred over the scored one that lies inside it, unless it holds
// this many times more text (then it is a page wrapper, such as a <main> around a listing).
constexpr double kMaxSemanticGrowth = 3.0;
// A semantic container inside the scored one must keep this share of its text to win: less,
// and the page marked only a fragment (a lead paragraph, a teaser) with the body's name.
constexpr double kMinSemanticShare = 0.6;
// JSON-LD articleBody is evidence when it is at least this long; an attempt whose text agrees
// with it better by this margin (word-bag F1) replaces the choice made without it.
constexpr size_t kMinJsonLdChars = 200;
constexpr double kJsonLdMargin = 0.1;
// ... provided it holds as much of the copy, less this share.
constexpr double kJsonLdCoverageLoss = 0.2;
constexpr size_t kMaxAttempts = 8;
// The main region replaces an article attempt that covers less than this share of its text,
// unless the article attempt is long enough to be an article on its own.
constexpr double kRegionCoverage = 0.3;
constexpr uint32_t kMaxCharsForRegion = 4000;
// Below this an article attempt is a fragment whatever surrounds it; from there up to
// kMaxCharsForRegion, the region wins only when what it adds is mostly prose, not links.
constexpr uint32_t kShortArticleChars = 1000;
constexpr double kMaxRestLinkDensity = 0.5;
// Whatever its length, an article attempt covering less than this share of its region gives way
// when the rest of the region is prose (links under kMaxProseRestLinkDensity of it): the page is
// a service page or a documentation chapter of many sections, not one article among teasers.
constexpr double kProseRegionCoverage = 0.5;
constexpr double kMaxProseRestLinkDensity = 0.3;
// A page whose chosen text is shorter than kMaxTeaserPageChars, holds less than
// kMaxTeaserPageProse characters outside links and no paragraph of kMinSentenceChars with
// punctuation (a sentence, not a data line such as a weather box) has no article
// (is_teaser_page). Larger listings are kept: evaluation sets count them as content.
constexpr uint32_t kMaxTeaserPageChars = 250;
constexpr uint32_t kMaxTeaserPageProse = 150;
constexpr uint32_t kMinSentenceChars = 25;
// A page showing less text than this holds no article as shown (analyse).
constexpr uint32_t kMaxShownCharsToRevealStyle = 1000;

struct Outcome {
  Attempt attempt;
  CleanMode mode = CleanMode::kArticle;
  Cleaning cleaning;
  Emitted emitted;
  std::string text;
  uint32_t chars = 0;
  uint32_t link_chars = 0;  // of `chars`, inside links
};

uint32_t kept_link_chars(const Analysis& a, const std::vector<NodeId>& roots, const std::vector<uint8_t>& dropped) {
  uint32_t total = 0;
  for (NodeId root : roots) {
    for (NodeId n = root; n != html::kNoNode;) {
      if (a.removed[n] || dropped[n] || a.is_tag(n, html::Tag::kA)) {
        if (!a.removed[n] && !dropped[n]) total += a.stats[n].link_chars;
        n = a.doc.next_skipping_children(n, root);
      } else {
        n = a.doc.next_in_tree(n, root);
      }
    }
  }
  return total;
}

// `earlier` are the outcomes so far: the attempts often land on the same container (the relaxed
// scorings on the scored one, the region on the semantic one), and an outcome depends only on
// the roots and the cleaning mode, so such an attempt takes the earlier outcome as it is.
Outcome run(const Analysis& a, const std::vector<Outcome>& earlier, LineVerdicts& verdicts, Attempt attempt,
            Preset preset, CleanMode mode = CleanMode::kArticle) {
  for (const Outcome& e : earlier) {
    if (e.mode == mode && e.attempt.roots == attempt.roots) {
      Outcome o = e;
      o.attempt.name = attempt.name;
      return o;
    }
  }
  Outcome o;
  o.attempt = std::move(attempt);
  o.mode = mode;
  if (o.attempt.roots.empty()) return o;
  o.cleaning = clean_inside(a, o.attempt.roots, preset, mode);
  o.emitted = emit_blocks(a, o.attempt.roots, o.cleaning.dropped);
  if (mode == CleanMode::kArticle) cut_box_tail(o.emitted.blocks);
  trim_boilerplate_lines(o.emitted.blocks, verdicts);
  drop_repeated_runs(o.emitted.blocks);
  // In a region (a listing, a service page) a heading with nothing under it is often the content
  // itself: the title of a listed item.
  if (mode == CleanMode::kArticle) drop_orphan_headings(o.emitted.blocks);
  o.text = blocks_to_text(o.emitted.blocks);
  // Words are counted of the chosen attempt only (extract_body).
  o.chars = count_chars(o.text);
  o.link_chars = kept_link_chars(a, o.attempt.roots, o.cleaning.dropped);
  return o;
}

const Outcome* find(const std::vector<Outcome>& outcomes, std::string_view name) {
  for (const Outcome& o : outcomes) {
    if (o.attempt.name == name && o.chars > 0) return &o;
  }
  return nullptr;
}

// The relaxed scorings read text in any box, so they also find the paragraphs of a cookie or
// consent dialog, a modal or a site footer, which on a page of little prose (a shop's tiles, a
// listing of links) hold the most text. An attempt inside such page chrome is never the article.
bool lies_in_page_chrome(const Analysis& a, const std::vector<NodeId>& roots) {
  auto in_chrome = [&](NodeId r) {
    for (NodeId n = r; n != html::kNoNode && n != a.body; n = a.doc.parent(n)) {
      if (a.concepts[n] & vocab::kPageChrome) return true;
    }
    return false;
  };
  return !roots.empty() && std::all_of(roots.begin(), roots.end(), in_chrome);
}

// A page that marks its main content (<main>, role="main") says that what lies outside it is the
// site's frame. The relaxed scorings read text in any box, so on a page whose main content is
// tiles or an empty shell they find the frame's one sentence: an announcement bar above the
// header, a promo card in a menu. An attempt wholly outside the marked main is never the article.
bool lies_outside_marked_main(const Analysis& a, const std::vector<NodeId>& roots) {
  const std::vector<NodeId>& mains = a.mains;
  auto outside = [&](NodeId r) {
    return std::none_of(mains.begin(), mains.end(),
                        [&](NodeId m) { return contains(a.doc, m, r) || contains(a.doc, r, m); });
  };
  return !mains.empty() && !roots.empty() && std::all_of(roots.begin(), roots.end(), outside);
}

// Semantic or scored: the page's own markup against the text's shape.
const Outcome* choose_between(const Analysis& a, const Outcome* semantic, const Outcome* scored) {
  if (!semantic) return scored;
  if (!scored) return semantic;
  if (semantic->attempt.roots.size() > 1) return semantic;  // the page's own body sections
  NodeId s = semantic->attempt.roots.front();
  const std::vector<NodeId>& t = scored->attempt.roots;
  bool scored_inside = std::all_of(t.begin(), t.end(), [&](NodeId r) { return contains(a.doc, s, r); });
  if (scored_inside) return semantic->chars <= kMaxSemanticGrowth * scored->chars ? semantic : scored;
  bool semantic_inside = std::any_of(t.begin(), t.end(), [&](NodeId r) { return contains(a.doc, r, s); });
  if (semantic_inside) return semantic->chars >= kMinSemanticShare * scored->chars ? semantic : scored;
  return semantic->chars > scored->chars ? semantic : scored;
}

// The page names the attempt as its article's body (itemprop=articleBody, an "article-body"
// class): a short news item beside a rail of headlines, which read as items would outweigh it.
// An <article> says less: a listing's items are articles too.
bool marked_as_article_body(const Analysis& a, const std::vector<NodeId>& roots) {
  if (roots.empty()) return false;
  return a.has_mark(roots.front(), kItempropArticleBody) || (a.concepts[roots.front()] & vocab::kArticleBody);
}

bool prefers_region(const Outcome& article, const Outcome& region) {
  if (article.chars >= kProseRegionCoverage * region.chars) return false;
  double rest = static_cast<double>(region.chars) - article.chars;
  double rest_links = static_cast<double>(region.link_chars) - article.link_chars;
  double rest_link_density = rest > 0 ? rest_links / rest : 1.0;
  if (rest_link_density < kMaxProseRestLinkDensity) return true;
  if (article.chars >= kRegionCoverage * region.chars) return false;
  if (article.chars < kShortArticleChars) return true;
  return article.chars < kMaxCharsForRegion && rest_link_density < kMaxRestLinkDensity;
}

// A front page or a result list keeps, after cleaning, only headlines (inside links) and
// one-line teasers: a small text with no sentence of its own. An article, however short, has
// at least one sentence outside links.
bool is_teaser_page(const Outcome& o) {
  if (o.chars >= kMaxTeaserPageChars) return false;
  if (o.chars - std::min(o.chars, o.link_chars) >= kMaxTeaserPageProse) return false;
  for (const Block& b : o.emitted.blocks) {
    if (b.type != Block::Type::kParagraph) continue;
    TextCounts counts = count_text(b.text);
    if (counts.chars >= kMinSentenceChars && counts.punctuation > 0) return false;
  }
  return true;
}

// A page that shows less text than it hides with the `hidden` attribute is waiting for a
// script to reveal it (streamed server rendering sends the content in a hidden element and moves
// it into place): what a reader sees is the hidden text. A page that shows next to nothing and
// hides more with an inline style is waiting for its scripts too ("visibility:hidden" on the
// whole page until it is hydrated); a page that shows an article and hides more (menus, tabs,
// slides) is read as shown.
Analysis analyse(const html::Document& doc) {
  using Reveal = Analysis::Reveal;
  Analysis a(doc);
  uint32_t shown = a.stats[a.body].chars;
  if (shown < kMaxShownCharsToRevealStyle && a.hidden_attribute_chars + a.hidden_style_chars > shown) {
    return Analysis(doc, Reveal::kHiddenAttributeAndStyle);
  }
  if (a.hidden_attribute_chars > shown) return Analysis(doc, Reveal::kHiddenAttribute);
  return a;
}

}  // namespace

Body extract_body(const html::Document& doc, const Options& options, std::string_view json_ld_article_body) {
  Analysis a = analyse(doc);
  std::vector<Outcome> outcomes;
  outcomes.reserve(kMaxAttempts);  // `chosen` points into it
  LineVerdicts verdicts;
  outcomes.push_back(run(a, outcomes, verdicts, find_semantic_container(a), options.preset));
  outcomes.push_back(run(a, outcomes, verdicts, find_scored_container(a, ScoreFlags{}, "scored"), options.preset));
  const Outcome* chosen = choose_between(a, find(outcomes, "semantic"), find(outcomes, "scored"));

  // Fallbacks, each only when everything before found too little (Readability's flag loop).
  if (!chosen || chosen->chars < kMinArticleChars) {
    size_t first_fallback = outcomes.size();
    ScoreFlags relaxed{.skip_boilerplate = false, .weight_classes = true};
    outcomes.push_back(run(a, outcomes, verdicts, find_scored_container(a, relaxed, "scored-relaxed"), options.preset));
    ScoreFlags unweighted{.skip_boilerplate = false, .weight_classes = false};
    outcomes.push_back(run(a, outcomes, verdicts, find_scored_container(a, unweighted, "scored-unweighted"), options.preset));
    chosen = nullptr;
    for (size_t i = 0; i < outcomes.size(); ++i) {
      const Outcome& o = outcomes[i];
      if (lies_in_page_chrome(a, o.attempt.roots)) continue;
      if (i >= first_fallback && lies_outside_marked_main(a, o.attempt.roots)) continue;
      if (!chosen || o.chars > chosen->chars) chosen = &o;
    }
  }

  outcomes.push_back(run(a, outcomes, verdicts, main_region(a), options.preset, CleanMode::kRegion));
  const Outcome& region = outcomes.back();
  // A page that is not one article (a service page of many short sections, a listing, a
  // product) shows itself by an article attempt that covers little of its main region. A news
  // article covers little of a region too when teasers surround it, but the rest of its region is
  // links; the rest of a service page is prose. A page whose <main> holds no paragraph of prose
  // anywhere is a page of items whatever the coverage (cards, tiles, specification rows); a page
  // without <main> gives no such evidence, as its body holds the site's chrome too.
  bool items_page = chosen && region.attempt.roots.front() != a.body && region.chars >= chosen->chars &&
                    lacks_article_paragraph(region.emitted.blocks) && lacks_article_paragraph(chosen->emitted.blocks);
  bool take_items = !chosen || prefers_region(*chosen, region) || items_page;
  if (take_items || chosen->chars < kShortArticleChars) {
    // The region's parts are read as items: what article cleaning takes for boxes beside the
    // article (meta lines, tags) belongs to each item.
    outcomes.push_back(run(a, outcomes, verdicts, {"items", region.attempt.roots}, options.preset, CleanMode::kItems));
    // Read as items, a listing keeps the cards that region cleaning takes for menus (a story's
    // card links its author and tags too) and the headers of its articles: a fragment chosen as
    // the article gives way to them as it would to the region.
    if (take_items || (!marked_as_article_body(a, chosen->attempt.roots) && prefers_region(*chosen, outcomes.back()))) {
      chosen = &outcomes.back();
    }
  }

  // A post among alike posts of a discussion (a forum topic, a question and its answers) is one
  // part of the page's content: the thread is.
  if (chosen && chosen->mode == CleanMode::kArticle) {
    std::vector<NodeId> posts = thread_posts(a, chosen->attempt.roots);
    if (!posts.empty()) {
      outcomes.push_back(run(a, outcomes, verdicts, {"thread", std::move(posts)}, options.preset));
      chosen = &outcomes.back();
    }
  }

  // The lead (standfirst) the page printed before its body element, in the article's header or a
  // box of its own, is the article's first paragraph.
  if (chosen && chosen->chars > 0 && (chosen->attempt.name == "semantic" || chosen->attempt.name == "scored")) {
    NodeId lead = find_lead(a, chosen->attempt.roots.front());
    if (lead != html::kNoNode) {
      std::vector<NodeId> roots = chosen->attempt.roots;
      roots.insert(roots.begin(), lead);
      outcomes.push_back(run(a, outcomes, verdicts, {"with-lead", std::move(roots)}, options.preset));
      chosen = &outcomes.back();
    }
  }
  // The publisher's copy says which text is the article, not always all of it: a forum thread's
  // copy is its opening post, and the thread holding it gives way to no attempt that holds less
  // of it, however close that attempt's length is to the post's (a reply).
  if (json_ld_article_body.size() >= kMinJsonLdChars && chosen) {
    WordBag publisher_copy(json_ld_article_body);
    WordBag::Agreement chosen_agreement = publisher_copy.compare(chosen->text);
    for (const Outcome& o : outcomes) {
      if (o.chars == 0 || &o == chosen) continue;
      // Cleaned as a region, a page drops its discussion and keeps what sits beside it (trending
      // topics, teasers): beside a thread chosen as the article, it agrees better with a copy of
      // the opening post alone while holding none of the replies. The copy arbitrates between
      // readings of one article, not between an article and a page of items.
      if (chosen->mode == CleanMode::kArticle && o.mode != CleanMode::kArticle) continue;
      WordBag::Agreement agreement = publisher_copy.compare(o.text);
      if (agreement.f1 > chosen_agreement.f1 + kJsonLdMargin &&
          agreement.coverage > chosen_agreement.coverage - kJsonLdCoverageLoss) {
        chosen = &o;
        chosen_agreement = agreement;
      }
    }
  }

  Body body;
  for (const Outcome& o : outcomes) {
    if (!body.trace.empty()) body.trace += ' ';
    body.trace += std::string(o.attempt.name) + ':' + std::to_string(o.chars);
  }
  if (!chosen || chosen->chars == 0 || is_teaser_page(*chosen)) {
    body.warnings.emplace_back("no article found");
    return body;
  }
  Outcome& winner = outcomes[static_cast<size_t>(chosen - outcomes.data())];
  body.blocks = std::move(winner.emitted.blocks);
  body.images = std::move(winner.emitted.images);
  body.related = std::move(winner.cleaning.related);
  for (RelatedLink& link : collect_related_boxes(a, winner.attempt.roots)) body.related.push_back(std::move(link));
  body.text = std::move(winner.text);
  body.word_count = count_words(body.text, std::numeric_limits<uint32_t>::max());
  body.attempt = winner.attempt.name;
  return body;
}

}  // namespace lede::extraction
