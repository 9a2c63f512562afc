// The metadata fields that need what the body stage found: the lead image's caption, alt and
// credit (often only the body's copy of the photo carries them), and the URLs that pages write
// relative to themselves.
#pragma once

#include <string_view>

#include "lede/article.h"

namespace lede::meta {

/// Makes the URLs of the images, related links, figures, lead image and translations absolute
/// against `page_url`, or against the page's canonical URL when the caller gave no address.
void make_urls_absolute(Article& article, std::string_view page_url);

/// Gives the lead image the caption, alt and credit of the body's copy of it; when the page's
/// metadata named no lead image (or only a logo), takes the body's first photo as the lead: no
/// logo, icon or gif (is_furniture_image()).
void complete_lead_image(Article& article);

/// Lists each story of Article::related once, by its first link, once the links are absolute
/// (make_urls_absolute()): a page links one story from several places, a teaser's kicker, its
/// headline and its lead, or a box and a list, some relative and some not.
void list_related_once(Article& article);

}  // namespace lede::meta
