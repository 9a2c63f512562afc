#include "extract/candidates.h"

#include <algorithm>

#include "extract/vocab.h"

namespace lede::extraction {
namespace {

namespace Tag = html::Tag;
using html::NodeType;

// A semantic container must hold at least this much prose (characters outside links) to be
// believed; pages mark empty teasers and cards with the same names.
constexpr double kMinSemanticProse = 200;
// Among several <article> elements, the largest must hold this share of their prose to be "the"
// article (a listing has many articles of similar size).
constexpr double kDominantArticleShare = 0.6;
// <main> is the page's main region when it holds this share of the body's prose.
constexpr double kMainRegionShare = 0.5;
// Readability's walk up from the top candidate: a parent scoring under a third of the candidate
// ends the walk; one scoring more replaces it.
constexpr double kParentScoreFloorRatio = 1.0 / 3.0;
// A sibling joins the article when it scores this share of the top candidate (at least
// kMinSiblingScore), or is a paragraph of kMinSiblingParagraphChars with few links.
constexpr double kSiblingScoreRatio = 0.2;
constexpr double kMinSiblingScore = 10;
constexpr uint32_t kMinSiblingParagraphChars = 80;
constexpr double kMaxSiblingParagraphLinkDensity = 0.25;


NodeId largest(const Analysis& a, const std::vector<NodeId>& nodes) {
  NodeId best = html::kNoNode;
  for (NodeId n : nodes) {
    if (best == html::kNoNode || a.prose_chars(n) > a.prose_chars(best)) best = n;
  }
  return best;
}

}  // namespace

bool contains(const html::Document& doc, NodeId outer, NodeId inner) {
  for (NodeId n = inner; n != html::kNoNode; n = doc.parent(n)) {
    if (n == outer) return true;
  }
  return false;
}

Attempt find_semantic_container(const Analysis& a) {
  const std::vector<NodeId>& articles = a.articles;
  Attempt attempt{"semantic", {}};
  auto accept = [&](NodeId id) {
    if (id == html::kNoNode || a.prose_chars(id) < kMinSemanticProse) return false;
    attempt.roots = {id};
    return true;
  };
  // Pages that interleave ads with the text split the body into several sections of the same
  // tag and class; all of them are the body.
  auto accept_sections = [&](const std::vector<NodeId>& marked) {
    NodeId main = largest(a, marked);
    if (!accept(main)) return false;
    std::string_view signature = a.doc.attribute_value(main, "class");
    attempt.roots.clear();
    for (NodeId id : marked) {
      bool same = id == main || (a.doc.node(id).tag == a.doc.node(main).tag &&
                                 a.doc.attribute_value(id, "class") == signature);
      bool nested = !attempt.roots.empty() && contains(a.doc, attempt.roots.back(), id);
      if (same && !nested) attempt.roots.push_back(id);
    }
    return true;
  };
  if (accept_sections(a.itemprop_bodies)) return attempt;
  if (accept_sections(a.named_bodies)) return attempt;
  if (!articles.empty()) {
    // Nested articles (comments inside a post) count once, through their outermost article.
    double total = 0;
    for (NodeId id : articles) {
      NodeId up = a.doc.parent(id);
      bool nested = false;
      for (; up != html::kNoNode && !nested; up = a.doc.parent(up)) nested = a.is_tag(up, Tag::kArticle);
      if (!nested) total += a.prose_chars(id);
    }
    NodeId best = largest(a, articles);
    if (total > 0 && a.prose_chars(best) >= kDominantArticleShare * total && accept(best)) return attempt;
  }
  accept(largest(a, a.mains));
  return attempt;
}

Attempt find_scored_container(const Analysis& a, const ScoreFlags& flags, std::string_view name) {
  Attempt attempt{name, {}};
  const ContainerScores scores = score_containers(a, flags);
  const std::vector<double>& score = scores.score;
  // The best scored element below <body>, the first in document order among equals (ids follow
  // document order).
  NodeId top = html::kNoNode;
  for (NodeId id : scores.scored) {
    if (id == a.body || score[id] <= 0) continue;
    if (top == html::kNoNode || score[id] > score[top] || (score[id] == score[top] && id < top)) top = id;
  }
  if (top == html::kNoNode) return attempt;
  // Walk up while the parent scores better: the article is often split over sibling wrappers
  // whose common parent collects the points of all of them.
  double last = score[top];
  for (NodeId p = a.doc.parent(top); p != html::kNoNode && p != a.body; p = a.doc.parent(p)) {
    if (score[p] <= 0 || score[p] < last * kParentScoreFloorRatio) break;
    if (score[p] > last) {
      top = p;
      last = score[p];
    }
  }
  // A container that is its parent's only element child says nothing the parent does not.
  for (NodeId p = a.doc.parent(top); p != html::kNoNode && p != a.body; p = a.doc.parent(p)) {
    int element_children = 0;
    for (NodeId c : html::children(a.doc, p)) {
      if (a.doc.type(c) == NodeType::kElement && !a.removed[c]) ++element_children;
    }
    if (element_children != 1) break;
    top = p;
  }
  NodeId parent = a.doc.parent(top);
  if (parent == html::kNoNode || top == a.body) {
    attempt.roots = {top};
    return attempt;
  }
  double threshold = std::max(kMinSiblingScore, score[top] * kSiblingScoreRatio);
  for (NodeId s : html::children(a.doc, parent)) {
    if (a.removed[s] || a.doc.type(s) != NodeType::kElement) continue;
    bool joins = s == top || score[s] >= threshold;
    if (!joins && a.is_tag(s, Tag::kP)) {
      joins = a.stats[s].chars >= kMinSiblingParagraphChars &&
              a.link_density(s) < kMaxSiblingParagraphLinkDensity;
    }
    if (joins && s != top && flags.skip_boilerplate && a.in_boilerplate[s]) joins = false;
    if (joins) attempt.roots.push_back(s);
  }
  return attempt;
}

Attempt main_region(const Analysis& a) {
  NodeId main = largest(a, a.mains);
  if (main != html::kNoNode && a.prose_chars(main) >= kMainRegionShare * a.prose_chars(a.body)) return {"region", {main}};
  return {"region", {a.body}};
}

}  // namespace lede::extraction
