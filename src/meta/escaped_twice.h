// Character references a publisher escaped twice. A CMS that HTML-escapes a headline before
// writing it into JSON-LD ("They&#8217;re", "Food &amp; Drink"), or escapes an attribute value
// already escaped ("&amp;amp;"), leaves references in the text the parser hands over; a reader
// and the page's own rendering of the same headline see the characters they stand for.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lede::meta {

/// `text` with its character references decoded, where it holds any: only references closed by
/// ';' ("&amp;", "&#8217;", "&#x2019;"), so that "AT&T" and "?a=1&copy=2" stay as written.
/// Nothing where there is none to decode (most texts: one memchr() tells).
std::optional<std::string> decode_escaped_twice(std::string_view text);

}  // namespace lede::meta
