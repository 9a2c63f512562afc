// Titles as their page meant them: templates and crawls leave character references,
// soft hyphens and mojibake in the text of a title.
#pragma once

#include <string>
#include <string_view>

namespace lede::meta {

/// `title` read back from mojibake (UTF-8 read as Latin-1, when it holds a C1 control), with
/// its character references closed by ';' written out ("&#8217;", "&amp;") and its soft hyphens
/// dropped; empty when it holds none of them, the common case, which costs a search or two.
std::string repaired_title(std::string_view title);

}  // namespace lede::meta
