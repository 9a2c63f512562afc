// Article::origins (--explain): for each metadata field the record holds, the statement on the
// page its value was taken from, the statements that agreed with it and those it beat.
#pragma once

#include <string_view>

#include "lede/article.h"
#include "meta/evidence.h"

namespace lede::meta {

/// Fills article.origins from the candidates resolution chose among. Call after resolve(),
/// on an Evidence gathered with SourceContext::explain set (so that candidates carry keys).
void explain(const Evidence& evidence, std::string_view page_url, Article& article);

}  // namespace lede::meta
