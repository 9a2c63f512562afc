// Stage 2: scores for candidate containers. Every paragraph-like block with enough text gives
// its ancestors points for its length and punctuation, discounted by link density (the scheme
// Readability made standard); class/id vocabulary and tag semantics weight the containers.
#pragma once

#include <vector>

#include "extract/analysis.h"

namespace lede::extraction {

/// Switches the cascade relaxes, in this order, when an attempt finds too little.
struct ScoreFlags {
  bool skip_boilerplate = true;  // blocks inside nav/aside/footer or boilerplate vocabulary score nothing
  bool weight_classes = true;    // class/id vocabulary adds or subtracts from a container
};

/// A block that reads as prose: a paragraph-like element whose text is its own (`id` a node of
/// the body).
bool is_text_block(const Analysis& a, NodeId id);

/// The points one block gives: 0 for blocks too short or made of links.
double block_points(const Analysis& a, NodeId id);

/// Weight of a container from its class and id vocabulary and itemprop.
double class_weight(const Analysis& a, NodeId id);

/// Scores of the elements some block reached, final: multiplied by 1 - link density. `scored`
/// lists them, so that the search for the best reads them alone, not the whole page.
struct ContainerScores {
  std::vector<double> score;   // by NodeId; 0 for the elements no block reached
  std::vector<NodeId> scored;  // the elements some block reached, in no particular order
};
ContainerScores score_containers(const Analysis& a, const ScoreFlags& flags);

}  // namespace lede::extraction
