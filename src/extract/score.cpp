#include "extract/score.h"

#include <algorithm>

#include "extract/vocab.h"

namespace lede::extraction {
namespace {

namespace Tag = html::Tag;
using html::NodeType;

// Calibrated on aeb as a set with the cascade thresholds in pipeline.cpp; don't tune one alone.
constexpr uint32_t kMinBlockChars = 25;       // shorter blocks are labels, buttons, dates
constexpr double kCharsPerPoint = 100.0;      // one point per 100 characters of text...
constexpr double kMaxLengthPoints = 3.0;      // ...up to three
constexpr double kClassWeight = 25.0;         // a container named "article-body" or "sidebar"
constexpr int kAncestorLevels = 5;            // how far up a block's points reach

double tag_weight(html::TagId tag) {
  switch (tag) {
    case Tag::kArticle: return 10;
    case Tag::kMain: case Tag::kDiv: case Tag::kSection: return 5;
    case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: return 3;
    case Tag::kAddress: case Tag::kOl: case Tag::kUl: case Tag::kDl: case Tag::kDd: case Tag::kDt:
    case Tag::kLi: case Tag::kForm: return -3;
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
    case Tag::kTh: return -5;
    default: return 0;
  }
}

// Tags are read from the analysis: a node of the body that is not removed is kept, and holds its
// tag there (a text node holds 0, the id of <a>, which is neither a block nor a text block).
bool has_block_child(const Analysis& a, NodeId id) {
  for (NodeId c : html::children(a.doc, id)) {
    if (!a.removed[c] && is_block_tag(a.tags[c])) return true;
  }
  return false;
}

}  // namespace

bool is_text_block(const Analysis& a, NodeId id) {
  if (a.removed[id]) return false;
  const html::TagId tag = a.tags[id];
  switch (tag) {
    case Tag::kP: case Tag::kPre: case Tag::kTd: case Tag::kTh: case Tag::kLi: case Tag::kDd:
    case Tag::kBlockquote: case Tag::kAddress:
      return !has_block_child(a, id);
    case Tag::kDiv: case Tag::kSection: case Tag::kArticle: case Tag::kMain: case Tag::kCenter:
    case Tag::kFont: case Tag::kSpan:
      // A div used as a paragraph: its text is not inside another block.
      return !has_block_child(a, id) && (tag != Tag::kSpan || !is_text_block(a, a.doc.parent(id)));
    default:
      return false;
  }
}

double block_points(const Analysis& a, NodeId id) {
  const TextStats& s = a.stats[id];
  if (s.chars < kMinBlockChars) return 0;
  double points = 1.0 + s.punctuation + std::min(s.chars / kCharsPerPoint, kMaxLengthPoints);
  return points * (1.0 - a.link_density(id));
}

double class_weight(const Analysis& a, NodeId id) {
  double weight = 0;
  uint32_t c = a.concepts[id];
  if (c & vocab::kBoilerplate) weight -= kClassWeight;
  else if (c & vocab::kContent) weight += kClassWeight;
  if (a.has_mark(id, kItempropArticleBody) || a.has_mark(id, kItempropText)) weight += kClassWeight;
  return weight;
}

ContainerScores score_containers(const Analysis& a, const ScoreFlags& flags) {
  ContainerScores result;
  std::vector<double>& score = result.score;
  score.assign(a.doc.node_count(), 0.0);
  std::vector<uint8_t> initialized(a.doc.node_count(), 0);
  auto touch = [&](NodeId id) {
    if (initialized[id]) return;
    initialized[id] = 1;
    result.scored.push_back(id);
    score[id] = tag_weight(a.tags[id]) + (flags.weight_classes ? class_weight(a, id) : 0.0);
  };
  for (NodeId id : a.order) {
    // The cheap tests first: most nodes hold too little text to earn points (block_points).
    if (a.stats[id].chars < kMinBlockChars) continue;
    if (flags.skip_boilerplate && a.in_boilerplate[id]) continue;
    if (!is_text_block(a, id)) continue;
    double points = block_points(a, id);
    if (points <= 0) continue;
    NodeId ancestor = a.doc.parent(id);
    for (int level = 1; level <= kAncestorLevels && ancestor != html::kNoNode; ++level) {
      if (a.doc.type(ancestor) != NodeType::kElement) break;
      touch(ancestor);
      double divider = level == 1 ? 1.0 : level == 2 ? 2.0 : level * 3.0;
      score[ancestor] += points / divider;
      if (ancestor == a.body) break;
      ancestor = a.doc.parent(ancestor);
    }
  }
  for (NodeId id : result.scored) score[id] *= 1.0 - a.link_density(id);
  return result;
}

}  // namespace lede::extraction
