// The html5lib-tests tree format ("| <html>", two spaces per level, attributes sorted below
// their element, "content" for template contents): what the conformance runner compares and
// what `lede parse --tree` prints.
#pragma once

#include <string>

#include "html/dom.h"

namespace lede::html {

/// The whole document in the html5lib-tests "#document" format, one line per node, each line
/// ending in '\n'. Iterative, so any depth is fine.
std::string serialize_tree(const Document& doc);

}  // namespace lede::html
