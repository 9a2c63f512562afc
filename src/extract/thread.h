// A thread of posts: a forum topic, a question with its answers, a story with the discussion that
// is the page's point. Each post is one of many sibling items built alike; the scorers find the
// longest post, and the thread is all of them.
#pragma once

#include <vector>

#include "extract/analysis.h"

namespace lede::extraction {

/// The posts of the thread that `roots` (a chosen article attempt) is one post of, in document
/// order; empty when the attempt is not a post among alike siblings of a discussion.
std::vector<NodeId> thread_posts(const Analysis& a, const std::vector<NodeId>& roots);

}  // namespace lede::extraction
