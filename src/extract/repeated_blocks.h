// Content printed twice in the chosen container: a <noscript> copy of what scripts render, a
// desktop and a mobile copy of the same section with one hidden by a stylesheet, a carousel's
// cloned slides. A reader sees it once.
#pragma once

#include <vector>

#include "lede/article.h"

namespace lede::extraction {

/// Removes each run of consecutive blocks that repeat, one for one, blocks met earlier, when
/// the run holds enough text to be a copied section rather than a label that recurs ("Pros",
/// "Price", "Read the review").
void drop_repeated_runs(std::vector<Block>& blocks);

}  // namespace lede::extraction
