// Chooses each field of the article record from the candidates the sources gave, one resolver
// per field. Agreement between independent sources adds up; one source saying the same thing
// twice does not.
#pragma once

#include <string_view>

#include "lede/article.h"
#include "meta/evidence.h"

namespace lede::meta {

/// Fills the metadata fields of `article` that the evidence supports; leaves the others as
/// they are. `page_url` resolves relative URLs and names the page itself.
void resolve(const Evidence& evidence, std::string_view page_url, Article& article);

/// "en_us" → "en-US", "ZH-hant-tw" → "zh-Hant-TW"; empty when `tag` is not a language tag.
std::string normalize_language(std::string_view tag);

}  // namespace lede::meta
