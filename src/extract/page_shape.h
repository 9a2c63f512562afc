// What a page's main region looks like, for the choice between reading it as one article and
// reading it as a page of items (a listing, a product, a shop's collection, a thread of short
// posts).
#pragma once

#include <span>

#include "lede/article.h"

namespace lede::extraction {

/// True when no paragraph line of `blocks` (a paragraph, or one line of it between <br>s)
/// reaches a paragraph's worth of text: the region is made of cards, tiles, link lists,
/// specification rows and short posts. An article, however short, has at least one such line.
bool lacks_article_paragraph(std::span<const Block> blocks);

}  // namespace lede::extraction
