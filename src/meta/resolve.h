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

/// The language the kLanguage candidates of `evidence` resolve to, with `detected` (a language
/// detected in the text but not added to `evidence`) among them when given: what a detection
/// would change can be asked before paying for one.
std::string resolve_language(const Evidence& evidence, const Candidate* detected = nullptr);

/// The owner a site is named after, who writes it ("Colin Watson's blog" → "Colin Watson"):
/// the author of its pages that name no one. Empty for a site named otherwise ("Sam's Club").
std::string site_owner(std::string_view site_name);

/// "en_us" → "en-US", "ZH-hant-tw" → "zh-Hant-TW"; empty when `tag` is not a language tag.
std::string normalize_language(std::string_view tag);

/// The primary subtag of normalize_language(tag): "pt" for "pt_BR"; empty when `tag` is not a
/// language tag.
std::string primary_language(std::string_view tag);

}  // namespace lede::meta
