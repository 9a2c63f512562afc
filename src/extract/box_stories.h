// The stories a related or most-viewed box offers: its teasers' headlines and where they lead.
// A box of teasers holds headlines of several words; the site's menus, footers and consent
// dialogs, which pages name with the same words ("more", "external", "teaser"), hold short labels
// of sections and policies, and a teaser's "Read more" link is the call to its story, whose
// headline stands in the teaser's heading.
#pragma once

#include <vector>

#include "extract/analysis.h"
#include "lede/article.h"

namespace lede::extraction {

/// Appends to `links` the stories of `box`, an element named for related or most-viewed stories
/// (or a link so named: one teaser), each URL once. Nothing when the box lies in the site's
/// navigation or chrome below `scope`. A link titled with a label takes its teaser's headline, or
/// is left out.
void collect_box_stories(const Analysis& a, NodeId box, NodeId scope, std::vector<RelatedLink>& links);

}  // namespace lede::extraction
