// The site's name out of a site-name source's text, as a reader would write it: sites fill
// og:site_name and their publisher's name with the name and a tagline ("Acme - Tools for
// gardeners"), or with the front page's address.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace lede::meta {

/// `text` (the site name the sources agreed on) without what is not the name, or empty when
/// it is a template's variable left unfilled ("{$site_name}"). A front page's address becomes
/// its host ("https://www.example.com/" -> "example.com"), a host loses its "www.", a handle
/// its "@" ("@acme" -> "acme"); a separator left dangling goes ("Acme |"), and quotation marks around the whole
/// name. Of the parts separators cut it into, the name is the one the page's other statements
/// agree on: another site-name source (`others`), the first or last part of the page's titles
/// (`titles`), the page's host. A part with its acronym beside it ("IBU - International
/// Biathlon Union") keeps it. Without such agreement `text` is kept whole: a name can be long,
/// and two names ("The Post | Post.com") can both be right.
std::string site_name_of(std::string_view text, std::span<const std::string_view> others,
                         std::span<const std::string_view> titles, std::string_view host);

}  // namespace lede::meta
