// The lead (standfirst, teaser, "intro"): the paragraph or two that open an article, printed
// between the headline and the element the page marks as its body. Pages put it outside that
// element (in the article header, in a box of its own), yet it is the article's first paragraph.
#pragma once

#include "extract/analysis.h"

namespace lede::extraction {

/// The element holding the lead of the article whose body is `body_root`: the nearest element
/// before it (before it or before one of its close ancestors) that reads as prose, with only
/// short lines (byline, date, share bar) and pictures between them and no heading. kNoNode when
/// there is none.
NodeId find_lead(const Analysis& a, NodeId body_root);

}  // namespace lede::extraction
