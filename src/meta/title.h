// Page titles without the site's name or section trail: "Headline | Site", "Headline - Site",
// "Headline : Section : News : Paper", "Site | Headline" (when the site is known).
#pragma once

#include <string>
#include <string_view>

namespace lede::meta {

/// `title` with site and section segments removed. `site_name` and `host` ("www.example.com"),
/// when known, let a leading segment be recognised as the site too.
std::string clean_title(std::string_view title, std::string_view site_name = {},
                        std::string_view host = {});

/// What clean_title() recognises a site by: the keys of its name and of its host's label,
/// made once for all the titles of a page.
struct SiteKeys {
  std::string site;
  std::string host;
};
SiteKeys site_keys(std::string_view site_name, std::string_view host);

/// Whether `text` names the site (its name or its host's label), as a title's segment would.
bool names_site(std::string_view text, const SiteKeys& site);

/// clean_title() of a title whose spaces are already collapsed (every candidate's value is),
/// with the site's keys made beforehand: resolving reads each title once more per page. Both
/// clean the title as repaired_title() repairs it (title_repair.h): mojibake, character
/// references, soft hyphens.
std::string clean_collapsed_title(std::string_view title, const SiteKeys& site);

/// The words of `title` that are the page's visible headline, whose key is `headline_key`,
/// when separators cut the rest of the title off them: "Headline - Section | Site" (a trail of
/// any length), "Forum - Headline" and "Kicker: Headline | Site" (a lead as short as a label).
/// Empty when the title holds the headline otherwise, or not at all.
std::string_view headline_part(std::string_view title, std::string_view headline_key);

/// Letters and digits only, case-folded: how two titles are compared for agreement.
std::string title_key(std::string_view title);

/// !title_key(title).empty(), read no further than its first letter or digit.
bool has_title_key(std::string_view title);

}  // namespace lede::meta
