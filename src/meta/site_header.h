// The page's banner: the <header> above the article that holds the site's logo and menus.
#pragma once

#include "html/dom.h"
#include "meta/page_index.h"

namespace lede::meta {

/// True when `id` lies inside a <header> that comes before the page's headline and does not hold
/// it: the site's banner, where portals print the day the page is served ("Mittwoch, 01.
/// November 2023" beside the logo), not the article's date. An article's own <header>, which
/// holds its headline, is not the banner. False when the page has no headline.
bool in_site_header(const html::Document& doc, const PageIndex& index, html::NodeId id);

}  // namespace lede::meta
