// JSON-LD (schema.org): NewsArticle, Article, BlogPosting and their kin, alone, in arrays or in
// an @graph, with nested author/publisher/image objects. Broken JSON (raw newlines in strings,
// trailing commas, HTML comment wrappers, concatenated objects) is repaired where it can be;
// what still does not parse is searched for its date and headline keys.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "meta/evidence.h"

namespace lede::meta {

struct JsonLdScript {
  std::string_view text;
  uint32_t position = 0;
};

/// Adds candidates from the page's JSON-LD blocks. The page's own article (its URL matches the
/// page, or it is the first article-typed entity) gives strong candidates; other articles on
/// the page (lists, widgets) give none.
void extract_jsonld(std::span<const JsonLdScript> scripts, Evidence& evidence);

}  // namespace lede::meta
