// The metadata sources that read the document, one file each. Every source only adds
// candidates to the Evidence; none of them decides a field (resolve.cpp does).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "html/dom.h"
#include "meta/evidence.h"
#include "meta/meta_attributes.h"
#include "meta/page_index.h"

namespace lede::meta {

/// og:*, article:* and twitter:* <meta> properties (opengraph.cpp), of the page's <meta> as
/// read_metas() reads them.
void extract_opengraph(const html::Document& doc, std::span<const MetaAttributes> metas, Evidence& ev);
/// Named <meta> fields: author, description, dates, DC.*, parsely-*, sailthru.* (meta_tags.cpp).
void extract_meta_tags(const html::Document& doc, std::span<const MetaAttributes> metas, Evidence& ev);
/// JSON-LD <script> blocks (jsonld_source.cpp; parsing in jsonld.cpp).
void extract_jsonld_scripts(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// itemprop microdata of the page's article (microdata.cpp).
void extract_microdata(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// hAtom "published"/"updated" elements whose title holds the time (microformats.cpp).
void extract_microformats(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// <time datetime> elements (time_elements.cpp).
void extract_time_elements(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// <link rel=canonical|alternate hreflang|image_src> and translation links (links.cpp).
void extract_links(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// <html lang>, <meta http-equiv=content-language> (of the page's <meta> as read_metas() reads
/// them) and the HTTP header (html_lang.cpp).
void extract_language(const html::Document& doc, const PageIndex& index, std::span<const MetaAttributes> metas,
                      std::string_view http_content_language, Evidence& ev);
/// The article's language as CLD2 detects it in its text, else in its title and description
/// (text_language.cpp). Reads the title and description candidates already gathered.
void extract_text_language(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// <title> and the article's <h1> (headline.cpp).
void extract_headlines(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// Bylines and date lines written on the page near the headline (visible_text.cpp).
void extract_visible_text(const html::Document& doc, const PageIndex& index, Evidence& ev);
/// Dates and language written in the page's URL path (url_date.cpp; needs no document).
void extract_url(std::string_view url, Evidence& ev);
/// The date in a URL path ("/2017/05/09/", "/2017-05-09-slug", "/20170509/", "/2017/05/" as a
/// month): a year that starts a path segment or follows a separator (url_date.cpp).
std::optional<Date> date_in_path(std::string_view path);
/// Last resorts for a page no source dated: dates under publication keys in inline scripts,
/// dates in page chrome near the headline, in the article's image paths, and the first date
/// written anywhere in the body (fallback_dates.cpp). Adds nothing when a day is known.
void extract_fallback_dates(const html::Document& doc, const PageIndex& index, Evidence& ev);

}  // namespace lede::meta
