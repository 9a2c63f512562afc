// Pictures of the site rather than of the article: logos, icons, avatars, placeholders, the
// picture a site shares for every page without one. Neither the metadata's lead image nor the
// body's first picture standing in for it may be one.
#pragma once

#include <string_view>

namespace lede::meta {

/// True when the image address names site furniture ("logo", "icon", "avatar", "blank.",
/// "opengraph_default.png", ...).
bool is_furniture_image(std::string_view url);

}  // namespace lede::meta
